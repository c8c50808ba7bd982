/**
 * What the clause around a phrase says of it: a phrase that reads as a
 * deadline is a promise's deadline only when the sentence promises something
 * by it. Letters mostly date what happened, describe how often something
 * happens, or say that a deadline cannot be met; these rules tell those apart
 * by the words of the clause, never by the phrase alone.
 */

import { DUTCH_MONTH_ALTERNATION } from '../dutch-months.js';
import { INDEPENDENT_BODY_KINDS, INDEPENDENT_BODY_NAMES, namesPattern } from '../independent-bodies.js';
import { Caseless } from './caseless.js';
import { datesAnEvent, DELIVERS, DELIVERY_TAKES_PLACE, isGathering, namesAMeeting } from './event-date.js';
import { answersLeftToTheDebate } from './debate-course.js';
import { toldOnAnothersWord } from './hearsay.js';
import { inAHeading } from './heading.js';
import { askedInAnInquiry } from './inquiry.js';
import { opensAsAQuestion } from './question-form.js';
import { forecastOfAQuantity } from './forecast.js';
import { isEventNoun, isWrittenDocument } from './event.js';
import { WEEKDAY_WORD } from './normalize.js';
import { othersOutcome } from './outcome.js';
import { geParticiple, SEPARABLE_PARTICLE } from './participle.js';

/** Why a phrase in running text is not the deadline of a promise. */
export type NotADeadline =
  /** The clause is in the past tense: "Voor het zomerreces is … aangenomen", "… zou doen toekomen". */
  | 'past-tense'
  /** The sentence says the date cannot be met: "het is niet mogelijk … voor eind 2025 te informeren". */
  | 'given-up'
  /** The questions written answers leave to a debate, answered in it: the debate's own course (debate-course.ts). */
  | 'debate-course'
  /** The clause describes this letter itself, which is the delivery: "informeer ik u in deze brief". */
  | 'this-letter'
  /** The date starts or bounds a period, or is the day a law takes effect: "vanaf 2026", "van 1 januari 2023 tot 1 januari 2024", "treedt per 1 januari 2024 in werking". */
  | 'date-of-thing'
  /** The date is when an event the sentence describes takes place: "op 18 maart 2026 vinden de gemeenteraadsverkiezingen plaats" (event-date.ts). */
  | 'event-date'
  /** A frequency with no delivery to the Kamer says how often something happens: "het tweejaarlijks trendrapport", "wordt iedere drie jaar uitgevoerd". */
  | 'how-often'
  /** An agreement reported: "Afgesproken is dat …", "is afgesproken dat woningcorporaties … bouwen". */
  | 'agreement'
  /** Nobody in the sentence promises or is promised anything: a third party's plan ("zal Netbeheer Nederland met een update komen"). */
  | 'no-party'
  /** The sentence asks: a question promises nothing, whatever date it names ("… bent u voornemens om voor het zomerreces nog te nemen?"). */
  | 'question'
  /** Two periods joined by "en" span the time something happens, a term is one: "Dit jaar en volgend jaar vieren we 75 jaar vrijheid". */
  | 'span-of-time'
  /** The Kamer or one of its committees acts on its own date: "De Eerste Kamer stemt dinsdag 23 mei", "De commissie besluit op 12 juli". */
  | 'kamer-acts'
  /** A member of the Kamer speaks, of the Kamer's or the member's own plans: "Mevrouw Jacobi (PvdA): Voorzitter. Op Prinsjesdag krijgen we …", "is mijn fractie eventueel bereid …". */
  | 'members-words'
  /** A year far ahead with nothing delivered to the Kamer is a target or a scenario's horizon: "dat ons land in 2030 … klimaatneutraal is". */
  | 'target'
  /** An aim or a necessity, not an act undertaken: "moeten we zo snel mogelijk uit deze situatie geraken", "de ambitie om … uiterlijk in 2040 CO2-neutraal te maken". */
  | 'aim'
  /** A term the government asks of someone else: "Ik heb de Raad verzocht in het najaar 2020 een advies te geven". */
  | 'asked-of-other'
  /** The government receives by the term what someone else delivers: "Naar verwachting ontvang ik het rapport in augustus van de Inspectie", "Het Masterplan wordt 7 februari a.s. aan het kabinet aangeboden". */
  | 'received'
  /** The phrase is part of a title or a quotation: "De toekomstverkenning «Vandaag is het 2040» …", "35 350 J Wijziging van de begrotingsstaat van het Deltafonds voor het jaar 2019 (wijziging samenhangende met de Najaarsnota)". */
  | 'quoted'
  /** When something is planned, not a term undertaken: "waarvan de behandeling in uw Kamer na het zomerreces gepland staat". */
  | 'scheduled'
  /** Advice is given by advisers, not by the government: "Het UWV verwacht in de laatste week van oktober advies uit te kunnen brengen". */
  | 'advice'
  /** The date of what a promise follows: "Ik verwacht het rapport … in de tweede helft van maart 2014, waarna een kabinetsreactie wordt opgemaakt". */
  | 'before-the-promise'
  /** "voor" says what something serves, "bij" what a text goes with, not by when: "aandachtspunten, die relevant kunnen zijn voor de begrotingsbehandeling dit najaar", "Als bijlage bij dit verslag". */
  | 'purpose'
  /** A motion's consideration states a fact its request rests on: "overwegende dat het actieplan … eind 2025 afloopt". */
  | 'consideration'
  /** A rule or a permission described: "Aan het eind van het jaar mag maximaal 1% … worden meegenomen naar het volgende jaar". */
  | 'rule'
  /** A debate with the Kamer, which the Kamer schedules: "omdat ik op zeer korte termijn overleg met u wil voeren", "wil ik uw Kamer uitnodigen om … het overleg te voeren". */
  | 'debate'
  /** "korte termijn" as a horizon, not a term: "maatregelen voor de korte termijn", "op korte termijn waar ook op langere termijn van wordt geprofiteerd". */
  | 'horizon'
  /** How soon someone acts, described in the present with no one undertaking or receiving anything ("Met deze middelen vult Defensie op korte termijn de munitievoorraden aan"), or a state and its course ("wordt daardoor volgend jaar 2,83 euro duurder"). */
  | 'description'
  /** The earliest moment, which sets no last day: "Het kabinet maakt op zijn vroegst eind 2024 een definitieve keuze". */
  | 'earliest'
  /** What may happen, said so by the sentence's first word: "Mogelijk neemt het kabinet … op vrijdag 9 december alsnog een besluit". */
  | 'possibility'
  /** A weekday without a date beside a verb of saying is the day it was said: "Dat schrijft de staatssecretaris dinsdag in een brief". */
  | 'said-that-day'
  /** A heading, a caption or a list line with no verb, so no act (heading.ts): "Letterlijke tekst van de persconferentie … na afloop van de ministerraad op 22 december 2017". */
  | 'heading';

/** A weekday without a date or bound: "dinsdag", "op vrijdagmiddag". */
const BARE_WEEKDAY = new RegExp(`^(?:op\\s+)?${WEEKDAY_WORD}$`, 'iu');
/** A verb of saying or making known in the present or the past, by which news dates what it reports. */
const SAYS = new Caseless(
  /\b(?:zegt|zeggen|zei|zeiden|schrijft|schrijven|schreef|schreven|meldt|melden|meldde|meldden|stelt|stelde|antwoordt|antwoordde|laat\s+[^.;:!?]{0,60}?weten|liet\s+[^.;:!?]{0,60}?weten|maakt[^.;:!?]{0,60}?bekend|maakte[^.;:!?]{0,60}?bekend|kondigt[^.;:!?]{0,60}?aan|kondigde[^.;:!?]{0,60}?aan|says|said|writes|wrote|announced)\b/iu,
);

/** The words of what is done as a rule, which HABITUAL and CUSTOM share. */
const AS_A_RULE = String.raw`vaak|meestal|doorgaans|gewoonlijk|telkens|often|usually`;
/** What happens as a rule: "Als je dat op maandagavond doet, heb je vaak op dinsdagmorgen de antwoorden". */
const HABITUAL = new Caseless(new RegExp(String.raw`\b(?:${AS_A_RULE}|altijd|steeds|always)\b`, 'iu'));
/**
 * A custom or a habit told in the present ("Tijdens Prinsjesdag wordt traditioneel het MIRT Overzicht … aangeboden",
 * "omdat de laatste week voor het zomerreces altijd een hectische week is"): what is done as a rule, not a term anyone
 * undertakes. "nog altijd" is "still", not a habit; a custom the government undertakes is put in the future ("Ik zal u,
 * zoals gebruikelijk, … informeren"), which keeps its term, and "zoals altijd" compares an act with the custom (AS_USUAL).
 * After an article the word qualifies a noun ("de vaak gestelde vragen"); a clause with the first person in it may join
 * the habit to an act of ours ("Gemeenten ervaren vaak problemen en daarom informeer ik u voor de zomer"), which keeps
 * its term.
 */
const NOT_QUALIFYING = String.raw`(?<!\b(?:zoals|de|het|een|die|deze|dit|the|a)\s)`;
const CUSTOM = new Caseless(new RegExp(String.raw`${NOT_QUALIFYING}\b(?:${AS_A_RULE}|(?<!\bnog\s)altijd)\b`, 'iu'));
/**
 * A tradition tells how something is done even when it delivers to the Kamer ("wordt traditioneel … aangeboden aan de
 * Tweede Kamer"); a habit word beside a delivery to the Kamer may be a standing undertaking ("U ontvangt de rapportage
 * telkens voor het zomerreces"), which keeps its term.
 */
const TRADITION = new Caseless(new RegExp(String.raw`${NOT_QUALIFYING}\b(?:traditioneel|traditiegetrouw|traditionally)\b`, 'iu'));
/**
 * "Zoals gebruikelijk zend ik u … ook dit voorjaar de Voortgangsrapportage … toe": the customary delivery "also" of the
 * present period is the one this letter makes; "zoals gebruikelijk" or "zoals altijd" with a later period ("in het
 * najaar", "Zoals altijd informeer ik u voor 1 juli …", or "dit najaar" in a letter of March: "dit" names the year's
 * autumn, not the present), or with the present period told without "ook" ("Zoals gebruikelijk ontvangt u deze week nog
 * de geannoteerde agenda"), may still undertake it.
 */
const AS_USUAL = new Caseless(/\b(?:zoals\s+(?:gebruikelijk|altijd|gewoonlijk|doorgaans)|as\s+(?:usual|always))\b/iu);
/**
 * The stretch of a phrase's sentence between the commas around it, up to a word that opens another clause after it: a
 * habit word there says how often the phrase's own verb happens ("Tijdens Prinsjesdag wordt traditioneel … aangeboden",
 * "omdat de laatste week voor het zomerreces altijd een hectische week is"), not a clause set off by commas or opened
 * further on ("Het kabinet stuurt de Kamer, omdat gemeenten vaak vragen hebben, voor de zomer een brief", "… een plan
 * voor de knelpunten waar gemeenten vaak tegenaan lopen").
 */
const STRETCH_BREAK = /[,;:]/u;
const OPENS_ANOTHER_CLAUSE = /\b(?:waar\p{L}*|die|dat|omdat|want|zodat|terwijl|doordat|wanneer|indien|nadat|zodra)\b/iu;
function stretchAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(STRETCH_BREAK).pop()!;
  const after = text.slice(end).split(STRETCH_BREAK)[0]!;
  const opens = OPENS_ANOTHER_CLAUSE.exec(after);
  return `${before} ${opens ? after.slice(0, opens.index) : after}`;
}
const THE_PRESENT_PERIOD = new Caseless(/^(?:deze|dit|this)\s/iu);
const ALSO = new Caseless(/\b(?:ook|also)\s+$/iu);
/** "ook dit voorjaar nog": still to come in the present period, not this letter. */
const STILL_TO_COME = new Caseless(/^\s*nog\b/iu);
/**
 * The cabinet's weekly meeting: "Vrijdag wordt in de eerste reguliere ministerraad een besluit genomen" names the day of
 * the meeting, as a Council's day does; the weekday is when it meets.
 */
const IN_THE_CABINET_MEETING = new Caseless(/\b(?:in|tijdens|na)\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}?(?:ministerraad|kabinetsoverleg|kabinetsberaad)\b/iu);
/**
 * The Kamer's request as it is made, in the present, to the government: a motion's dictum, verb-first after "De Kamer,
 * gehoord de beraadslaging, …" ("verzoekt de regering, …", "verzoekt de regering tevens …"), or a committee writing "Wij
 * verzoeken het kabinet …". What it asks is still to be done, whatever tense, mood or modal the asked-for act is put in
 * ("opdat de Inspectie uiterlijk 15 november … heeft vastgesteld", "waarbinnen gemeenten orde op zaken moeten stellen", "op
 * de feitelijke vragen die gesteld zijn, en wel vóór 18.00 uur"): the sentence set keeps its term (the annotation guide,
 * §2). The government does not ask itself; a request told as made ("De commissie heeft verzocht …") is not this.
 */
export const THE_KAMER_ASKS_NOW = new Caseless(
  /^\s*(?:(?:en|tevens|voorts)\s+)?verzoekt\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b|\b(?:wij|we)\s+verzoeken\s+(?:de\s+regering|het\s+kabinet)\b/iu,
);
/**
 * A motion's considerations ("constaterende dat …", "overwegende dat …", "van mening dat …", each its own part up to the
 * semicolon) state the facts its request rests on: a term one tells is the fact's ("constaterende dat de Minister in 2022
 * een evaluatie wil uitvoeren", "overwegende dat meerdere streekomroepen al in 2019 dreigen om te vallen"), whoever acts
 * in it, and only the request that follows ("verzoekt de regering …") asks for one. One that restates a delivery to
 * the Kamer or a promise ("constaterende dat het kabinet de Kamer in het najaar zal informeren", "overwegende dat de
 * Minister de toezegging heeft gedaan om begin 2025 de Kamer te informeren") reports what was undertaken elsewhere,
 * where it is recorded from its own text (the annotation guide, the lead's decision D6 of session 33).
 */
const A_CONSIDERATION = new Caseless(
  /^\s*(?:de\s+kamer,\s*)?(?:gehoord\s+de\s+beraadslaging,\s*)?(?:(?:tevens|voorts|verder|mede|eveneens|ook|daarnaast|nog)\s+)?(?:constaterende|overwegende|concluderende|erkennende|signalerende|vaststellende|van\s+mening)\s*,?\s+dat\b(?![^.;:!?]*\b(?:verzoekt|spreekt\s+uit|roept|draagt)\b)/iu,
);

/**
 * What must be done "volgens een aangenomen motie" is the Kamer's request, which the sentence set keeps as the deadline
 * asked: "Dat voorstel moet er volgens een aangenomen Kamermotie uiterlijk deze vrijdag liggen".
 */
const AS_A_MOTION_ASKS = new Caseless(/\bvolgens\s+(?:een|de|die)\s+(?:aangenomen\s+)?(?:kamer)?motie\b/iu);
/**
 * A document's dateline: the day it was received, sent in or settled, told by a bare participle with no verb of its
 * own before it ("Ter griffie van de Eerste en van de Tweede Kamer der Staten-Generaal ontvangen op 14 januari 1993",
 * "Ingezonden op 3 mei 1985"): the day the text came in, not a term. A participle after an auxiliary or "te" ("u zult de
 * brief op 1 mei ontvangen", "wordt op 1 juli vastgesteld") is a verb of the sentence, read by the other rules.
 */
const DATELINE = /(?:^|[\s(])(?:ontvangen|ingezonden|verzonden|vastgesteld)\s*$/iu;
const A_VERB_OF_ITS_OWN =
  /\b(?:zal|zullen|zult|wordt|worden|werd|werden|is|zijn|was|waren|kan|kunnen|moet|moeten|heb|hebt|heeft|hebben|had|hadden|te|will|shall|are|were)\b/iu;
/**
 * A dateline gives a date and ends there, or the text runs on into the next sentence ("… ontvangen op 14 januari 1993 De
 * wens dat …"): "De organisaties ontvangen op korte termijn bericht" and "De gemeenten ontvangen op 1 juli bericht" have a
 * verb whose term it is.
 */
const A_DAYS_DATE = /^(?:op\s+)?\d/iu;
const DATELINE_ENDS = /^[\s\d]*(?:[.)]|$|\p{Lu})/u;
/**
 * A proposal put to the Kamer by its Chair ("De Voorzitter: Ik stel aan de Kamer voor, aan de orde te stellen tegen dinsdag
 * 8 februari a.s. …", "Ik stel voor, toe te voegen aan de agenda van na het kerstreces …"): the Kamer's own planning, which
 * it decides itself, not a term of the government's. A proposal that delivers, in which the writer acts or which addresses
 * the reader ("Ik stel voor dat ik u voor de zomer een brief stuur", "Ik stel voor u uiterlijk 21 juni nader te berichten")
 * is left to the other rules.
 */
const PUT_TO_THE_KAMER =
  /^\s*(?:[\d.]+\s+)?(?<chair>(?:de\s+)?voorzitter\s*:\s*)?(?:ik\s+stel|stel\s+ik)\s+(?<kamer>(?:aan\s+)?de\s+kamer\s+)?voor\b/iu;
/**
 * The Kamer's business a bare "Ik stel voor, …" proposes: without the Chair or the Kamer named, a minister's "Ik stel voor,
 * de evaluatie voor de zomer van 2027 af te ronden" is a proposal of the government's own act, and keeps its term.
 */
const THE_KAMERS_BUSINESS = /\b(?:aan\s+de\s+orde|agenda|debat\w*|vergader\w*|stemming\w*|stemmen|beraadslaging\w*)\b/iu;
/** The writer or the reader named, a footnote number glued to the word or not ("u12 uiterlijk 21 juni"). */
const THE_WRITER_ACTS = /\b(?:ik|mij|mijn|u|uw)(?:\b|\d)/iu;
/** A meeting's agenda: "de Raad … die voor aanstaande dinsdag op de agenda van de Minister staat" is the Council's day. */
const ON_THE_AGENDA = new Caseless(/\bop\s+(?:de|het|haar|zijn|hun)\s+(?:[\w-]+\s+)?agenda\b/iu);

// A full stop ends a sentence only before a capital: "jl." and "a.s." end abbreviations, not sentences; nor does the full
// stop of a title before a name ("Hr. Ms. Karel Doorman", "mr. J. Remmelink", "prof. Koumans"). A colon between digits is
// a clock time ("vóór aanstaande donderdag 12:00 uur").
const SENTENCE_END = /[;!?]|(?<!\d):|:(?!\d)|(?<!(?:^|[^\p{L}])(?:[HhZz]r|Ms|[Mm]r|[Dd]r|[Dd]rs|[Ii]r|[Pp]rof|[Mm]evr|[Dd]hr))\.(?=\s+\p{Lu})/gu;
/**
 * Words that open a subordinate clause, and "en" before a first person and a verb of undertaking that open a main
 * clause of their own ("dat de gemeenten van start zijn gegaan en ik informeer uw Kamer dit najaar"; not "hebben de
 * staatssecretaris en ik … gegeven"); the clause of a phrase runs between two of these or sentence ends. "die" right
 * after a modal verb is its object ("We … willen die zo snel mogelijk aanpakken"), not a relative pronoun, which
 * follows the noun it stands for.
 */
const CLAUSE_OPENERS =
  new Caseless(/\b(?:dat|(?<!\b(?:wil|wilt|willen|zal|zult|zullen|kan|kunt|kunnen|moet|moeten|mag|mogen)\s)die|welke|wanneer|hoe|waarin|waarop|waarover|waarbij|waarmee|waardoor|waarna|omdat|om|maar|zodat|terwijl|doordat|opdat|indien|tenzij|mits|zodra|nadat|en(?=\s+(?:ik|wij|we)\s+(?:zal|zullen|ga|gaan|stuur|sturen|informeer|informeren|verwacht|verwachten|wil|willen|streef|streven|zeg|zeggen)\b)|that|which|because|but|whereby|provided)\b/giu);

/**
 * The simple past or the conditional of the auxiliaries, and of the strong and irregular verbs news tells the day before
 * with ("zei hij donderdagmiddag", "riep … dinsdag veel vragen op", "zaten we hier dinsdagavond"), whose past has no
 * ending to know it by. Forms that are also nouns or adverbs ("namen", "vroeg") are left out.
 */
const SIMPLE_PAST = new Caseless(
  /\b(?:werd|werden|was|waren|had|hadden|zou|zouden|were|would|zei|zeiden|riep|riepen|kwam|kwamen|zat|zaten|ging|gingen|stond|stonden|sprak|spraken|gaf|gaven|liet|lieten|schreef|schreven|bleek|bleken|bleef|bleven|vond|vonden|hield|hielden|deed|deden|kreeg|kregen|wist|wisten|dacht|dachten|bracht|brachten|zocht|zochten|lag|lagen|viel|vielen|sloot|verscheen|said|told|wrote|came|went|gave)\b/iu,
);
/**
 * The weak past of the verbs in -eren ("presenteerde", "informeerden"), which no noun or adjective shares but a participle
 * with "ge-" ("geïnteresseerde"), and of the commonest verbs of sending and making known ("stuurden dit voorstel
 * donderdag naar het parlement"). Not "zegde" or "beloofde": a promise reported with its term ahead is still open.
 */
const WEAK_PAST = /(?<!\p{L})(?:(?!ge)\p{L}{2,}eerden?|(?:ver)?stuurden?|meldden?|legden?|stelden?|noemden?|kondigden?|leverden?|openden?|antwoordden?|lekten?|\p{L}*[b-df-hj-np-tv-xz](?:tten?|dden?))(?!\p{L})/iu;
/**
 * What every form of WEAK_PAST ends on, asked first: without the Unicode flag it rules out most clauses at little cost.
 * A stem that ends in t or d after a consonant doubles it in the past ("verwachtte", "richtten", "meldde", "landden"):
 * its present and infinitive have one ("verwacht", "richten"), and no Dutch noun ends so.
 */
const WEAK_PAST_ENDING = /(?:eerde|stuurde|meldde|legde|stelde|noemde|kondigde|leverde|opende|antwoordde|lekte|[b-df-hj-np-tv-xz](?:tten?|dden?)\b)/i;
/**
 * A past or conditional modal carries the tense of its clause: "dat het
 * onderzoek … kon worden voltooid", "dat dit actieplan … gezonden zou kunnen
 * worden" report an expectation once voiced, whatever the passive infinitive
 * "worden" or a to-infinitive after it would say. Only a finite future keeps it ahead.
 */
