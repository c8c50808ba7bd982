import { answersLeftToTheDebate } from '../core/deadline/debate-course.js';
import { DUTCH_MONTH_ALTERNATION } from '../core/dutch-months.js';
import { GOVERNMENT_SERVICES } from './government-services.js';

/**
 * A sentence read clause by clause: for each clause, whether it is a main
 * clause or an adverbial one, who acts in it (the government, a third
 * party), and which speech act it makes — an undertaking, a report of an
 * earlier statement, a term set or asked for by the government, what this
 * very letter does, or a possibility. The promise decision (promise-cues.ts)
 * asks this reading rather than matching words anywhere in the sentence:
 * a negation in "Omdat de conclusies niet meer zullen wijzigen, zullen wij de
 * motie uitvoeren" belongs to the reason, not to the act.
 *
 * All matching is on the lower-cased sentence as promise-cues.ts reads it,
 * except the agent of a passive, whose capital letters tell a name.
 */

/** A clause: a stretch of the sentence between commas, semicolons, colons and dashes. */
export interface Clause {
  text: string;
  start: number;
  end: number;
  /** Opened by a word that makes it an adverbial clause of reason, condition, time or concession: it says why or when, it undertakes nothing. */
  adverbial: boolean;
}

export type SpeechAct =
  /** The government undertaking to do or deliver something. */
  | 'undertaking'
  /** What this very letter does, sends or goes into ("Middels deze brief …", "Ik zal hieronder ingaan op …", "In het eerste gedeelte van deze voortgangsrapportage zal ik …"). */
  | 'this-letter'
  /** What the writer told before, reported ("Op 21 maart jl. heb ik u laten weten dat …", "In mijn brief … van 10 juni 2011 heb ik gemeld …"). */
  | 'earlier-statement'
  /** A new term the government sets or asks for itself ("heb ik besloten om die distributie … uit te stellen, naar oktober 2017", "verzoek ik u de termijn … te verlengen tot 20 februari"). */
  | 'term-set'
  /** A possibility or a chance given to others ("Een gevolg hiervan kan zijn dat …", "wil ik de klankbordgroep in de gelegenheid stellen …"). */
  | 'possibility';

const ADVERBIAL_OPENER = /^\s*(?:\p{L}+\s+)?(?:omdat|doordat|aangezien|hoewel|ofschoon|nu|indien|mits|tenzij|terwijl|alvorens)\b/u;