const PAST_MODAL = new Caseless(/\b(?:zou|zouden|kon|konden|could|would)\b/iu);
const FINITE_FUTURE = new Caseless(/\b(?:zal|zullen|zult|wordt|will|shall)\b/iu);
const PERFECT_AUXILIARY = new Caseless(/\b(?:is|zijn|ben|heeft|hebben|heb|hebt|has|have)\b/iu);
const HAVE = new Caseless(/\b(?:heeft|hebben|heb|hebt)\b/iu);
/** A past participle with "ge" ("aangenomen", "gestuurd", "geïnformeerd"); nouns such as "gemeenten" and "gelegenheid" are not. */
const PARTICIPLE = new RegExp(String.raw`^${SEPARABLE_PARTICLE}?${geParticiple(String.raw`\p{L}`)}$`, 'u');
const NOT_PARTICIPLES = /(?:heid|nten|ende|ing)$/u;
/** Adjectives shaped like participles: "is … gereed" says when something will be ready, not that it happened. */
const ADJECTIVES = new Set(['gereed', 'gezond', 'gemeen', 'geschikt']);
/**
 * The perfect of "doen" or "laten" with an infinitive has the infinitive for its participle, and "hebben" for its
 * auxiliary: "heb ik u dit jaar twee brieven doen toekomen", "heeft de minister u laten weten". A "te" before it marks
 * an infinitive of what is still to come ("heb toegezegd u … te doen toekomen"), which FUTURE has already kept ahead;
 * "zodra de stukken beschikbaar zijn – … aan u doen toekomen" is the future of the clause before it.
 */
const DOUBLE_INFINITIVE = /\b(?:doen|laten)\s+\p{L}{2,}en\b/iu;
/** Participles of promising: "is … toegezegd" reports a promise whose deadline still stands. */
const PROMISED = /^(?:toegezegd|beloofd|afgesproken|gevraagd|aangegeven|gemeld|aangekondigd|verzocht|promised|agreed|announced|requested)$/u;
/** What looks ahead: a future or a to-infinitive ("zal … informeren", "u … te informeren", "wordt … geïnformeerd"). */
const FUTURE = /\b(?:zal|zullen|zult|wordt|worden|streef|streeft|streven|verwacht|verwachten|will|shall|te\s+\p{L}+|to\s+\p{L}+)\b/iu;

/** The sentence says its date cannot be met; "niet later dan" is a deadline, not its negation. */
/** "het is niet realistisch om in het komende jaar te verwachten dat …": what cannot be expected is no term either. */
const GIVEN_UP =
  new Caseless(/\bniet\s+(?:(?:meer\s+)?mogelijk|haalbaar|realistisch|reëel|gereed|klaar|tijdig|gelukt|lukken|binnen|voor|eerder)\b|\blukt\s+(?:het\s+)?niet\b|\bnot\s+(?:possible|feasible|ready|able)\b/iu);

/**
 * A negation in brackets negates what the brackets say, not the clause around them: "dat de schadeafhandeling (geen
 * oorzakelijk onderzoek naar bevingsschade beneden de 60.000 euro) uiterlijk eind juni 2024 beschikbaar komt" gives
 * nothing up. A phrase itself in brackets is read with its brackets' words.
 */
const BRACKETED = /\([^()]*\)/gu;

/**
 * Where a clause or conjunct before the phrase has closed and the phrase's own begins: a comma before "en" or before the
 * main clause's finite verb and subject ("Wanneer dat plan er niet komt …, zal ik …"), a to-infinitive that "niet"
 * negates right before its verb, closed by "en" ("de voorschotregeling in 2013 niet in te trekken en voor 1 augustus
 * 2013 met een voorstel te komen"), or a conjunct that ends on its negation ("Dat Voorontwerp is er nog niet en komt nu
 * het tweede kwartaal van 2019"). "Ik ben niet van plan de regeling in te trekken en …" negates the main verb, which
 * governs both infinitives: there "niet" is no part of the first infinitive's own words and nothing closes.
 */
const CLOSED_BEFORE = new Caseless(
  /,\s*en\b|,\s*(?=(?:zal|zullen|wil|willen|ga|gaat|gaan|kan|kunnen|moet|moeten|stuur|stuurt|informeer|zend)\s+(?:ik|wij|we|het\s+kabinet|de\s+regering)\b)|\b(?:niet|nooit)\s+(?:[^\s,.;:]+\s+)?te\s+[^\s,.;:]+\s+en\b|\b(?:niet|nooit)\s+en\b/giu,
);

/**
 * Where the phrase's own conjunct closes after it: its to-infinitive, then "en" and another to-infinitive ("verzoekt de
 * regering voor de begrotingsbehandeling van 2024 met een oplossing te komen voor het ontstane begrotingstekort en deze
 * niet in mindering te brengen op de reserves"). What the next conjunct denies is its own act, as CLOSED_BEFORE says of
 * the conjunct before.
 */
const CLOSED_AFTER = /^(.*?\bte\s+\p{L}+\b[^,;:.]*?)\s+en\s+(?=[^,;:.]*\bte\s+\p{L}+)/iu;

/**
 * "niet A maar B" denies A only, and puts B in its place: "dat op 28 juni niet premier Mark Rutte maar vicepremier Hugo
 * de Jonge de ministerraad voorzit" denies who chairs, not the day. The clause ends before "maar" (CLAUSE_OPENERS), so
 * its last words are A. A phrase inside A ("niet in maart maar in juni") is what is denied.
 */
const DENIED_PART = /\bniet(?:\s+[^\s,.;:]+){1,5}\s*$/iu;
const REPLACED_BY = /^\s*maar\b/iu;
const INSIDE_DENIED_PART = /\bniet\s+(?:[^\s,.;:]+\s+){0,4}$/iu;

/**
 * The words a negation must be among to deny the phrase's act: the phrase's own clause outside brackets, from where the
 * last clause or conjunct before the phrase closed (CLOSED_BEFORE) to where its own closes (CLOSED_AFTER), without the
 * part a "niet … maar" replaces. What a clause that has closed denies ("dat het herindelingsontwerp niet … wordt
 * voorgelegd dan na gemeenteraadsverkiezingen, en de Kamer daarover voor 1 maart 2020 te informeren") is its own.
 */
function ownWords(clause: Clause): string {
  const preceding = clause.words.slice(0, clause.words.length - clause.ahead.length - 1);
  const from = lastClosedBefore(preceding);
  const closedAfter = CLOSED_AFTER.exec(clause.ahead);
  let own = from === 0 && closedAfter === null ? clause.words : `${preceding.slice(from)} ${closedAfter?.[1] ?? clause.ahead}`;
  if (REPLACED_BY.test(clause.after) && !INSIDE_DENIED_PART.test(clause.before)) own = own.replace(DENIED_PART, ' ');
  if (!own.includes('(') || clause.before.lastIndexOf('(') > clause.before.lastIndexOf(')')) return own;
  return own.replace(BRACKETED, ' ');
}

/**
 * The words before the phrase in its own clause, where a term given up must be said: from where the last clause or
 * conjunct before it closed (CLOSED_BEFORE) or a ", maar" turned the sentence. "Omdat het rapport nog niet gereed is,
 * zal ik u voor de zomer informeren" gives nothing up: what is not ready is the reason for the main clause's act.
 */
const TURNED_BY_MAAR = /,\s*maar\b/giu;
function ownWordsBefore(before: string): string {
  let from = lastClosedBefore(before);
  for (const turn of before.matchAll(TURNED_BY_MAAR)) from = Math.max(from, turn.index + turn[0].length);
  return before.slice(from);
}

/** Where in `words` the last clause or conjunct closed (CLOSED_BEFORE), or 0 when none did. */
function lastClosedBefore(words: string): number {
  let from = 0;
  for (const closed of words.matchAll(CLOSED_BEFORE.for(words))) from = closed.index + closed[0].length;
  return from;
}

/**
 * A clause that says what will not happen undertakes nothing: "zal de IND niet in staat zijn om de verwachte instroom
 * in 2024 … af te handelen", "dat de IND deze niet kan bijhouden". "niet later dan" is a deadline, not its negation,
 * "niet alleen … maar ook" no denial, and "niet-gebruik" a noun.
 */
const NEGATED = new Caseless(/\b(?:niet|geen|nooit|not|no longer|never)\b(?!-|\s+(?:later|na|after|alleen|slechts|only)\b)/iu);

/**
 * A negation in a part of the clause that is not its act gives no term up: an alternative that names both ways ("naar een
 * land met geen of een laag tarief", "een standpunt over wel of geen bekrachtiging", "het al dan niet voortzetten"), an
 * infinitive used as a noun after a preposition ("een evaluatie van de effecten van het niet langer verplicht stellen van
 * …", "de gevolgen van het niet voltooien van de A 27-midden"), or a condition set off by a comma before the act ("om,
 * indien hier bij de RBZ geen overeenstemming over wordt bereikt, zo spoedig mogelijk een nationaal embargo in te
 * voeren"). A condition after the act, or one whose main clause negates the act ("Indien …, zal ik u niet … informeren"),
 * is read as before.
 */
const OTHER_PARTS_NEGATION =
  /\b(?:wel\s+of\s+(?:geen|niet)|(?:geen|niet)\s+of\s+(?:een|wel)|al\s+dan\s+niet|whether\s+or\s+not)\b|\b(?:van|naar|over|door|bij|tot|op|aan|met|in)\s+het\s+niet\s+(?:langer\s+|meer\s+)?(?:\p{L}+\s+){0,2}?\p{L}+en\b/giu;
const CONDITION_FIRST = /^\s*(?:indien|als|wanneer|zolang|tenzij|mits)\b[^,;:]*?,/iu;

/** `own`, a clause's own words, without the negations of its other parts; `before`, the sentence before the phrase, holds a condition that comes first. */
function withoutOtherPartsNegation(own: string, before: string): string {
  const condition = CONDITION_FIRST.exec(own);
  const act = condition !== null && before.includes(condition[0].trim()) ? own.slice(condition[0].length) : own;
  return act.replace(OTHER_PARTS_NEGATION, ' ');
}

/**
 * An event named with "deze" or "dit" and a document noun is the document at hand: "bij deze Najaarsnota … wordt
 * aangepast", "in deze hoofdlijnenbrief", "Gelijktijdig met het aanbieden van deze kabinetsreactie ontvangt uw Kamer …";
 * what happens with it happens now, whatever the tense. A reaction not named so ("Na vaststelling van de
 * kabinetsreactie zal ik u informeren") is one still to come.
 */
const THIS_DOCUMENT = /\b(?:deze|dit)\s+\p{L}*(?:brief|nota|notitie|rapportage|memorie|reactie)\b/iu;

/**
 * This letter is the subject or the means: what it does, it does now. "bij deze" without a noun is "hierbij"
 * ("informeer ik u bij deze graag"); the annex is part of the letter ("In de bijlage vindt u een overzicht").
 */
export const THIS_LETTER =
  new Caseless(/\b(?:(?:in|met|bij|middels|via)\s+deze\s+brief|deze\s+brief|hierbij|bijgaand|bijgevoegd|bij\s+deze(?=\s*[,.]|\s+(?:graag|ook|nader|de|het|een|u|uw|mijn|onze)\b)|in\s+de\s+bijlage(?:n)?|with this letter|in this letter|herewith)\b/iu);
/**
 * What this letter announces looks ahead with a finite future or a to-infinitive ("In deze brief zeg ik toe u voor 1
 * mei te informeren"); a present passive is what the letter does ("Met deze brief wordt de Tweede Kamer … geïnformeerd").
 */
const ANNOUNCED = /\b(?:zal|zullen|zult|streef|streeft|streven|verwacht|verwachten|will|shall|te\s+\p{L}+|to\s+\p{L}+)\b/iu;

/**
 * A series of windows is a promise only when the sentence delivers to the
 * Kamer or names it: "wordt u twee keer per jaar geïnformeerd", "de Kamer
 * jaarlijks een overzicht te doen toekomen". Figures a ministry receives
 * "tweemaal per jaar", a monitor done "iedere drie jaar" or "het tweejaarlijks
 * trendrapport" describe how often something happens.
 */
const TO_THE_KAMER =
  new Caseless(/\b(?:u|uw|kamer|kamers|staten-generaal|parlement|informeren|informeer|informeert|geïnformeerd|geinformeerd|rapporteren|rapporteer|rapporteert|gerapporteerd|toekomen|toezenden|toegezonden|sturen|stuur|stuurt|gestuurd|zenden|zend|zendt|gezonden|berichten|bericht|aanbieden|aangeboden|you|your|house|parliament|inform|report|send)\b/iu);

/**
 * A promise has a party in its sentence: the one who promises (ik, wij, het
 * kabinet, de minister; a ministry or a service as the subject, GOVERNMENT_BODY), the one
 * promised (u, de Kamer), an impersonal passive or a future of completion (IMPERSONAL)
 * whose agent is the government ("wordt … opgeleverd"), a word of promising or
 * delivering ("toegezegd", "deadline", "beantwoording") or the thing delivered
 * ("de evaluatie volgt in 2026"). A sentence with none of these tells what
 * someone else does: "In maart 2026 zal Netbeheer Nederland met een update
 * komen", "leveren zij in 2025 zo'n 25.000 woningen op", members who "ter
 * voorbereiding op het commissiedebat … vragen" have.
 */
const PARTY =
  new Caseless(/\b(?:ik|wij|we|mij|mijn|ons|onze|u|uw|kamer|kamers|staten-generaal|parlement|kabinet|regering|minister|ministers|ministerie|staatssecretaris|staatssecretarissen|bewindspersoon|bewindspersonen|bewindsvrouw|bewindsman|bewindslieden|minister-president|premier|vicepremier|rijksoverheid|wordt|worden|werd|werden|toegezegd|toezegging|toezeggingen|toezeggen|beloofd|deadline|beantwoording|antwoord|antwoorden|verzoekt|verzoek|informeren|rapporteren|toekomen|toezenden|sturen|zenden|us|our|you|your|house|parliament|government|cabinet)\b/iu);

/**
 * The government named by its ministry's short name or by a service it directs, as the subject of the main clause
 * near the start of the sentence ("Eind 2025 benadert Defensie de markt", "De Belastingdienst start …"), written with a
 * capital ("defensie" in lower case is the subject matter). Further on it is mostly what a forecast is about ("dat de IND
 * deze niet kan bijhouden"). "de dienst" there is such a service named again ("In oktober verwacht de dienst meer details
 * te kunnen geven", "De dienst denkt halverwege 2021 de achterstand te hebben weggewerkt"): the GUIDE counts the
 * ministry's services as the government. After a preposition it is no subject ("Bij de dienst werken in 2026 …").
 */
const GOVERNMENT_BODY =
  /^\s*(?:[\p{L}\d]+\s+){0,4}?(?:[Dd]e\s+|[Hh]et\s+)?(?:Defensie|Financiën|Justitie|Rijk|Rijkswaterstaat|Belastingdienst|Dienst Toeslagen|Douane|IND|DUO|RVO|DJI|CJIB|BZK|VWS|OCW|EZK|LNV|LVVN|IenW|SZW|JenV|KGG|VRO)\b|^\s*(?:[\p{L}\d]+\s+){0,4}?(?<!\b(?:[Bb]ij|[Vv]an|[Vv]oor|[Aa]an|[Nn]aar|[Mm]et|[Dd]oor|[Ii]n|[Oo]p|[Oo]ver|[Uu]it|[Oo]nder|[Tt]ussen|[Vv]olgens)\s)[Dd]e\s+dienst\b/u;

/**
 * The state as the subject of a future act of its own ("Nederland zal het Illicit Trade Protocol zo spoedig mogelijk
 * ratificeren", "Dan zal Nederland …"): what the state undertakes, the government does. Not the country as a place ("In
 * Nederland zal …", after a preposition), a state described ("Nederland heeft … nodig", no future), nor a role or state
 * it will be in ("Nederland zal … het voorzitterschap … bekleden", "Nederland wil in 2050 klimaatneutraal zijn").
 */
const THE_STATE_WILL = /(?:^|[.;:!?,]\s*)Nederland\s+(?:zal|gaat|wil)\b|\b(?:zal|gaat|wil)\s+Nederland\b(?!\s*[,.;:])/u;
const BEING_OR_HOLDING = /\b(?:zijn|worden|blijven|bekleden|hebben|houden)\s*[.!?;]?\s*$/u;

function theStateActs(sentence: string): boolean {
  return THE_STATE_WILL.test(sentence) && !BEING_OR_HOLDING.test(sentence);
}

/**
 * A future of completion or a future passive names no agent, whose agent is the government: "De aangekondigde afbouw
 * … zal uiterlijk op 1 januari 2016 zijn voltooid"; and those who receive from it: "Circa 60.000 mensen … krijgen voor
 * 4 augustus 2022 automatisch rechtsherstel".
 */
const IMPERSONAL =
  /\b(?:zal|zullen)\b[^.;:!?]*?\bzijn\s+\p{L}+[dt]\b|\b\p{L}+[dt]\s+(?:zal|zullen)\s+zijn\b|\b(?:krijgt|krijgen)\b/iu;

/**
 * The government as the one something is shared with or given to ("eind december zal hij zijn eerste resultaten delen
 * met ambtenaren van mijn ministerie", "zal in september een technische briefing worden gepland met ambtenaren van
 * BZK"): someone else acts, unless the clause names us or the Kamer as well.
 */
const GOVERNMENT_COUNTERPART =
  new Caseless(/\b(?:met|aan)\s+(?:de\s+)?(?:ambtenaren|medewerkers)\s+van\b|\baan\s+(?:mij|ons|mijn\s+ministerie)\b/iu);
const WE_OR_THE_KAMER = new Caseless(/\b(?:ik|wij|we|u|uw|kamer)\b/iu);

/**
 * A body outside the government as the subject of the main clause, at the start of the sentence or right after its
 * first constituent and finite verb ("Het Voorzitterschap heeft het voornemen om in de Visserijraad van oktober a.s.
 * …", "In maart 2026 zal Netbeheer Nederland met een update komen"): its plans are no promise of the government's
 * (GUIDE: the European Commission, a presidency, provinces, municipalities, independent bodies, companies; a knowledge
 * institute or an inspectorate acting on its own judgement, D11 (c), by the list `extract` reads too). Those who receive
 * from the government ("Gemeenten krijgen in 2025 …") are no agents.
 */
const THIRD_PARTY =
  `(?:${namesPattern(INDEPENDENT_BODY_NAMES)}|Europese\\s+Commissie|Commissie|(?:EU-)?[Vv]oorzitterschap|Raad\\s+van\\s+State|(?:Algemene\\s+)?Rekenkamer|CBS|[PV]O-raad|MBO\\s+Raad|(?:Nationale\\s+)?[Oo]mbudsman|VNG|IPO|ProRail|NS|Netbeheer\\s+Nederland|[Nn]etbeheerders|[Gg]emeenten?|[Pp]rovincies?|[Ww]oningcorporaties|[Tt]oezichthouders?|UWV|SVB|NZa|ACM|AFM|DNB|Kansspelautoriteit|Zorginstituut(?:\\s+Nederland)?|Kiesraad|Onderwijsraad|Gezondheidsraad|Raad\\s+voor\\s+(?:Cultuur|de\\s+rechtspraak|het\\s+openbaar\\s+bestuur|Volksgezondheid\\s+en\\s+Samenleving|Dieraangelegenheden|de\\s+leefomgeving\\s+en\\s+infrastructuur)|Autoriteit\\s+Persoonsgegevens|TNO|[Oo]nderzoekers|[Oo]nderzoeksbureau|[Aa]dviesbureau|[Vv]erkenners?|[Ii]nformateurs?|[Kk]wartiermakers?|[Oo]nderzoekscommissie|Staatscommissie|[Cc]ommissie-\\p{Lu}[\\p{L}-]*|Europese\\s+Raad|Raad(?!\\s+(?:van|voor)\\b)|Europees\\s+Parlement|(?:EU-)?[Ll]idstaten|Hoge\\s+Vertegenwoordiger|Eurocommissaris|ECB|IMF|NAVO|OESO|Eurogroep|Ecofin(?:[-\\s]?Raad)?|Raad\\s+(?:Algemene|Buitenlandse)\\s+Zaken|RAZ|RBZ|Staten\\s+van\\s+(?:Aruba|Curaçao|Sint\\s+Maarten)|(?!Nederlandse)\\p{Lu}\\p{Ll}+se\\s+(?:regering|overheid|autoriteiten|minister|premier)|(?:[Dd]e\\s+)?heer\\s+\\p{Lu}[\\p{L}.]*|[Mm]evrouw\\s+\\p{Lu}[\\p{L}.]*)`;
/**
 * An independent body by the noun of its kind, alone, at the head of a compound or of its full name (D11 (c)): "de
 * inspecties", "de onderwijsinspectie", "de Inspectie van het Onderwijs", "het planbureau".
 */
const BODY_BY_KIND = INDEPENDENT_BODY_KINDS.map(
  (kind) => `(?:\\p{L}*${kind}|${kind.charAt(0).toUpperCase()}${kind.slice(1)})(?:s|(?:\\s+(?:(?:voor|van|de|het|en)\\s+){0,2}\\p{Lu}[\\p{L}-]*)*)`,
).join('|');
/**
 * Such a body named in full with its short name in brackets ("de Nationale Zorgautoriteit (NZa)"), or an inspectorate
 * (an independent supervisor, as "toezichthouders" are): "Deze maand komt de Nationale Zorgautoriteit (NZa) met een
 * voortgangsrapport", "De Inspectie Veiligheid en Justitie en de Inspectie voor de Gezondheidszorg … voeren in 2017 een
 * vervolgonderzoek uit".
 */
const THIRD_PARTY_IN_FULL = `(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:voor|van|de|het|en)\\s+){0,2}){1,5}\\(${THIRD_PARTY}\\)|${BODY_BY_KIND}`;
const THIRD_PARTY_SUBJECT = new RegExp(
  `^\\s*(?:(?:[Dd]e|[Hh]et)\\s+)?(?:${THIRD_PARTY}|${THIRD_PARTY_IN_FULL})\\s+\\p{Ll}+|^\\s*(?:[\\p{L}\\d]+\\s+){1,4}?(?:zal|zullen|wil|willen|gaat|gaan|heeft|hebben|is|komt|komen|(?!het\\s)\\p{Ll}+t)\\s+(?:[Dd]e\\s+|[Hh]et\\s+)?(?:${THIRD_PARTY}\\b(?!-)|${THIRD_PARTY_IN_FULL})`,
  'u',
);
const RECEIVES = new Caseless(/\b(?:krijgt|krijgen|ontvangt|ontvangen)\b/iu);
/**
 * A passive whose agent is such a body ("De begroting … zal naar verwachting binnen enkele weken door de Staten van
 * Aruba worden behandeld", "nadat deze medio juni eerst door de Ecofin Raad … zijn vastgesteld"): the body acts, on
 * its own term.
 */
const THIRD_PARTY_AGENT = new RegExp(`\\bdoor\\s+(?:(?:[Dd]e|[Hh]et)\\s+)?${THIRD_PARTY}`, 'u');
const PASSIVE = new Caseless(/\b(?:wordt|worden|werd|werden|is|zijn|zal|zullen)\b/iu);
/** Such a body as the subject of the phrase's own subordinate clause: "mits de Raad in maart 2024 opnieuw … spreekt". */
const THIRD_PARTY_OPENS_CLAUSE = new RegExp(
  `^\\s*(?:dat|die|omdat|mits|tenzij|indien|wanneer|zodat|terwijl|nadat|zodra|doordat)\\s+(?:(?:[Dd]e|[Hh]et)\\s+)?${THIRD_PARTY}\\s+\\p{Ll}`,
  'u',
);

/**
 * An agreement reported as the sentence's predicate, its content a clause of its own ("Afgesproken is dat de komende
 * maanden een meerjarenprogramma met de eilanden zal worden uitgewerkt", "In de Nationale prestatieafspraken is
 * afgesproken dat woningcorporaties … bouwen"): what parties agreed among themselves, not an undertaking to the Kamer.
 * An agreement to act by an infinitive is the agreeing parties' own act (AGREED_TO_ACT). "Zoals afgesproken" reports a
 * promise, as "zoals toegezegd" does.
 */
const AGREED = /\b(?:afgesproken|overeengekomen)\s+is\s+(?:(?:verder|ook|tevens|voorts|daarbij|nu)\s+)?dat\b|\b(?:is|zijn|werd|werden)\s+(?:[\p{L}-]+\s+){0,8}?(?:afgesproken|overeengekomen)\s+dat\b/iu;
const AS_AGREED = /\bzoals\s+(?:[\p{L}-]+\s+){0,4}?(?:afgesproken|overeengekomen)\b/iu;

/**
 * Things delivered besides the event nouns: "het plan van aanpak volgt", "de visie verschijnt voor de zomer", "tot de
 * presentatie van het beleidsprogramma op 14 juni"; not a bare "plannen", which third parties have too.
 */
const DELIVERABLES = ['actieplan', 'aanpak', 'visie', 'strategie', 'notitie', 'overzicht', 'uitwerking', 'presentatie'];

function isDeliverable(word: string): boolean {
  if (isEventNoun(word)) return !isGathering(word);
  return DELIVERABLES.some((head) => word === head || (word.endsWith(head) && word.length > head.length + 2));
}

/**
 * Someone coming forward with something or setting to work, in the present with future meaning ("Voor de zomer komt
 * Heijnen met een campagne", "Zij komt nog voor de zomer met een nieuw plan", "Blokhuis gaat daar deze zomer aan
 * werken", "De uitkoopregeling … gaat uiterlijk half juni van start"): news tells the government's undertaking in the
 * third person, by the minister's name. The verb is the party: an agent undertakes the act. A third party named as
 * the one who comes forward is ruled out before this is asked ("Deze maand komt de Nationale Zorgautoriteit (NZa) met
 * een voortgangsrapport"), and so is a start or bound ("Vanaf 13 juli gaat Remkes aan de slag"); a person whose office
 * the sentence does not give is taken for the government's ("Op 13 juli gaat Remkes aan de slag", a verkenner), as
 * news names ministers so.
 */
const SETS_ABOUT =
  /\b(?:komt|komen)\s+(?:[\p{L}\d'’-]+\s+){0,8}?met\s+(?:een|de|het|zijn|haar|hun)\s|\b(?:gaat|gaan)\s+(?:[\p{L}\d'’-]+\s+){0,8}?(?:werken|aan\s+de\s+slag|van\s+start)\b/iu;

/**
 * The writer's own planning, told without an agent: "Deze komt naar verwachting in de loop van 2024 beschikbaar", "In
 * 2025 zal naar verwachting de laatste samenvoeging plaatsvinden", "Dat laatste is voorzien voor … in het voorjaar van
 * 2024". The one who expects or plans is the one writing, the government, telling when its own work is due, as "wordt
 * … verwacht te" does (GUIDE §1). A third party named as the one who acts, a possibility and an aim are ruled out
 * before this is asked. A gathering expected to start or take place ("De triloogonderhandelingen starten naar
 * verwachting in januari 2024") is a meeting's day, and an amount expected ("Bij de dienst werken in 2026 naar
 * verwachting 400 mensen", "De verwachting is dat daar … nog 32 miljoen euro bij komt") a forecast: neither tells when
 * the writer's work is due.
 */
const WRITERS_PLANNING = new Caseless(/\b(?:naar\s+verwachting|(?:is|zijn|wordt|worden)\s+voorzien)\b/iu);
/**
 * An intention with its own act, told without an agent: "Het streven is om in 2023 een programma … te publiceren", "is
 * het streven om de regelgeving … in het vierde kwartaal van 2019 te consulteren", "Eigenlijk is het de bedoeling om voor
 * de kerst alle plannen … besproken te hebben", "Inzet is om uiterlijk per 1 juli 2025 … te hebben afgerond". The one
 * who intends is the one writing or speaking, as with "naar verwachting" (GUIDE §1, D11 (a)); "om" and its infinitive
 * make it an act, where "Het streven is dat de uitstoot …" is an aim for a state of the world, and "Het streven is het
 * PAGO … gereed te hebben" without "om" may be a third party's, named in another sentence.
 */
const OUR_INTENTION = new Caseless(/\b(?:(?:streven|voornemen|inzet|bedoeling)\s+(?:is|blijft)|(?:is|blijft)\s+(?:het\s+)?(?:(?:nu|ook|wel|eigenlijk)\s+)*(?:het|de|ons|mijn|onze)\s+(?:nieuwe\s+)?(?:streven|voornemen|bedoeling))\s+(?:(?:nu|ook|wel|dan|eigenlijk)\s+)*om\b/iu);
/**
 * The official idiom of the same intention, its act an infinitive with or without "om": "Het ligt in het voornemen het
 * overleg … nog in augustus te starten", "dat het in het voornemen ligt Hr. Ms. Karel Doorman eind 1951 wederom in
 * dienst te stellen", "Het ligt in de bedoeling om in 1928 over te gaan tot …". Whose intention the idiom leaves to the
 * one writing, as "naar verwachting" does; "in het voornemen van het Hoogheemraadschap" names another holder, and "in de
 * bedoeling dat …" a state of the world or others' acts, not an act of the writer's.
 */
const LIES_IN_THE_INTENTION = new Caseless(
  /\b(?:ligt\s+(?:het\s+)?in\s+(?:het|de)\s+(?:voornemen|bedoeling)|in\s+(?:het|de)\s+(?:voornemen|bedoeling)\s+ligt)\b(?!\s*,?\s*(?:van|dat)\b)[^;:!?]{0,240}?\bte\s+[a-z]/iu,
);
/**
 * An agreement to act, told by an infinitive with no subject of its own, that opens its clause or follows only the
 * partners it was made with ("Afgesproken is snel na de zomer een bestuursakkoord overeen te komen", "Er is afgesproken
 * om de eerste rapportage medio maart volgend jaar … te presenteren", "Met partijen is afgesproken om in september …
 * te kijken"): the parties that agreed do it, and the writer reporting its own agreement is one of them. An agreement
 * placed in a document or meeting ("In het pensioenakkoord is afgesproken om …") tells what that holds, and one whose
 * content is a clause of its own ("Afgesproken is dat …") what others will do (AGREED).
 */