/** The clauses of a lower-cased sentence, in order, with their offsets. */
export function clausesOf(lower: string): Clause[] {
  const clauses: Clause[] = [];
  // A comma between digits is a decimal comma ("1,8 miljard"), not a clause boundary.
  const boundary = /(?<!\d),(?!\d)|[;:]|\s[–—-]\s/g;
  let start = 0;
  for (let match = boundary.exec(lower); ; match = boundary.exec(lower)) {
    const end = match ? match.index : lower.length;
    const text = lower.slice(start, end);
    if (text.trim() !== '') clauses.push({ text, start, end, adverbial: ADVERBIAL_OPENER.test(text) });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return clauses;
}

/** The clause at an offset of the sentence. */
export function clauseAround(clauses: readonly Clause[], index: number): Clause | undefined {
  return clauses.find((clause) => index >= clause.start && index <= clause.end);
}

/**
 * The document itself, named as where or how the act happens: "in/met/middels deze brief", "in het eerste gedeelte van
 * deze voortgangsrapportage", "Gelijktijdig met het aanbieden van deze kabinetsreactie ontvangt uw Kamer ook …" (what
 * comes with the letter comes now, whatever the letter calls itself).
 */
const THIS_DOCUMENT = String.raw`(?:deze|dit|onderhavige)\s+\p{L}*(?:brief|rapportage|verslag|notitie|nota|beantwoording|update|overzicht|reactie)\b`;
const IN_THIS_DOCUMENT = new RegExp(String.raw`\bin\s+(?:de\s+(?:volgende|navolgende|onderstaande|hierna\s+volgende)\s+(?:paragraaf|paragrafen|hoofdstuk|hoofdstukken)|(?:paragraaf|hoofdstuk)\s+\d+(?:\.\d+)*)\b(?!\s+van\b)|\b(?:in|met|bij|via|middels|door middel van)\s+(?:(?:het|de)\s+(?:\p{L}+\s+){0,2}?(?:gedeelte|deel|paragraaf|hoofdstuk|helft)\s+van\s+|(?:het\s+(?:aanbieden|versturen|toezenden|verzenden)|de\s+(?:aanbieding|toezending|verzending))\s+van\s+)?${THIS_DOCUMENT}`, 'u');
/** A relative clause up to the document it names: "de dilemma's die in deze brief worden geschetst" describes a thing, the act is elsewhere. */
const RELATIVE_BEFORE = /\b(?:die|dat|welke|waarin|waarmee|waarop|waarover)\b[^,;:]*$/;

/** Whether the words at `index` sit in a relative clause, which describes a thing rather than saying the sentence's act. */
export function inRelativeClause(lower: string, index: number): boolean {
  return RELATIVE_BEFORE.test(lower.slice(0, index));
}

/** This document named as where or how the sentence's act happens, not inside a relative clause that describes something else. */
function namesThisDocument(lower: string): boolean {
  const named = IN_THIS_DOCUMENT.exec(lower);
  return named !== null && !inRelativeClause(lower, named.index);
}

/** The letter as the subject after its verb: "zal deze brief terugblikken op …". */
const LETTER_AS_SUBJECT = new RegExp(String.raw`\b(?:zal|zullen|wordt|worden|gaat)\s+${THIS_DOCUMENT}`, 'u');
/**
 * "hieronder/hierna/in het navolgende … ingaan op (ga ik daarop in), toelichten, stilstaan bij": the letter going into
 * its own matter. Older memories and reports tell the same step impersonally ("Hierop … zal hierna nog worden
 * teruggekomen", "In het navolgende wordt ingegaan op …"). "hierna" is also "afterwards", so a passive after it counts
 * only as "terugkomen op", which returns to a matter of the text.
 */
const BELOW = /\b(?:hieronder|hierna|onderstaande?|(?:het\s+)?navolgende)\b[^.;]{0,60}\b(?:in\s+op|(?:daar|hier)op\s+in|ingaan|in\s+te\s+gaan|toe\s*lichten|toe\b|stilstaan|stil\b|beschrijven|beschrijf|schetsen|schets|uiteenzetten|uiteen\b|bespreken|behandelen|terugblikken|terugkomen|terug\s+te\s+komen|teruggekomen|terugge-?\s*komen)\b|\b(?:hieronder|onderstaande?|(?:het\s+)?navolgende)\b[^.;]{0,60}\b(?:ingegaan|toegelicht|stilgestaan|beschreven|besproken|behandeld)\b/;
/**
 * A sentence closed by a pointer to a section of this text ("Tenslotte zal verslag worden gedaan van de algemene
 * onderwerpen (paragraaf 5)."): the text announcing its own parts, when told impersonally and with no term ahead; the
 * writer or the Kamer named, or a term, makes it a promise that merely points to where its matter is told.
 */
const OWN_SECTION_AFTER = /\((?:zie\s+)?(?:paragraaf|par\.|hoofdstuk|§)\s*\d+(?:\.\d+)*\)\s*\.?\s*$/;
const WRITER_OR_KAMER = /\b(?:ik|wij|we|u|uw)\b/;
/**
 * The writer informing, in the present, as one more thing this letter does
 * ("Tevens informeer ik uw Kamer, in aanloop naar …, over schoolgaande
 * jongeren", "Daarnaast bericht ik u over …"): the letter's telling, unless a
 * time to come follows the verb ("Tevens informeer ik u in maart over …").
 */
const INFORMS_ALSO = new RegExp(String.raw`^\s*(?:tevens|daarnaast|verder|voorts|bovendien|ook)\s+(?:informeer|informeren|bericht|berichten)\s+(?:ik|wij|we)\s+(?:u|uw kamer|de kamer)\b(?![^.;]{0,40}\b(?:binnenkort|later|uiterlijk|zo spoedig|zo snel|na de|voor de|vóór de|in het (?:voorjaar|najaar)|in de (?:zomer|winter|loop)|(?:in|begin|eind|medio|voor|vóór)\s+(?:${DUTCH_MONTH_ALTERNATION}|\d{4})|(?:volgend|komend)e?\s+(?:week|maand|jaar))\b)`);

/**
 * The writer delivering in the present with a time that is now ("zend ik u …
 * ook dit voorjaar de Voortgangsrapportage", "In afwachting van het
 * verschijnen van de Nederlandstalige versie stuur ik u de Engelstalige"):
 * the sending is this letter's.
 */
const SENDS_NOW = /\b(?:zend|stuur|bied|doe)\s+(?:ik|wij|we)\s+(?:u|uw kamer|de kamer)\b[^.;]{0,160}?\b(?:dit|deze)\s+(?:voorjaar|najaar|zomer|winter|jaar|maand|week)\b|^\s*(?:in afwachting van)\b/;
/** The writer going into or explaining something now ("licht ik eerst de procedure toe"), said in the present. */
const TELLS_NOW = /^\s*(?:\p{L}+\s+){0,2}?(?:licht|lichten)\s+(?:ik|wij|we)\s+(?:eerst|nu|hier|thans|allereerst|kort)\b[^.;]{0,100}\btoe\b/u;

/** The writer telling now ("In antwoord op de Kamervragen … deel ik u mee dat de beantwoording zal worden vertraagd"): this letter's telling, unless the "dat" clause undertakes. */
const INFORMS_NOW = /\b(?:(?:deel|delen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:deel|delen))\s+(?:u|uw kamer|de kamer)\s+(?:[^\s,.;]+\s+){0,3}?me(?:e|de)\b/;

/**
 * A speech's own next step ("Helemaal als laatste zal ik mijn reactie geven
 * op het drietal amendementen", "Eerst ga ik in op de vragen over …", "Aan
 * het einde van mijn korte inleiding zal ik de blokjes toelichten", "Ik zal
 * na deze korte introductie vragen uit de Kamer beantwoorden", "Tot slot zal
 * mijn collega Weerwind de vragen … beantwoorden", "Tot slot zal ik kort de stand van zaken van de drie uit het
 * algemeen overleg voortgekomen en aangenomen moties behandelen"): what this text does, as a
 * letter going into its matter; answers in writing or at a term are promised
 * ("Tot slot zal mijn collega de vragen schriftelijk beantwoorden").
 */
const SPEECH_STEP = /\b(?:eerst|allereerst|als laatste|tot slot|ten slotte|straks|zo meteen|zometeen|dadelijk)\b[^.;]{0,40}\b(?:zal|ga)\s+(?:ik|mijn\s+collega)\b[^.;]{0,120}\b(?:ingaan|in\s+op|reageren|reactie\s+geven|(?:be)?antwoorden|behandelen|bespreken)\b|(?:\b(?:na|aan het (?:einde?|slot) van|na afloop van)\s+(?:deze|mijn)\s+(?:korte\s+)?(?:inleiding|introductie|betoog)\b[^.;]{0,40}\b(?:zal|ga)\s+ik\b|\bik\s+(?:zal|ga)\s+(?:na|aan het (?:einde?|slot) van|na afloop van)\s+(?:deze|mijn)\s+(?:korte\s+)?(?:inleiding|introductie|betoog)\b)[^.;]{0,100}\b(?:ingaan|in\s+op|reageren|antwoorden|beantwoorden|toelichten|behandelen|bespreken)\b/;

/**
 * A speaker ordering the answers of a debate ("Ik zal in de beantwoording van
 * de vragen allereerst proberen een aantal thema's te bespreken", "Ik zal ze
 * maar even noemen zodat de woordvoerders weten wat er aankomt", "Daarna wil
 * ik per spreker de nog resterende vragen trachten te beantwoorden", "Die zal
 * ik beantwoorden"): what the speech does next, as SPEECH_STEP; answers that
 * come in writing or at a term ("Ik zal de resterende vragen schriftelijk
 * beantwoorden", "… voor 1 mei beantwoorden") are promised. The order of a
 * nota's or a letter's answers is the same step ("Ik zal de vragen per
 * onderwerp beantwoorden", "… in de volgorde van het verslag beantwoorden",
 * "Waar vragen overlappen, zal ik deze gezamenlijk beantwoorden", "De vragen
 * zullen in de volgorde van het verslag worden beantwoord", "Bij de
 * beantwoording … zal de volgorde van het verslag worden aangehouden", "Bij het geven van mijn aanvullend commentaar
 * … zal ik bovenstaande volgorde aanhouden"). So is
 * the speaker who will begin with a part of the speech ("Ik zal beginnen met
 * een algemeen deel, dan …"); beginning with work ("… met de uitvoering van
 * het plan") is an act.
 */
const SPEECH_ORDER = /\b(?:(?:zal|ga|wil)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:zal|zullen|ga|gaan|wil|willen))\b[^.;]{0,80}?\b(?:allereerst|eerst|daarna|vervolgens|straks|maar\s+even|per\s+(?:spreker|onderwerp|thema|fractie|blok|vraag)|in\s+de\s+beantwoording|in\s+de\s+volgorde|gezamenlijk|tezamen)\b[^.;]{0,100}?\b(?:bespreken|beantwoorden|noemen|behandelen|ingaan|toelichten|aangeven)\b|^\s*(?:daarna|vervolgens|eerst|allereerst)\s+(?:zal|ga|wil)\s+(?:ik|wij|we)\b[^.;]{0,100}?\b(?:bespreken|beantwoorden|noemen|behandelen|ingaan|toelichten)\b|^\s*(?:die|deze|ze)\s+(?:zal|ga|wil)\s+(?:ik|wij|we)\s+(?:[a-zà-ÿ]+\s+){0,5}?(?:beantwoorden|bespreken|behandelen|noemen|toelichten)\s*\.?\s*$|\b(?:zal|zullen)\b[^.;]{0,80}?\b(?:beantwoorden|bespreken|behandelen)\s+in\s+de\s+volgorde\b|\b(?:(?:volgorde|indeling)\s+van\s+(?:het|de)\s+(?:[a-zà-ÿ]+\s+)?(?:verslag|vragen|inbreng)|(?:deze|bovenstaande|onderstaande|dezelfde|die)\s+(?:volgorde|indeling))\b[^.;]{0,40}?\b(?:aanhouden|aangehouden|volgen|gevolgd)\b|\bvragen\s+(?:zullen|worden)\b[^.;]{0,60}?\b(?:in\s+de\s+volgorde|per\s+(?:onderwerp|thema|fractie|blok|vraag)|gezamenlijk|tezamen)\b[^.;]{0,60}?\b(?:beantwoord|besproken|behandeld)\b|\b(?:(?:zal|ga|wil)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:zal|zullen|ga|gaan|wil|willen))\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:beginnen|starten)\s+met\s+(?:de|het|een)\s+(?:[a-zà-ÿ]+\s+)?(?:deel|blok|blokje|onderwerp|thema|inleiding|vragen|vraag|punt)\b/;
/** "Hieronder zal ik de vragen beantwoorden", "Ik zal hierna reageren op de motie": answering in this text, below; answers at a term or later are promised. */
const ANSWERS_BELOW = /\b(?:hieronder|hierna|onderstaande?)\b[^.;]{0,60}\b(?:beantwoorden|beantwoord|reageren|reageer)\b/;
const ANSWERED_LATER = /\b(?:schriftelijk|per\s+brief|in\s+een\s+brief|voor|uiterlijk|binnen|spoedig|later)\b/;
/**
 * The writer pausing, in this text, on something or looking back ("Voordat ik op deze onderwerpen in ga, wil ik stil
 * staan bij de gebeurtenissen in Limburg afgelopen zomer", "Ik wil toch eventjes terugkijken"): the text's own step,
 * as BELOW's "hieronder … stilstaan"; one in another document or at a time to come ("Ik wil in de volgende
 * voortgangsbrief stilstaan bij …") is promised.
 */