const AGREED_TO_ACT = new Caseless(
  /^\s*(?:(?:er|ook|daarnaast|verder|tevens|voorts)\s+|met\s+[^,.;:]{1,60}?\s+)?(?:(?:afgesproken|overeengekomen)\s+is\s+(?!(?:(?:verder|ook|tevens|voorts|daarbij|nu)\s+)?dat\b)|(?:is|zijn)\s+(?:er\s+)?(?:ook\s+)?(?:afgesproken|overeengekomen)\s+om\b)/iu,
);
/** A number that is no year: "400 mensen", "32 miljoen euro", "5 procent". */
const AMOUNT = /(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*/;

function writersPlanning(words: string): boolean {
  if (AGREED_TO_ACT.test(words) || OUR_INTENTION.test(words) || LIES_IN_THE_INTENTION.test(words)) return true;
  const planning = WRITERS_PLANNING.exec(words);
  if (planning === null || AMOUNT.test(words)) return false;
  return !words.slice(0, planning.index).toLowerCase().split(/[^\p{L}-]+/u).some(isGathering);
}

/**
 * A thing of the writer's told to come out or be ready in the future, with no one else named: "Dit Meerjarenplan voor het
 * Personenvervoer zal in de loop van 1975 verschijnen", "Deze gegevens zullen … binnenkort ter beschikking komen", "De …
 * aanpassingen zullen binnenkort gereed komen" (GUIDE §1: a thing-subject whose agent is the government). A third party
 * named in the sentence is ruled out before this is asked; money made available is how it flows, not a thing delivered
 * ("Vanaf 2015 zal € 2 miljard beschikbaar komen voor de topsectoren").
 */
const COMES_OUT_AHEAD = new Caseless(
  /\b(?:zal|zullen)\b[^.;:!?]*?\b(?:verschijnen|gereed\s+(?:komen|ko-men|zijn)|klaar\s+(?:komen|zijn)|(?:ter\s+beschikking|beschikbaar)\s+(?:komen|ko-men|worden\s+gesteld))\b/iu,
);
const MONEY = new Caseless(/€|\b(?:euro|gulden|miljard|miljoen|mln|mld)\b/iu);

/**
 * Whether the sentence names a party to a promise, or a thing that is delivered outside the phrase: the event of an
 * event-bound phrase is what the promise waits on, not what it delivers ("De Rijksarchiefinspectie komt tot haar
 * bevindingen na onderzoek bij tal van rijksoverheidsorganen in 2003 en 2004" names nothing delivered).
 */
function namesAParty(sentence: string, outsidePhrase: string): boolean {
  if (PARTY.test(sentence) || GOVERNMENT_BODY.test(sentence) || theStateActs(sentence) || IMPERSONAL.test(sentence) || SETS_ABOUT.test(sentence)) return true;
  return namesADeliverable(outsidePhrase);
}

function namesADeliverable(words: string): boolean {
  return words.toLowerCase().split(/[^\p{L}-]+/u).some(isDeliverable);
}

/**
 * The current or the coming period right after "van" says which of a thing is meant ("de plenaire agenda van deze
 * week", "de begroting van dit jaar", "de agenda van volgende week"), not when something is due; a named date after
 * "van" dates an event ("in de ministerraad van 27 april 2012", "in de voortgangsrapportage van mei 2020") and keeps it.
 * A part of the period is no thing: "in de loop van volgende week", "aan het eind van komende maand" say when.
 */
const OF_A_THING = /\p{L}(?<!\b(?:loop|verloop|eind|einde|begin|midden|helft|aanvang|start|course|end|beginning|middle|half))\s+(?:van|of)\s*$/iu;
const THIS_PERIOD = new Caseless(/^(?:deze|dit|volgend|volgende|komend|komende|this|next|coming)\s/iu);
/** Enough of the text before a date for the longest noun of ISSUED_TEXT_OF and its "van": the pattern is asked of that tail only. */
const ISSUED_TEXT_REACH = 48;
/**
 * A letter or another issued text named by its date ("In de brief van 7 februari heb ik aangegeven …", "bij mijn
 * brief van 12 maart", "het verslag van 4 juni") was issued on it: a text is referred to by its date once it exists,
 * so the date is past even when the phrase alone would land in a year ahead.
 */
const ISSUED_TEXT_OF = /\b(?:\p{L}*brief|\p{L}*brieven|nota|notitie|\p{L}*verslag|e-?mail|mail|kabinetsreactie|beantwoording|missive|letter)\s+(?:van|d\.d\.|dd|of|dated)\s*$/iu;

/**
 * Words before a date that make it a start or an end of validity ("na september 2010": not before October, no term); a
 * range's first date is followed by its end.
 */
const START_OR_BOUND = new Caseless(/(?:^|\s)(?:vanaf|sinds|na|tot|tot\s+en|from|since|after|until)\s*$/iu);
/**
 * A term moved or extended to a date ("verzoek ik u de termijn met 4 weken te verlengen tot 20 februari", "uitgesteld
 * tot 1 juli"): the date after "tot" is the new term, not the end of a period. "uit te stellen tot na het zomerreces"
 * moves something to a period, not to a term.
 */
/** What is moved must be a term of ours: "De regeling wordt verlengd tot 1 januari 2026" extends how long a rule applies. */
const A_TERM = new Caseless(/\b(?:termijn|deadline|beantwoording|antwoord|antwoorden|toezegging|oplevering|toezending|reactie|brief|uitstel)\b/iu);
const MOVED_TO = /\b(?:verleng\p{L}*|uit\s+te\s+stellen|uitstel\p{L}*|uitgesteld|verschuiv\p{L}*|verschoven|verplaats\p{L}*|opschort\p{L}*|extend\p{L}*|postpone\p{L}*)\s+(?:tot|until|to)\s*$/iu;
// "tot stand", "tot doel": only a date or a year after "tot" closes a range.
const RANGE_END = new Caseless(/^\s*(?:tot(?:\s+en\s+met)?|t\/m|until|to)\s+(?:\d|(?:begin|medio|eind|half)\s)/iu);
/**
 * A law or rule taking effect: its date is when it applies, not when something is due, unless the clause delivers
 * something by that date ("toe de Kamer in december 2020 … te informeren over het tijdpad voor de inwerkingtreding").
 */
const TAKES_EFFECT = new Caseless(/\b(?:in\s+werking|inwerkingtreding|van\s+kracht|takes?\s+effect|enters?\s+into\s+force)\b/iu);
/**
 * A rule's day of application in a relative clause describes the rule ("de nieuwe … verordening, die op 21 april 2021
 * van toepassing wordt"); as the time of a promise's condition it is the promise's day ("Deze capaciteit zal beschikbaar
 * zijn als het Pact op 12 juni 2026 van toepassing wordt").
 */
const APPLIES_FROM = new Caseless(/^\s*(?:die|welke|which)\b[^.;:]*\b(?:van\s+toepassing\s+(?:wordt|worden|is|zijn|zal|zullen)|(?:applies|apply)\b)/iu);
/**
 * Introducing a law or a system: a day, or a date after "per", is when it starts to apply ("de wet per 1 juli 2021 in
 * te voeren", "dat per 2025 in moet gaan", "om dit systeem op 1 januari 2027 in te laten gaan", "de beoogde invoeringsdatum van 1 juli 2021", "dat de wet op 1 juli
 * aanstaande ingevoerd kan worden"); a period is when the government delivers it ("Dit systeem zal in de loop van 2008
 * worden ingevoerd").
 */
const INTRODUCED = new Caseless(/\b(?:invoer(?:en|ing|ingsdatum)|ingevoerd|in\s+te\s+voeren|in\s+te\s+(?:laten\s+)?gaan|in\s+(?:moet|moeten|zal|zullen|kan|kunnen)\s+gaan)\b/iu);
/**
 * The day a term, a permit or an arrangement runs out ("toezeggingen waarvan de termijn op 1 januari 2016 verloopt",
 * "de vergunning die eind 2026 afloopt") describes what it applies to, as the day a law takes effect does; a clause
 * that delivers by it ("Ik informeer u voordat de termijn op 1 juli verloopt") or in which we act by it ("Ik zal de
 * vergunning, die op 1 juli afloopt, voor die datum verlengen") keeps its term.
 */
const RUNS_OUT = new Caseless(/\b(?:verloopt|verlopen|afloopt|aflopen|loopt\s+(?:[a-z]+\s+){0,3}?af|lopen\s+(?:[a-z]+\s+){0,3}?af|verstrijkt|verstrijken|expires?|runs?\s+out)\b/iu);
const VANAF = new Caseless(/(?:^|\s)(?:vanaf|from)\s*$/iu);

/**
 * The government undertakes an act in the clause: the first person or the government asked ("wordt de regering
 * verzocht om … door te voeren") with a future, an intention or a to-infinitive.
 */
function governmentUndertakes(clause: Clause): boolean {
  const words = `${clause.governing ?? ''} ${clause.words}`;
  return namesUs(words) && ANNOUNCED.test(clause.words);
}

const GOVERNMENT_NAMED = new Caseless(/\b(?:regering|kabinet|government|cabinet)\b/iu);

/** The government in the text: the first person, or the government named. */
function namesUs(text: string): boolean {
  return FIRST_PERSON.test(text) || GOVERNMENT_NAMED.test(text);
}

/** A future or a to-infinitive of our own; unlike ANNOUNCED, not "verwacht" or "streven": what we expect or aim at of a law or a term is not our act. */
const OUR_ACT_AHEAD = /\b(?:zal|zullen|zult|will|shall|te\s+\p{L}+|to\s+\p{L}+)\b/iu;
/** The main clause taking up the day its relative clause named: "voor die datum", "vóór dat moment", "voordien". */
const BY_THAT_DAY = /\b(?:(?:voor|vóór|uiterlijk\s+op|op)\s+(?:die|deze|dat|dezelfde)\s+(?:datum|dag|moment|tijdstip)|voor\s+die\s+tijd|voordien|before\s+(?:that|this)\s+(?:date|day))\b/iu;

/**
 * We act by the day a law takes effect or a term runs out: in the phrase's own clause ("Ik zal de vergunning verlengen
 * voordat deze op 1 juli afloopt"), or, when that day stands in a relative clause that describes the thing, in the
 * sentence around it that takes the day up ("Ik zal de vergunning, die op 1 juli afloopt, voor die datum verlengen").
 * "Ik verwacht dat de wet op 1 juli in werking treedt", "Ik wijs erop dat de vergunning op 1 juli afloopt" and "Ik zal u
 * informeren over de regeling, die op 1 juli in werking treedt" tell the thing's own day.
 */
function weActByIt(clause: Clause): boolean {
  const relative = RELATIVE.test(clause.words.trimStart());
  const words = relative ? clause.outside : `${clause.governing ?? ''} ${clause.words}`;
  return namesUs(words) && OUR_ACT_AHEAD.test(words) && (!relative || BY_THAT_DAY.test(clause.sentence));
}

/**
 * "per 1 juli 2021", "per 2025", "met ingang van 1 januari 1990": the day from which something applies, unless the clause
 * delivers by it or the government undertakes an act of its own for that day.
 */
const PER_DATE = new Caseless(/^(?:per|met\s+ingang\s+van)\s/iu);

/**
 * A period joined by "en" to another ("dit jaar en volgend jaar", "in 2003 en 2004", "voorjaar en zomer 2026"):
 * together they span the time something happens or goes on, unless the sentence delivers to the Kamer in each ("Uw
 * Kamer wordt in het voorjaar van 2016 en 2017 … geïnformeerd": two terms, the first one found).
 */
const PERIOD_WORD =
  `(?:(?:in\\s+)?(?:(?:het|de|dit|deze|volgend|volgende|komend|komende|vorig|vorige)\\s+)?(?:jaar|\\d{4}|voorjaar|zomer|najaar|herfst|winter|kwartaal|maand|${DUTCH_MONTH_ALTERNATION}))`;
const JOINED_AFTER = new Caseless(new RegExp(`^\\s+en\\s+${PERIOD_WORD}\\b`, 'iu'));
// "Op 4 en 5 november", "de Europese Raad van 24 en 25 juni": the days of one event.
const JOINED_BEFORE = new Caseless(new RegExp(`(?:^|\\s)(?:${PERIOD_WORD}|\\d{1,2})\\s+en\\s+$`, 'iu'));

/**
 * "voor" after what is relevant, needed or meant for something says what it serves: "die relevant kunnen zijn voor de
 * begrotingsbehandeling dit najaar", "van belang voor de evaluatie", "bestemd voor het debat", "steun … voor de analyse".
 */
const SERVES =
  new Caseless(/\b(?:relevant|relevante|van\s+belang|belangrijk|nuttig|bruikbaar|noodzakelijk|nodig|bestemd|geschikt|essentieel|cruciaal|bepalend|steun|draagvlak|input|relevant\s+to|important|useful|needed|necessary|meant)\s+(?:(?:kan|kunnen|zijn|is|zou|zouden|wordt|worden|blijft|blijven|can|could|be|is|are)\s+){0,2}$/iu);
const OPENS_WITH_VOOR = new Caseless(/^(?:voor|vóór|for)\s/iu);
/**
 * "voor" after a noun that takes it as its complement says what the thing is for, not by when: "de inzet van het kabinet
 * voor het aanstaande gesprek", "de tijd voor dit algemeen overleg", also with the verb that says the noun is there
 * between them ("bleek er ruime steun te bestaan voor de analyse"); not a copula, which may say what the noun is ("Mijn
 * inzet is voor het commissiedebat een brief te sturen": before the debate). Asked of an event only: a time after such a
 * noun ("de inzet van het kabinet voor de zomer") may still be the term of the sentence's verb. So the time one has for
 * a meeting, counted ("We hebben tweeënhalf uur voor dit AO"), which is no time before it ("24 uur voor het debat").
 */
const VOOR_OF_A_NOUN =
  /\b(?:inzet|steun|dank|waardering|complimenten|tijd)(?:\s+van\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?(?:\s+(?:te\s+)?(?:bestaan|bestaat|bestond|bestonden))?\s*$|\b(?:heb|hebt|heeft|hebben|had|hadden)\s+(?:[\p{L}-]+\s+){0,3}?(?:uur|minuten|kwartier)\s*$/iu;
/**
 * So after an adjective that takes "voor", with or without its copula: what a thing is needed, meant or fit for ("is
 * nodig voor de behandeling", "bedoeld voor het overleg"). Ready for an act ("gereed is voor verzending") is that too,
 * but ready for a meeting ("zal gereed zijn voor het commissiedebat") is ready by it: READY is asked only of a phrase
 * that names no meeting.
 */
const VOOR_OF_AN_ADJECTIVE = /\b(?:nodig|noodzakelijk|bedoeld|bestemd|geschikt)(?:\s+(?:is|zijn|was|waren))?\s*$/iu;
const READY = /\b(?:gereed|klaar)(?:\s+(?:is|zijn|was|waren))?\s*$/iu;
/**
 * Invited to a meeting ("zullen voor het algemeen overleg MIRT worden uitgenodigd"): "voor" names where one is asked to
 * come. Not where the clause also delivers: in "Ik zal de sector uitnodigen en uw Kamer voor het commissiedebat
 * informeren" the meeting is the informing's term.
 */
const INVITED_TO = /\b(?:uitgenodigd|uitnodigen|uit\s+te\s+nodigen|nodig\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?uit)\b/iu;

/**
 * Thanked for something ("danken de minister van Buitenlandse Zaken voor de toezending", "De regering dankt de vaste commissie
 * voor Onderwijs, Cultuur en Wetenschap voor het verslag"): "voor" says what for, up to a verb of our own that may
 * undertake more ("Ik dank u voor uw vragen en stuur u voor het debat …").
 */
const THANKED_FOR =
  /\b(?:dank|danken|dankt|bedank|bedankt|bedanken)\s+(?:de|het|u|uw|hem|haar|hen|ik|wij|we|mevrouw|mijnheer)\b(?![^.;:!?]*\b(?:zal|zullen|stuur|stuurt|informeer|informeren|ontvangt|ontvangen|kom|komt)\b)[^.;:!?]{0,90}$/iu;

/**
 * "bij" right after a noun of a text or a remark says what that text goes with, not when: "Als bijlage bij dit verslag",
 * "het achtergronddocument bij dit rapport", "een kabinetsreactie bij het verslag van de Europese Commissie", "de
 * aandachtspunten bij de ontwerpbegroting 2017", "Kamerbrief bij rapport over …". With an act of ours ahead in the
 * clause the event may still be its term ("zal … reageren … door middel van een nader rapport bij indiening van het
 * wetsvoorstel").
 */
const OPENS_WITH_BIJ = new Caseless(/^bij\s/iu);
const BIJ_OF_A_NOUN =
  /\b\p{L}*(?:bijlage|bijlagen|document|documenten|brief|brieven|reactie|reacties|vraag|vragen|opmerking|opmerkingen|kanttekening|kanttekeningen|punt|punten|toelichting|rapport|notitie|nota|commentaar)\s*$/iu;

/**
 * A relative clause in the present on a document that tells the document's own day ("de begroting voor volgend jaar, die
 * op Prinsjesdag wordt gepresenteerd", "de begroting die het kabinet op Prinsjesdag presenteert", "de Begroting SZW die
 * met Prinsjesdag bij de kamer is"), in a sentence whose main clause neither names us nor looks ahead, dates the
 * document: no term. A future in the relative clause ("de regeringsnotitie …, die op Prinsjesdag aan de Tweede Kamer
 * zal worden aangeboden"), a delivery in it, or a main clause of ours ("Ik neem de maatregelen op in de begroting, die
 * op Prinsjesdag …") keeps the term.
 */
const DOCUMENT_ANTECEDENT = /\b(?:de|het)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s*,?\s+(?:die|dat|welke)\b[^,;:]*$/iu;

function documentsOwnDay(clause: Clause): boolean {
  if (!RELATIVE.test(clause.words.trimStart()) || OUR_ACT_AHEAD.test(clause.words) || DELIVERS.test(clause.words)) return false;
  const antecedent = DOCUMENT_ANTECEDENT.exec(clause.before);
  if (!antecedent || !antecedent[1]!.toLowerCase().split(/\s+/u).some(isWrittenDocument)) return false;
  return !namesUs(clause.outside) && !OUR_ACT_AHEAD.test(clause.outside);
}

/** Whether "voor" at the start of an event's phrase is the complement of a word of its clause, not "before". */
function voorAsComplement(phrase: string, clause: Clause): boolean {
  if (VOOR_OF_A_NOUN.test(clause.before) || THANKED_FOR.test(clause.before) || VOOR_OF_AN_ADJECTIVE.test(clause.before)) return true;
  if (READY.test(clause.before)) return !phrase.toLowerCase().split(/[^\p{L}-]+/u).some(isGathering);
  return INVITED_TO.test(clause.words) && !DELIVERS.test(clause.words);
}

/**
 * A time with no preposition right after what is served names which one: "relevant … voor de begrotingsbehandeling dit
 * najaar"; "de informatie die nodig is voor de evaluatie voor de zomer sturen" keeps its term.
 */
const BARE_TIME = new Caseless(/^(?:dit|deze|volgend|volgende|komend|komende|this|next|\d{4}\b)/iu);
const SERVED_BEFORE = /(?:voor|vóór|for)\s+(?:(?:de|het|the)\s+)?[\p{L}-]+\s*$/iu;

/**
 * A permission or a rule in the present with neither us nor the Kamer in it: "Aan het eind van het jaar mag maximaal 1%
 * aan onderuitputting … worden meegenomen naar het volgende jaar" says what may happen in any year, not what is
 * undertaken; "Uw Kamer mag uiterlijk begin 2011 reacties verwachten" is a promise.
 */
const MAY = new Caseless(/\b(?:mag|mogen|may)\b/iu);
/** What is possible is offered, not undertaken: "Een gesprek is mogelijk op korte termijn". */
const POSSIBLE = /\b(?:is|zijn|blijft|blijven)\s+(?:\p{L}+\s+)?mogelijk\b/iu;
/** The polite request of a letter's writer ("Wij ontvangen graag spoedig uw reactie", "zie ik graag tegemoet"): the addressee's term. */
const WE_WOULD_RECEIVE = new Caseless(/\b(?:ontvang|ontvangen|zie|zien)\s+(?:(?:ik|wij|we)\s+)?graag\b|\b(?:ik|wij|we)\s+(?:ontvang|ontvangen|zie|zien)\s+graag\b/iu);

/**
 * The government as the one who receives ("Naar verwachting ontvang ik het onderzoeksrapport in de loop van augustus
 * van de Inspectie", "Ik verwacht die reactie begin volgend jaar te mogen ontvangen", "heb ik de Kiesraad verzocht een
 * reactie … uiterlijk 14 juni aanstaande te mogen ontvangen"): the term is that of the sender's act, not of one the
 * government undertakes. An infinitive of receiving has the subject of the clause it hangs on, which must be ours; with
 * the Kamer in the clause ("De Kamer verwacht de brief … te ontvangen") the Kamer may be the one who receives. An act of
 * ours joined to the receipt ("deze feedback te ontvangen en toe te passen") is undertaken by that term.
 */
const WE_RECEIVE = new Caseless(/\b(?:ik|wij|we)\s+(?:[^\s,.;:!?]+\s+){0,6}?(?:te\s+(?:mogen\s+|kunnen\s+)?)?ontvangen\b(?!\s+en\b)|\bontvang(?:en)?\s+(?:ik|wij|we)\b/iu);
const TO_RECEIVE = new Caseless(/\bte\s+(?:mogen\s+|kunnen\s+)?ontvangen\b(?!\s+en\b)/iu);
const THE_KAMER_IN_IT = new Caseless(/\b(?:u|uw|kamer|kamers|commissie|leden|you|your|house)\b/iu);

/**
 * What is handed over to the government ("Het Masterplan wordt 7 februari a.s. aan het kabinet aangeboden", "Begin juli
 * 2024 brengt de raad zijn advies uit aan de staatssecretaris", "Deze begroting wordt uiterlijk op 1 november 2025
 * aangeleverd bij het ministerie van OCW", "besluit de commissie … een brief aan de minister … te sturen") is delivered
 * by someone else, on the sender's term, as what we receive is (WE_RECEIVE). The first person in the clause, or the Kamer
 * in the sentence, keeps the term: the government hands over itself, or passes on what it receives ("… aan de minister
 * aangeboden, waarna ik het u stuur").
 */
const TO_THE_GOVERNMENT =
  /\b(?:aan|bij)\s+(?:mij|het\s+kabinet|de\s+regering|(?:de|het)\s+(?:[\p{L}-]+\s+){0,2}?(?:minister|staatssecretaris|ministerie|departement|bewindspersoon))\b/iu;
const HANDED_OVER =
  /\b(?:aangeboden|aanbieden|aangeleverd|aanleveren|levert|leveren|geleverd|uitgebracht|uitbrengen|brengt\s+(?:[^\s,.;:]+\s+){0,6}?uit|gestuurd|sturen|stuurt|toegezonden|toezenden|voorgelegd|voorleggen|overhandigd|overhandigen)\b/iu;
const WE_IN_IT = /\b(?:[Ii]k|[Ww]ij|[Ww]e)\b/u;
const THE_KAMER_NAMED_HERE = new Caseless(/\b(?:u|uw|kamer|kamers|parlement|you|your|house|parliament)\b/iu);

function handedToTheGovernment(clause: Clause): boolean {
  return TO_THE_GOVERNMENT.test(clause.words) && HANDED_OVER.test(clause.words) && !WE_IN_IT.test(clause.words) && !THE_KAMER_NAMED_HERE.test(clause.sentence);
}

function weReceive(clause: Clause): boolean {
  if (THE_KAMER_IN_IT.test(clause.sentence)) return false;
  return WE_RECEIVE.test(clause.words) || (TO_RECEIVE.test(clause.ahead) && FIRST_PERSON.test(clause.before));
}

/**
 * A few weeks or months with no word that counts them from now ("binnen", "over", "de komende") is how long something
 * lasts or has lasted: "Wij keken daar al een paar weken naar uit", "Dit zal enkele maanden duren".
 */
const DURATION = new Caseless(/^(?:(?:al|reeds|nog|already)\s+)?(?:enkele|een\s+paar|een\s+aantal|few|a\s+few|several)\s+(?:weken|maanden|weeks|months)$/iu);

/**
 * A span counted from the promise ("binnen 4 weken", "zo spoedig mogelijk") in a clause that reports the promise as
 * made before ("heb ik toegezegd uw Kamer binnen 4 weken een brief te sturen") counts from that earlier day, not from
 * the text's: its window is unknown.
 */
export function countsFromAnEarlierPromise(text: string, start: number, end: number): boolean {
  const { words } = clauseAround(text, start, end);
  return (PERFECT_AUXILIARY.test(words) && PROMISE_MADE.test(words)) || PROMISED_IN_THE_PAST.test(words);
}

/** A promise told in the simple past, as news does: "zegde de bewindsman toe de vragen binnen 2 à 3 weken te beantwoorden", "door te beloven". */
const PROMISED_IN_THE_PAST = new Caseless(/\b(?:zegde|zegden)\b[^.;:!?]*?\btoe\b|\b(?:beloofde|beloofden|promised)\b|\bdoor\s+te\s+beloven\b/iu);

/**
 * A span counted from the promise in a clause that states an obligation without a first person ("Bewindspersonen
 * moeten Kamervragen binnen drie weken beantwoorden", "Volgens de regels van de Kamer moet het kabinet binnen drie
 * weken antwoorden") describes a rule: it counts from each case, not from the text, and promises nothing.
 */
export function describesARule(text: string, start: number, end: number): boolean {
  const { words, sentence } = clauseAround(text, start, end);
  return OBLIGATION.test(words) && !FIRST_PERSON.test(words) && !THE_KAMER_ASKS_NOW.test(sentence);
}

const OBLIGATION = new Caseless(/\b(?:moet|moeten|dient|must)\b/iu);
// Case matters only for the English "I", which must not match the Dutch letter "i".
const FIRST_PERSON = /\b(?:[Ii]k|[Ww]ij|[Ww]e|[Mm]ij|[Oo]ns|I|[Uu]s)\b/u;

/**
 * Participles of a promise made: a request ("heeft verzocht … zo spoedig mogelijk in te dienen") is still open and the
 * letter answers it now, so its span counts from the letter.
 */
const PROMISE_MADE = new Caseless(/\b(?:toegezegd|beloofd|afgesproken|aangekondigd|promised|agreed)\b/iu);

/**
 * The Kamer, a committee or its members as the subject of the clause, at its start ("De Eerste Kamer stemt dinsdag 23
 * mei", "dat de Kamer de behandeling … voortzet") or right after its finite verb ("Op 12 juli stemt de Kamer"): the date
 * is the Kamer's own, unless the Kamer receives ("Uw Kamer ontvangt …", "De Kamer wordt … geïnformeerd") or the clause
 * asks the government for something (a request with a term keeps it: "De commissie verzoekt de regering …").
 */
const KAMER =
  '(?:de|het|uw)\\s+(?:(?:eerste|tweede|vaste)\\s+)?(?:kamer|kamercommissie|commissie|commissies|leden|fracties|fractie)\\b';
// An "om … te" clause has no subject of its own: "om de Kamer in het voorjaar een brief te sturen" sends to the Kamer.
const KAMER_SUBJECT = new RegExp(`^\\s*(?:(?:dat|of|en|ook)\\s+)?${KAMER}|^\\s*(?!om\\s)\\p{L}+\\s+${KAMER}`, 'iu');
const KAMER_RECEIVES =
  new Caseless(/\b(?:ontvangt|ontvangen|krijgt|krijgen|wordt|worden|tegemoet|verwacht|verwachten|beschikt|beschikken|beschikking|geïnformeerd|geinformeerd|toegezonden|toegestuurd|aangeboden)\b/iu);
/**
 * The government as the one who acts: the writer, the cabinet, a minister by any title ("de cultuurminister", "de
 * zorgminister", "de premier"), a state secretary.
 */
const GOVERNMENT =
  new Caseless(/\b(?:ik|wij|we|mij|mijn|kabinet|regering|[a-z]*minister|[a-z]*ministers|staatssecretaris|bewindspersoon|bewindspersonen|premier|government|cabinet)\b/iu);

/**
 * The government as whom the Kamer meets or whose bill or plans it treats ("debatteert … met de ministers De Jonge …",
 * "behandelt … het wetsvoorstel van de ministers …", "over de belastingplannen van het kabinet"): no party that
 * undertakes anything in the Kamer's clause.
 */
const GOVERNMENT_AS_PARTNER =
  /\b(?:met|van)\s+(?:de\s+|het\s+)?(?:minister-president|ministers?|staatssecretaris(?:sen)?|bewindspersonen|kabinet|regering)\b(?:\s+\p{Lu}[\p{L}-]*)*/giu;

/**
 * The Kamer as the subject its own procedure has: addressed as "u" with a verb only the Kamer does ("In de week van 11
 * december spreekt u met minister Wiebes over de begroting").
 */
const KAMER_PROCEDURE_VERB = '(?:spreekt|debatteert|vergadert|stemt|behandelt|bespreekt)';
const THE_KAMER_ADDRESSED = new Caseless(new RegExp(`\\b${KAMER_PROCEDURE_VERB}\\s+(?:uw\\s+kamer|u)\\b|\\b(?:uw\\s+kamer|u)\\s+${KAMER_PROCEDURE_VERB}\\b`, 'iu'));
/**
 * The Kamer, a committee or its members as the agent of a passive, whatever is done ("zal op dinsdag 26 september 2017
 * door de Tweede Kamer worden behandeld", "De wens … kan door of namens de Kamer … te kennen worden gegeven uiterlijk op
 * 21 juni 2023", "Het verslag wordt door de commissie op 3 april vastgesteld"): the act and its day are the Kamer's. Not
 * after a determiner, where the agent is inside a noun phrase ("de door de Kamer aangenomen motie wordt voor 1 juli
 * uitgevoerd"). A delivery in the clause keeps the term ("De nota wordt u voor de zomer toegezonden, voordat het voorstel
 * door de Kamer wordt behandeld"), unless it is the infinitive of an "om … te" clause the main clause's finite verb has
 * closed ("De wens om … nadere inlichtingen te ontvangen kan door … de Kamer …"): that is what was wished, not delivered.
 */
const KAMER_AS_AGENT =
  /(?<!\b(?:de|het|een|die|deze|dit)\s+)\bdoor\s+(?:of\s+namens\s+)?(?:de|uw)\s+(?:(?:eerste|tweede|vaste)\s+)?(?:kamer|kamers|kamercommissie|commissie|commissies)\b/iu;
const PASSIVE_AUXILIARY = new Caseless(/\b(?:wordt|worden|werd|werden)\b/iu);
const CLOSED_TO_INFINITIVE = /\bom\s[^,.;:!?]*?\bte\s+\p{L}+(?=\s+(?:kan|kunnen|zal|zullen|wordt|worden|is|zijn|moet|moeten|mag|mogen)\b)/giu;
/** An "om … te" clause still open before the phrase: "om u voor de zomer te informeren" holds the phrase itself. */
const OPEN_TO_INFINITIVE = /\bom\s(?:(?!\bte\s)[^,.;:!?])*$/iu;
/** What opens a relative or comparative clause, or a "dat" clause, before the agent: the agent's passive is that clause's. */
const CLAUSE_BEFORE_THE_AGENT = /\b(?:die|dat|welke|wat|zoals|waar\p{L}*)\b/iu;

/**
 * The Kamer's passive in a clause of its own that ends before the phrase is no act of the phrase's: "Het onderzoek dat
 * door de Kamer werd gevraagd, wordt voor de zomer afgerond", "Zoals door de Kamer werd gevraagd, wordt …", "De
 * evaluatie waarom door de Kamer is verzocht wordt in 2025 uitgevoerd" keep their term. The clause is the stretch between
 * commas that holds the agent, opened before it; a phrase before the agent ("dat het wetsvoorstel in mei door de Kamer
 * wordt behandeld", or one in a relative clause of the subject of the Kamer's passive) is not outside it.
 */
function agentInAClauseBefore(sentence: string, phraseAt: number): boolean {
  const agent = KAMER_AS_AGENT.exec(sentence);
  if (agent === null || phraseAt < agent.index) return false;
  const from = sentence.lastIndexOf(',', agent.index) + 1;
  return CLAUSE_BEFORE_THE_AGENT.test(sentence.slice(from, agent.index));
}

/**
 * The Kamer's written input to a written consultation or a report ("Inbreng voor het nader voorlopig verslag wordt
 * geleverd op 3 april 2018", "De commissies besluiten op 16 maart 2021 inbreng te leveren voor schriftelijk overleg"):
 * only members and committees deliver it; its day is theirs. Input for anything else is anyone's: the government's own
 * ("De inbreng van het kabinet bij de consultatie …", "De Nederlandse inbreng voor de consultatie wordt voor 1 juni
 * geleverd") keeps its term.
 */
const KAMER_INPUT = new Caseless(/\binbreng\b[^.;:]*?\b(?:leveren|levert|geleverd)\b|\b(?:leveren|levert|leverde|leverden)\b[^.;:]*?\binbreng\b/iu);
/** The Kamer's written procedures the input is for: a report on a bill or a written consultation. */
const KAMER_WRITTEN_PROCEDURE = /(?:verslag|schriftelijk\s+overleg|notaoverleg)\b/iu;

/**
 * What only the Kamer does, as the clause's infinitive: it votes ("Ik stel voor dinsdag 19 november a.s. ook te stemmen
 * over:"), and it plans and puts on its agenda its own debates when it is asked or proposed to, or nobody of the
 * government's plans ("Ik verzoek u … om dit VAO niet deze week, maar volgende week te plannen"). The government may ask
 * for that; it cannot undertake it, but in a forum of its own (below). Our own planning ("Ik ben voornemens in maart een
 * bijeenkomst te plannen") stays ours.
 */
// "af te stemmen" (to agree on something with someone) and "in te stemmen" (to consent) are anyone's acts.
const KAMER_VOTES = new Caseless(/(?<!\b(?:af|in|om|over|bij|mee|toe)\s+)\bte\s+stemmen\b/iu);
/** The impersonal passive of voting or debating ("Dinsdag wordt over de moties gestemd", "wordt … gedebatteerd") names the Kamer's sitting: nobody else is voted or debated by. */
const KAMER_VOTES_IN_PASSIVE = new Caseless(/\b(?:wordt|worden|zal|zullen)\b[^.;:]*?\b(?:gestemd|gedebatteerd)\b/iu);
/** Speaking time in a debate ("Ik stel voor, bij het debat over … spreektijden te hanteren"): only the Kamer and its chair set it. */
const SPEAKING_TIME = new Caseless(/\bspreektijd(?:en)?\b/iu);
/**
 * The Kamer's sitting in the first person plural, as members, the chair and the minister in the chamber speak of it: we
 * vote ("Dinsdag stemmen wij over de moties", "gaan we volgende week dinsdag stemmen"), debate ("We debatteren binnenkort
 * over …"), have a debate ("We hebben volgende week een commissiedebat", "dat we binnenkort weer een debat hebben") or
 * speak on about a subject ("Dan spreken we volgende week verder"). Nobody undertakes anything by it. Talks with others
 * stay an act ("Na de zomer spreken wij met de gemeenten"), and so do agreeing ("stemmen wij de planning af"), consenting
 * ("stemmen wij in met"), bringing the Kamer up to date ("praten wij u bij") and our vote in a council of our own (below).
 */
const WE_SIT = new Caseless(
  /\b(?:wij|we)\s+(?:[^\s,.;:!?]+\s+){0,6}?(?:stemmen|debatteren|spreken|praten)\b|\b(?:stemmen|debatteren|spreken|praten)\s+(?:wij|we)\b/iu,
);
const WE_HOLD_A_DEBATE = new Caseless(/\b(?:wij|we)\s+(?:[^\s,.;:!?]+\s+){0,6}?(?:hebben|houden|voeren)\b/iu);
const A_DEBATE = new Caseless(/(?:debat|overleg)\b/iu);
// A separable particle, where a preposition cannot stand: before a full stop, another preposition or a clause ("stemmen
// wij de planning af", "praten wij u bij over …", "spreken wij af dat …", "spreken wij uit dat …"), or bound to the
// infinitive ("bij te praten"); "bij voorkeur" is no particle.
const PARTICLE_VERB = new Caseless(
  /\b(?:af|toe|mee|bij|uit|overeen)(?=\s*(?:[.,;:!?]|$)|\s+(?:over|met|op|in|aan|voor|na|om|tot|van|dat|of)\b)|\b(?:af|toe|mee|bij|overeen|in)\s+te\s+[a-z]|\bin\s+met\b/iu,
);
const THE_KAMER_OR_ITS_GUESTS = '(?:elkaar|u|uw\\s+kamer|de\\s+(?:kamer|minister|staatssecretaris|bewindspersoon))\\b';
const WITH_OTHERS = new Caseless(new RegExp(`\\bmet\\s+(?!${THE_KAMER_OR_ITS_GUESTS})`, 'iu'));

function weSit(words: string): boolean {
  if (PARTICLE_VERB.test(words) || WITH_OTHERS.test(words)) return false;
  return WE_SIT.test(words) || (WE_HOLD_A_DEBATE.test(words) && A_DEBATE.test(words));
}

/**
 * A meeting of the Kamer as what the clause holds, plans, asks for, supports or lets take place, whoever speaks ("houd ik
 * het debat net na het meireces", "besloten om binnen zes weken een debat te voeren", "het … Algemeen Overleg over
 * mestbeleid op zo kort mogelijke termijn te laten plaatsvinden", "kan worden omgezet in een notaoverleg"): the Kamer
 * sets its own meetings. A public debate the government holds ("een maatschappelijk debat"), or one with others, is
 * its own act; a delivery in the clause keeps its term (theKamerActs).
 */
const KAMER_MEETING = new Caseless(
  /(?<!\b(?:maatschappelijke?|publieke?|brede?|nationale?)\s)\b(?:debat|commissiedebat|tweeminutendebat|dertigledendebat|notaoverleg|wetgevingsoverleg|algemeen\s+overleg|ao|vao)\b/iu,
);
const MEETING_HELD = new Caseless(
  /\b(?:houd|houdt|houden|gehouden|voer|voert|voeren|gevoerd|plaatsvinden|plaatsvindt|plannen|inplannen|gepland|ingepland|omzetten|omgezet|steun|steunt|steunen|aanvragen|aangevraagd)\b/iu,
);

// A debate with others ("een debat met jongeren") is not the Kamer's.
const MEETING_WITH_OTHERS = new Caseless(new RegExp(`\\b(?:debat|overleg)\\s+met\\s+(?!${THE_KAMER_OR_ITS_GUESTS})`, 'iu'));

function aKamerMeetingHeld(words: string): boolean {
  return KAMER_MEETING.test(words) && MEETING_HELD.test(words) && !PARTICLE_VERB.test(words) && !MEETING_WITH_OTHERS.test(words);
}

const KAMER_SCHEDULES = new Caseless(/\b(?:te\s+agenderen|te\s+(?:in\s+)?plannen|in\s+te\s+plannen)\b/iu);
const WE_ACT = new Caseless(/\b(?:ik|wij|we|kabinet|regering)\b/iu);
const PROPOSED_OR_ASKED = new Caseless(/\b(?:stel|stellen)\b[^.;:]*\bvoor\b|\b(?:verzoek|vraag)\s+(?:ik\s+|wij\s+|we\s+)?(?:u|uw)\b/iu);
/**
 * A council the government sits in, or its consultation with other governments, as where the act takes place ("in de
 * Europese Raad te agenderen", "tijdens de Informele Milieuraad … te agenderen", "in het Bestuurlijk Overleg met de VNG te
 * agenderen"): there the government itself votes and sets the agenda.
 */
const GOVERNMENTS_FORUM = new Caseless(/\b(?:in|tijdens|op|bij)\s+(?:de|het)\s+(?:[a-z-]+\s+){0,3}?(?:[a-z]*raad|bestuurlijk\s+overleg)\b/iu);

function theKamerOnlyActs(clause: Clause): boolean {
  if (GOVERNMENTS_FORUM.test(clause.words)) return false;
  if (KAMER_VOTES.test(clause.words) || KAMER_VOTES_IN_PASSIVE.test(clause.words) || SPEAKING_TIME.test(clause.words) || weSit(clause.words) || aKamerMeetingHeld(clause.words)) return true;
  const said = `${clause.governing ?? ''} ${clause.words}`;
  return KAMER_SCHEDULES.test(clause.words) && (!WE_ACT.test(said) || PROPOSED_OR_ASKED.test(said));
}

/**
 * A request the Kamer addresses to its own organs ("verzoekt het presidium … binnen een maand opties aan de Kamer voor
 * te leggen", "de motie … waarin het Presidium wordt gevraagd kort na het zomerreces de Kamer te informeren"): the
 * Presidium, the chair and the griffier act for the Kamer, so the term is the Kamer's own planning, not one asked of the
 * government (GUIDE §1), however the request reads on.
 */
const THE_KAMER_ASKS_ITSELF = new Caseless(
  /\bverzoekt\s+(?:het\s+presidium|de\s+kamervoorzitter|de\s+voorzitter\s+van\s+de\s+(?:tweede|eerste)\s+kamer|de\s+griffier)\b|\b(?:het\s+presidium|de\s+kamervoorzitter|de\s+griffier)\s+(?:wordt|werd|is)\s+(?:[a-z]+\s+){0,3}?(?:gevraagd|verzocht)\b/iu,
);

function theKamerActs(clause: Clause, phraseAt: number): boolean {
  const words = clause.words;
  // A thing the government delivers or is asked for keeps it a party: "De commissie heeft behoefte aan een reactie van de minister voor 1 juli".
  const governmentActs = (): boolean => GOVERNMENT.test(DELIVERS.test(words) || ASKS.test(words) ? words : words.replace(GOVERNMENT_AS_PARTNER, ' '));
  if (THE_KAMER_ADDRESSED.test(words) && !DELIVERS.test(words) && !governmentActs()) return true;
  const kamerAsAgent = KAMER_AS_AGENT.test(words) && PASSIVE_AUXILIARY.test(words) && !agentInAClauseBefore(clause.sentence, phraseAt);
  if (kamerAsAgent && !DELIVERS.test(words.replace(CLOSED_TO_INFINITIVE, ' ')) && !OPEN_TO_INFINITIVE.test(clause.before) && !governmentActs()) return true;
  if (theKamerOnlyActs(clause) && !DELIVERS.test(words) && !PROMISE_WORDS.test(words)) return true;
  if (KAMER_INPUT.test(words) && KAMER_WRITTEN_PROCEDURE.test(clause.sentence) && !GOVERNMENT.test(`${clause.governing ?? ''} ${words}`)) return true;
  if (!KAMER_SUBJECT.test(words) && !(phraseAt === 0 && KAMER_SUBJECT.test(words.trimStart()))) return false;
  if (KAMER_RECEIVES.test(words) || PROMISE_WORDS.test(words.replace(PROMISES_AS_TOPIC, ' ')) || governmentActs()) return false;
  // "Uw Kamer heeft verzocht de … wetgeving zo spoedig mogelijk bij uw Kamer in te dienen": asked of the government.
  return !(ASKS.test(words) && (words.match(KAMER_MENTIONS.for(words))?.length ?? 0) >= 2);
}

/** Words of a promise and its term: "de deadline te verschuiven naar 1 januari 2023" moves the government's term. */
const PROMISE_WORDS = new Caseless(/\b(?:toezegging|toezeggingen|toegezegd|deadline)\b/iu);
/**
 * Promises as the topic of the Kamer's own act ("De Eerste Kamer maakt halfjaarlijks de stand van zaken op ten aanzien
 * van de toezeggingen die door de bewindspersonen aan deze Kamer zijn gedaan"): what it takes stock of, not a term of
 * the government's it moves or asks for.
 */
const PROMISES_AS_TOPIC = /\b(?:ten\s+aanzien\s+van|met\s+betrekking\s+tot|inzake|betreffende|over)\s+(?:(?:de|het|alle|openstaande)\s+)*(?:toezegging|toezeggingen)\b/giu;
const KAMER_MENTIONS = new Caseless(/\b(?:kamer|u|uw)\b/giu);

/**
 * A year five or more years ahead is beyond any cabinet's term: without a delivery to the Kamer in its clause it is a
 * target or a scenario's horizon ("dat ons land in 2030 … klimaatneutraal is", "vier grote kerncentrales worden gebouwd
 * in 2040"), not the term of a promise.
 */
const TARGET_YEARS = 5;

/**
 * An aim or a necessity with no act of delivery: "Vanzelfsprekend moeten we zo snel mogelijk uit deze situatie
 * geraken", "de ambitie … om hiervan zo snel mogelijk afscheid te nemen". An aim that delivers ("Het doel is u voor de
 * zomer te informeren") keeps its term.
 */
const NECESSITY = new Caseless(/\b(?:moet|moeten|must)\b/iu);
// The aim must govern what follows ("de ambitie … om", "het doel is"): "controleerbare doelen op te stellen" is a thing to deliver.
const AIM = /\b(?:ambitie|ambities|doel|doelstelling|wens|uitgangspunt|aim|goal|ambition|principle)\s+(?:[\p{L}-]+\s+){0,6}?(?:om|is|dat|to|is\s+to)\b/iu;

/**
 * A wish or a hope for what others do or what happens, in the "dat" clause that holds the phrase ("Ik wil dat dit zo
 * spoedig mogelijk wordt hersteld", "Van der Burg hoopt dat de Tweede en Eerste Kamer in het najaar akkoord gaan",
 * "Het streven van alle partijen … is dat het voorstel … medio juli gepresenteerd wordt"): the term belongs to the
 * wish, not to an act undertaken. A wish for the writer's own act takes "te" ("hoopt ze de Kamer over een week of drie
 * uitsluitsel te kunnen geven"), and a "dat" clause with the first person or a delivery keeps its term.
 */
const WISHED_THAT =
  /\b(?:wil|wilt|willen|wens|wenst|wensen|hoop|hoopt|hopen|streven(?:\s+[^\s.;:!?]+){0,12}?\s+is)\s+(?:[\p{L}-]+\s+){0,2}?dat\s[^.;:!?]*$/iu;

/**
 * Someone's wish named as a noun, with the term in its complement ("het kabinet heeft begrip voor de wens om het
 * regeerprogramma zo snel mogelijk te ontvangen", "De wens van de commissie om vaker dan één keer per jaar … te worden
 * geïnformeerd"): the term is what was wished, whatever the complement delivers; nobody undertook it. The complement runs
 * from "om" or "dat" to the phrase without a clause break or a finite verb of its own ("De wens … kan … te kennen worden
 * gegeven uiterlijk op 21 juni" dates the making known, not the wish). Our own wish ("mijn wens om", "Het is onze wens
 * dat") is an aim of ours (AIM), and a request ("het verzoek van de Kamer om … eerder dan 1 maart 2016 naar de Kamer te
 * sturen") stays a term to be met, as does a wish the sentence meets ("Ik kom tegemoet aan de wens van de Kamer om u
 * voor de zomer te informeren").
 */
const OTHERS_WISH =
  /\b(?:de|een|die|deze|dezelfde)\s+(?:[\p{L}-]+\s+)?(?:wens|wensen)\b(?:\s+(?:van|vanuit|uit|bij)\s+(?:[^\s,.;:!?]+\s+){1,6}?)?\s*(?:om|dat)\s+(?:(?!(?:is|zijn|wordt|worden|kan|kunnen|zal|zullen|heeft|hebben|moet|moeten)\s)[^\s,.;:!?]+\s+)*$/iu;
/** Meeting a wish, by a verb or by the sentence's opening ("Conform / Overeenkomstig / In lijn met de wens van uw Kamer om …, zal ik …"). */
const MEETS_THE_WISH = new Caseless(
  /\b(?:tegemoet|gehoor|honoreer|honoreert|honoreren|gehonoreerd|inwilligen|ingewilligd|voldoe|voldoet|voldoen|voldaan|conform|overeenkomstig|gevolg|in\s+(?:lijn|overeenstemming)\s+met)\b/iu,
);

/**
 * The government's own ambition to have done something by a term ("Dit kabinet heeft de ambitie uitgesproken om eind
 * 2027 alle ouders … financieel te hebben gecompenseerd", "Mijn ambitie is om … te hebben afgehandeld": a perfect
 * infinitive, the act completed by then) is an intention with its act (GUIDE.md §1, "de ambitie … om … te hebben"), as
 * "streef ernaar" is. An ambition for an outcome ("de ambitie om de elektriciteitsproductie uiterlijk in 2040
 * CO2-neutraal te maken"), or an aim of nobody named or of others, stays an aim.
 */
const DONE_BY_THEN = new Caseless(/\bte\s+hebben\b/iu);
const OUR_AMBITION = new Caseless(
  /\b(?:(?:kabinet|regering|ik|wij|we)\s+(?:heeft|hebben|heb)\s+(?:[a-z]+\s+){0,2}?(?:de|als)\s+ambitie|(?:mijn|onze)\s+ambitie|ambitie\s+van\s+(?:het|dit)\s+kabinet)\b/iu,
);

/**
 * The government asking someone else for something by a term ("Ik heb de Raad verzocht in het najaar 2020 een advies te
 * geven"): the term is theirs. Asked by the Kamer ("heeft mij gevraagd … aan de Kamer te doen toekomen") it is the
 * government's, and so is one with the Kamer in it.
 */
const ASKS = new Caseless(/\b(?:verzocht|gevraagd|verzoekt|vraagt|asked|requested)\b/iu);
/** The first person asks, in the perfect or the present: "Ik heb de Raad verzocht", "vraag ik de NZa"; not "Zoals verzocht door de commissie zal ik". */
const ASKED_BY_US =
  /\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:heb|hebben)\b[^,;]*?\b(?:verzocht|gevraagd)\b(?!\s+door\b)|\b(?:heb|hebben)\s+(?:ik|wij|we)\b[^,;]*?\b(?:verzocht|gevraagd)\b(?!\s+door\b)|\b(?:verzoek|vraag)\s+(?:ik|wij|we)\b|\bI\s+(?:have\s+)?(?:asked|requested)\b/u;
const KAMER_OR_GOVERNMENT_ASKED = new Caseless(/\b(?:mij|ons|u|uw|kamer|kamers|me|you|your|house)\b/iu);

/**
 * This letter meeting a request or a promise ("Met deze hoofdlijnenbrief geef ik ook invulling aan de motie … en aan
 * mijn toezegging …", "Met deze brief beantwoord ik het verzoek …", "Ik geef daarmee invulling aan mijn toezegging …
 * om uw Kamer hier jaarlijks over te informeren", "Hiermee is voldaan aan de toezegging om …", "die ik hiermee
 * gestand doe"): the term of what it meets is kept, now.
 */
/** A letter that meets one request and promises more in the same breath ("… en zeg ik toe om …", "… en zal ik …") keeps that term. */
const PROMISES_MORE = new Caseless(/\b(?:zeg|zegt|zeggen)\b[^.;:]*\btoe\b|\b(?:zal|zullen)\b/iu);
const THIS_LETTER_MEETS =
  /\b(?:(?:met|in|via|middels)\s+deze\s+\p{L}*brief|hierbij|hiermee|hiermede|daarmee|waarmee)\b[^.;:]*?\b(?:invulling|uitvoering|gevolg|beantwoord|beantwoorden|voldoe|voldoen|voldaan|tegemoet|gestand|nakom|nakomen|nagekomen)\b/iu;

/**
 * A schedule described ("waarvan de behandeling in uw Kamer na het zomerreces gepland staat", "Het vervolgadvies staat
 * gepland voor het zomerreces van 2020"), or an agenda ("Het voorstel van wet … staat geagendeerd voor plenaire
 * behandeling in de week van 4 februari"): when something is planned to happen, not a term undertaken, unless the clause
 * delivers something ("De oplevering staat gepland voor …") or the sentence promises something at what is scheduled.
 */
/**
 * What is scheduled is a meeting, the Kamer's treatment of something or an advice: not a thing the government delivers
 * ("De evaluatie staat gepland voor 2026" stays a promise).
 */
function schedulesOthers(words: string): boolean {
  return ADVICE.test(words) || KAMER_TREATS.test(words) || words.toLowerCase().split(/[^\p{L}-]+/u).some(isGathering);
}
const KAMER_TREATS = new Caseless(/\b(?:behandeling|kamer|kamers|commissie)\b/iu);

const SCHEDULED = /\b(?:(?:gepland|geagendeerd)\s+(?:staat|staan|stond|is|zijn)|(?:staat|staan|stond|is|zijn)\s+(?:[\p{L}-]+\s+){0,3}?(?:gepland|ingepland|geagendeerd))\b/iu;

/**
 * Advice is what advisory councils and independent bodies give the government ("Het UWV verwacht in de laatste week van
 * oktober advies uit te kunnen brengen"): its term is theirs, unless the clause has the government or the Kamer act on
 * it ("een reactie op het advies", "het advies aan uw Kamer sturen").
 */
const ADVICE = /\b(?:\p{L}*advies|adviezen|adviseren|adviseert|advice)\b/iu;

/**
 * A clause followed by ", waarna" and a delivery ("Ik verwacht het rapport van deze commissie in de tweede helft van
 * maart 2014, waarna een kabinetsreactie wordt opgemaakt"): its date is of the event the promise follows; what is
 * promised comes after, on a day the text does not give.
 */
const THEN_DELIVERED = /^\s*,?\s*waarna\b[^.;:!?]*?(?:\p{L}*reactie\b|\p{L}*standpunt\b|\b(?:informeren|informeer|toekomen|toezenden|sturen|versturen|stuur|zenden|rapporteren|aanbieden)\b)/iu;

/** The first person delivering in the content of an agreement: "afgesproken dat ik uw Kamer voor de zomer informeer" is a promise. */
function weDeliver(words: string): boolean {
  return FIRST_PERSON.test(words) && DELIVERS.test(words);
}

/**
 * What a motion or amendment is about, as a list of documents gives it ("de moties van het lid Nijboer c.s. over ook dit
 * jaar voorkomen dat … (Kamerstuk 31 066, nr. 964), van het lid Paul c.s. over zo snel mogelijk de verkenning …
 * afronden (Kamerstuk 31 066, nr. 966)"): its title, closed by the document's number.
 */
const MOTION_TITLE = new Caseless(/\b(?:motie|moties|amendement|amendementen|van\s+(?:het\s+lid|de\s+leden))\b[^()]*?\bover\s+[^()]*$/iu);
const TITLE_ENDS = /^[^.;:!?()]*\((?:Kamerstuk|kamerstuk|Kamerstukken|\d{2}\s?\d{3})/u;
/** A title holds no act of ours: "Naar aanleiding van de motie … over de zorg zal ik u voor de zomer informeren (Kamerstuk …)" promises. */
const ACT_IN_TITLE = /\b(?:ik|wij|we|zal|zullen|stuur|informeer|ontvangt|I|will)\b/u;

const OVER = new Caseless(/\bover\s/iu);

function motionTitle(before: string, after: string): boolean {
  const title = MOTION_TITLE.exec(before);
  const ends = TITLE_ENDS.exec(after);
  if (!title || !ends) return false;
  const over = title[0].search(OVER.for(title[0]));
  return !ACT_IN_TITLE.test(`${title[0].slice(over)} ${ends[0]}`);
}

/**
 * A bill's title, as a dossier, an agenda or the bill's own page heads it ("33 280 VIII Wijziging van de begrotingsstaten
 * … voor het jaar 2012 (wijziging samenhangende met de Voorjaarsnota)", "het wetsvoorstel Wijziging van de Wet op het
 * kindgebonden budget … in verband met koopkrachtondersteuning in 2025"): it names the bill, whatever moment it names.
 * It opens on the capitalised noun that heads a bill's title, at the start of a heading or list item (after "het
 * wetsvoorstel" there) or after the dossier's number; it names the law, budget, decree or treaty the bill changes or
 * sets; and its sentence has no finite verb and delivers nothing, to the Kamer or otherwise. "- Herziening van het
 * stelsel … in 2026" and "- Herziening van de Wet … voor de zomer naar de Kamer" are a planning's lines, "(indiening bij
 * de Tweede Kamer voor de zomer)" a term; "Wijziging van de subsidieregeling leg ik voor de zomer aan uw Kamer voor" and
 * "Ik zal het wetsvoorstel Wijziging van … voor de zomer indienen" promise.
 */
const BILL_TITLE =
  /(?:^\s*[-–•]?\s*(?:(?:het\s+)?(?:wetsvoorstel|voorstel\s+van\s+(?:rijks)?wet)\s+)?|\b\d{2}\s?\d{3}(?:[\s-]?[A-Z]{1,5}(?:-\d+)?)?\s*)(?:Wijziging|Vaststelling|Goedkeuring|Regels|Intrekking|Aanpassing|Herziening|Invoering|Implementatie|Verlenging|Machtiging|Instelling|Verklaring|Opheffing|Aanvulling|Uitvoering)\s+(?:van|tot|omtrent|over|ter|inzake|betreffende|houdende|met)\b[^.;!?]*$/u;
const FINITE_IN_TITLE = new Caseless(/\b(?:ik|wij|we|zal|zullen|wil|willen|wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|heb|kan|kunnen|moet|moeten|gaat|gaan|komt|komen|treedt|treden)\b/iu);

/** What a bill changes or sets: a law (compounds included, "Participatiewet"), a budget, a decree, a treaty, rules. */
const A_LAW = new Caseless(/(?:wet|wetten|wetboek|begroting|begrotingen|begrotingsstaat|begrotingsstaten|besluit|verdrag|reglement)\b|\bregels\b/iu);

function billTitle(before: string, sentence: string): boolean {
  const title = BILL_TITLE.exec(before);
  return title !== null && A_LAW.test(title[0]) && !FINITE_IN_TITLE.test(sentence) && !DELIVERS.test(sentence) && !DELIVERY_TAKES_PLACE.test(sentence) && !TO_THE_KAMER.test(sentence);
}

/** The quotation marks of a title or a quotation; a straight quote is paired by counting. */
const QUOTES: readonly (readonly [string, string])[] = [['«', '»'], ['“', '”'], ['„', '”']];

/** The quotation a phrase stands in, if any. */
function quotationAround(sentence: string, start: number, end: number): string | undefined {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  for (const [open, close] of QUOTES) {
    const opened = before.lastIndexOf(open);
    const closed = after.indexOf(close);
    if (opened >= 0 && !before.slice(opened).includes(close) && closed >= 0) return sentence.slice(opened, end + closed + 1);
  }
  const straight = (part: string): number => part.split('"').length - 1;
  if (straight(before) % 2 === 1 && straight(after) > 0) return sentence.slice(before.lastIndexOf('"'), end + after.indexOf('"') + 1);
  return singleQuoted(sentence, start, end);
}

/**
 * A title or a term quoted in single quotes after the word it names ("het bericht 'Alrijne ziekenhuis doet
 * operatiekamers … in oktober op slot'", "krijgen ‘tot in de loop van 2021' de tijd"). Words quoted at the start of a
 * sentence or after a colon are someone's speech ("‘Daarbij streven wij … naar uiterlijk 1 maart 2016’, aldus …"),
 * left to the other rules. The straight mark is also the apostrophe ("zo'n", "auto's", "'s avonds"): a quote opens
 * only after a word and a space and before a letter or digit, and closes only after one and before a space, a
 * punctuation mark or the end.
 */
const SINGLE_OPENS = /[\p{L}\d]\s+['‘](?=[\p{L}\d])(?![st]\s)/gu;
const SINGLE_CLOSES = /[\p{L}\d.!?]['’](?=[\s,.;:!?)]|$)/u;

function singleQuoted(sentence: string, start: number, end: number): string | undefined {
  // Most sentences have no single quote at all: one search each spares the pattern below.
  if (!sentence.includes("'") && !sentence.includes('‘')) return undefined;
  let opened = -1;
  for (const open of sentence.slice(0, start).matchAll(SINGLE_OPENS)) opened = open.index + open[0].length - 1;
  if (opened < 0 || SINGLE_CLOSES.test(sentence.slice(opened + 1, start))) return undefined;
  // From the phrase's last character, which may be the letter before the closing mark.
  const closed = SINGLE_CLOSES.exec(sentence.slice(end - 1));
  return closed ? sentence.slice(opened, end + closed.index + 1) : undefined;
}

/**
 * A quotation that opens the sentence, or follows a colon, and speaks in the first person is someone's speech, left to
 * the other rules as single-quoted speech is (singleQuoted): "“Wel kan ik beloven dat over twee jaar de gaskraan in
 * Groningen helemaal dicht is.”", "\"Laat mij hier nog wat op omkauwen, ik kom hier binnenkort op terug.\"". Words quoted
 * back without a speaker ("\"Op zo kort mogelijke termijn.\" Daarmee bedoelt u …") stay a quotation.
 */
const SPEECH_OPENS = /(?:^|:)\s*$/u;

/** A title or quotation ("«Vandaag is het 2040»"); a quoted request that delivers to the Kamer («… de Kamer voor 1 juli te informeren») keeps its term. */
function inQuotes(sentence: string, start: number, end: number): boolean {
  const quotation = quotationAround(sentence, start, end);
  if (quotation !== undefined && SPEECH_OPENS.test(sentence.slice(0, sentence.indexOf(quotation))) && FIRST_PERSON.test(quotation)) return false;
  return quotation !== undefined && !DELIVERS.test(quotation) && !TO_THE_KAMER.test(quotation);
}

interface Clause {
  /** For an "om … te" clause, the sentence before it: the clause whose act it is the content of. */
  governing: string | undefined;
  /** For an indirect question ("op welke vier momenten in 2024 …", "wanneer …"), the sentence before it: who asked or told it. */
  asking: string | undefined;
  /** The sentence after the clause. */
  after: string;
  /** The sentence outside the clause. */
  outside: string;
  /** The clause's words outside the phrase. */
  words: string;
  /** The clause's words after the phrase: the end of `words`. */
  ahead: string;
  /** The sentence's text before the phrase. */
  before: string;
  /** The whole sentence, and where it starts in the text. */
  sentence: string;
  sentenceStart: number;
  /** The mark that ends the sentence ("?" for a question), or "" at the end of the text. */
  closing: string;
}

/**
 * The main clause's finite verb right after the comma that closes the fronted clause; a modal or "zal" needs no subject
 * after it, which a passive may place later ("…, zal nog deze maand … een spoedwet ingediend worden").
 */
const MAIN_CLAUSE_RESUMES = new Caseless(
  /,\s*(?=(?:zal|zullen|wil|willen|ga|gaat|gaan|kan|kunnen|moet|moeten)\b|(?:is|zijn|ben|heb|heeft|hebben|wordt|worden|stuur|stuurt|informeer|zend|ontvangt|krijgt)\s+(?:ik|wij|we|u|uw|het|de|hij|zij)\b)/iu,
);
const RELATIVE = new Caseless(/^(?:die|dat|welke)\b/iu);
/** A subordinate clause, or a purpose clause ("Om ervoor te zorgen dat …, zal …"), that opens the sentence. */
const FRONTED = new Caseless(/^\s*(?:om|omdat|doordat|aangezien|nu|zodra|nadat|wanneer|als|indien|hoewel|terwijl|because|since|as|once|when|if|although)\b/iu);
/**
 * A relative clause's verbs close it when a footnote number or a comma follows them; without one, a phrase after the
 * verbs may still be the relative clause's ("de vragen die niet zijn beantwoord binnen drie weken").
 */
const VERBS_CLOSE = /\b(?:is|zijn|wordt|worden|werd|werden|heeft|hebben)\s+\p{L}+(?:d|t|en)(?:\d{1,2}|\s*,)\s*$|\b\p{L}+(?:d|t)\s+(?:is|zijn|wordt|worden|werd|werden)(?:\d{1,2}|\s*,)\s*$/u;
/**
 * An indirect question asked by others ("De leden van de VVD-fractie vragen of de minister voor de zomer een brief kan
 * sturen", "… willen weten wanneer …"): a question, whatever term it names. A request ("vragen de minister om … te
 * sturen") is no question.
 */
const ASKS_WHETHER =
  /\b(?:vraagt|vragen|vroeg|vroegen|willen\s+weten|wil\s+weten|wilden\s+weten|ask|asks|asked|wonder|wonders)\s+(?:(?:de|het|the)\s+\p{L}+\s+|u\s+|you\s+|zich\s+af\s+)?(?:of|wanneer|hoe|welke|waarom|whether|when|how|which|why)\b[^.;:!?]*$/iu;

const OPENS_TO_INFINITIVE = new Caseless(/^om\b/iu);
const OPENS_QUESTION = new Caseless(/^(?:welke|wanneer|hoe|which|when|how)\b/iu);

/** A span counted from the promise has its clause read up to three times in a row (ruledOut in find-in-text.ts): the last reading is kept. */
function clauseAround(text: string, start: number, end: number): Clause {
  if (lastClause === undefined || text !== lastClause.text || start !== lastClause.start || end !== lastClause.end) {
    lastClause = { text, start, end, clause: readClause(text, start, end) };
  }
  return lastClause.clause;
}

let lastClause: { text: string; start: number; end: number; clause: Clause } | undefined;

function readClause(text: string, start: number, end: number): Clause {
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index < start) sentenceStart = match.index + match[0].length;
    else if (match.index >= end) {
      sentenceEnd = match.index;
      break;
    }
  }
  let clauseStart = sentenceStart;
  let clauseEnd = sentenceEnd;
  let enclosing = sentenceStart;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  for (const match of sentence.matchAll(CLAUSE_OPENERS.for(sentence))) {
    const at = sentenceStart + match.index;
    if (at + match[0].length <= start) [enclosing, clauseStart] = [clauseStart, at];
    else if (at >= end) {
      clauseEnd = at;
      break;
    }
  }
  // The main clause resumes after a subordinate clause that has ended: one that opens the sentence, closed by a comma
  // and the main clause's finite verb before its subject ("Omdat de conclusies … niet meer zullen wijzigen, zullen wij
  // … vanaf 15 juli 2010 aanpassen"), or a relative clause closed by its verbs ("de maatregelen, zoals die eerder aan
  // de Kamer is gestuurd1 zo snel als mogelijk uit"): the phrase is the main clause's, not the subordinate clause's.
  // The fronted clause may hold clauses of its own ("Om ervoor te zorgen dat de maatregel … in werking kan treden, zal nog
  // deze maand …"): the main clause resumes after all of them.
  let inserted = '';
  const before = text.slice(clauseStart, start);
  const sentenceBefore = text.slice(sentenceStart, start);
  const resumed = FRONTED.test(sentenceBefore) ? MAIN_CLAUSE_RESUMES.exec(sentenceBefore) : null;
  if (resumed && sentenceStart + resumed.index + 1 > clauseStart) clauseStart = sentenceStart + resumed.index + 1;
  else if (clauseStart > sentenceStart && RELATIVE.test(before) && VERBS_CLOSE.test(before)) {
    inserted = text.slice(enclosing, clauseStart);
    clauseStart = start;
  }
  return {
    governing: OPENS_TO_INFINITIVE.test(text.slice(clauseStart, start)) ? text.slice(sentenceStart, clauseStart) : undefined,
    asking: OPENS_QUESTION.test(text.slice(clauseStart, start)) ? text.slice(sentenceStart, clauseStart) : undefined,
    after: text.slice(clauseEnd, sentenceEnd),
    outside: `${text.slice(sentenceStart, clauseStart)} ${text.slice(clauseEnd, sentenceEnd)}`,
    words: `${inserted}${text.slice(clauseStart, start)} ${text.slice(end, clauseEnd)}`,
    ahead: text.slice(end, clauseEnd),
    before: text.slice(sentenceStart, start),
    sentence,
    sentenceStart,
    closing: text.charAt(sentenceEnd),
  };
}

/**
 * A participle of a verb with an unstressed prefix, which takes no "ge-": "besloten", "verlengd", "ontvangen",
 * "besproken", "verstuurd". Plural nouns and gerunds of the same shape are left out by NOT_PARTICIPLES and SHAPED_LIKE_NOUNS.
 */
const PREFIXED_PARTICIPLE = /^(?:be|ver|ont|her|er)\p{L}{2,10}(?:d|t|en)$/u;
const SHAPED_LIKE_NOUNS = /(?:ingen|heden|iteiten|aties|eren|elen)$/u;
/** A determiner: what follows it is a noun ("een besluit", "het bericht", "dit beleid"), never a participle. */
const DETERMINER = /^(?:de|het|een|dit|deze|dat|die|zijn|haar|hun|ons|onze|mijn|uw|geen|elk|ieder|iedere|elke)$/u;

/** A lowercased word of PREFIXED_PARTICIPLE's shape that is no noun of that shape, nor (given the word before it) a noun after a determiner. */
function prefixedParticiple(word: string, previous?: string): boolean {
  return PREFIXED_PARTICIPLE.test(word) && !SHAPED_LIKE_NOUNS.test(word) && !DETERMINER.test(previous ?? '');
}

/**
 * A weekday without a date told in the perfect is the day the act was done: "Het kabinet heeft vrijdag besloten de
 * maatregelen te verlengen", "Vrijdag heeft het kabinet besloten om …", "Zoals ik maandag heb aangekondigd, stuur ik u …".
 * The perfect's auxiliary may stand anywhere in the clause, its participle must follow the weekday before the clause's
 * first comma: "Ik heb toegezegd maandag terug te komen" undertakes a Monday still ahead, "te" before a word marks an
 * infinitive, not a participle, a determiner a noun ("is voornemens vrijdag een besluit te nemen"), and "Ik heb
 * vrijdag overleg met de gemeenten" has no participle at all.
 */
function perfectOfThatDay(text: string, end: number, clause: Clause): boolean {
  if (!PERFECT_AUXILIARY.test(clause.words)) return false;
  const clauseEnd = clause.sentenceStart + clause.sentence.length - clause.after.length;
  const tail = text.slice(end, Math.max(end, clauseEnd));
  const comma = tail.indexOf(',');
  const words = (comma < 0 ? tail : tail.slice(0, comma)).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.some((word, i) => {
    if (words[i - 1] === 'te' || NOT_PARTICIPLES.test(word) || ADJECTIVES.has(word)) return false;
    if (PARTICIPLE.test(word)) return true;
    return prefixedParticiple(word, words[i - 1]);
  });
}

/**
 * A clause whose verb tells how much something is, grows, costs or lasts describes a state or its course, not an act
 * anyone undertakes: "Een boodschappenmandje wordt daardoor volgend jaar 2,83 euro duurder", "Naar verwachting groeien
 * we dit jaar naar 1 miljoen vacatures", "de groei dit en volgend jaar blijft doorzetten", "In het po wordt in 2020 een
 * tekort geraamd …, oplopend naar …", "hoeveel werkloosheid er volgend jaar zal zijn". Only finite forms and the present
 * participle count ("de kosten", "de groei" are nouns), and a delivery or the Kamer in the clause keeps the term ("Ik
 * informeer uw Kamer voor de zomer over de kosten").
 */
const STATE_VERB = new Caseless(
  /\b(?:groeit|groeien|groeide|groeiden|stijgt|stijgen|steeg|stegen|daalt|dalen|daalde|daalden|kost|kostte|kostten|bedraagt|bedragen|bedroeg|duurt|duurde|(?:neemt|nemen|nam|namen)\s+(?:[a-z-]+\s+){0,4}?(?:toe|af)|(?:loopt|lopen|liep|liepen)\s+(?:[a-z-]+\s+){0,4}?op|blijft\s+(?:[a-z-]+\s+){0,2}?doorzetten|oplopend|stijgend|dalend|(?:wordt|worden|werd|werden)\s+(?:[a-z0-9,.-]+\s+){0,8}?(?:geraamd|geschat)|(?:wordt|worden|werd|werden)\s+(?:[a-z0-9,.-]+\s+){0,4}?(?:duurder|goedkoper|hoger|lager|groter|kleiner|beter|slechter))\b/iu,
);
/** "hoeveel werkloosheid er volgend jaar zal zijn": how much there is, asked or told. */
const HOW_MUCH_THERE_IS = new Caseless(/\bhoeveel\b[^,;:]*\b(?:is|zijn|zal\s+zijn|zullen\s+zijn)\b/iu);

function describesAState(clause: Clause): boolean {
  return (STATE_VERB.test(clause.words) || HOW_MUCH_THERE_IS.test(clause.words)) && !DELIVERS.test(clause.words) && !TO_THE_KAMER.test(clause.words);
}

/**
 * A measure introduced, extended or abolished, told in the present passive ("Dit jaar wordt ook de dubbele
 * kinderbijslag … ingevoerd", "Het kraamverlof … wordt volgend jaar uitgebreid van twee dagen naar een werkweek", "De
 * mogelijkheid om toezeggingen … vast te leggen wordt binnenkort ingevoerd"), describes when it takes effect, as a
 * law's date does (GUIDE §2), not a term anyone undertakes. The future keeps the term ("Dit systeem zal in de loop van
 * 2008 worden ingevoerd"), and so do the first person and a delivery; raising or lowering an amount ("wordt in 2023
 * eenmalig verhoogd met € 7,5 miljoen") is the government's own act on its budget and is not read so.
 */
const A_MEASURE_TAKES_EFFECT = new Caseless(/\b(?:wordt|worden)\b[^.;:]*?\b(?:ingevoerd|uitgebreid|afgeschaft)\b/iu);
const WILL = new Caseless(/\b(?:zal|zullen|zult)\b/iu);

function aMeasureTakesEffect(clause: Clause): boolean {
  return A_MEASURE_TAKES_EFFECT.test(clause.words) && !WILL.test(clause.words) && !DELIVERS.test(clause.words) && !FIRST_PERSON.test(clause.words);
}

/**
 * "deze week" names the week the text is written in, most of it often gone: told without anything that looks ahead it
 * is the past or the present ("We hebben deze week kunnen zien dat …", "Dan begon deze week anders dan verwacht",
 * "De Eerste Kamer heeft deze week ingestemd met …", "Een conceptbrief wordt deze week verspreid onder de leden"), not
 * a term. It looks ahead with a future before it in its clause ("zal het kabinet u deze week een brief sturen", "of we
 * deze week echt nieuws gaan horen"), a future or a to-infinitive after it before its clause's next comma or conjunct
 * ("… om deze week een besluit te nemen"), or a delivery or a receipt ("Zij krijgen dit formulier deze week …
 * toegestuurd"); "nog", "later", "eind" or a bound before it put the rest of the week ahead ("nog deze week").
 */
const THIS_WEEK = new Caseless(/^(?:(?:in|op|al|reeds|ook)\s+)?(?:de\s+)?(?:deze|this)\s+week$/iu);
const REST_OF_THE_WEEK = new Caseless(/\b(?:nog|later|eind|einde|uiterlijk|voor|vóór|before|by|later\s+in)\s+(?:van\s+)?$/iu);
const FUTURE_AUXILIARY = new Caseless(/\b(?:zal|zullen|zult|ga|gaat|gaan|will|shall)\b/iu);
const OWN_STRETCH_ENDS = /,|\s(?:en|maar|of|and|but)\s/iu;
const TO_INFINITIVE = /\bte\s+\p{L}+en\b/iu;

function thisWeekTold(text: string, start: number, phrase: string, clause: Clause): boolean {
  if (!THIS_WEEK.test(phrase) || REST_OF_THE_WEEK.test(text.slice(Math.max(0, start - 16), start))) return false;
  const stop = OWN_STRETCH_ENDS.exec(clause.ahead);
  const ahead = stop === null ? clause.ahead : clause.ahead.slice(0, stop.index);
  const before = clause.words.slice(0, clause.words.length - clause.ahead.length);
  const looksAhead = FUTURE_AUXILIARY.test(before) || FUTURE_AUXILIARY.test(ahead) || TO_INFINITIVE.test(ahead);
  return !looksAhead && !DELIVERS.test(clause.words) && !RECEIVES.test(clause.words);
}

/**
 * An event told as over by what follows it: its own relative clause in the past ("Na de nulmeting die verscheen in
 * 2019 is dit de volgende jaarlijkse meting", "stilstaan bij de resultaten die we in deze kabinetsperiode hebben
 * behaald") or "geleden" ("bij de provinciale verkiezingen van twee weken geleden"). Such an event is no event a promise
 * waits on. A relative clause after a complement ("Na afronding van de evaluatie die vorig jaar is gestart") may tell
 * of the complement's noun, not of the event, and is not asked.
 */
const OWN_RELATIVE = /^\s*,?\s*(?:die|dat|welke)\s+([^,.;:!?()]*)/u;
const AGO = /^\s+(?:\p{L}+\s+){0,2}?geleden\b/u;
const HAS_COMPLEMENT = /\s(?:van|over|inzake|voor|met)\s/iu;

/**
 * A relative clause that tells how the event was arranged ("het overleg dat is gepland", "dat ik heb aangevraagd", "het
 * debat dat is uitgesteld", "de verkiezingen die zijn uitgeschreven") says nothing of the event having taken place.
 */
const ARRANGED = new Caseless(/\b(?:gepland|ingepland|aangevraagd|uitgesteld|verschoven|verplaatst|uitgeschreven|georganiseerd|geagendeerd|voorzien|voorgenomen|aangekondigd|afgesproken|toegezegd|gevraagd|verzocht|beoogd|vastgesteld)\b/iu);

function eventIsOver(text: string, end: number, phrase: string): boolean {
  const after = text.slice(end, end + 200);
  if (AGO.test(after)) return true;
  const relative = OWN_RELATIVE.exec(after);
  if (relative === null || HAS_COMPLEMENT.test(phrase.slice(phrase.indexOf(' ') + 1))) return false;
  const words = relative[1]!;
  if (ARRANGED.test(words)) return false;
  if (inPastTense(words)) return true;
  return (
    PERFECT_AUXILIARY.test(words) &&
    !FUTURE.test(words) &&
    words
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => prefixedParticiple(word))
  );
}

function inPastTense(words: string): boolean {
  if (PAST_MODAL.test(words) && !FINITE_FUTURE.test(words)) return true;
  if (FUTURE.test(words)) return false;
  if (SIMPLE_PAST.test(words) || (WEAK_PAST_ENDING.test(words) && WEAK_PAST.test(words))) return true;
  if (!PERFECT_AUXILIARY.test(words)) return false;
  if (HAVE.test(words) && DOUBLE_INFINITIVE.test(words)) return true;
  const all = words.toLowerCase().split(/[^\p{L}]+/u);
  // A participle without "ge-" ("herhaald", "ontvangen") only beside "hebben": after "is" or "zijn" the same shape is
  // mostly an adjective ("is benodigd", "zijn bekend").
  const have = HAVE.test(words);
  const participles = all.filter(
    (word, i) =>
      !NOT_PARTICIPLES.test(word) &&
      !ADJECTIVES.has(word) &&
      (PARTICIPLE.test(word) || (have && prefixedParticiple(word, all[i - 1]))),
  );
  return participles.length > 0 && !participles.some((word) => PROMISED.test(word));
}

/**
 * A promise told before, in the future of the past: "Ik heb U … meegedeeld dat ik de gevraagde informatie in september
 * 2013 aan Uw Kamer zou doen toekomen", "kondigde ik u aan dat ik de Tweede Kamer nog voor het zomerreces zou
 * informeren", "De verwachting werd uitgesproken dat dit actieplan rond de zomer van 2012 … gezonden zou kunnen worden".
 * "zou" is the promised act's future as seen when it was told, not a past act: a named term still ahead on the text's
 * date is that promise's term (GUIDE §3, D7), whatever the telling's tense. Who told it is asked after this, as of any
 * clause (a member, a third party). A term counted from the telling ("Ik heb toen aangegeven dat ik deze visie binnenkort
 * nader zou toelichten") is not known from the text's date: still past.
 */
const TOLD_THAT =
  /\b(?:meegedeeld|medegedeeld|laten\s+weten|aangekondigd|kondigde\p{L}*\s+(?:\p{L}+\s+){0,3}?aan|toegezegd|beloofd|aangegeven|gemeld|uitgesproken|geschreven|bericht)\s+dat\s[^.;:!?]*$/iu;
const FUTURE_OF_THE_PAST = new Caseless(/\b(?:zou|zouden)\b/iu);

function toldAsAFuture(clause: Clause, phrase: string): boolean {
  return TOLD_THAT.test(clause.before) && FUTURE_OF_THE_PAST.test(clause.words) && !HOW_SOON.test(phrase);
}

/**
 * A debate or consultation with the Kamer, or an invitation to one, is the Kamer's to schedule: no term the government
 * undertakes to deliver by ("omdat ik op zeer korte termijn overleg met u wil voeren", "We komen op korte termijn
 * uitgebreid met elkaar te spreken", "ga ik voor het zomerreces met uw Kamer over deze keuzes in debat", "wil ik uw Kamer …
 * uitnodigen om op zeer korte termijn het overleg te voeren").
 * Talks with others ("worden door mij nog gesprekken met stakeholders gevoerd") are the government's own act.
 */
const THE_KAMER_AS_PARTNER = '(?:u|uw\\s+kamer|de\\s+(?:tweede\\s+|eerste\\s+)?kamer|elkaar|de\\s+commissie|uw\\s+commissie)';
const DEBATE_WITH_KAMER = new RegExp(
  `\\b(?:overleg|debat|gesprek|discussie)\\s+met\\s+${THE_KAMER_AS_PARTNER}\\b|\\bmet\\s+${THE_KAMER_AS_PARTNER}\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:te\\s+)?(?:spreken|overleggen|debatteren|van\\s+gedachten\\s+wisselen|in\\s+(?:debat|gesprek|overleg))\\b|\\b(?:u|uw\\s+kamer)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:uitnodigen|uit\\s+te\\s+nodigen)\\b|\\bnodig\\p{L}*\\s+(?:(?:ik|wij|we)\\s+)?(?:u|uw\\s+kamer)\\b[^.;:]*?\\buit\\b`,
  'iu',
);
// "nodig" alone is "necessary", "uitnodiging" mostly the occasion of a letter ("Op uitnodiging van de commissie stuur ik u …").
const INVITES = new Caseless(/\b(?:uitnodigen|uit\s+te\s+nodigen)\b/iu);

/**
 * "korte termijn" with an article, or set against a longer term in its sentence, is a horizon: "maatregelen voor de
 * korte termijn", "op de korte en lange termijn", "op korte termijn waar ook op langere termijn van wordt geprofiteerd".
 */
const SHORT_TERM = new Caseless(/korte\s+termijn$/iu);
const SHORT_TERM_AS_HORIZON = new Caseless(/^(?:(?:voor|op|in|for)\s+)?de\s+(?:zeer\s+)?korte\s+termijn$/iu);
const LONGER_TERM = new Caseless(/\b(?:middel)?lange(?:re)?\s+termijn\b|\blong(?:er)?\s+term\b/iu);

/**
 * How soon, with no future, no first person, nobody receiving and nothing delivered in its clause, describes what
 * someone does: "Met deze middelen vult Defensie op korte termijn de munitievoorraden versneld aan". "Ik stuur u op
 * korte termijn …" (a present with future meaning) names us and the Kamer, "De evaluatie start binnenkort" the thing
 * delivered.
 */
const HOW_SOON = new Caseless(/^(?:(?:op|al|nog)\s+)?(?:(?:zeer\s+)?korte\s+termijn|binnenkort|zo\s+(?:snel|spoedig)\s+mogelijk|spoedig)$/iu);

/**
 * An "om … te" clause governed by a negated main clause ("zal ik derhalve niet kunnen ingaan op uw verzoek om voor 1
 * februari 2000 een reactie te geven", "ben ik niet voornemens om …"): what it holds is not undertaken. Only the part of
 * the governing sentence after its last comma counts: "Ik zal niet alleen de brief sturen, maar ben ook voornemens om u
 * voor 1 juli te informeren" undertakes.
 */
function refusedRequest(clause: Clause): boolean {
  if (clause.governing === undefined) return false;
  const main = clause.governing.slice(clause.governing.lastIndexOf(',') + 1);
  return NOT.test(main) && !NOT_HOLDING_BACK.test(main);
}

/**
 * "niet" with a verb of holding back says the act will come: "Ik zal niet nalaten om u voor 1 juli te informeren", "Ik
 * zal niet aarzelen om …", "Het kabinet zal niet wachten om voor de zomer met een voorstel te komen".
 */
const NOT_HOLDING_BACK = new Caseless(/\b(?:nalaten|aarzelen|aarzel|schromen|schroom|wachten|wacht|talmen|hesitate|wait)\b/iu);

// "niet" only: "Ik zie geen bezwaar om u voor de zomer te informeren" undertakes.
const NOT = new Caseless(/\b(?:niet|not)\b(?!-|\s+(?:later|na|after|alleen|slechts|only)\b)/iu);

/**
 * A date alone in brackets after a name says which one is meant ("de klimaatonderhandelingen in Kopenhagen (december
 * 2009)", "de nota (juni 2020)"), and so does one that closes a title in brackets ("Rappelabele toezeggingen … (Rappel
 * toezeggingen september 2025)", "(Totaaloverzicht oktober 2024)"), not by when; a bound in brackets ("(uiterlijk 1
 * juli)") keeps its word of relation, and a word of planning ("(Verwacht september 2026)") is no title.
 */
const BRACKET_OPENS = /\(\s*(?:(?!(?:Verwacht|Gepland|Voorzien|Gereed|Planning|Streef|Deadline|Uiterlijk|Oplevering))\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+)?$/u;
/**
 * "voor" before this or next year says which year a thing is for ("de tariefstijging bij NS voor volgend jaar", "de
 * voorgenomen wetstrajecten voor dit jaar"), not a term: a term before the turn of the year says "voor het eind van het
 * jaar".
 */
const FOR_THE_YEAR = /^(?:het\s+)?(?:volgend|volgende|dit|komend|komende|next|this|coming)\s+(?:jaar|year)$/iu;
const FOR = /(?:^|\s)(?:voor|for)\s+$/iu;
const BRACKET_CLOSES = /^\s*\)/u;
const A_MONTH = new Caseless(/^(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\s+\d{4})?$/iu);
const BARE_DATE = /^(?:\d|(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|voorjaar|zomer|najaar|herfst|winter)\p{L}*\b)/iu;

/**
 * What a meeting of others will discuss, with nobody of ours acting ("De EU-inzet richting Kopenhagen zal worden
 * besproken tijdens de Milieuraad van 2 maart, de Ecofin van 10 maart en …"): the Council's agenda, not an undertaking.
 * "Dit rapport zal met de bestuurders … worden besproken tijdens de Caribisch Nederland week" names a meeting of ours.
 */
const DISCUSSED = new Caseless(/\b(?:besproken|behandeld|geagendeerd|aan\s+de\s+orde\s+(?:komen|komt|gesteld)|discussed)\b/iu);
const AT_A_COUNCIL =
  /(?:^|\s|,)(?:tijdens|in|op|bij|en|during|at)?\s*(?:de|het|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{L}*[Rr]aad|Ecofin|Eurogroep|ER|Top|top|Council|[Ss]ummit)\s+(?:van|op|of|on)\s*$/u;

/**
 * A participle of planning right before the phrase, after a comma ("een bredere beleidsdoorlichting …, voorzien in
 * 2020", ", gepland voor het najaar"): the plan for the thing named before it, whatever the tense of the rest of the
 * sentence. A meeting so planned is dated, a third party's thing is theirs.
 */
const PLANNED_APPOSITION = new Caseless(/,\s*(?:voorzien|gepland|beoogd|voorgenomen|planned|scheduled|foreseen)\s*$/iu);
const THIRD_PARTY_NAMED = new RegExp(THIRD_PARTY, 'u');

/**
 * An indirect question opened by "of" ("zal worden beoordeeld of de maatregel nog in stand moet blijven") has its own
 * modal: the necessity is the question's, not the clause's.
 */
const WHETHER = new Caseless(/\b(?:of|whether)\s+(?:de|het|een|er|dit|deze|die|dat|ik|wij|we|u|hij|zij|ze|men|the|it|there)\b/iu);
const ownPart = (words: string): string => {
  const whether = WHETHER.exec(words);
  return whether ? words.slice(0, whether.index) : words;
};

/**
 * A member's question put as a noun ("Mijn eerste vraag aan de minister is dan ook of zij genegen is … te evalueren,
 * bijvoorbeeld na drie jaar", "Maar eerst alvast de vraag aan de minister of zij bereid is … jaarlijks een
 * voortgangsrapportage te geven"): a question, as an indirect question asked by others is. Without a verb the question
 * is put to the government by name; "de vraag of" alone may be what the government answers.
 */
const QUESTION_IS_WHETHER =
  /\bvraag\b(?:[^.;:!?]{0,80}?\b(?:is|luidt|was)\s+(?:[\p{L}-]+\s+){0,3}?|\s+aan\s+(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering|bewindspersonen)\s+)(?:of|wanneer|hoe|welke|waarom)\b[^.;:!?]*$/iu;

/**
 * A date inside an attributive participle's phrase describes the noun that follows ("de op Prinsjesdag, 18 september
 * 2012, ingediende begroting", "het op 1 maart verzonden verzoek", "de voor 2026 geraamde uitgaven", the Kamers' own
 * "Raming der voor de Tweede Kamer in 2023 benodigde uitgaven" with the old genitive article): when a thing was done or
 * what it is for, not a term ("voor 2026" there is not "before 2026"). A participle of promising, planning or asking
 * ("de voor de zomer aangekondigde brief", "de voor 1 juli gevraagde reactie") reports a promise or a request and is
 * left to the other rules.
 */
const ATTRIBUTIVE_LEAD = /\b(?:de|der|het|een|deze|dit|the)\s+(?:op|in|per|rond|omstreeks|tijdens|bij|na|voor|on|in)\s+[^,.;:!?()]{1,40}$/iu;
const ATTRIBUTIVE_PARTICIPLE =
  /^\s*(?:,\s*[^,.;:!?]{1,30},\s*)?(?!(?:aangekondigde|toegezegde|beloofde|geplande|voorgenomen|voorziene|beoogde|verwachte|gevraagde|verzochte)\b)(?:(?:aan|af|in|op|uit|vast|voor|toe|door|over|mee|bij|na|vast|weg)?ge\p{Ll}{2,}(?:de|te|en)|(?:ver|be|ont|her)\p{Ll}{2,}(?:de|te|en))\s+\p{L}/u;

/**
 * The day a law or a rule enters into force, said as the complement of its noun ("in aanloop naar de inwerkingtreding van
 * de Wet inburgering 2021 per 1 januari 2022"), describes the law, whatever the clause delivers (GUIDE §2).
 */
const ENTRY_INTO_FORCE_OF =
  /\b(?:inwerkingtreding|invoering|invoeringsdatum|ingangsdatum|ingang)\b(?:\s+(?:van|voor)\s+[^,.;:!?()]{1,60}?)?\s*$/iu;
const ON_A_DAY = new Caseless(/^(?:per|op|met\s+ingang\s+van|\d)/iu);
/** "de nieuw beoogde datum voor de inwerkingtreding van de Omgevingswet": "voor" says what the date is the date of. */
const DATE_OF = new Caseless(/\b(?:datum|tijdstip|streefdatum|ingangsdatum|einddatum|startdatum)\s*$/iu);

/**
 * "op zijn vroegst eind 2024", "in 2026 op z'n vroegst": the earliest a thing may happen, a lower bound with no last day,
 * as "niet eerder dan" is (a negation, given up above).
 */
const EARLIEST_BEFORE = new Caseless(/\b(?:op\s+(?:zijn|z['’]n|het)\s+vroegst|at\s+the\s+earliest)[\s,]*$/iu);
const EARLIEST_AFTER = new Caseless(/^[\s,]*(?:op\s+(?:zijn|z['’]n|het)\s+vroegst|at\s+the\s+earliest)\b/iu);
/**
 * A sentence opened by an adverb of possibility ("Mogelijk neemt het kabinet daarover op vrijdag 9 december alsnog een
 * besluit", "Wellicht volgt de uitspraak voor de zomer") says what may happen, which nobody undertakes; "Zo mogelijk",
 * "Indien mogelijk" and "Waar mogelijk" open a promise with a condition, and "Wellicht ten overvloede" only announces a
 * remark.
 */
const MAY_HAPPEN = new Caseless(/^\s*(?:mogelijk|misschien|wellicht|mogelijkerwijs|mogelijkerwijze|possibly|perhaps|maybe)\s+(?!ten\s+overvloede\b)[a-z]/iu);
/**
 * The same adverbs inside the phrase's clause ("Dat leest u wellicht over 25 jaar in de notulen", "dat de komende weken
 * wellicht honderden gevangenen op vrije voeten komen") say what may happen there; the government delivering with a
 * hedge ("Ik stuur u wellicht nog voor de zomer …") is left to the other rules. "mogelijk" alone is also "zo snel
 * mogelijk", so only the adverbs that are nothing else count.
 */
const PERHAPS = new Caseless(/\b(?:misschien|wellicht|mogelijkerwijs|mogelijkerwijze|possibly|perhaps|maybe)\b(?!\s+ten\s+overvloede\b)/iu);
/**
 * An adverb of likelihood says what is expected to happen ("Vermoedelijk wordt de nieuwe ploeg op maandag 1 juli
 * beëdigd", "De energietoeslag … wordt waarschijnlijk pas in oktober … uitbetaald"). Unlike a possibility it is also
 * how the government's own act or delivery is told ("Het kabinet besluit waarschijnlijk binnenkort …", "Deze brieven
 * zullen uw Kamer waarschijnlijk kort voor het Kerstreces 2020 bereiken", "De evaluatie is waarschijnlijk voor de zomer
 * gereed"), so it counts only in a clause where neither the government nor the Kamer nor a thing delivered is named.
 */
const LIKELY = new Caseless(/\b(?:waarschijnlijk|vermoedelijk|probably|likely)\b/iu);
/** "op zijn vroegst" lies within this many characters of the phrase. */
const EARLIEST_REACH = 24;

/**
 * A promise not to act before something ("dat hij de AMvB … niet zal wijzigen voordat de wetsevaluatie, die na twee jaar
 * uitgevoerd zal worden, heeft plaatsgevonden") says what will not happen: what it waits for is no term of a delivery.
 */
const NOT_BEFORE =
  /\b(?:niet|geen|nooit|not|never)\b(?:(?!\b(?:maar|doch|but)\b)[^.;:!?])*?\b(?:voordat|alvorens|totdat|before|until)\b(?:(?!\b(?:maar|doch|but)\b)[^.;:!?])*$/iu;

/**
 * The targets or norms a year is for ("met einddoelen voor 2020", "de doelstellingen voor 2030", "de streefwaarde in
 * 2025"): what is to be reached, not a delivery's term.
 */
const TARGET_NOUN = /\b\p{L}*(?:doelen|doel|doelstellingen|doelstelling|streefwaarden|streefwaarde|streefcijfers|streefcijfer|normen|norm|ambities|targets?|goals?)\s*$/iu;
const FOR_A_YEAR = new Caseless(/^(?:voor|for)\s+(?:het\s+jaar\s+)?\d{4}$/iu);

/**
 * "voor 2025" after plans names the year they are for, as after a budget ("de plannen van de regering voor 2025", "de
 * belastingplannen van het kabinet voor 2023"): what a budget debate treats, not a term.
 */
const PLANS_OF = /\b\p{L}*plannen(?:\s+van\s+(?:de|het)\s+[\p{L}-]+)?\s*$/iu;

/**
 * Someone outside the government as the subject of a passive request ("Het Adviescollege Toetsing Administratieve
 * Lasten (ACTAL) is gevraagd de toets uit te voeren en de resultaten voor 1 mei klaar te hebben"): the one asked keeps
 * the term. "De minister is gevraagd …" and "Uw Kamer is verzocht …" name a party of the promise.
 */
const ASKED_IN_PASSIVE =
  /^\s*((?:[\p{L}\d()'’.-]+\s+){1,12}?)(?:is|zijn|werd|werden)\s+(?:[\p{L}-]+\s+){0,2}?(?:gevraagd|verzocht)\b/u;
/**
 * A motion the Kamer adopted, told with the day it did ("Uw Kamer heeft op 28 januari jongstleden een motie … aangenomen
 * waarin de regering wordt verzocht om …", "Op 20 oktober jl. is … een motie …, aangenomen, waarin de regering wordt
 * verzocht ten spoedigste …"): the letter's occasion, whose request it answers, not a term still asked. The request's
 * relative clause reaches the phrase with no act of ours between: "…, en ik zal u voor de zomer informeren" is ours.
 */
const ADOPTED_MOTION_ASKED =
  /^(?=[^;:!?]*\bmoties?\b[^;:!?]*\baangenomen\b)(?=[^;:!?]*\b(?:heeft|hebben|is|zijn)\b[^;:!?]*\baangenomen\b)[^;:!?]*\baangenomen\b[\s,]*(?:waarin|waarbij|die|welke)\s+(?:(?:de\s+regering|het\s+kabinet)\s+)?(?:wordt|worden)\s+(?:(?:de\s+regering|het\s+kabinet)\s+)?(?:verzocht|gevraagd)\b(?![^;:!?]*\b(?:ik|wij|we)\b)[^;:!?]*$/iu;
/**
 * The addressee asked in the present passive ("U wordt verzocht, deze correcties uiterlijk maandag 10 november … te
 * retourneren", "Uw Kamer wordt gevraagd …"): this text asks the reader for something by a term, and undertakes
 * nothing itself. "Uw Kamer heeft verzocht …" and "U wordt … geïnformeerd" are the government's to meet.
 */
const YOU_ARE_ASKED = new Caseless(/^\s*(?:u|uw\s+kamer|you)\s+(?:wordt|worden|are|is)\s+(?:[a-z]+\s+){0,2}?(?:verzocht|gevraagd|asked|requested)\b/iu);
// "Er is gevraagd om …" names nobody asked.
const THERE = new Caseless(/^\s*(?:er|there)\s+$/iu);
const OURS_OR_THE_KAMER = new Caseless(/\b(?:ik|wij|we|u|uw|kamer|kamers|kabinet|regering|minister|ministers|staatssecretaris|ministerie|bewindspersonen|government|cabinet)\b/iu);

/**
 * The aim of what was already done, in the relative clause an "om … te" clause hangs from ("informeer ik u over acties
 * die ik heb ondernomen en afspraken die er zijn gemaakt om zo spoedig mogelijk invulling te geven aan …"): an aim,
 * not a term of a delivery.
 */
const DONE_PARTICIPLE = '(?:ondernomen|genomen|getroffen|gemaakt|gezet|ingezet|gestart|ingericht|opgezet)';
const DONE_ALREADY = new RegExp(
  `\\b(?:die|dat|welke)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:(?:is|zijn|heb|hebben|heeft)\\s+(?:[\\p{L}-]+\\s+){0,2}?${DONE_PARTICIPLE}|${DONE_PARTICIPLE}\\s+(?:is|zijn|heb|hebben|heeft))\\s*$`,
  'iu',
);

/**
 * A series delivered to someone other than the Kamer ("De meetgegevens worden jaarlijks … aan de Inspectie Leefomgeving
 * en Transport … gerapporteerd"): how often a duty is met, not a series promised to the Kamer.
 */
const TO_SOMEONE_ELSE = /\baan\s+(?:de|het)\s+(?!(?:hand|orde|slag|gang|basis|kant|eisen|voorwaarden|tweede\s+kamer|eerste\s+kamer|kamer|kamers|vaste\s+commissie|commissie|staten-generaal)\b)\p{L}/iu;
const THE_KAMER_NAMED = new Caseless(/\b(?:u|uw|kamer|kamers|staten-generaal|parlement|you|your|house|parliament)\b/iu);

/**
 * A member speaking: the last speaker's label before the phrase names a member by the party in brackets ("Mevrouw Jacobi
 * (PvdA): Voorzitter. …"; a minister's is never one: "Minister Van Ark:", "De minister:"), or the speaker's "we" is a parliamentary
 * party ("is mijn fractie eventueel bereid …", "namens de fractie van GroenLinks"). What a member says the Kamer or the
 * party will do promises nothing of the government's; a member who tells the government's promise or asks for a term
 * ("De minister heeft toegezegd …", "Ik vraag de minister …") names the government or asks, and is left to the other rules.
 */
const SPEAKER_LABEL = /(?:^|\n|[.!?]\s+)\s*((?:De\s+heer|Mevrouw|De\s+voorzitter|Voorzitter|(?:De\s+)?[Mm]inister(?:-president)?|(?:De\s+)?[Ss]taatssecretaris)\b[^:\n]{0,80}?):\s/gu;
const MEMBERS_LABEL = /\(\s*[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,3}\s*\)\s*$/u;
// A minister's or state secretary's label is the government's whatever its brackets hold: a party ("Minister Keijzer (BBB):") or a ministry ("Staatssecretaris Nobel (SZW):").
const GOVERNMENT_LABEL = /^(?:De\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b/u;
const OUR_GROUP = new Caseless(/\b(?:mijn|onze)\s+(?:fractie|partij)\b|\bnamens\s+(?:mijn\s+|onze\s+)?(?:de\s+)?(?:fractie|[a-z0-9-]+-fractie)\b/iu);
const GOVERNMENT_IN_WORDS = new Caseless(/\b(?:minister|ministers|minister-president|premier|staatssecretaris|kabinet|regering|bewindspersoon|bewindspersonen)\b/iu);

function aMemberSpeaks(text: string, start: number, sentence: string): boolean {
  if (!OUR_GROUP.test(sentence) && !aMemberHasTheFloor(text, start)) return false;
  return !GOVERNMENT_IN_WORDS.test(sentence) && !ASKS.test(sentence) && !PROMISE_MADE.test(sentence);
}

/** Whether the last speaker's label before `start` is a member's. A text's labels are read once: a letter has hundreds of phrases. */
function aMemberHasTheFloor(text: string, start: number): boolean {
  if (lastSpeakers === undefined || lastSpeakers.text !== text) {
    lastSpeakers = { text, labels: [...text.matchAll(SPEAKER_LABEL)].map((label) => ({ at: label.index + label[0].length, member: MEMBERS_LABEL.test(label[1]!) && !GOVERNMENT_LABEL.test(label[1]!) })) };
  }
  let member = false;
  for (const label of lastSpeakers.labels) {
    if (label.at > start) break;
    member = label.member;
  }
  return member;
}

let lastSpeakers: { text: string; labels: { at: number; member: boolean }[] } | undefined;

/**
 * Members told of in the third person as the sentence's subject, as a report or a verslag does ("Deze leden constateren
 * dat …", "De leden van de fractie van D66 zien graag dat …", "Tot slot merken de leden van de VVD-fractie op dat …",
 * "Naar de leden van GroenLinks hebben begrepen …"): what they note, ask or understand is their words, answered
 * elsewhere, not a term of the government's. Members of the cabinet are the government, and members asking the
 * government to do something ("De leden vragen de minister om voor de zomer een brief te sturen") make a request, whose
 * term the sentence set keeps (the annotation guide, §2).
 */
const MEMBERS_ASK = new Caseless(/\b(?:vragen|verzoeken)\b[^.;:!?]*?\bom\b[^.;:!?]*?\bte\b/iu);
const MEMBERS_REPORTED = new Caseless(
  /^\s*(?:(?:tot\s+slot|ten\s+slotte|voorts|verder|tevens|daarnaast|bovendien|ook|eveneens|wel)\s+(?:[a-z]+\s+)?)?(?:naar\s+)?(?:de|deze|die)\s+leden\b(?!\s+van\s+(?:het\s+kabinet|de\s+regering|de\s+ministerraad)\b)/iu,
);

/** The meeting at hand ("Welkom bij dit wetgevingsoverleg", "bij dit eerste algemene overleg"): what happens at it happens now, as with this letter. */
const THIS_MEETING = /^(?:bij|tijdens|in|gedurende|at|during)\s+(?:deze|dit|this)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}*(?:overleg|debat|vergadering|bijeenkomst|sessie|hoorzitting|meeting|debate)\b/iu;

/**
 * A term inside a relative clause that tells what someone else does with a thing the sentence names ("Dit doen we op
 * basis van de meest recente informatie die het Kennisprogramma Zeespiegelstijging in 2023 oplevert", "heeft ze een
 * onafhankelijke commissie ingesteld die in oktober een adviesrapport uitbrengt", "verwijs ik naar de technische
 * briefing over de EBI, die op 19 november plaatsvindt"): the term belongs to that other act, not to one the sentence
 * undertakes (GUIDE §2, the term of the promise's own act). The relative clause is verb-final, so a finite verb between
 * its pronoun and the phrase has closed it ("Alle ouders die nu bekend zijn … krijgen voor het einde van 2021
 * uitbetaald") and the phrase is the main clause's; its own verb must follow the phrase. Our act in it (a first person,
 * the government, a delivery, an evaluation that takes place), an impersonal passive (whose agent is the government:
 * "de wijzigingen die dit jaar worden uitgevoerd"), those who receive ("ouders die … hun geld krijgen", IMPERSONAL),
 * an antecedent of ours ("in de brief die voor de stemmingen komt", "de kabinetsvisie die in april uitkomt"), a
 * delivery outside it, or our act by that day ("Ik zal de vergunning, die op 1 juli afloopt, voor die datum
 * verlengen", weActByIt) keep the term. "dat" is left out: it opens what is said as often as a relative clause.
 */
const RELATIVE_PRONOUN = new Caseless(/^(?:die|welke)\b/iu);
const CLOSES_RELATIVE =
  new Caseless(/\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|zal|zullen|kan|kunnen|moet|moeten|gaat|gaan|komt|komen|krijgt|krijgen|staat|staan|ligt|liggen)\b/iu);
const VERB_SHAPED = /\p{L}(?:t|d|en)\b/iu;
const OURS_BY_NAME = /\b(?:kabinet|regering|minist|rijks)\p{L}*/iu;
const CLAUSE_PUNCTUATION = /[,;:–—()]/u;
/**
 * "die" after a subject pronoun is its object ("dat we die op … evalueren"), "welke" after a preposition asks ("over
 * welke maatregelen zij op korte termijn denkt te nemen"): neither is a relative pronoun.
 */
const NO_RELATIVE_AFTER = new Caseless(/\b(?:ik|wij|we|zij|ze|hij|u|men|over|op|in|van|voor|naar|met|bij|aan|uit|tot|door|om)\s*$/iu);

/** Enough of the text after a phrase for the rest of an outcome's clause (outcome.ts). */
const OUTCOME_REACH = 200;

function isEventOrDocument(word: string): boolean {
  return isEventNoun(word) || isWrittenDocument(word);
}

function othersRelativeClause(clause: Clause): boolean {
  const own = clause.words.slice(0, clause.words.length - clause.ahead.length - 1);
  if (!clause.before.endsWith(own)) return false;
  const before = clause.before.slice(0, clause.before.length - own.length);
  if (!RELATIVE_PRONOUN.test(own) || before.trim() === '' || NO_RELATIVE_AFTER.test(before) || CLAUSE_PUNCTUATION.test(own)) return false;
  if (CLOSES_RELATIVE.test(own) || SIMPLE_PAST.test(own) || WEAK_PAST.test(own)) return false;
  const closed = CLAUSE_PUNCTUATION.exec(clause.ahead);
  const tail = closed ? clause.ahead.slice(0, closed.index) : clause.ahead;
  if (!VERB_SHAPED.test(tail) || weActByIt(clause)) return false;
  const relative = `${own} ${tail}`;
  const antecedent = before.trim().split(/\s+/u).slice(-5).join(' ');
  const outside = `${before} ${clause.after} ${closed ? clause.ahead.slice(closed.index) : ''}`;
  if (OURS_BY_NAME.test(antecedent) || namesADeliverable(antecedent) || DELIVERS.test(outside) || TO_THE_KAMER.test(outside)) return false;
  return !(PASSIVE_AUXILIARY.test(relative) || RECEIVES.test(relative) || WE_OR_THE_KAMER.test(relative) || GOVERNMENT.test(relative) || namesUs(relative) || DELIVERS.test(relative) || TO_THE_KAMER.test(relative) || DELIVERY_TAKES_PLACE.test(relative));
}

/**
 * A judgment of what would be good or important, governing the phrase ("Het lijkt me wel goed dat we daar op korte
 * termijn weer zicht op hebben", "acht ik het van belang dat zo spoedig mogelijk aan alle betrokkenen duidelijkheid
 * wordt geboden", "Wij vinden het van belang om … duidelijkheid te geven …, waarbij modaliteiten zo snel mogelijk
 * gerealiseerd worden", "Interessant om op korte termijn te vernemen …"): an aim or a wish, no act undertaken (GUIDE
 * §1, "het is van belang dat"), whoever judges. What is judged good may still be a delivery to the Kamer ("Ik vind het
 * belangrijk u voor de zomer te informeren"), which keeps its term.
 */
const JUDGED = String.raw`(?:goed|mooi|wenselijk|verstandig|nuttig|zinvol|wijs|belangrijk|(?:van\s+)?(?:groot\s+)?belang|essentieel|cruciaal|zaak|interessant|raadzaam|gewenst)`;
const JUDGED_GOOD = new RegExp(
  String.raw`\blijkt\s+(?:me|mij|ons)\s+(?:\p{L}+\s+){0,2}?${JUDGED}\b|\b(?:zou|is|blijft)\s+(?:het\s+)?(?:\p{L}+\s+){0,2}?${JUDGED}\s+(?:zijn\s+)?(?:dat|als|om)\b|\b(?:vind|vindt|vinden|acht|achten)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?het\s+(?:\p{L}+\s+){0,2}?${JUDGED}\s+(?:dat|om|als)\b|^\s*${JUDGED}\s+om\b`,
  'iu',
);

function judgedGood(clause: Clause): boolean {
  const judged = JUDGED_GOOD.exec(clause.before);
  // A stop between the judgment and the phrase, with or without a space after it (text run together from a PDF), has
  // closed the judged sentence: "Ik vind het belangrijk om alle perspectieven … mee te nemen.Daarom ga ik binnenkort op werkbezoek".
  if (judged === null || /[.!?;:]/u.test(clause.before.slice(judged.index + judged[0].length))) return false;
  const what = clause.sentence.slice(judged.index + judged[0].length);
  return !DELIVERS.test(what) && !TO_THE_KAMER.test(what);
}

/**
 * A term in an "om … te" clause that serves another infinitive says when the purpose is to be reached, not when the act
 * asked or undertaken is due, which names no term (GUIDE §2, the term of the promise's own act): "verzoekt de regering
 * met een plan te komen om de defensie-uitgaven … zo snel mogelijk naar minstens 3% toe te laten groeien", "de
 * mogelijkheden te onderzoeken om het concept … zo snel mogelijk ook op andere azc's te implementeren", "om TNO
 * nadrukkelijk te verzoeken om hun onderzoek naar de Stints zo snel mogelijk af te ronden", "verzoekt de regering om in
 * VN-verband een voorstel te doen om in 2026 een conferentie te organiseren", "Zuyderland … te ondersteunen om voor het
 * zomerreces 2025 tot een plan te komen", "om een ieder de gelegenheid te geven om binnen 4 weken haar zienswijze
 * kenbaar te maken". An effort ("zich in te spannen om", "alles op alles te zetten om") has the purpose for its act and
 * keeps the term, and so does an act done in time or in haste for the purpose ("tijdig ter kennis van de Kamer te
 * brengen om de discussie te kunnen voortzetten bij de behandeling van de defensiebegroting", "een spoedprocedure in
 * gang te zetten om de … wetswijziging voor 1 oktober te realiseren"): the purpose's term is its own.
 */
const PURPOSE_OF_AN_INFINITIVE = /\bte\s+\p{L}+\s+om\s+(?:(?!\bom\b)[^,;:])*$/iu;
const EFFORT = /\b(?:(?:zich|ons|mij)\s+(?:\p{L}+\s+){0,2}?in\s+te\s+(?:spannen|zetten)|alles\s+(?:op\s+alles|in\s+het\s+werk)\s+te\s+(?:zetten|stellen)|(?:zijn|haar|hun|ons|mijn)\s+(?:uiterste\s+)?best\s+te\s+doen)\s+om\s+(?:(?!\bom\b)[^,;:])*$/iu;
const IN_TIME_FOR_IT = /\b(?:tijdig\p{L}*|spoed\p{L}*|op\s+tijd|versneld\p{L}*|versnellen|versnelling)\b/iu;

function termForAPurpose(before: string): boolean {
  return PURPOSE_OF_AN_INFINITIVE.test(before) && !EFFORT.test(before) && !IN_TIME_FOR_IT.test(before);
}

/** The phrase at `at` in `sentence` is within the answers left to the debate, or dates that debate right after its name. */
function inTheDebateLeftTo(sentence: string, at: number): boolean {
  const left = answersLeftToTheDebate(sentence);
  return left !== undefined && at >= left.start && (at < left.end || sentence.slice(left.end, at).trim() === '');
}

/**
 * Why the phrase at `start`…`end` of `text` is not a promise's deadline, or
 * undefined when its clause leaves it one. `kind` is what the phrase resolved
 * to: only a date or period can start, bound or date something else; `singleDay`
 * says the window is one day, which may be a meeting's; `startsAhead` that it
 * begins after the text's date.
 */
export function whyNotADeadline(
  text: string,
  start: number,
  end: number,
  kind: 'window' | 'event' | 'recurring',
  singleDay = false,
  yearsAhead = 0,
  startsAhead = false,
): NotADeadline | undefined {
  const clause = clauseAround(text, start, end);
  if (clause.closing === '?' || ASKS_WHETHER.test(clause.before) || QUESTION_IS_WHETHER.test(clause.before) || opensAsAQuestion(clause.before)) return 'question';
  const phrase = text.slice(start, end);
  if (A_CONSIDERATION.test(clause.before)) return 'consideration';
  if (kind === 'window' && askedInAnInquiry(clause.before, clause.ahead, (words) => DELIVERS.test(words) || TO_THE_KAMER.test(words))) return 'question';
  if (kind === 'window' && forecastOfAQuantity(clause.before, clause.ahead, (words) => FIRST_PERSON.test(words) || WE_OR_THE_KAMER.test(words) || GOVERNMENT.test(words) || DELIVERS.test(words) || TO_THE_KAMER.test(words) || namesADeliverable(words))) return 'description';
  if (inTheDebateLeftTo(clause.sentence, start - clause.sentenceStart)) return 'debate-course';
  if (NOT_BEFORE.test(clause.before)) return 'given-up';
  if (aMemberSpeaks(text, start, clause.sentence) || (MEMBERS_REPORTED.test(clause.sentence) && !MEMBERS_ASK.test(clause.sentence))) return 'members-words';
  if (MAY_HAPPEN.test(clause.sentence)) return 'possibility';
  if (OTHERS_WISH.test(clause.before) && !MEETS_THE_WISH.test(clause.before)) return 'aim';
  if (PERHAPS.test(clause.words) && !FIRST_PERSON.test(clause.words) && !DELIVERS.test(clause.words)) return 'possibility';
  if (LIKELY.test(clause.words) && !FIRST_PERSON.test(clause.words) && !WE_OR_THE_KAMER.test(clause.words) && !GOVERNMENT.test(clause.words) && !DELIVERS.test(clause.words) && !namesADeliverable(clause.words)) {
    return 'possibility';
  }
  if (BARE_WEEKDAY.test(phrase) && SAYS.test(clause.words)) return 'said-that-day';
  if (BARE_WEEKDAY.test(phrase) && HABITUAL.test(clause.sentence)) return 'how-often';
  if (!OUR_ACT_AHEAD.test(clause.words)) {
    const stretch = stretchAround(text, start, end);
    const custom = TRADITION.test(stretch) || (CUSTOM.test(stretch) && !TO_THE_KAMER.test(stretch) && !DELIVERS.test(stretch));
    if (custom && !FIRST_PERSON.test(clause.words)) return 'how-often';
    if (AS_USUAL.test(clause.words) && ALSO.test(clause.before) && THE_PRESENT_PERIOD.test(phrase) && !STILL_TO_COME.test(text.slice(end)) && !startsAhead) return 'this-letter';
  }
  if (BARE_WEEKDAY.test(phrase) && IN_THE_CABINET_MEETING.test(clause.words)) return 'event-date';
  if (BARE_WEEKDAY.test(phrase) && perfectOfThatDay(text, end, clause)) return 'past-tense';
  if (thisWeekTold(text, start, phrase, clause)) return 'past-tense';
  if (kind === 'window' && A_DAYS_DATE.test(phrase) && DATELINE.test(clause.before) && !A_VERB_OF_ITS_OWN.test(clause.before) && DATELINE_ENDS.test(text.slice(end))) {
    return 'past-tense';
  }
  const proposal = PUT_TO_THE_KAMER.exec(clause.sentence);
  if (proposal && proposal[0].length <= start - clause.sentenceStart) {
    const proposed = clause.sentence.slice(proposal[0].length);
    const toTheKamer = proposal.groups?.chair ?? proposal.groups?.kamer;
    if ((toTheKamer !== undefined || THE_KAMERS_BUSINESS.test(proposed)) && !DELIVERS.test(proposed) && !THE_WRITER_ACTS.test(proposed)) return 'kamer-acts';
  }
  if (kind === 'window' && describesAState(clause)) return 'description';
  if (kind === 'window' && aMeasureTakesEffect(clause)) return 'date-of-thing';
  if (ON_THE_AGENDA.test(clause.words) && !DELIVERS.test(clause.words)) return 'scheduled';
  if (EARLIEST_BEFORE.test(text.slice(Math.max(0, start - EARLIEST_REACH), start)) || EARLIEST_AFTER.test(text.slice(end, end + EARLIEST_REACH))) return 'earliest';
  if (DATE_OF.test(clause.before) && OPENS_WITH_VOOR.test(phrase)) return 'purpose';
  if (kind === 'event' && OPENS_WITH_VOOR.test(phrase) && voorAsComplement(phrase, clause)) return 'purpose';
  if (kind === 'event' && OPENS_WITH_BIJ.test(phrase) && BIJ_OF_A_NOUN.test(clause.before) && !OUR_ACT_AHEAD.test(clause.words) && !DELIVERS.test(clause.words)) return 'purpose';
  if (kind === 'event' && THIS_MEETING.test(phrase)) return 'this-letter';
  if (kind === 'event' && eventIsOver(text, end, phrase)) return 'past-tense';
  // "binnen vijf en tien jaar na inwerkingtreding", "Bij inwerkingtreding van dit wetsvoorstel … mogen …": when a law takes
  // effect, in a sentence that neither delivers to the Kamer nor has us act, is the law's timing, not an event a promise
  // waits on ("Binnen drie jaar na inwerkingtreding zend ik de Kamer een verslag", "Het kabinet zal de wet … evalueren" keep it).
  if (kind === 'event' && TAKES_EFFECT.test(phrase) && !DELIVERS.test(clause.words) && !namesUs(clause.sentence)) return 'date-of-thing';
  if (PLANNED_APPOSITION.test(clause.before)) {
    const named = clause.before.split(/\s+/u).slice(-9).join(' ');
    if (THIRD_PARTY_NAMED.test(named)) return 'no-party';
    return named.toLowerCase().split(/[^\p{L}-]+/u).some(isGathering) ? 'event-date' : undefined;
  }
  if (OPENS_WITH_VOOR.test(text.slice(start, end)) && SERVES.test(clause.before)) return 'purpose';
  const served = BARE_TIME.test(text.slice(start, end)) ? SERVED_BEFORE.exec(clause.before) : null;
  if (served && SERVES.test(clause.before.slice(0, served.index))) return 'purpose';
  if ((MAY.test(clause.words) || POSSIBLE.test(clause.words)) && !WE_OR_THE_KAMER.test(clause.words) && !DELIVERS.test(clause.words)) return 'rule';
  if (WE_WOULD_RECEIVE.test(clause.words)) return 'asked-of-other';
  if (weReceive(clause) || handedToTheGovernment(clause)) return 'received';
  if (inQuotes(clause.sentence, start - clause.sentenceStart, end - clause.sentenceStart)) return 'quoted';
  if (motionTitle(clause.before, text.slice(end)) || billTitle(clause.before, clause.sentence)) return 'quoted';
  if (GIVEN_UP.test(ownWordsBefore(clause.before)) || (NEGATED.test(clause.words) && NEGATED.test(withoutOtherPartsNegation(ownWords(clause), clause.before))) || refusedRequest(clause)) return 'given-up';
  // "Reden voor dit verzoek was de in december gedane toezegging … om in 2013 een programma te ontwikkelen": what a past
  // clause says was undertaken is reported, whatever its "te" says.
  const askedNow = THE_KAMER_ASKS_NOW.test(clause.sentence);
  if ((!askedNow && inPastTense(clause.words) && !toldAsAFuture(clause, phrase)) || (clause.governing !== undefined && SIMPLE_PAST.test(clause.governing) && inPastTense(clause.governing))) {
    return 'past-tense';
  }
  // "Op uw verzoek heb ik recent nader toegelicht op welke vier momenten in 2024 …": a question told or asked before.
  if (clause.asking !== undefined && inPastTense(clause.asking)) return 'past-tense';
  if (ADOPTED_MOTION_ASKED.test(clause.before)) return 'past-tense';
  if (THIS_LETTER.test(clause.words) && !ANNOUNCED.test(clause.words)) return 'this-letter';
  // "Met deze hoofdlijnenbrief geef ik ook invulling aan … mijn toezegging … om voor het einde van het jaar een brief … te sturen".
  if (clause.governing !== undefined && THIS_LETTER_MEETS.test(clause.governing) && !PROMISES_MORE.test(clause.governing)) return 'this-letter';
  if (kind === 'event' && THIS_DOCUMENT.test(text.slice(start, end))) return 'this-letter';
  if (kind === 'window') {
    const before = text.slice(0, start);
    const promised = `${clause.governing ?? ''} ${clause.words}`;
    if ((DEBATE_WITH_KAMER.test(promised) || (INVITES.test(promised) && TO_THE_KAMER.test(promised))) && !DELIVERS.test(clause.words)) return 'debate';
    if (SHORT_TERM.test(phrase) && (SHORT_TERM_AS_HORIZON.test(phrase) || LONGER_TERM.test(clause.sentence))) return 'horizon';
    if (HOW_SOON.test(phrase) && !FUTURE.test(promised) && !FIRST_PERSON.test(promised) && !TO_THE_KAMER.test(promised) && !DELIVERS.test(promised) && !namesADeliverable(promised)) {
      return 'description';
    }
    if (BARE_DATE.test(phrase) && BRACKET_OPENS.test(before) && BRACKET_CLOSES.test(text.slice(end))) return 'date-of-thing';
    if (FOR_THE_YEAR.test(phrase) && FOR.test(before)) return 'date-of-thing';
    if (ATTRIBUTIVE_LEAD.test(text.slice(Math.max(0, start - 40), end)) && ATTRIBUTIVE_PARTICIPLE.test(text.slice(end, end + 80))) return 'date-of-thing';
    if (ON_A_DAY.test(phrase) && ENTRY_INTO_FORCE_OF.test(clause.before)) return 'date-of-thing';
    if (FOR_A_YEAR.test(phrase) && TARGET_NOUN.test(clause.before)) return 'target';
    if (FOR_A_YEAR.test(phrase) && PLANS_OF.test(clause.before)) return 'date-of-thing';
    const askedInPassive = ASKED_IN_PASSIVE.exec(clause.sentence);
    if (askedInPassive && !OURS_OR_THE_KAMER.test(askedInPassive[1]!) && !THERE.test(askedInPassive[1]!) && askedInPassive.index + askedInPassive[0].length <= start - clause.sentenceStart) return 'asked-of-other';
    if (clause.governing !== undefined && DONE_ALREADY.test(clause.governing)) return 'aim';
    if (YOU_ARE_ASKED.test(clause.before)) return 'asked-of-other';
    if (singleDay && DISCUSSED.test(clause.words) && AT_A_COUNCIL.test(clause.before) && !FIRST_PERSON.test(clause.words) && !DELIVERS.test(clause.words)) {
      return 'event-date';
    }
    if (DURATION.test(phrase)) return 'span-of-time';
    if (documentsOwnDay(clause)) return 'date-of-thing';
    const ofAThing = OF_A_THING.test(before) && THIS_PERIOD.test(phrase);
    const aDate = /^\d/u.test(phrase);
    const lawApplies = TAKES_EFFECT.test(clause.words) || RUNS_OUT.test(clause.words) || APPLIES_FROM.test(clause.words) || (singleDay && INTRODUCED.test(clause.words));
    // "zullen wij … de maatregelen vanaf 15 juli 2010 aanpassen", "ben voornemens de omvorming … plaats te laten vinden per 1
    // januari 2013": the government's own act, undertaken for that day, happens then; a law or rule that applies from a date does not.
    const actOnTheDay = singleDay && !lawApplies && governmentUndertakes(clause);
    const termMoved = aDate && MOVED_TO.test(before) && A_TERM.test(clause.words);
    const bound = START_OR_BOUND.test(before) && !termMoved && !(VANAF.test(before) && actOnTheDay);
    if (bound || RANGE_END.test(text.slice(end)) || ofAThing || (aDate && ISSUED_TEXT_OF.test(before.slice(-ISSUED_TEXT_REACH)))) return 'date-of-thing';
    // "het commissiedebat van 7 oktober", "het NO MIRT van november": the day or month says which meeting is meant.
    if ((aDate || A_MONTH.test(phrase)) && namesAMeeting(clause.before)) return 'event-date';
    const applies = lawApplies || (PER_DATE.test(phrase) && !actOnTheDay);
    const thingsOwnDay = TAKES_EFFECT.test(clause.words) || RUNS_OUT.test(clause.words);
    if (applies && !DELIVERS.test(clause.words) && !(thingsOwnDay && weActByIt(clause))) return 'date-of-thing';
    if (yearsAhead >= TARGET_YEARS && !TO_THE_KAMER.test(clause.words)) return 'target';
    if ((NECESSITY.test(ownPart(clause.words)) || (AIM.test(clause.sentence) && !(OUR_AMBITION.test(clause.sentence) && DONE_BY_THEN.test(clause.sentence)))) && !DELIVERS.test(clause.words) && !AS_A_MOTION_ASKS.test(clause.sentence) && !askedNow) return 'aim';
    if (WISHED_THAT.test(clause.before) && !FIRST_PERSON.test(clause.words) && !DELIVERS.test(clause.words)) return 'aim';
    if (judgedGood(clause)) return 'aim';
    if (termForAPurpose(clause.before)) return 'aim';
    const askedByUs = ASKED_BY_US.test(clause.words) || (clause.governing !== undefined && ASKED_BY_US.test(clause.governing));
    if (askedByUs && !KAMER_OR_GOVERNMENT_ASKED.test(clause.words)) return 'asked-of-other';
    if ((JOINED_AFTER.test(text.slice(end)) || JOINED_BEFORE.test(before)) && !TO_THE_KAMER.test(clause.sentence)) return 'span-of-time';
  }
  if (datesAnEvent(text, { start, end, kind, singleDay }, clause.words, { text: clause.sentence, start: clause.sentenceStart })) return 'event-date';
  if (kind === 'recurring' && (!TO_THE_KAMER.test(clause.sentence) || (TO_SOMEONE_ELSE.test(clause.sentence) && !THE_KAMER_NAMED.test(clause.sentence)))) return 'how-often';
  if (theKamerActs(clause, start - clause.sentenceStart) || THE_KAMER_ASKS_ITSELF.test(clause.before)) return 'kamer-acts';
  if (GOVERNMENT_COUNTERPART.test(clause.words) && !WE_OR_THE_KAMER.test(clause.words)) return 'no-party';
  if (othersRelativeClause(clause)) return 'no-party';
  if (othersOutcome(clause.before, text.slice(end, end + OUTCOME_REACH), isEventOrDocument)) return 'no-party';
  if (toldOnAnothersWord(clause.before, clause.ahead)) return 'no-party';
  const thirdPartyActs =
    THIRD_PARTY_SUBJECT.test(clause.sentence) ||
    THIRD_PARTY_OPENS_CLAUSE.test(clause.words) ||
    (THIRD_PARTY_AGENT.test(clause.words) && PASSIVE.test(clause.words));
  if (thirdPartyActs && !RECEIVES.test(clause.sentence) && !WE_OR_THE_KAMER.test(clause.words)) return 'no-party';
  const delivers = DELIVERS.test(clause.words) || DELIVERY_TAKES_PLACE.test(clause.words);
  // A future outside the clause may happen at what is scheduled: "Dit rapport zal … worden besproken tijdens de … week welke
  // nu gepland staat in de week van 8 juni 2015".
  if (SCHEDULED.test(clause.words) && !delivers && !FINITE_FUTURE.test(clause.outside) && schedulesOthers(clause.words)) return 'scheduled';
  if (ADVICE.test(clause.words) && !delivers && !WE_OR_THE_KAMER.test(clause.words) && !GOVERNMENT.test(clause.words)) return 'advice';
  if (kind === 'window' && !delivers && THEN_DELIVERED.test(clause.after)) return 'before-the-promise';
  if (AGREED.test(clause.sentence) && !AS_AGREED.test(clause.sentence) && !weDeliver(clause.words)) return 'agreement';
  const at = start - clause.sentenceStart;
  if (!namesAParty(clause.sentence, `${clause.sentence.slice(0, at)} ${clause.sentence.slice(at + end - start)}`) && !writersPlanning(`${clause.governing ?? ''} ${clause.words}`) && !(COMES_OUT_AHEAD.test(clause.words) && !MONEY.test(clause.words))) return 'no-party';
  const rest = clause.sentence.slice(at + end - start);
  const deliversOrNamesTheKamer = DELIVERS.test(clause.sentence) || DELIVERY_TAKES_PLACE.test(clause.sentence) || TO_THE_KAMER.test(clause.sentence);
  if (inAHeading(clause.sentence, phrase, clause.before, rest, deliversOrNamesTheKamer)) return 'heading';
  return undefined;
}