const REFLECTS_HERE = /\b(?:(?:wil|zal|ga)\s+ik|ik\s+(?:wil|zal|ga))\b[^.;]{0,60}?\b(?:stil\s*(?:te\s+)?staan|terug\s*(?:te\s+)?kijken|terug\s*(?:te\s+)?blikken)\b/;
/**
 * The writer going into a matter with no other document, meeting or time named ("Het kabinet zal in de volgende
 * paragrafen nader ingaan op …", "Voor een beter begrip hiervan zal ik wat dieper ingaan op …"): this text's own next
 * step (GUIDE §1), not one promised in a letter, debate or reaction still to come.
 */
const GOES_INTO_HERE = /\b(?:(?:zal|ga)\s+(?:ik|wij|we|het kabinet)|(?:ik|wij|we|het kabinet)\s+(?:zal|zullen|ga|gaan))\b[^.;]{0,60}?\b(?:ingaan|in\s+gaan)\s+op\b/;
/**
 * The speaker's speech act performed in the speech itself: the first person willing or about to say, repeat, stress,
 * correct, congratulate or thank, to speak some words, to talk about a point, to bring something to the fore, or to
 * begin with such an act ("Ik wil aan het begin van dit debat eerst dit zeggen", "Ik zal het nog één keer herhalen",
 * "Ik wil het over het politieke punt hebben", "Eerst wil ik … enkele inleidende woorden spreken", "Ik wil beginnen met
 * het feliciteren van …", "Daarna wil ik de belangrijkste beleidsvoornemens … kort over het voetlicht brengen"): the
 * text's own course (GUIDE §1), as SPEECH_ORDER reads answering. Said at a term, elsewhere (SPOKEN_ELSEWHERE) or in
 * another document, the same verbs are undertaken.
 */
const SPEAKS_HERE = new RegExp(
  String.raw`\b(?:(?:wil|zal|ga)\s+ik|ik\s+(?:wil|zal|ga))\b[^.;]{0,80}?(?:` +
    String.raw`\b(?:zeggen|opmerken|benadrukken|onderstrepen|memoreren|vooropstellen|voorop\s+stellen|rechtzetten|recht\s+zetten|feliciteren|bedanken|danken)\b` +
    String.raw`|\b(?:het|dat|dit|ze)\s+(?:nog\s+)?(?:(?:een|één)\s+keer\s+|eens\s+|maar\s+|even\s+)*herhalen\b` +
    String.raw`|\bwoord(?:en|je|jes)?\s+(?:te\s+)?spreken\b` +
    String.raw`|\bhet\s+(?:\p{L}+\s+){0,2}over\s+[^.;]{1,60}?\bhebben\b` +
    String.raw`|\bover\s+het\s+voetlicht\s+(?:te\s+)?brengen\b` +
    String.raw`|\bbeginnen\s+met\s+(?:het\s+(?:feliciteren|bedanken|danken|complimenteren)|(?:een|enkele|wat|een\s+paar)\s+(?:\p{L}+\s+)?(?:duiding|opmerking(?:en)?|woord(?:en)?|compliment(?:en)?)|te\s+(?:zeggen|feliciteren|bedanken|danken|benadrukken))\b)`,
  'u',
);
/**
 * A speech act said to someone outside this speech, in another forum or kept up beyond it ("Ik zal dat tegen de
 * Commissie zeggen", "Ik wil het daar met de sector over hebben", "Ik zal in de Raad benadrukken …", "Deze uitleg zal
 * ik blijven benadrukken"): undertaken, not this text's step.
 */
const SPOKEN_ELSEWHERE = /\bblijven\b|\b(?:tegen|richting|bij)\s+(?:de|het|mijn|zijn|haar|onze|alle)\b|\bmet\s+(?:de|het|alle)\s+(?:\p{L}+\s+)?(?:sector|partijen|commissie|gemeenten|provincies|betrokken\p{L}*|\p{L}*organisaties?|collega'?s|lidstaten)\b|\b(?:in|op|tijdens)\s+(?:de|het|een)\s+(?:\p{L}+\s+){0,2}?(?:raad|commissie|top|ministerraad|eurogroep|gesprek(?:ken)?|bijeenkomst|conferentie|vergadering)\b|\bin\s+brussel\b/u;
const ELSEWHERE_OR_LATER = /\b(?:in|bij|via|tijdens)\s+(?:de|het|een|die|dat|mijn|onze|zijn|haar|hun)\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:brief|rapportage|nota|notitie|verslag|overleg|debat|reactie|visie|plan|wetsvoorstel|memorie|evaluatie|update|overzicht|agenda|begroting|behandeling)\b|\b(?:schriftelijk|per\s+brief|later|binnenkort|spoedig|te\s+zijner\s+tijd)\b/u;
const IN_ANOTHER_DOCUMENT = /\bin\s+(?:de|een|mijn|het)\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:brief|rapportage|nota|notitie|verslag|overleg|debat)\b/u;

/**
 * A report of what the writer said before, in the perfect with a time that is
 * over ("Op 21 maart jl. heb ik u laten weten dat …", "In mijn brief
 * «…» van 10 juni 2011 (…) heb ik gemeld de Kamer … te informeren"). A
 * promise said to be "toegezegd" is restated, and read as such elsewhere.
 */
const TOLD = String.raw`(?:laten\s+weten|gemeld|bericht|meegedeeld|medegedeeld|mee\s+gedeeld|aangegeven|geschreven|uiteengezet|uiteen\s+gezet|aangekondigd)`;
const EARLIER_TIME = new RegExp(
  String.raw`\b(?:jl|jongstleden|eerder|vorige|vorig|afgelopen)\b|\bop\s+\d{1,2}\s+(?:${DUTCH_MONTH_ALTERNATION})\b|\b(?:in|bij)\s+(?:mijn|onze|de|het)\s+(?:[^\s,.;]+\s+){0,8}?\p{L}*(?:brief|beantwoording|reactie|rapportage|notitie|nota)\b`,
  'u',
);
const TOLD_BY_WRITER = new RegExp(String.raw`\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:(?:u|uw kamer|de kamer|toen|destijds|al|reeds)\s+){0,2}${TOLD}\b|\b(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:(?:u|uw kamer|de kamer|toen|destijds|al|reeds)\s+){0,2}${TOLD}\b`, 'u');

/** A decision taken with an act still ahead ("heb ik besloten om die distributie een maand uit te stellen"), or a longer term asked of the Kamer ("verzoek ik u de termijn met 4 weken te verlengen"). */
const TERM_SET = /\b(?:heb|hebben)\s+(?:ik|wij|we|het kabinet)\s+besloten\b[^.;]{0,160}\bte\s+\p{L}{3,}|\b(?:ik|wij|we|het kabinet)\s+(?:heb|hebben|heeft)\s+besloten\b[^.;]{0,160}\bte\s+\p{L}{3,}|\bverzoek(?:en)?\s+(?:ik|wij|we)\s+(?:u|uw kamer|de kamer)\b[^.;]{0,80}\b(?:termijn|uitstel)\b/u;

/**
 * "mogelijk", "waarschijnlijk" or "misschien" saying how likely, not how the act is done ("zo spoedig mogelijk", "waar
 * mogelijk") or what is made possible ("mogelijk maken", "mogelijk worden"); and the other hedges of likelihood the
 * letters of every decade put in the middle field or as an aside: "vermoedelijk", "wellicht", "naar alle
 * waarschijnlijkheid", "hopelijk", a supposition of the writer's or of no one ("naar ik aanneem", "naar verwacht
 * wordt", "naar gehoopt wordt"). These say nothing of what is possible, so a passive's "worden" after them ("zal
 * wellicht worden uitgesteld") is still the hedged future. A hedge says the writer foresees, not that the writer
 * undertakes.
 */
const LIKELY = String.raw`(?<!\b(?:zo(?:\s+\p{L}+){0,3}|zoveel|waar|indien|voor\s+zover|als|wanneer|zodra|niet|het)\s+)\b(?:(?:mogelijk|waarschijnlijk|misschien)\b(?!\s+(?:maken|gemaakt|worden|zijn|is)\b)|(?:vermoedelijk|wellicht|hopelijk|naar\s+alle\s+waarschijnlijkheid|naar\s+(?:ik|wij|we|men)\s+(?:aanneem|aannemen|aanneemt|vermoed|vermoeden|vermoedt|verwacht|verwachten|hoop|hopen|hoopt)|naar\s+(?:verwacht|gehoopt|aangenomen|vermoed)\s+(?:wordt|mag\s+worden))\b)`;
/**
 * A future told as likely or possible, not undertaken ("De presentatie van de Canon … zullen mogelijk in aangepaste of
 * afgeslankte vorm plaatsvinden", "Dit is waarschijnlijk het laatste debat dat ik met uw Kamer zal voeren"); not "zo
 * spoedig mogelijk", "zo open en eerlijk mogelijk", "waar mogelijk", "indien mogelijk" or "voor zover mogelijk", which
 * say how the act is done, nor a likely term ("zullen uw Kamer waarschijnlijk kort voor het Kerstreces 2020 bereiken"),
 * which promise-cues.ts keeps.
 */
export const LIKELY_FUTURE = new RegExp(String.raw`\b(?:zal|zullen)\b[^.;:]{0,60}?${LIKELY}|${LIKELY}[^.;:]{0,80}?\b(?:zal|zullen)\b`, 'u');
/** "Een gevolg hiervan kan zijn dat …", "Het is mogelijk dat …", "wil ik de klankbordgroep in de gelegenheid stellen …". */
const POSSIBILITY = /\b(?:kan|kunnen|zou|zouden)\s+(?:het\s+|er\s+)?zijn\s+dat\b|\bhet\s+is\s+(?:goed\s+|niet\s+uitgesloten\s+|)mogelijk\s+dat\b|\bin de gelegenheid\s+(?:stellen|te stellen)\b/;

/**
 * The speech act a sentence's main clauses make, where it is not a plain
 * undertaking; a letter telling that the writer intends something ("Bij deze
 * wil ik u laten weten dat ik voornemens ben …") makes the undertaking of
 * what it tells, so what this letter does is read only outside a "dat"
 * clause that undertakes. `termAhead`: the sentence names a term still to come, so a pause or look back
 * (REFLECTS_HERE) is one promised then ("Ik zal na de zomer van 2026 stilstaan bij …"), not this text's own step.
 */
export function speechActOf(lower: string, undertakesInThatClause: boolean, termAhead = false): SpeechAct {
  const main = clausesOf(lower).filter((clause) => !clause.adverbial);
  const said = main.map((clause) => clause.text).join(', ');
  if (TERM_SET.test(said)) return 'term-set';
  if (POSSIBILITY.test(said)) return 'possibility';
  const told = TOLD_BY_WRITER.exec(lower);
  // "Zoals ik heb gemeld in mijn brief van 13 september jl. stuur ik u …": the earlier statement restated, the act is now.
  if (told && !/\bzoals\s+$/.test(lower.slice(0, told.index)) && EARLIER_TIME.test(lower.slice(0, told.index + 40)) && !/\btoegezegd\b/.test(lower)) return 'earlier-statement';
  if (!undertakesInThatClause && (namesThisDocument(lower) || LETTER_AS_SUBJECT.test(lower) || BELOW.test(lower) || main.some((clause) => TELLS_NOW.test(clause.text)) || INFORMS_NOW.test(lower) || INFORMS_ALSO.test(lower) || SENDS_NOW.test(lower) || (SPEECH_STEP.test(lower) && !termAhead && !ANSWERED_LATER.test(lower)) || ((SPEECH_ORDER.test(lower) || (ANSWERS_BELOW.test(lower) && !termAhead)) && !ANSWERED_LATER.test(lower)) || (REFLECTS_HERE.test(lower) && !termAhead && !ANSWERED_LATER.test(lower) && !IN_ANOTHER_DOCUMENT.test(lower)) || (OWN_SECTION_AFTER.test(lower) && !termAhead && !WRITER_OR_KAMER.test(lower)) || (GOES_INTO_HERE.test(lower) && !termAhead && !ELSEWHERE_OR_LATER.test(lower)) || (SPEAKS_HERE.test(lower) && !termAhead && !ELSEWHERE_OR_LATER.test(lower) && !SPOKEN_ELSEWHERE.test(lower)) || answersLeftToTheDebate(lower) !== undefined)) return 'this-letter';
  return 'undertaking';
}

/** An outside body named in lower case as a passive's agent ("zal worden uitgevoerd door een extern onderzoeksbureau", "door onafhankelijke deskundigen"). */
const COMMISSIONED_AGENT = /\bdoor\s+(?:(?:de|het|een)\s+)?(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}*(?:bureau|onderzoekers|instituut|universiteit|deskundigen|experts|adviescommissie|consortium)\b/u;

/** The government's words in a passive's agent: "door mij", "door de Minister van …", "door Rijkswaterstaat", "door Nederland" (in the Council). */
const GOVERNMENT_AGENT_WORDS = String.raw`mij|ons|mijzelf|nederland|het kabinet|de regering|de minister|de staatssecretaris|de ministers|het ministerie|mijn ministerie|ons ministerie|de rijksoverheid|het rijk|defensie|${GOVERNMENT_SERVICES}|de auditdienst rijk|de adr|de dienst`;
const GOVERNMENT_AGENT = new RegExp(String.raw`^(?:${GOVERNMENT_AGENT_WORDS})\b`, 'i');
/** The government named as a passive's agent anywhere in a sentence: "… zal in de commissie worden toegelicht door de minister". */
export const BY_THE_GOVERNMENT = new RegExp(String.raw`\bdoor\s+(?:${GOVERNMENT_AGENT_WORDS})\b`, 'i');

/**
 * The agent of a passive, when it is named and is not the government: "De
 * begroting … zal … door de Staten van Aruba worden behandeld", "Het
 * onderzoek zal worden uitgevoerd door onderzoeksinstituut ALTERRA": a third
 * party acts. A name is told by its capital (in the sentence as written);
 * "door de invoering van …" names no one.
 */
export function thirdPartyAgent(sentence: string): string | undefined {
  const verb = /\b(?:zal|zullen|wordt|worden)\b/i.exec(sentence);
  if (!verb) return undefined;
  // After the finite verb: "De door Toeslagen geconstateerde uitvoeringsaspecten zullen u … nagezonden worden" names who found them, not who sends.
  const agent = /\bdoor\s+((?:de|het|een)\s+)?((?:\p{Lu}[\p{L}-]*|\p{Ll}+\s+\p{Lu}{2,}[\p{L}-]*)(?:\s+(?:van\s+)?\p{Lu}[\p{L}-]*)*)/u.exec(sentence.slice(verb.index));
  if (!agent) return COMMISSIONED_AGENT.exec(sentence.slice(verb.index))?.[0].replace(/^door\s+/i, '');
  const named = `${agent[1] ?? ''}${agent[2]}`;
  return GOVERNMENT_AGENT.test(named) || /^(?:de\s+)?(?:minister|staatssecretaris|kabinet|regering)/i.test(agent[2]!) ? undefined : named;
}

/** A clause read apart from the rest of its sentence, to be judged as a sentence of its own. */
export interface ClauseToJudge {
  /** The clause's words, with the subject it shares prefixed where it has none of its own. */
  text: string;
  /** Where the clause's own words start in the sentence. */
  start: number;
}

/** A fronted condition, the main clause after it: "Mocht …, dan …", "Indien …, zal ik …", "Als …, wordt u …". */
const CONDITION_OPENER = /^\s*(?:mocht|mochten|indien|ingeval|in het geval dat|als|wanneer)\b/i;
/** Where the condition ends: its comma, else the "dan" that opens the main clause ("Mocht dat aan de orde zijn dan zal …"). */
const CONDITION_END = /,\s*(?:dan\s+)?|\s+dan\s+(?=(?:zal|zullen|wordt|worden|ga|gaan|stuur|informeer|ontvangt|kom|krijgt)\b)/i;
/** The government as the subject a coordinated clause shares: "dat het kabinet … ter harte neemt en … zal tegengaan", "Nederland steunt het voorstel en zal dit in de Raad uitdragen" (the government in the Council). */
const SHARED_SUBJECT = /\b(?:ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris|nederland)\b(?![^,;:]*\b(?:ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris|nederland)\b)/i;
/** A coordinated clause that undertakes with a future of its own: "… en het uitlekken daarvan ook zal tegengaan". */
const COORDINATED_FUTURE = /\s(?:en|maar)\s+(?!(?:dat|die|of)\b)([^,;:]*?\b(?:zal|zullen|ga|gaan)\b[^,;:]*)/gi;
/** A relative or subordinate clause opened after the shared subject, whose subject is another. */
const ANOTHER_CLAUSE = /\b(?:die|dat|welke|wie|wat|waar\p{L}+|om|omdat|zodat|als|wanneer|indien)\b/iu;
/** A subject of its own at the head of a coordinated clause: a pronoun or a name. */
const OWN_SUBJECT = /^\s*(?:(?:ik|wij|we|zij|hij|u|het kabinet|de regering)\b|(?:de|het)\s+\p{Lu})/u;

/**
 * The clauses a sentence's reading as a whole may miss, each to be judged on
 * its own: the main clause after a fronted condition, whose words are then
 * read without the condition's ("Mocht de formele agenda … anders zijn, dan
 * wordt u hierover nader geïnformeerd": "zijn" is the condition's, not a
 * past of the informing), and a coordinated clause that undertakes with a
 * future of its own, with the government subject it shares ("Dat neemt niet
 * weg dat het kabinet de oproep … graag ter harte neemt en het uitlekken
 * daarvan ook zal tegengaan"). The promise decision asks these only where the
 * sentence as a whole made no promise for a reason that may belong to
 * another clause (a past, a negation, a statement, no cue at all).
 */
export function clausesToJudge(sentence: string): ClauseToJudge[] {
  const found: ClauseToJudge[] = [];
  if (CONDITION_OPENER.test(sentence)) {
    const end = CONDITION_END.exec(sentence);
    if (end) found.push({ text: sentence.slice(end.index + end[0].length), start: end.index + end[0].length });
  }
  for (const match of sentence.matchAll(COORDINATED_FUTURE)) {
    const conjunct = match[1]!;
    const start = match.index + match[0].length - conjunct.length;
    if (OWN_SUBJECT.test(conjunct)) {
      found.push({ text: conjunct, start });
      continue;
    }
    const before = sentence.slice(0, match.index);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
    const clause = before.slice(clauseStart);
    const subject = SHARED_SUBJECT.exec(clause);
    // "… de ontwikkelingen die momenteel plaatsvinden en nog plaats zullen vinden": the conjunct goes on with a clause of another subject.
    if (subject && !ANOTHER_CLAUSE.test(clause.slice(subject.index + subject[0].length))) found.push({ text: `${subject[0]} ${conjunct}`, start });
  }
  return found;
}

/**
 * This letter's frame of telling, its news after it: "Hierbij deel ik u mede dat …", "Thans kan ik mededelen dat …",
 * "bevestig ik u hierbij dat …", "laat ik u weten dat …". The telling is the letter's own act; the news it frames is
 * said in a clause of its own, which may undertake ("… dat ik voornemens ben …", "… dat uw Kamer vóór Prinsjesdag de
 * notitie tegemoet kan zien").
 */
const TOLD_HERE = /\b(?:(?:deel|delen)\s+(?:ik|wij|we)\s+u\b[^.;:]{0,120}?\b(?:mede|mee)|(?:kan|kunnen)\s+(?:ik|wij|we)\s+(?:u\s+)?(?:[^\s,.;:]+\s+){0,3}?(?:mededelen|meedelen|melden|berichten|laten\s+weten)|(?:bevestig|bericht|meld)\s+(?:ik|wij|we)\s+(?:u\s+)?(?:[^\s,.;:]+\s+){0,3}?|(?:laat|laten)\s+(?:ik|wij|we)\s+u\s+(?:[^\s,.;:]+\s+){0,3}?weten)\s*,?\s*dat\s+/i;

/** The news a frame of telling introduces (see TOLD_HERE), to be judged as a sentence of its own. */
export function newsToldHere(sentence: string): ClauseToJudge | undefined {
  const frame = TOLD_HERE.exec(sentence);
  if (!frame) return undefined;
  const start = frame.index + frame[0].length;
  return { text: sentence.slice(start), start };
}
