import { DUTCH_MONTH_ALTERNATION } from '../core/dutch-months.js';
import { GOVERNMENT_SERVICES } from './government-services.js';
import { THE_SIGNER } from './the-signer.js';
import { INDEPENDENT_BODY_KINDS, INDEPENDENT_BODY_NAMES, namesPattern } from '../core/independent-bodies.js';
import { firstDate } from './dutch-dates.js';
import type { CivilDate } from '../core/civil-date.js';
import type { Cue, CueKind, Role, SkipReason } from './model.js';
import { withoutAbbreviationDots } from './sentences.js';
import { forecastOfOthers } from './forecast-frame.js';
import { contentWords } from './content-words.js';
import { isGathering } from '../core/deadline/event-date.js';
import { BY_THE_GOVERNMENT, clauseAround, clausesOf, type Clause, clausesToJudge, inRelativeClause, LIKELY_FUTURE, newsToldHere, speechActOf, thirdPartyAgent } from './clause-reading.js';

/**
 * The adverbs of stance and connection that stand between the copula and what it says ("ben ik uiteraard bereid",
 * "is dan ook bereid", "ben ik in principe bereid", "ben ik desgewenst gaarne bereid"): they colour the statement and
 * leave its subject and its act alone, where a noun between would be the subject ("is de staatssecretaris bereid").
 */
const SENTENCE_ADVERB = String.raw`(?:graag|gaarne|ook|dan|daarom|dus|wel|zeker|uiteraard|natuurlijk|vanzelfsprekend|desgewenst|alleszins|eventueel|best|tevens|voorts|bovendien|echter|evenwel|overigens|nog|steeds|altijd|immer|in\s+principe|van\s+harte|te\s+allen\s+tijde|op\s+zichzelf)`;
/**
 * The writer's intention told as a noun with its act after it ("mijn voornemen om de wet in te trekken", "Het kort
 * geding heeft betrekking op mijn voornemen om de bijdrage … te beëindigen", "ons voornemen de regeling aan te passen"),
 * or reflexively ("De regering neemt zich voor om … te bezien", "Wij nemen ons voor … te …"): the intention with a
 * concrete act that "ben voornemens" says (GUIDE §1). Only the writer's own ("het voornemen van Delta", "het vorige
 * kabinet tot het voornemen" are others'), and not one told as done in the perfect ("heb ik mededelingen gedaan omtrent
 * mijn voornemen om …", what was said then).
 */
const INTENTION_NOUN = String.raw`(?<!\b(?:heb|hebben|heeft|had|hadden)\b[^.;]*\bge[a-zà-ÿ]+[dtn]\b[^.;]*)\b(?:mijn|ons|onze)\s+voornemen\s+(?:om\b|(?=(?:de|het|een|deze|dit|die|dat|u|uw|hier[a-zà-ÿ]*|daar[a-zà-ÿ]*)\s))(?=[^.;]{0,200}\bte\s+[a-zà-ÿ]{3,})|\b(?:neem|neemt|nemen)\s+(?:ik\s+|wij\s+|we\s+)?(?:mij|zich|ons)\s+voor\s+(?:om\s+)?(?=[^.;]{0,200}\bte\s+[a-zà-ÿ]{3,})`;
/** The writer or the government as the one who acts: "ik", "wij", "het kabinet", "de minister" … (for a pattern's alternation). */
const THE_WRITER = String.raw`ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris|${THE_SIGNER}`;

/** The writer telling the work they do: "werk ik aan", "werken wij aan", "werkt het kabinet aan". */
const WRITER_WORKS_ON = String.raw`\b(?:werk ik|ik werk|werken wij|wij werken|we werken|werkt het kabinet|het kabinet werkt)\b[^.;]{0,60}\b(?:aan|toe naar)\b`;
/** Striving said impersonally: "Er wordt naar gestreefd …", "Gestreefd wordt naar …". */
const STRIVING_IMPERSONALLY = String.raw`gestreefd\s+(?:wordt|werd)|(?:wordt|werd)\s+(?:er\s+)?(?:[a-zà-ÿ]+\s+){0,2}?(?:naar\s+)?gestreefd`;
/** Anyone's being in touch, told as a state: "staat in nauw contact met", "ben ik in overleg met". */
const IN_CONTACT = String.raw`\b(?:sta|staat|staan|ben|is|zijn)\b[^.;]{0,40}\bin (?:nauw |goed |intensief |voortdurend )?(?:contact|overleg)\b`;

/**
 * The words that make a sentence a promise, or rule it out. Each is a
 * general pattern of Dutch official prose, matched on the lower-cased
 * sentence; every match is kept as a cue, so each choice can be explained.
 */
const PATTERNS: Record<Exclude<CueKind, 'deadline' | 'repeat' | 'third-party' | 'statement' | 'clause' | 'reference'>, RegExp> = {
  deliver:
    /\b(?:informe(?:er|ert|ren)|(?:toe|ver)?stu(?:ur|urt|ren)(?!\s+op\b)|(?:nader\s+)?te\s+berichten|(?:toe|ver)?zend(?:t|en)?|(?<!\b(?:het|een|dit|dat|deze|ieder|elk|groot|grote|eerste|tweede|derde|vierde|laatste|ander|andere)\s+)deel(?!\s+(?:van|uit)\b|\s+(?:[a-h]|\d{1,2}|[ivx]{1,4})\b)|deelt|delen|bied[t]?\b[^,.;]{0,80}\baan|aan(?:bieden| te bieden)|(?<!\b(?:motie|moties|amendement|amendementen)\b[^.;]{0,40})(?:in te dienen|indienen)|\b(?:dat|die)\s+(?:ik|wij|we)\b[^.;,]{0,80}\bindien\b|rapporte(?:er|ert|ren)|(?:kom|komt|komen)\b[^,.;]{0,80}\bterug|terug(?:komen|koppelen| te komen| te koppelen)|koppel[t]?\b[^,.;]{0,40}\bterug|publice(?:er|ert|ren)|(?:leg|legt|leggen)\b[^,.;]{0,60}\bvoor\b|voor(?:leggen| te leggen)|op de hoogte (?:houden|stellen|brengen|te houden|te stellen|brengen)|houd[t]?\b[^,.;]{0,40}\bop de hoogte|in kennis (?:stellen|te stellen)|toekomen|ontvangt|(?:(?:u|uw kamer|de kamer)\s+krijgt|krijgt\s+(?:u|uw kamer|de kamer))(?=[^.;]{0,80}\b(?:brief|rapportage|rapport|overzicht|reactie|kabinetsreactie|beleidsreactie|evaluatie|wetsvoorstel|visie|nota|update|antwoorden|informatie)\b)|(?:tegemoet|te\s+gemoet)\s*(?:[a-z]+\s+){0,2}?(?:zien|te zien|gezien)|(?:beantwoording|toezending|verzending)\b[^.;]{0,60}\b(?:zal|zullen|wordt|worden)\b[^.;]{0,60}\b(?:plaats(?:vinden|hebben)|geschieden)|(?:wordt|worden)\s+(?:uw|de)\s+(?:tweede\s+|eerste\s+)?kamer\b[^.;,]{0,140}\b(?:geïnformeerd|op de hoogte gesteld|toegezonden)|(?:zal|zullen|wordt|worden)\b[^,.;]{0,80}\b(?:geïnformeerd|toegestuurd|gestuurd|toegezonden|verzonden|gezonden|nagezonden|nagestuurd|gedeeld|aangeboden|gerapporteerd|gepubliceerd|voorgelegd))\b/,
  // The writer's intention and expectation in the plural as in the singular ("willen we", "We verwachten … te kunnen starten"; what "we willen" in a relative clause describes a thing), and with an adverb in the frame ("De verwachting is nu, dat ik …").
  // "bereid … te …" undertakes, but willingness to talk with the Kamer ("graag bereid met uw Kamer … te spreken") does not: whether that debate happens is the Kamer's to plan.
  // The intention in the formal frames of older letters, with its infinitive after it: "Het ligt in het voornemen van … te bevorderen", "Ik stel mij voor … te stellen" (not "stel mij voor dat …", what is pictured), "is het Kabinet in dit verband onder meer voornemens te …".
  future:
    new RegExp(String.raw`\b(?:zal|zullen|zult|streef|streeft|${STRIVING_IMPERSONALLY}|streven (?:ernaar|wij|we)|(?:(?:mijn|ons|onze|het)\s+(?:streven|voornemen|bedoeling|intentie)\s+is|^\s*(?:de\s+|mijn\s+|onze\s+)?planning\s+is\s+(?:erop\s+gericht\s+)?(?:om\s+)?|is\s+(?:het\s+(?:de|mijn|ons|onze)\s+|het\s+|mijn\s+|ons\s+|onze\s+)(?:streven|voornemen|bedoeling|intentie)|(?:de|mijn|onze|zijn|haar)\s+ambitie\b(?:\s+[a-zà-ÿ]+){0,2}?\s+om|(?:ligt|is)\s+(?:het\s+)?(?:${SENTENCE_ADVERB}\s+){0,2}?in\s+(?:de\s+bedoeling|(?:het|mijn|ons|onze)\s+voornemen)|in\s+(?:het|mijn|ons|onze)\s+voornemen\s+ligt|(?:stel|stellen)\s+(?:ik\s+|wij\s+|we\s+)?(?:mij|ons)\s+voor\s+(?!dat\b)|^\s*(?:het\s+)?(?:richtpunt|streven|voornemen)\b[^.;,]{0,60}?\bis\s+(?:[a-zà-ÿ]+\s+)?om\b|het\s+is\s+(?:de|mijn|onze|ons)\s+(?:bedoeling|streven|voornemen|intentie))(?=[^.;]{0,200}\bte\s+[a-zà-ÿ]{3,})|(?:blijf|blijft|blijven)\b[^.;]{0,80}\b(?:informeren|op de hoogte (?:houden|stellen|brengen))|(?:blijf|blijft|blijven)\s+(?:u|uw kamer|de kamer)\b[^.;]{0,80}\bontvangen|(?:u|uw kamer|de kamer)\s+mag\b[^.;]{0,80}\bverwachten|(?:verwacht|verwachten\s+(?:wij|we)|(?:wij|we)\s+verwachten)\b[^.;]{0,160}\bte\s+(?:kunnen\s+)?\w+|verwacht(?:en)?\s+(?:ik\s+|wij\s+|we\s+)?dat\s+(?:ik|wij|we|hij|zij|het kabinet)\b[^.;]{0,120}\b(?:kan|kunnen|zal|zullen)\b|(?:(?:de\s+)?verwachting\s+is|is\s+de\s+verwachting)\s+(?:(?:nu|thans|echter|dan\s+ook)\s*,?\s+)?dat\s+(?:ik|wij|we|het kabinet)\b[^.;]{0,120}\b(?:kan|kunnen|zal|zullen)\b|(?:ben|is|zijn|was|waren)\b[^.;]{0,50}\bvoornemens|voornemens\s+(?:ben|is|zijn|te\s+zijn)\b|zeg(?:gen)?\s+(?:ik\s+|wij\s+|we\s+)?toe|zeg(?:t|gen)\b[^.;]{0,250}?\btoe\s+(?:[-–—]\s[^.;]{0,160}?\s[-–—]\s+[^.;]{0,80}?)?(?:om|dat|te)\b|zeg(?:t|gen)\s+(?:[^.;]{0,250}?\s)?toe\s*,?\s+(?:(?:om|dat)\b|[a-zà-ÿ]+\b[^.;]{0,200}?\bte\s+[a-zà-ÿ]{3,})|(?:doe|doen)\s+(?:ik\s+|wij\s+|we\s+)?(?:mijn|ons|onze)\s+(?:uiterste\s+)?best\s+om\b(?=[^.;]{0,200}\bte\s+[a-zà-ÿ]{3,})|(?:span|spannen|zet|zetten)\s+(?:ik\s+|wij\s+|we\s+)?(?:mij|ons)\s+(?:er\s+)?(?:[a-zà-ÿ]+\s+){0,2}?in\s+om\b(?=[^.;]{0,200}\bte\s+[a-zà-ÿ]{3,})|zodra|(?:ik ga|ga ik|wij gaan|we gaan|gaan wij|gaan we|gaat het kabinet|het kabinet gaat|gaat de regering|de regering gaat|gaat de (?:minister|staatssecretaris)|de (?:minister|staatssecretaris) gaat|gaat nederland|nederland gaat)\b(?![^.;]{0,80}\b(?:in op|op\b[^.;]{0,60}\bin|uit\s+van|er\s*van\s*uit)\b)|ben van plan|is van plan|zijn van plan|(?:ben|is|zijn)\s+(?:ik|wij|we|het kabinet|de regering)\s+(?:${SENTENCE_ADVERB}\s+){0,3}?van plan\b|${INTENTION_NOUN}|(?:ben|is|zijn)\s+(?:ik\s+|wij\s+|we\s+|het kabinet\s+|${THE_SIGNER}\s+)?(?:${SENTENCE_ADVERB}\s+){0,3}?bereid\b(?!\s+(?:gevonden|verklaard|getoond)\b)(?!(?:(?!\b(?:of|dat|die|welke|waarin|waarbij)\b)[^.;]){0,160}?\bte\s+(?:zijn|blijven|worden)\b)(?![^.;]{0,40}?\bmet\s+(?:u|uw kamer|de kamer)\b(?![^.;]{0,100}?\bover\s+(?:deze|dit)\b)[^.;]{0,100}?\b(?:te\s+(?:spreken|praten|debatteren)|van\s+gedachten\s+te\s+wisselen)\b(?![^.;]{0,40}?\bover\s+(?:deze|dit)\b))(?=[^.;]{0,260}\bte\s+[a-zà-ÿ]{3,})|wil ik|ik wil|willen wij|willen we|(?<!\b(?:die|dat|welke|wat)\s)(?:wij|we) willen|(?:het kabinet|de regering|de minister|de staatssecretaris|${THE_SIGNER}|(?:minister|staatssecretaris|premier)(?:\s+[^\s,.;]+){0,3}?)\s+wil)\b`),
  deliverable:
    /\b(?:wordt|worden|zal|zullen)\b[^,;]{0,100}\b(?:opgeleverd|afgerond|gepubliceerd|gereed|klaar|beschikbaar|uitgebracht|gepresenteerd|verzonden|aangeboden|vastgesteld|ingediend|voltooid)\b|\bverschijn(?:t|en)\b/,
  ongoing: new RegExp(String.raw`\b(?:gesprekken|gesprek|overleg|overleggen|onderzoek|verkenning|traject|werkzaamheden)\b[^.;]{0,40}\b(?:loopt|lopen)\b|\bwordt\b[^.;]{0,60}\b(?:verkenning|onderzoek|inventarisatie|analyse|evaluatie)\b[^.;]{0,80}\buitgevoerd\b|\b(?:periodiek|regelmatig|structureel)e?\s+overleg\b|\bblijf\b[^.;]{0,60}\b(?:volgen|monitoren|inzetten)\b|\bblijven\b[^.;]{0,60}\b(?:volgen|monitoren)\b|\bvinger aan de pols\b|${IN_CONTACT}|${WRITER_WORKS_ON}|\b(?:trek|trekt|trekken)\b[^.;]{0,40}\bsamen op\b|\b(?:organiseer|organiseert|organiseren)\b[^.;]{0,40}\b(?:regelmatig|periodiek)\b|\bhoud[t]?\b[^,.;]{0,40}\bop de hoogte\b|\b(?:wordt|worden)\b[^.;]{0,40}\b(?:periodiek|regelmatig|jaarlijks|halfjaarlijks|maandelijks)\b[^.;]{0,40}\bgeïnformeerd\b`),
  delivered: /\b(?:die|dat|welke)\s+op\s+\d{1,2}\s+[a-z]+\s+\d{4}\b[^.;]{0,60}\b(?:is|zijn)\s+(?:verstuurd|verzonden|gestuurd|toegezonden|aangeboden)\b/,
  restating:
    /\bzoals\s+(?:eerder\s+|reeds\s+|al\s+|ook\s+|hierboven\s+|hiervoor\s+)*(?:toegezegd|aangekondigd|aangegeven|gemeld|vermeld|genoemd|afgesproken|beloofd|bericht)|\b(?:is|werd|heb|hebben|heeft)\b[^.;]{0,120}\btoegezegd\b|\bde toezegging (?:is|was) (?:dat|om)\b|\bzoals\s+(?:ik|wij|we)\b[^,.;]{0,60}\b(?:heb|hebben)\s+(?:toegezegd|aangekondigd|aangegeven|gemeld|bericht)\b|\bconform\s+(?:de\s+|mijn\s+|onze\s+)?(?:eerdere\s+)?toezegging|\bter uitvoering van\s+(?:de|mijn|onze)\s+toezegging|\bin lijn met\s+(?:de|mijn|onze)\s+toezegging|\btoezegging\s+(?:uit|gedaan|tijdens)\b|\btoegezegd\W*$|\bzegden?\b[^.;]{0,120}?\btoe\s+(?:dat|om|te)\b/,
  dependency:
    /\b(?:aan de hand van|op basis van|naar aanleiding van|na afronding van|na oplevering van|na ontvangst van|met de (?:uitkomsten|resultaten) van)\b[^,;]*|\b(?:hierin|daarin|daarbij|in dat plan|in dit plan)\b[^.;]{0,40}\b(?:meegenomen|betrokken|opgenomen|verwerkt|meenemen|betrekken)\b|\bzodra\b[^,.;]+\b(?:gereed|afgerond|beschikbaar|bekend|opgeleverd)\b/,
  hedge: /\b(?:indien|mocht|mits|zo nodig|waar nodig|indien nodig|eventueel|wellicht|zo mogelijk)\b/,
  question: /\?/,
  // The government asked, in the passive ("In de motie … is het kabinet gevraagd om jaarlijks te rapporteren"), and a wish to receive ("heeft de vaste commissie kenbaar gemaakt een overzicht te willen ontvangen"): the asker's, as "verzoekt" is; not with the writer or a clause of its own after it ("…, hetgeen ik in juni doe", "…; dat overzicht ontvangt u voor 1 juli").
  request: /(?<!\bop\s+(?:(?:uw|het|een|mijn|ons)\s+)?)\bverzoek(?:t|en)?\b|\bverzocht\b|\b(?:is|werd)\s+(?:er\s+)?gevraagd\s+(?:om|te)\b|(?<!\b(?:wij|we)\s+)\b(?:stelt|stellen)\s+(?!(?:wij|we)\b)(?:het\s+)?(?:zeer\s+)?op\s+prijs\b|\b(?:heeft|hebben|had|hadden)\b[^.;]{0,80}\bgevraagd\b|\bvraagt\b|\bwordt gevraagd\b|(?:\b(?:wordt|werd|is)\s+(?:het kabinet|de regering|mij|ons)\s+(?:[^\s,.;]+\s+){0,2}?gevraagd|\bte\s+(?:willen|wensen)\s+(?:ontvangen|krijgen)|\b(?:wenst|wensen)\s+(?:[^\s,.;]+\s+){0,8}?te\s+(?:ontvangen|krijgen))\b(?![^.;]*\b(?:ik|wij|we)\b)(?![^.]*;)/,
  // The perfect of "doen toekomen" takes the infinitive, not a participle: "heb ik u dit jaar twee brieven doen toekomen", "Heden heb ik uw Kamer een voorstel doen toekomen"; not across a "dat" clause's own "zal … doen toekomen".
  past: /\b(?:heb|hebben|heeft|is|zijn|werd|werden)\b[^.;]{0,80}\b(?:geïnformeerd|gestuurd|toegestuurd|verstuurd|toegezonden|verzonden|gezonden|gedeeld|aangeboden|gerapporteerd|gepubliceerd|voorgelegd|teruggekomen)\b|\b(?:heb|hebben|heeft|had|hadden)\s+(?:(?!(?:dat|die|zal|zullen|zou|zouden|om|te)\s)[^\s.;,()]+\s+){0,10}?(?:doen|laten)\s+(?:toekomen|toesturen|toezenden|bezorgen|geworden)\b/,
  'this-letter':
    /\bhierbij\b(?![^.;]{0,40}\b(?:meegenomen|betrokken|meenemen|betrekken|rekening)\b)|\bbij deze(?=\s+(?:de|het|een|mijn|onze|graag|ook|nogmaals)\b|\s*[,.;])|\bbijgevoegd|\bbijgaand|\bin de bijlage\b|\bals bijlage\b|\b(?:bij|met|in|via) (?:deze|dit|onderhavige) (?:(?:eerste|tweede|derde|vierde|vijfde|zesde|laatste|nieuwe|jaarlijkse|halfjaarlijkse|periodieke|aanvullende)\s+)?[a-zà-ÿ-]*(?:brief|verslag|beantwoording|rapportage|kennisgeving)\b|\b(?:hiermee|hierbij|met deze brief)\b[^.;]{0,60}\bte\s+hebben\s+(?:ge[iï]nformeerd|bericht|beantwoord)\b|\bgelijktijdig met deze brief\b|\b(?:informeer|informeren|bericht|berichten|meld|melden)\b[^.;]{0,60}\bals volgt\b|\bals volgt\s+(?:informeren|berichten|melden)\b/,
  // "niet-woonhuis monumenten", "niet-EU-burgers": the first part of a compound negates a noun, not the act.
  negation: /\b(?:niet|geen|nooit|noch)\b(?!-)(?!\s+(?:alleen|eerder|later|langer|meer dan|uitgesloten|onbelangrijk|onmogelijk))/,
  obligation: /\b(?:zal|zullen)\b(?:(?!\b(?:dat|die|welke|(?:bekijken|bezien|nagaan|na\s+te\s+gaan|onderzoeken|kijken|beoordelen|toetsen|verkennen)\s+(?:of|hoe|wat|waarom|wanneer))\b)[^.;]){0,80}\bmoeten\b/,
};

/**
 * Striving said impersonally ("Er wordt naar gestreefd …", "Gestreefd wordt naar …") is, in a minister's letter, the
 * government's, unless an agent is named ("Door de Europese Commissie wordt ernaar gestreefd …").
 */
const IMPERSONAL_STRIVING = new RegExp(String.raw`\b(?:${STRIVING_IMPERSONALLY})\b`, 'u');
/** An agent named for a passive: "door de gemeenten", "door de Europese Commissie"; not the government's own. */
const AGENT_NAMED = /\bdoor\s+(?:de|het|een|deze|dit)\s+(?!(?:minister|staatssecretaris|regering|kabinet|rijksoverheid)\b)/;
/** Words that put the government (or the Kamer as the one informed) in the sentence; "het streven" without an owner is the writer's aim; "Nederland zal …", "Nederland gaat … ratificeren" is the state, bound by its government, as in the Council (as "door Nederland" is a passive's government agent); a news report opens on the office and the name ("Staatssecretaris Van Dijk zegde toe …", "VVD-minister Adema wil …"). */
const GOVERNMENT = new RegExp(
  String.raw`^\s*(?:streven|planning)\s+is\b|^\s*(?:[\p{L}]+-)?(?:minister|staatssecretaris|premier|minister-president)\s|\bnederland\s+(?:zal|zullen|gaat)\b|\b(?:zal|zullen|gaat)\s+nederland\b|\b(?:ik|wij|we|mij|mijn|ons|onze|het kabinet|dit kabinet|de regering|het ministerie|de minister|de staatssecretaris|de (?:[\p{L}]+-)?(?:bewindsvrouw|bewindsman|bewindspersoon|bewindslieden|vicepremier|premier|minister-president)|uw kamer|de kamer|u|het streven|de bedoeling|het voornemen|de rijksoverheid|${THE_SIGNER}|${GOVERNMENT_SERVICES}|dji|cjib|dienst toeslagen|de auditdienst rijk|de adr|richtpunt)\b|(?<!\b(?:voor|van|bij|aan|met|door|over|tussen|binnen|namens|richting|tegen|en|dan)\s)\b(?:defensie|financiën|justitie en veiligheid|buitenlandse zaken|binnenlandse zaken|bzk|vws|ocw|szw|lnv|ezk|ez|ienw|jenv|kgg|vro)\s+(?!en\b)\p{L}+`,
  'u',
);
/**
 * The writer named only as an owner or as the one spoken to ("onze persoonlijke gegevens", "voor mijn begrip", "lijkt
 * mij"): no one who acts. GOVERNMENT finds the government anywhere in the sentence; whose future it is needs the
 * government as one who can act in it ("PROACT zal daarom bijdragen aan … onze … gegevens" is PROACT's future). An
 * owner of an act or of the acting body acts: "Mijn streven is …", "Mijn ministerie zal …", "mijn collega Weerwind
 * zal …", "Onze ambassade zal …".
 */
const NAMED_NOT_ACTING = /\b(?:(?:mijn|ons|onze)(?!\s+(?:ministerie|departement|diensten|medewerkers|ambtenaren|collega|collega's|ambtgeno(?:ot|ten)|opvolger|ambassade|ambassades|posten|diplomaten|vertegenwoordiging|streven|voornemen|bedoeling|intentie|inzet|planning|ambitie)\b)|mij)\b/gu;
/**
 * The Kamer named as the one that receives or is promised ("U zult … ontvangen", "Deze brieven zullen uw Kamer …
 * bereiken", "zegt de Kamer toe"): the government delivers. Named otherwise ("die eerder … aan uw Kamer was gemeld")
 * it neither acts nor receives.
 */
const KAMER_NAMED = /\b(?:u|uw kamer|de (?:tweede |eerste )?kamer)\b/gu;
const KAMER_RECEIVING = /\b(?:ontvang|verwacht|tegemoet|bereik|krijg|informe|zeg|toegezegd)|geïnfor/u;
/** A conjunct opened on a subject of its own, a pronoun of a thing or "er", then its future: ", maar het zal …", "en dit zal …"; "maar dat zal ik …" has the writer for its subject. */
const FUTURE_OF_ITS_OWN_SUBJECT = /(?:,\s*|\s)(?:maar|en|want|doch)\s+(?:het|dit|dat|er)\s+(zal|zullen)\b(?!\s+(?:ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris|nederland)\b)/;
/**
 * A text about the minister in the third person (a Rijksoverheid page: "Zij
 * verwacht dat zij … kan geven", a register's "De minister zegt toe") names
 * the government "hij" or "zij"; in a letter the writer signs as "ik" or
 * "wij", "hij" and "zij" are someone else (the verkenner: "eind december zal
 * hij zijn eerste resultaten delen").
 */
const PRONOUN_ACTS = /\b(?:hij|zij)\s+(?:zal|verwacht|gaat|stuurt|informeert|kan|wil)\b|\b(?:zal|verwacht|gaat|stuurt|informeert|kan|wil)\s+(?:hij|zij)\b/;
/** An informing verb in the present, used of a document: "geef ik aan", "ga ik in op". */
const INFORMING = /\b(?:geef|geeft)\b[^.;]{0,40}\baan\b|\b(?:ga|gaat)\b[^.;]{0,40}\bin op\b|\blicht\b[^.;]{0,40}\btoe\b|\binformeer\b|\bbeschrijf\b|\bzet\b[^.;]{0,40}\buiteen\b/;
/**
 * The government's work said impersonally with "er" ("Er zullen de komende
 * tijd nog verdere gesprekken volgen met de VSNU", "Er zal een evaluatie
 * plaatsvinden"): in a minister's letter that names no one else as the one
 * acting, the government is the agent, as in the future passive. Only work
 * of the kind the government does or commissions: "Er zal een tekort
 * ontstaan" is a forecast.
 */
const IMPERSONAL_ACT = /\ber\s+(?:zal|zullen)\s+(?:[^\s,.;]+\s+){0,6}?\p{L}*(?:gesprek|gesprekken|overleg|overleggen|onderzoek|onderzoeken|evaluatie|verkenning|analyse|consultatie|bijeenkomst|bijeenkomsten|brief|rapportage|wetsvoorstel|besluit|reactie|uitwerking|inventarisatie)\s+(?:[^\s,.;]+\s+){0,4}?(?:volgen|plaatsvinden|plaats\s+vinden|komen|starten|worden\s+(?:ge|be|ver|uit|op|in|aan|onder)\p{L}+)\b/u;
/**
 * A thing said to come into being, in the present with future meaning ("Na 30 september komt er een vervolg op het
 * Aanjaagteam", "Jaarlijks komt er een brief over de monitoringsresultaten", "Er komt meer helderheid over …"): in a
 * minister's letter that names no one else as the one acting, what comes is the government's doing, as with "Er zal
 * een evaluatie plaatsvinden"; not what comes now ("Er komt nu een toekomstfonds"), nor without an article ("Er komt
 * geld bij", what increases), nor what happens to a thing ("Er komt een tekort aan verpleegkundigen", "er komt een
 * einde aan de regeling"), a forecast; in the singular only: "Dagelijks komen er nu meer asielzoekers in de opvang bij"
 * counts what others do. Group 1: what comes, to the end of its clause.
 * Also what the government makes or funds for a purpose ("Vanaf 2023 komt er een reparateursregister voor elektrische
 * apparaten", "Er komen extra plekken voor peuteropvang", "Daarnaast komt er structureel extra geld beschikbaar voor …",
 * "Tot slot komt er, aan de hand van de verkenning, een concreet plan van aanpak voor …"): a new or added thing, singular
 * or plural, after a year or an aside; never a count of more ("Er komen meer aanvragen voor …"), which is others' doing,
 * nor a burden or an effect that comes on someone ("Er komen extra kosten voor gemeenten", "Er komt extra werk voor de
 * rechtspraak"), nor another's instrument (an EU or municipal "verordening").
 */
const THING_COMES = /\b(?:er\s+komt|komt\s+er)\s+(?:nog\s+)?(?:een|meer)\s+(?!\p{L}+\s+aan\b)(\p{L}[^,.;]*)/u;
const THING_MADE_COMES = /\b(?:er\s+(?:komt|komen)|(?:komt|komen)\s+er)\s*(?:,[^,.;:]{1,120},\s*)?(?:(?:vanaf|in|per|na)\s+\d{4}\s+)?(?:nog\s+)?(?:een|extra|nieuwe|(?:structureel|jaarlijks)\s+(?:extra\s+)?)\s*(?!\p{L}+\s+aan\b)(\p{L}[^,.;]*)/u;
/**
 * An aim named as a noun of the act ("Het streven is gericht op gelijktijdige
 * aanbieding van het onderzoeksrapport", "Mijn inzet is gericht op
 * afronding …"): an intention with an act, as "is het streven erop gericht
 * om … te organiseren" is; an aim for a state ("gericht op een gezonde
 * leefomgeving") names no act.
 */
const ACT_NOUN = String.raw`(?:de\s+|een\s+|het\s+)?(?:[a-zà-ÿ-]+\s+)?[a-zà-ÿ-]*(?:aanbieding|toezending|verzending|publicatie|afronding|oplevering|indiening|vaststelling|presentatie|uitwerking|invoering|behandeling|inwerkingtreding)\b`;
const NOMINAL_AIM = new RegExp(String.raw`^\s*(?:het|mijn|ons|onze)\s+(?:streven|voornemen|inzet)\s+is\s+(?:erop\s+)?gericht\s+op\s+${ACT_NOUN}`);
/**
 * Government work said to be planned for a time ahead by a participle
 * ("een bredere beleidsdoorlichting …, voorzien in 2020", "De evaluatie staat
 * gepland voor het voorjaar"): the government's plan, with that term (named
 * here, also where the finder reads none in a long sentence). Only
 * work of the kind the government does or commissions: a council's advice
 * "gepland voor het zomerreces" is the council's.
 */
const PLANNED_WORK = new RegExp(String.raw`(?<!\p{L})\p{L}*(?:doorlichting|evaluatie|wetsvoorstel|voortgangsrapportage|voortgangsbrief|kabinetsreactie|beleidsreactie|consultatie|actieplan)\b[^.;]{0,120}?\b(?:voorzien|gepland|beoogd)\s+(?:in|voor|rond|medio|eind|begin)\s+(?:(?:het|de)\s+)?(?:\d{4}|voorjaar|najaar|zomer|winter|${DUTCH_MONTH_ALTERNATION}|eerste|tweede|derde|vierde)\b`, 'u');
/**
 * The writer informing, in the present with future meaning, on the outcome of
 * what was just said to come ("De verwachting is dat wij dit programmaplan …
 * kunnen vaststellen bij het … MIRT bezoek in juni 2018 … . Over de
 * uitkomsten hiervan bericht ik Uw Kamer"): those outcomes are not there
 * yet, so the informing is ahead, as "Over de uitkomsten hiervan zal ik u
 * nader informeren" says with a future.
 */
const OUTCOMES_TO_COME = /^\s*over\s+de\s+(?:uitkomst|uitkomsten|resultaten|resultaat|afloop)\s+(?:hiervan|daarvan)\s+(?:bericht|informeer|rapporteer|meld)\s+(?:ik|wij|we)\b/;
/**
 * The writer's act in the present after a fronted condition or time ("Als de
 * evaluatie gereed is, stuur ik deze naar uw Kamer", "Wanneer er meer bekend
 * is, informeer ik uw Kamer", "Indien nodig kom ik hierop terug", "Nadat de
 * Raad van State heeft geadviseerd, wordt het wetsvoorstel bij uw Kamer
 * ingediend", whose "nadat" clause readSentence has blanked): the act waits
 * on what the clause names, so the present says the future (GUIDE: a
 * condition is a promise without a deadline, "zodra/wanneer/nadat" an event).
 */
const AFTER_CONDITION = /^\s*(?:(?:(?:maar|en|ook|alleen|pas)\s+)?(?:als|wanneer|indien|zodra|mocht|mochten|zo nodig|indien nodig|waar nodig|zo mogelijk)\b|,)/;
/** The act's cue in the main clause after the condition, not in the condition itself ("Als de overheid burgers goed informeert over de nieuwe wet, …"). */
function actsAfterCondition(lower: string, found: Reading['found'], government: boolean): boolean {
  if (!AFTER_CONDITION.test(lower) || found.past) return false;
  const act = found.deliver ?? found.deliverable;
  const mainStart = lower.search(/,|\bkom\s+ik\b|\b(?:informeer|stuur|zend|bied)\s+ik\b/);
  return act !== undefined && mainStart >= 0 && act.index >= mainStart && (government || KAMER_TOLD.test(lower));
}
/** A document said to follow, the verb first after a time ("Na de zomer volgt de kabinetsreactie op het advies", "In het voorjaar volgt een brief over …"): as DELIVERABLE_FOLLOWS, the present with future meaning; not another's ("Daarop volgt een brief van de Commissie"). */
const DOCUMENT_FOLLOWS_AHEAD = /\b(?:volgt|volgen)\s+(?:nog\s+|dan\s+|daarna\s+|(?:voor|na|in|rond|begin|eind|medio)\s+(?:de|het)\s+(?:zomer|winter|najaar|voorjaar|zomerreces|kerstreces)\s+)?(?:een|de|het|mijn|onze)\s+(?:[a-zà-ÿ-]+\s+)?[a-z]*(?:wetsvoorstel(?:len)?|voorstel(?:len)?|brief|brieven|rapportages?|rapport|nota|reactie|visie|evaluatie|plan)\b(?!\s+(?:van|door)\s+(?:de|het)\s+(?!minister|staatssecretaris|kabinet|regering)\p{L})/u;
/**
 * The government's planning told as a "dat" clause ("De planning is dat het
 * wetsvoorstel in het najaar naar de Tweede Kamer gaat"): the writer's plan,
 * as "Het streven is …" is; a plan with an owner named ("De planning van de
 * Commissie is …") is not this one.
 */
const PLANNED_THAT = /^\s*(?:de|mijn|onze)\s+planning\s+is\s+(?:erop\s+gericht\s+)?dat\b[^.;]{0,160}\b(?:gaat|gaan|wordt|worden|zal|zullen)\b/;
/**
 * A document of the government's going to the Kamer, the Raad van State or a
 * consultation at a time ahead ("Het wetsvoorstel gaat naar verwachting in het
 * najaar naar de Raad van State", "Het conceptwetsvoorstel gaat dit voorjaar
 * in internetconsultatie"): the present with future meaning of sending it;
 * "Het wetsvoorstel gaat over …" says what it is about.
 */
const DOCUMENT_GOES = /^\s*(?:het|de|dit|deze)\s+(?:[a-zà-ÿ-]+\s+){0,2}?[a-zà-ÿ-]*(?:wetsvoorstel|voorstel|besluit|regeling|nota|plan|visie|brief|rapport|evaluatie|agenda|strategie)\s+(?:[^\s,.;]+\s+){0,6}?(?:gaat|gaan)\s+(?:[^\s,.;]+\s+){0,6}?(?:naar\s+(?:de\s+)?(?:tweede kamer|eerste kamer|kamer|raad van state)|in\s+(?:\p{L}*consultatie|procedure))\b/u;
/**
 * Work the ministry does or commissions starting at a time ahead, the verb
 * first ("Begin 2026 start de evaluatie van de wet"), as WORK_STARTS reads it
 * with "zal" and the subject first; a body named as the subject ("start de
 * Commissie een onderzoek") is not this.
 */
const WORK_STARTS_AHEAD = /^(?:[^\s,;:]+\s+){1,6}?(?:start|starten|begint|beginnen)\s+(?:de|het|een)\s+(?:[a-zà-ÿ-]+\s+)?[a-zà-ÿ-]*(?:evaluatie|onderzoek|verkenning|analyse|consultatie|pilot|studie|inventarisatie|doorlichting)\b/;
/** Adjectives shaped like a participle, of becoming, not of being acted on: "De uitkomst zal bekend worden" is a forecast. */
const BECOMING = String.raw`(?:bekend|gewend|bepalend)`;
/**
 * The prefixes a participle of the government's act opens on ("meegenomen", "ondertekend", "gedecentraliseerd",
 * "voorgelicht"), and its endings, the strong ones in "-aan" too ("nagegaan", "toegestaan"); not "ingegaan", what a
 * document will go into (content-of.ts).
 */
const ACT_PARTICIPLE = String.raw`(?:ge|be|ver|mee|op|in|uit|aan|toe|af|over|door|na|bij|ont|onder|her|er|voort|voor|vast|terug|samen|weg)\p{L}*(?:d|t|en|(?<!\bingeg)aan)`;
/**
 * The future passive, the government its understood agent: "zal hierin worden meegenomen", "zal … recht worden
 * gedaan", and with the participle first ("Het ILG en de EHS zullen daarom gedecentraliseerd worden"); not "zal een
 * oplossing worden". Its middle field runs on across the commas of a list ("zal ook intensieve … samenwerking met
 * België, Duitsland en Frankrijk worden gezocht") and across an aside set off right after the auxiliary ("zullen,
 * tezamen met het advies van de Commissie …, zorgvuldig worden bestudeerd"): read to the first comma, the one
 * construction was missed in three ways. The participle may also open the sentence, before its auxiliary, as the older
 * letters put it ("Onderzocht zal worden of …", "Nagegaan zal worden …"). The older answers' middle field may run past a
 * hundred characters ("Wel zullen met ingang van het cursusjaar 1966/67 voor alle vormen van hoger beroepsonderwijs
 * naast renteloze voorschotten beurzen beschikbaar worden gesteld"); read that far only where the field holds no
 * clause or modal of its own ("zal het afhangen of hiermede kan worden volstaan" is the "of" clause's passive).
 */
const FUTURE_PASSIVE = new RegExp(
  String.raw`\b(?:zal|zullen)\b(?:\s*,\s[^,.;]{1,120}?,)?(?:(?:[^,.;]|,\s(?=[^,.;]{1,40}?\s(?:en|of)\s)){0,100}|(?:(?!\b(?:of|dat|die|moeten|kunnen|kan)\b)(?:[^,.;]|,\s(?=[^,.;]{1,40}?\s(?:en|of)\s))){101,160})\b(?:worden\s+(?:${ACT_PARTICIPLE}|ge\p{L}+n)|${ACT_PARTICIPLE}\s+worden)\b|^\s*(?:${ACT_PARTICIPLE}|ge\p{L}+n)\s+(?:zal|zullen)\s+(?:[^\s,.;]+\s+){0,3}?worden\b`,
  'u',
);
/**
 * Supervision and enforcement told in the future passive ("Daarnaast zal worden toegezien op de naleving …", "zal
 * periodiek de voortgang worden beoordeeld", "Hierin zal van Schiphol … worden geëist"): what a law's procedure will
 * do to those it governs, not an undertaking to the Kamer or the public (GUIDE §1, a rule or procedure described).
 * Monitoring is not of it: the government monitoring its own measures is its act, as the corpus reads it ("De
 * voortgang en effectiviteit van de maatregelen van dit actieplan worden gemonitord", held-out-17); an inspectorate's
 * monitoring is a third party's by who does it ("… door de NVWA worden gemonitord", D11 (c)), not by the verb.
 */
const SUPERVISION_AHEAD = /\b(?:zal|zullen)\b[^.;]{0,120}?\b(?:beoordeeld|toegezien|gecontroleerd|geëist|gehandhaafd)\b/;
/**
 * A document of the government's said to follow at a time ahead, the present
 * with future meaning ("het reguliere regiowetsvoorstel dat later dit jaar
 * volgt", "De andere rapportages volgen de komende tijd"); not "Hieruit volgt
 * dat …", nor a document that follows something ("volgt de lijn van", "volgt
 * op de motie").
 */
const DELIVERABLE_FOLLOWS = /\b[a-z]*(?:wetsvoorstel(?:len)?|voorstel(?:len)?|brief|brieven|rapportages?|rapporten|rapport|nota's|nota|reactie|visie|evaluatie|plan|uitwerking|beantwoording|update|overzicht)\s+(?:(?:dat|die)\s+)?(?:[^\s,.;]+\s+){0,5}?(?:volgt|volgen)\b(?!\s+(?:dat|uit|op|het|een|deze|dit|die|hun|zijn|haar|mijn|onze|ons)\b|\s+de\s+(?!komende\b|eerstvolgende\b))/;
/** "Uit het rapport volgt dat …": what follows from something, not what comes. */
const FOLLOWS_FROM = /\b(?:uit|hieruit|daaruit|waaruit)\b[^.;]{0,80}\b(?:volgt|volgen)\b/;
/** A time ahead without a window of its own: "de komende tijd", "binnenkort". */
const SOON = /\b(?:de komende (?:tijd|periode|maanden|weken)|binnenkort|op korte termijn)\b/;
/** What was said before as a promise, not as a statement ("zoals toegezegd", "zoals aangekondigd", not "zoals aangegeven"). */
const PROMISED_EARLIER = /\b(?:toegezegd|toezegging|aangekondigd|afgesproken|beloofd)\b/;
/** An earlier promise restated with the act it undertook: "heeft toegezegd … uit te werken", "heb ik toegezegd dat …". */
const RESTATED_ACT = /\btoegezegd\b(?:[^.;]{0,200}\bte\s+[a-zà-ÿ]{3,}|\s+(?:dat|om)\b)|\bzegden?\b[^.;]{0,120}?\btoe\s+(?:dat|om|te)\b/;
/** An ambition told as the future's cue: an undertaking only with its term. */
const AMBITION = /\bambitie\b/;
/** Earlier promises said to stand ("De toezeggingen uit de eerste termijn … blijven uiteraard staan"): restated, still to be kept. */
export const STILL_STANDING = /\btoezegging(?:en)?\b[^.;]{0,200}\b(?:blijft|blijven)\s+(?:[a-z]+\s+){0,2}?(?:staan|overeind|van kracht|gelden)\b/;
/** "Daarom zal het begrip «openbare orde» in deze motie worden opgevat als …": how something will be read, as the present passive's verbs of regarding, is no act. */
const REGARDED_AS = /\b(?:zal|zullen)\b[^,.;]{0,100}\b(?:worden\s+)?(?:opgevat|beschouwd|verstaan|uitgelegd|aangemerkt|gezien|gelezen)(?:\s+worden)?\s+als\b/;
/**
 * Work of the kind a ministry commissions, as the subject of a future start
 * with a term ahead ("Deze evaluatie zal starten 2e kwartaal 2022"): in a
 * minister's letter, the minister's undertaking; a body named as the one
 * acting is still a third party (BODY_WILL).
 */
const WORK_STARTS = /^\s*(?:de|het|deze|dit)\s+(?:[a-zà-ÿ-]+\s+){0,3}?[a-zà-ÿ-]*(?:evaluatie|onderzoek|verkenning|analyse|consultatie|pilot|studie|inventarisatie|doorlichting)\s+(?:zal|zullen)\s+(?:[a-zà-ÿ0-9-]+\s+){0,6}?(?:starten|beginnen|van start gaan)\b/;
const REPORTED = /\b(?:zou|zouden)\b/;
/**
 * An agreement reported ("Afgesproken is dat de komende maanden een
 * meerjarenprogramma met de eilanden zal worden uitgewerkt", "In het
 * pensioenakkoord is afgesproken dat werkgevers …", "zijn overeengekomen om
 * een actieplan … te realiseren"): what the parties agreed, not what the
 * writer undertakes here.
 */
const AGREED = /^(?:[^,.;]{0,60}\s)?(?:afgesproken is|is afgesproken|zijn overeengekomen|is overeengekomen|hebben afgesproken)\b/;
/**
 * An agreement whose act is said by an infinitive with no subject of its own
 * ("Afgesproken is snel na de zomer een bestuursakkoord overeen te komen",
 * "Er is afgesproken om … te evalueren", "Wij hebben met de gemeenten
 * afgesproken om … te sturen"): the parties that agreed do it, and a
 * minister's letter reporting its own agreement is one of them. With a term
 * ahead it is the government's undertaking. "Afgesproken is dat de komende
 * maanden … zal worden uitgewerkt" names its own subject, and a party named
 * first ("In het pensioenakkoord is afgesproken om …") is another's.
 */
const AGREED_TO_ACT = /^(?:(?:er|ook|daarnaast|verder|tevens|voorts)\s+)?(?:afgesproken is|is (?:er\s+)?(?:ook\s+)?afgesproken|(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:[^\s,.;]+\s+){0,6}?afgesproken|(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:[^\s,.;]+\s+){0,6}?afgesproken)\s+(?!dat\b)(?:om\s+)?[^.;]{0,160}?\bte\s+[a-zà-ÿ]{3,}/;
/** A time ahead named, also where the finder reads none in the sentence ("Afgesproken is snel na de zomer …"). */
const TIME_AHEAD_NAMED = /\b(?:na|voor|in|begin|eind|medio|rond)\s+(?:de|het)\s+(?:zomer|winter|najaar|voorjaar|zomerreces|kerstreces|herfstreces|voorjaarsreces|meireces)\b|\b(?:binnenkort|op korte termijn)\b/;
/**
 * The writer's intention or future in a relative clause on a thing to be made
 * or sent ("Dit rapport verdient een goede analyse, die we … gezamenlijk
 * willen maken", "een brief, die ik u voor de zomer zal sturen"): the clause
 * names what the writer undertakes. A relative clause on something else
 * ("het beleid dat ik wil voeren") describes.
 */
const WRITER_INTENDS_IN_RELATIVE = /\b[a-zà-ÿ-]*(?:analyse|brief|rapport|rapportage|onderzoek|evaluatie|verkenning|plan|visie|reactie|kabinetsreactie|beleidsreactie|notitie|nota|wetsvoorstel|voorstel|overzicht|inventarisatie|update|uitwerking)\s*,?\s+(?:die|dat|welke)\s+(?:ik|wij|we)\s+(?:[^\s.;]+\s+){0,16}?(?:wil|willen|zal|zullen|ga|gaan)\s+(?:(?:u|uw kamer|de kamer)\s+)?(?:[^\s,.;]+\s+){0,3}?(?:maken|opstellen|uitvoeren|uitwerken|sturen|toesturen|zenden|toezenden|aanbieden|doen toekomen|verrichten|uitbrengen|schrijven|opleveren|laten uitvoeren|laten maken)\b/;
/**
 * The writer delivering in the present with a time soon ahead ("Er zijn ook
 * zaken die meer tijd vergen, daarover sturen we binnenkort een aanvullende
 * brief", "Op korte termijn informeer ik u over …"): the present with future
 * meaning, as with a dated term.
 */
/**
 * The writer delivering after something else, in the present ("Het onderzoek
 * wordt dit najaar afgerond, waarna ik u de resultaten stuur", "Ik wacht het
 * advies af en kom daarna bij uw Kamer terug"): what waits on another thing
 * is ahead. "Daarna ga ik in op …" orders a letter, so only "waarna" and
 * coming back are read.
 */
const DELIVERS_AFTER = /\bwaarna\s+(?:ik|wij|we)\s+(?:[^\s,.;]+\s+){0,8}?(?:stuur|zend|informeer|bericht|rapporteer|deel|bied|kom|stel)\b|\b(?:kom|komen)\s+(?:ik\s+|wij\s+|we\s+)?(?:daarna|vervolgens|later|te zijner tijd)\b[^.;]{0,60}\bterug\b/;
const DELIVERS_SOON = /\b(?:(?:stuur|sturen|zend|zenden|informeer|informeren|bericht|berichten|rapporteer|rapporteren|bied|bieden|deel|delen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:stuur|sturen|zend|zenden|informeer|informeren|bericht|berichten|rapporteer|rapporteren|bied|bieden|deel|delen))\b[^.;]{0,60}?\b(?:binnenkort|op korte termijn|spoedig|te zijner tijd)\b|\b(?:binnenkort|op korte termijn|spoedig|te zijner tijd)\s+(?:stuur|sturen|zend|zenden|informeer|informeren|bericht|berichten|rapporteer|rapporteren|bied|bieden)\s+(?:ik|wij|we)\b/;
/** A time that is over, named before a decision: "In 2019 heb ik besloten …", "Destijds heeft het kabinet besloten …". */
const DECIDED_BEFORE = new RegExp(String.raw`\b(?:destijds|toen|jl|jongstleden|vorig|vorige|afgelopen|eerder|in\s+(?:19|20)\d\d|op\s+\d{1,2}\s+(?:${DUTCH_MONTH_ALTERNATION}))\b`);
/**
 * A decision of the writer to have something done ("De ernst van de situatie
 * heeft mij doen besluiten de aard en omvang van deze problematiek nader te
 * laten onderzoeken", "heb ik besloten een evaluatie te laten uitvoeren"):
 * the work it commissions is ahead, an undertaking with or without a term.
 */
const DECIDED_TO_HAVE_DONE = /\b(?:(?:heb|hebben)\s+(?:ik|wij|we|het kabinet)\s+(?:[^\s,.;]+\s+){0,3}?besloten|(?:ik|wij|we|het kabinet)\s+(?:heb|hebben|heeft)\s+(?:[^\s,.;]+\s+){0,3}?besloten|(?:heeft|hebben)\s+(?:mij|ons|het kabinet)\s+(?:[^\s,.;]+\s+){0,3}?(?:doen\s+)?besluiten|besluit\s+(?:ik|wij|we|het kabinet)|(?:ik|wij|we)\s+besluiten)\b[^.;]{0,200}?\bte\s+laten\s+(?:onderzoeken|uitzoeken|uitwerken|uitvoeren|evalueren|doorlichten|toetsen|analyseren|inventariseren|in kaart brengen|opstellen|verkennen|doorrekenen)\b/;
/** A supposition, not an act: "Het zal niemand ontgaan zijn dat …", "Het zal u niet verbazen dat …", "Het zal duidelijk zijn dat …". */
const SUPPOSITION = /^het\s+(?:zal|zullen)\b[^.;,]{0,60}\b(?:zijn|ontgaan|verbazen|duidelijk|bekend)\b\W{0,3}(?:dat|,)/;
/**
 * What is expected of others ("Maar dan vind ik ook dat van inburgeringsplichtigen verwacht mag worden dat zij zich
 * actief inzetten om de taal te leren", "Van gemeenten wordt verwacht dat zij een plan opstellen"): a norm for them,
 * not the writer expecting to do something.
 */
const EXPECTED_OF_OTHERS = /\bvan\s+(?:[^\s,.;]+\s+){1,4}?(?:mag|mogen|kan|kunnen|wordt|worden)\s+(?:(?:worden|ook|dan|daarom|dus|wel)\s+)*verwacht\b|\bverwacht\s+(?:mag|mogen|kan|kunnen)\s+worden\b/;
/**
 * What a document or a meeting will be about ("Een deel van mijn luchtvaartnota zal erover gaan hoe we de lusten en
 * lasten in balans kunnen brengen", "Het overleg zal gaan over de begroting"): its subject described, as a future of
 * being is; what a promised document will hold is part of that promise, not another (GUIDE.md).
 */
const WILL_BE_ABOUT = /\b(?:zal|zullen)\s+(?:[^\s,.;]+\s+){0,4}?(?:(?:erover|daarover|hierover)\s+gaan|gaan\s+over)\b/;
/**
 * A future of being occupied or of having effect, no act that can be kept or broken ("Het zijn grote stelselwijzigingen,
 * die ons de komende tijd natuurlijk zullen bezighouden", "De komende tijd zullen we ons vooral bezighouden met de vraag
 * hoe …", "Ook deze zal in 2010 effecten sorteren"): work under way or an outcome told ahead, as "werk ik aan" and a
 * forecast are (GUIDE §1).
 */
const OCCUPIED_OR_EFFECT = /\b(?:zal|zullen)\b[^.;]{0,80}?\b(?:bezighouden|bezig\s+houden|effect(?:en)?\s+sorteren)\b/;
/**
 * The Kamer told what it will receive ("U zult deze informatie … ontvangen",
 * "blijft u … ontvangen", "Uw Kamer mag … verwachten"): the government
 * delivering, said from the receiving end, so "verzoeken" in it names the
 * requests answered, it makes none.
 */
const KAMER_RECEIVES = /\b(?:u|uw kamer|de kamer)\s+(?:zult|mag)\b[^.;]{0,120}\b(?:ontvangen|verwachten)\b|\b(?:blijf|blijft|blijven)\s+(?:u|uw kamer|de kamer)\b[^.;]{0,80}\bontvangen\b/;
/** The words between the future and its verb do not open an embedded question: in "Ik zal onderzoeken welke instrumenten er zijn" the copula is the question's, the future's verb is "onderzoeken". */
const OUTSIDE_A_QUESTION = String.raw`(?!(?:welke|wat|hoe|of|wie|waar|waarom|hoeverre)\s)`;
/**
 * A future of being, not of doing: "Ik zal uiteraard eindverantwoordelijk
 * blijven", "De bypass zal een oplossing worden voor …". The verb is not
 * followed by the verb of an action ("zal contact blijven houden", "zal
 * worden geïnformeerd", "zullen zijn voltooid", "zal … recht worden gedaan"),
 * nor is "worden" preceded by its participle ("zullen daarom gedecentraliseerd
 * worden", the same passive in the other order; "bekend worden" is becoming), nor by it at the sentence's opening
 * ("Onderzocht zal worden of …"). "zijn" is the verb only where its clause ends on it or a preposition or
 * conjunction follows ("zal … bepalend zijn voor", "zal gereed zijn en …"):
 * before a noun it is a possessive ("Het kabinet zal zijn plan voor de zomer
 * presenteren").
 */
const COPULA_FUTURE = new RegExp(String.raw`\b(?:zal|zullen)\s+(?:${OUTSIDE_A_QUESTION}[^\s,.;]+\s+){0,4}?(?:blijven|zijn|worden)\b(?!\s+(?:\p{L}*(?:en|d|t|(?<!\bingeg)aan)|ge\p{L}+n)\b)(?<!\bzijn)(?<!(?:^|\s)(?!${BECOMING}\s)${ACT_PARTICIPLE}\s+worden)(?<!^\s*(?:${ACT_PARTICIPLE}|ge\p{L}+n)\s+(?:zal|zullen)\s+worden)|\b(?:zal|zullen)\s+(?:${OUTSIDE_A_QUESTION}[^\s,.;]+\s+){0,4}?zijn(?=\s*(?:[,.;:]|$|\s(?:en|of|maar|als|dan|omdat|doordat|zodat|wanneer|indien|voor|van|in|op|met|aan|bij|tot|na|over|door|om|te)\b))`, 'u');
/**
 * The sentence's future said inside an embedded question ("De IND beoordeelt daarnaast in hoeverre … en welke impact
 * dit op haar zal hebben", "Met de voorliggende kabinetsreactie wordt uitgelegd wat het kabinet gaat doen met …",
 * "Daarnaast vragen ze wat ik ga doen om …", "… een gefundeerde beslissing nemen over de wijze waarop we in de toekomst
 * … zullen gaan stemmen"): what is asked, weighed or explained, not undertaken here. The writer acting before the
 * question ("… gesprekken met veldpartijen aanga om vervolgens te kunnen bepalen welke verdere stappen ik wil zetten")
 * undertakes in the main clause. "wat" before a comparative is "somewhat" ("Omdat de aanvragen wat later binnenkomen
 * zal de regeling …"), no question.
 */
const EMBEDDED_QUESTION = /\b(?:wat(?!\s+(?:(?:\p{L}+\s+)?(?:betreft|aangaat)|\p{L}+er)\b)|welke|welk|hoe(?!\s+dan\s+ook\b)|waarom|in hoeverre|waarop)\b/gu;
/**
 * The interrogative word that opens the question the sentence's first future stands in, if it does. A question put
 * first and closed by a comma ("Welke maatregelen nodig zijn, zal het kabinet in het voorjaar bepalen") leaves the
 * future to the main clause.
 */
function futureInAnEmbeddedQuestion(lower: string, future: RegExpExecArray): string | undefined {
  const before = lower.slice(0, future.index);
  const asked = [...before.matchAll(EMBEDDED_QUESTION)][0];
  if (asked === undefined || /\b(?:ik|wij|we)\b/.test(before.slice(0, asked.index)) || /,\s*$/.test(before)) return undefined;
  // The auxiliary before its subject is a main clause's order, after whatever was put first, comma or not ("Wat de planning betreft zal het kabinet …"); a question's verb comes after its subject.
  if (INVERTED_SUBJECT.test(future[0]) || /^\s*(?:ik|wij|we|het kabinet|de regering)\b/.test(lower.slice(future.index + future[0].length))) return undefined;
  return asked[0];
}
const INVERTED_SUBJECT = /^(?:zal|zullen|ga|gaat|gaan|wil|willen)\s+(?:ik|wij|we|het kabinet|de regering)\b/;

/**
 * "of" opening a clause of its own, at the sentence's start or after a comma, colon or dash, as the letters of every
 * decade set off an indirect yes-no question ("De Regering is bevoegd te bepalen, of vlaggen … zullen worden
 * uitgestoken", "De ondergetekenden betwijfelen echter, of … zal worden overgegaan", "Of … deze steunverleening zal
 * worden hervat, zal afhangen van …"); not "of" joining two words ("de bodemdaling of zeespiegelstijging").
 */
const WHETHER = /(?:^|[,;:(]|\s[—–-])\s*of\s/gu;
/** A future outside the question, after it: a clause after a semicolon ("…; alsdan zal … er naar worden gestreefd") or the writer's own. */
const FUTURE_AFTER_THE_QUESTION = /;[^;]*\b(?:zal|zullen)\b/;

/**
 * The sentence's future said only inside an indirect yes-no question (WHETHER): whether something will be, as doubted,
 * weighed or left to someone's decision, is not undertaken (GUIDE §1). The writer acting before the question ("Ik ga
 * na, of …", "Tevens zal worden bezien, of …": a future before "of" is not the question's) undertakes in the main
 * clause, and so does a future of the writer's, one after a semicolon, or the main clause's after a question put first
 * ("Of de regeling wordt verlengd, zal worden bezien bij …").
 */
function futureInAWhetherClause(lower: string, future: RegExpExecArray): string | undefined {
  const before = lower.slice(0, future.index);
  const whether = [...before.matchAll(WHETHER)][0];
  if (whether === undefined || /\b(?:ik|wij|we)\b/.test(before.slice(0, whether.index)) || /,\s*$/.test(before)) return undefined;
  const rest = lower.slice(future.index);
  if (FUTURE_AFTER_THE_QUESTION.test(rest) || FIRST_PERSON_FUTURE.test(rest)) return undefined;
  return whether[0].trim();
}
/**
 * The government's work stated in the present ("staat in nauw contact met",
 * "voer ik overleg", "werk ik aan") reports how things stand: no promise,
 * except in an answer to Kamervragen, where it answers what was asked.
 * Continuing it ("blijf … volgen", "Daarom blijft het kabinet werken aan
 * maatregelen …") or keeping the Kamer informed ("Ik houd
 * uw Kamer op de hoogte", "De Kamer wordt periodiek geïnformeerd") is: a
 * standing promise, the present with future meaning.
 */
const CONTINUING = /\b(?:(?:blijf|blijft|blijven)\s+(?:ik|wij|we|het kabinet|de regering)|(?:ik|wij|we|het kabinet|de regering)\s+(?:blijf|blijft|blijven))\s+(?:[a-z]+\s+){0,3}?(?:werken\s+aan|investeren\s+in|ondersteunen|stimuleren)\b|\b(?:blijf|blijft|blijven)\b[^.;]{0,60}\b(?:volgen|monitoren|inzetten)\b|\b(?:informeer|rapporteer)\s+(?:ik|wij|we)\b[^.;]{0,60}\b(?:periodiek|regelmatig|jaarlijks|halfjaarlijks|tweemaal per jaar|twee keer per jaar)\b|\b(?:blijf|blijft|blijven)\b[^.;]{0,30}\bin (?:gesprek|overleg|contact)\b|\bhoud[t]?\b[^,.;]{0,40}\bop de hoogte\b|\b(?:wij|we)\s+houden\b[^,.;]{0,40}\bop de hoogte\b|\b(?:wordt|worden)\b[^.;]{0,40}\b(?:periodiek|regelmatig|jaarlijks|halfjaarlijks|maandelijks)\b[^.;]{0,40}\bgeïnformeerd\b/;
/**
 * Work under way told as a state (GUIDE §1: "werk ik aan", "staat in nauw contact met", "ben in overleg met"), not
 * as a process that runs or recurs ("de gesprekken lopen", "heeft periodiek overleg"): what an answer reports of it
 * undertakes nothing.
 */
const WORK_UNDER_WAY = new RegExp(`${WRITER_WORKS_ON}|${IN_CONTACT}`, 'g');
/** The writer or the ministry's services starting or commissioning work, in the present with future meaning ("Parallel hieraan start ik een consultatie", "Daarnaast laat ik de kosten-batenanalyse uitwerken", "Rijkswaterstaat start in 2026 met …"), not "laat ik u weten". */
const WRITER_STARTS = /\b(?:start|starten|begin|beginnen)\s+(?:ik|wij|we)\b(?!\s+(?:[^\s,.;]+\s+){0,2}?(?:met|bij)\s+(?:een|de|het|mijn)\s+(?:[^\s,.;]+\s+)?(?:vraag|vragen|antwoord|beantwoording|punt|opmerking|inleiding|onderwerp|blok|blokje)\b)|\b(?:ik|wij|we|het kabinet|het ministerie|rijkswaterstaat|de belastingdienst|de ind|duo|rvo)\s+(?:start|starten|begint|begin|beginnen)\b(?!\s+(?:[^\s,.;]+\s+){0,2}?(?:met|bij)\s+(?:een|de|het|mijn)\s+(?:[^\s,.;]+\s+)?(?:vraag|vragen|antwoord|beantwoording|punt|opmerking|inleiding|onderwerp|blok|blokje)\b)|\blaat\s+ik\s+(?!u\b|uw\b)[^.;]{0,80}\b(?:uitwerken|onderzoeken|uitvoeren|opstellen|in kaart brengen|doorrekenen|evalueren|actualiseren)\b/;
/**
 * The present with future meaning: the writer acting in a time still to
 * come ("In de komende periode werk ik toe naar besluitvorming", "Deze lessen
 * nemen we mee in volgende projecten", "Ik informeer uw Kamer hierover in de
 * volgende voortgangsrapportage").
 */
const TIME_TO_COME = /\b(?:in de komende (?:periode|tijd|maanden|jaren)|^\s*de komende (?:periode|tijd|maanden|jaren|weken)\b|in het vervolg|in (?:volgende|toekomstige)\b(?!\s+(?:paragraaf|paragrafen|hoofdstuk|alinea|bijlage))|in (?:de|het) (?:volgende|eerstvolgende|komende)\s+(?:voortgangs|kwartaal|halfjaar|verzamel)?(?:rapportage|brief|rapport|overzicht|update))/;
/** The writer telling in this letter ("Tevens licht ik de planning toe van de wetsvoorstellen die uw Kamer … krijgt in de komende periode", "Hier licht ik het proces toe", "schets ik"): what this letter does, whatever time it speaks of. */
const LETTER_TELLS = /\b(?:licht|lichten)\s+(?:ik|wij|we)\b[^.;]{0,100}\btoe\b|\b(?:ik|wij|we)\s+(?:licht|lichten)\b[^.;]{0,100}\btoe\b|\b(?:schets|beschrijf)\s+(?:ik|wij|we)\b|\b(?:ga|gaan)\s+(?:ik|wij|we)\b[^.;]{0,60}\bin op\b|\bzet(?:ten)?\s+(?:ik|wij|we)\b[^.;]{0,60}\buiteen\b/;
/**
 * A document still to come: indefinite ("in een nota") or named as coming or announced ("de aanstaande", "de volgende",
 * "het aangekondigde"); one already there ("in de nota", "in deze brief") is not, nor one of another ("… van de
 * provincie").
 */
const DOCUMENT_AHEAD = String.raw`(?:in|bij)\s+(?:een\s+(?:nieuwe\s+|aparte\s+|afzonderlijke\s+|volgende\s+)?|(?:de|het)\s+(?:[^\s,.;:]+\s+)?(?:aanstaande|komende|volgende|eerstvolgende|aangekondigde|nog\s+te\s+verschijnen)\s+)\p{L}*(?:nota|brief|bericht|rapportage|rapport|visie|wet|wetsvoorstel|regeling|besluit|plan|notitie|reactie|beleidsreactie|kabinetsreactie|agenda|begroting|update|overzicht)\b(?!\s+(?:van|door)\s+(?:de|het)\s+(?!minister|staatssecretaris|kabinet|regering)\p{L})`;
/** "In de volgende voortgangsrapportage beschrijf ik …": the telling is in a document to come. */
const A_LATER_DOCUMENT = new RegExp(String.raw`\b${DOCUMENT_AHEAD}`, 'u');
const WRITER_ACTS = /\b(?:ik|wij|we|het kabinet)\b/;
/** The government as the subject of a clause, by its pronoun, office or a ministry's short name. */
const ACTOR = String.raw`(?:ik|wij|we|${THE_SIGNER}|het kabinet|de regering|de minister|de staatssecretaris|de bewindsvrouw|de bewindsman|de bewindspersoon|de premier|de vicepremier|het ministerie|mijn ministerie|defensie|${GOVERNMENT_SERVICES})`;
/**
 * The government attending a meeting, in the present with future meaning, as
 * a geannoteerde agenda says it ("De Minister van Justitie en Veiligheid en de
 * Staatssecretaris … nemen beiden deel aan de Home-dag", "Namens Nederland
 * neemt de minister deel aan de Raad"): an act undertaken; the meeting's day
 * describes it and is no deadline (GUIDE.md). Taking part in a programme is
 * no meeting.
 */
const ATTENDS = new RegExp(String.raw`(?:(?:^|\s)(?:${ACTOR}|namens nederland)(?:\s+(?:van|voor)\s+[^.;,]{1,50}?)?(?:\s+en\s+(?:de\s+)?(?:minister|staatssecretaris)(?:\s+(?:van|voor)\s+[^.;,]{1,50}?)?)?\s+(?:neem|neemt|nemen)|\b(?:neem|neemt|nemen)\s+(?:ik|wij|we|de minister|de staatssecretaris))\b[^.;]{0,40}?\bdeel\s+aan\s+(?:de|het)\s+(?:[^\s.;,]+\s+){0,3}?[^\s.;,]*(?:raad|top|bijeenkomst|conferentie|vergadering|dag)\b`, 'u');
/**
 * The Kamer told it will receive a document apart from this letter ("U
 * ontvangt separaat ook de beleidsreactie op …", "De Kamer ontvangt in een
 * afzonderlijke brief het overzicht …") or that it can expect one ("U kunt
 * een reactie op het advies verwachten binnen de wettelijke termijn"): the
 * government delivering, said from the receiving end, with or without a
 * term. What comes with this letter ("U ontvangt hierbij …") is this
 * letter's, and a forecast ("U kunt verwachten dat …") names no document.
 */
const KAMER_RECEIVES_APART = /\b(?:(?:u|uw kamer|de (?:tweede |eerste )?kamer)\s+(?:ontvangt|krijgt)|(?:ontvangt|krijgt)\s+(?:u|uw kamer|de (?:tweede |eerste )?kamer))\b[^.;]{0,40}?\b(?:separaat|apart|afzonderlijk|in een (?:afzonderlijke|aparte|separate|volgende|nadere) brief)\b|\b(?:u|uw kamer|de (?:tweede |eerste )?kamer)\s+(?:kunt|kan|mag)\s+(?:[^\s,.;]+\s+){0,3}?(?:een|de|het|mijn|onze)\s+(?:[^\s,.;]+\s+)?[a-z]*(?:brief|reactie|rapportage|rapport|overzicht|evaluatie|wetsvoorstel|visie|nota|update|antwoorden|beantwoording|notitie|plan)\b[^.;]{0,100}?\b(?:verwachten|tegemoetzien|tegemoet\s+zien)\b/;
/**
 * The government delivering to the Kamer in the present with future meaning, by a way that is not this letter: through
 * a channel of its own ("Het kabinet informeert uw Kamer hierover via het gebruikelijke BNC-traject"), before or at a
 * meeting still to come ("Ik informeer uw Kamer vóór het AO Preventie over …"), or coming back to it later ("Daarover
 * komen wij nog terug bij de Kamer"): the act is not this letter's telling, so it is still to be done. "via deze weg"
 * and "via deze brief" are this letter, and so is a channel said to be enclosed ("via het BNC-fiche, dat in de bijlage
 * is opgenomen").
 */
/** The Kamer named as the one that receives or is told ("uw Kamer", "de Tweede Kamer", "het parlement"); told, also "u". */
const THE_KAMER_RECEIVING = String.raw`(?:(?:de|uw)\s+(?:tweede\s+|eerste\s+)?kamers?|het\s+parlement|beide\s+kamers)`;
const THE_KAMER_TOLD = String.raw`(?:u|${THE_KAMER_RECEIVING})`;
const INFORMS_THE_KAMER = new RegExp(String.raw`(?:\b${ACTOR}\s+(?:informeer|informeert|informeren|bericht|berichten)|\b(?:informeer|informeert|informeren|bericht|berichten)\s+${ACTOR})\s+(?:[^\s,.;:]+\s+){0,3}?${THE_KAMER_TOLD}\b`, 'u');
const COMES_BACK_TO_THE_KAMER = new RegExp(String.raw`\b(?:${ACTOR}\s+(?:kom|komt|komen)|(?:kom|komt|komen)\s+${ACTOR})\s+(?:[^\s,.;:]+\s+){0,4}?terug\s+bij\s+${THE_KAMER_TOLD}\b`, 'u');
/** Later than this letter: "later", "te zijner tijd"; coming back is later with "nog" too, informing is not ("Tot slot informeer ik u nog over …" is this letter's last matter). */
const LATER = /\b(?:later|te zijner tijd)\b/;
const ELSEWHERE_OR_AT_A_MEETING = new RegExp(String.raw`\bvia\s+(?!(?:deze|dit|onderhavige)\b)(?:de|het|een)\s|\b(?:vóór|voor|voorafgaand\s+aan|tijdens)\s+(?:het|de)\s+(?:[\p{L}-]+\s+){0,2}?(?:ao|algemeen\s+overleg|\p{L}*debat|\p{L}*overleg|\p{L}*behandeling)\b`, 'u');

function deliversLaterInThePresent(lower: string): boolean {
  const clauses = clausesOf(lower);
  const informsClause = mainClauseOf(INFORMS_THE_KAMER, lower, clauses);
  if (informsClause && (LATER.test(informsClause.text) || ELSEWHERE_OR_AT_A_MEETING.test(informsClause.text))) return true;
  const comesBackClause = mainClauseOf(COMES_BACK_TO_THE_KAMER, lower, clauses);
  return comesBackClause !== undefined && (LATER.test(comesBackClause.text) || /\bnog\b/.test(comesBackClause.text));
}

/** The clause `pattern` is first found in, unless that is a relative clause. */
function mainClauseOf(pattern: RegExp, lower: string, clauses: readonly Clause[]): Clause | undefined {
  const found = pattern.exec(lower);
  return found && !inRelativeClause(lower, found.index) ? clauseAround(clauses, found.index) : undefined;
}

/**
 * A meeting as the term of the writer's wish to tell ("Ten behoeve van dit AO wil ik uw Kamer … informeren over de
 * voortgang"): the letter written for that meeting, telling now, ahead of it; a time ("Voor de zomer wil ik u
 * informeren over …") is later than the letter.
 */
function dueNamesAMeeting(duePhrase: string | undefined): boolean {
  return duePhrase !== undefined && duePhrase.toLowerCase().split(/[^\p{L}]+/u).some(isGathering);
}

/** Verbs that are no act: work stated in the present ("Ik doe … onderzoek", "werk ik aan": a statement), auxiliaries, modals (read as futures elsewhere), being, having, receiving, thinking, and meeting (the day a debate or a visit takes place describes it, GUIDE.md). */
const NO_ACT_VERB = String.raw`(?:doe|doet|doen|dank|dankt|danken|bedank|bedankt|bedanken|verwelkom|verwelkomt|verwelkomen|werk|werkt|werken|spreek|spreekt|spreken|debatteer|debatteert|debatteren|vergader|vergadert|vergaderen|bezoek|bezoekt|bezoeken|ontmoet|ontmoeten|heb|heeft|hebben|had|hadden|is|ben|zijn|was|waren|wordt|worden|werd|werden|kan|kunnen|kon|wil|willen|moet|moeten|mag|mogen|zal|zullen|vind|vindt|vinden|acht|achten|verwacht|verwachten|constateer|constateert|zie|ziet|zien|weet|weten|denk|denkt|meen|meent|krijg|krijgt|krijgen|ontvang|ontvangt|beschik|beschikt|sta|staat|staan|blijf|blijft|blijven|ga|gaat|gaan|hoop|hoopt|betreur|betreurt|deel|deelt|onderschrijf|onderschrijft|begrijp|begrijpt|erken|erkent|dat|die|omdat|zodat|als|wanneer|nadat|voordat|indien|of|en|maar|want|doordat|terwijl|toen|hoe|wat|zoals|tenzij|mits|sinds|waarmee|waarin|waarbij|waarop|waardoor|waarvoor|van|voor|door|met|aan|bij|op|in|naar|over|dan)`;
/**
 * The government acting in the present, said of a time still ahead: with the
 * time first and the verb before its subject ("Eind 2025 benadert Defensie
 * de markt", "In de voortgangsrapportage van mei 2020 zoomen we in op …", "In
 * maart start ik een consultatie"), or the subject first ("Defensie benadert
 * eind 2025 de markt"). The term ahead decides; without one it is a report of
 * how things stand.
 */
/**
 * A passive in the present said of a time still ahead, ending its clause on
 * the participle, of which the government is the agent: named ("Op korte
 * termijn worden door mij nog gesprekken … gevoerd"), or, in a minister's
 * letter, the one implied when the sentence opens on the thing done ("Deze
 * uitvoeringsagenda wordt dit jaar … herijkt"). Opened on a time or an
 * occasion ("In 2019 wordt … herdacht", "Bij de Najaarsnota worden
 * wijzigingen … doorgevoerd") or in a clause of its own ("… betekent dat …
 * wordt meegenomen", "waarna zij … worden gevalideerd") it tells what happens
 * or how things go; verbs of opinion and expectation undertake nothing.
 */
const PARTICIPLE = String.raw`((?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen|voort)?ge\p{L}{2,}(?:d|t|en)|(?:be|ver|her|ont)\p{L}{2,}(?:d|t))(?=\s*(?:[,.;:]|$))`;
const PASSIVE_BY_GOVERNMENT = new RegExp(String.raw`\b(?:wordt|worden)\s[^,.;:]{0,60}?\bdoor\s+(?:mij|ons|het kabinet|de regering|mijn ministerie|het ministerie)\s(?:[^,.;:]{0,80}?\s)?${PARTICIPLE}`, 'u');
const PASSIVE_OF_THING = new RegExp(String.raw`^(?:de|het|deze|dit|mijn|onze)\s(?:(?!(?:dat|of|die|welke|waarna|als|wanneer|omdat|nadat)\s)[^\s,.;:]+\s){1,8}?(?:wordt|worden)\s(?:[^,.;:]{0,120}?\s)?${PARTICIPLE}`, 'u');
/**
 * A thing instituted, started or brought into force, told in the present passive of a main clause without a term ("Er
 * wordt daarnaast een onafhankelijk onderzoek ingesteld naar deze kwestie", "De EHS wordt eerst herijkt", "Als
 * aanvullende stap …, wordt er een aanscherping doorgevoerd in het I&R-systeem"): such an act is done once and is then
 * done, so its present tells it ahead, as "Ik stuur u …" does; in a minister's letter the unnamed agent is the government
 * (GUIDE §1: an impersonal passive whose agent is the government). Work that goes on ("wordt onderzocht", "wordt gewerkt
 * aan", "wordt een factsheet gemaakt") is under way, not this. Not: a subordinate or relative clause, which describes or
 * conditions ("de commissie die wordt ingericht om …", "in hoeverre de verbeteracties … worden doorgevoerd"); a modal or
 * a negation before it ("kan … efficiënter worden ingericht"); what is under way now ("Momenteel wordt een Vliegende
 * Brigade ingericht"); an agent named ("door nu vier mobiele aanbieders"); a habit ("jaarlijks", "telkens") or a bare
 * plural, which tells a practice ("Bij de Najaarsnota worden wijzigingen … doorgevoerd"); a date named in the clause,
 * which is the day the thing takes effect, read by the finder (GUIDE §2), not a term of an act.
 */
const INSTITUTED_NOW = /\b(?:wordt|worden)\s(?:[^,.;:]{0,80}?\s)?(?:ingesteld|gestart|opgestart|ingevoerd|doorgevoerd|opgericht|opgezet|opgesteld|gelanceerd|herijkt|ingericht|uitgerold|geïntroduceerd|geïmplementeerd|in\s+gang\s+gezet)\b/u;
const SUBORDINATE_BEFORE = /\b(?:als|wanneer|indien|of|dat|die|welke|wat|waar\p{L}*|zoals|voordat|nadat|totdat|zodra|omdat|doordat|zodat|hoe|hoeverre|terwijl|mits|tenzij|alvorens)\b/u;
const MODAL_OR_NEGATION = /\b(?:kan|kunnen|zou|zouden|moet|moeten|mag|mogen|niet|geen|nooit)\b/;
const NOT_INSTITUTED_NOW = new RegExp(String.raw`\b(?:momenteel|inmiddels|thans|nu|reeds|al|jaarlijks|telkens|steeds|altijd|elke|elk|iedere|ieder|periodiek|regelmatig|${DUTCH_MONTH_ALTERNATION}|\d{4})\b|\bdoor\s+(?!middel\b|mij\b|ons\b|het kabinet\b|de regering\b|mijn ministerie\b|het ministerie\b)|\bworden\s+(?!(?:er|ook|dan|daarom|daarbij|daarnaast|tevens|nog|eerst|vervolgens|meteen|alsnog|opnieuw|de|het|deze|die|dit|een|alle|beide|mijn|onze)\b)\p{L}+(?:en|s)\s`, 'u');

/**
 * The first present passive `pattern` finds, when it stands in a main clause as a thing instituted does (see above):
 * no subordinate conjunction before it in its clause, no modal or negation before it, nothing in its clause that tells
 * a practice, work under way, another agent or a date.
 */
function passiveOfAMainClause(lower: string, pattern: RegExp): RegExpExecArray | undefined {
  const passive = pattern.exec(lower);
  if (passive === null) return undefined;
  const clause = clauseAround(clausesOf(lower), passive.index);
  if (clause === undefined || clause.adverbial) return undefined;
  const holds = !SUBORDINATE_BEFORE.test(lower.slice(clause.start, passive.index)) && !MODAL_OR_NEGATION.test(lower.slice(0, passive.index + passive[0].length)) && !NOT_INSTITUTED_NOW.test(clause.text);
  return holds ? passive : undefined;
}

function institutedNow(lower: string): boolean {
  return passiveOfAMainClause(lower, INSTITUTED_NOW) !== undefined;
}

/**
 * A measure of degree decided, told in the present passive of a main clause without a term ("De kwaliteit en
 * effectiviteit van opleidingen wordt verhoogd", "Het bevallingsverlof voor vaders wordt verlengd", "De voorwaarden
 * voor buitendijks bouwen … worden aangescherpt"): as with a thing instituted, the change is made once, so its present
 * tells it ahead, and the unnamed agent of a minister's letter is the government. Not: the effect of something named
 * before ("Daarmee wordt de vrijheid van het voorzitterschap beperkt", "Tegelijk worden hiermee … vergroot"); a
 * condition or a question it hangs from ("Indien …, wordt de termijn zodanig verlengd", "Er wordt onderzocht hoe de
 * Beleidslijn … wordt aangescherpt"); and what excludes a thing instituted (a modal, a negation, a practice, a date).
 */
const DEGREE_CHANGED = /\b(?:wordt|worden)\s(?:[^,.;:]{0,80}?\s)?(?:verhoogd|verlaagd|verlengd|verkort|aangescherpt|verruimd|versoepeld|uitgebreid|vergroot|verkleind|verminderd|beperkt|verdubbeld|geïntensiveerd|afgeschaft|afgebouwd)\b/u;
const EFFECT_OF_WHAT_CAME_BEFORE = /\b(?:hiermee|daarmee|hierdoor|daardoor|zodoende|waarmee|waardoor)\b/;
/** The main clause of a condition, judged on its own, opens on its finite verb ("Indien …, wordt de termijn zodanig verlengd …"). */
const CUT_AFTER_ITS_CONDITION = /^\s*(?:wordt|worden)\b/;
const CONDITION_OR_QUESTION_BEFORE = /\b(?:als|wanneer|indien|mits|tenzij|zodra|of|hoe|hoeverre|waarom)\b/;

function degreeChangedNow(lower: string): boolean {
  const passive = passiveOfAMainClause(lower, DEGREE_CHANGED);
  if (passive === undefined) return false;
  return !CUT_AFTER_ITS_CONDITION.test(lower) && !EFFECT_OF_WHAT_CAME_BEFORE.test(lower) && !CONDITION_OR_QUESTION_BEFORE.test(lower.slice(0, passive.index + passive[0].length));
}

/**
 * An undertaking to continue one's own act ("Ik blijf met de NOVAG in gesprek", "Nederland blijft het mandaat van de
 * VN-gezant ondersteunen", "Het kabinet blijft … aan de orde stellen") is a standing promise without a term (GUIDE §1),
 * unlike work under way told in the present. The government is the subject of "blijven" and the verb it keeps doing is
 * an act: not a state or an opinion ("blijf van mening", "blijft lid", "blijven hopen"), and not a plural noun that
 * merely ends the clause ("blijft een partner voor de landen").
 */
const CONTINUES_OWN = /\b(?:(?:ik|wij|we|het kabinet|de regering|nederland|mijn ministerie)\s+(?:blijf|blijft|blijven)|(?:blijf|blijft|blijven)\s+(?:ik|wij|we|het kabinet|de regering|nederland|mijn ministerie))\b([^,.;:]*)/u;
const STATIVE = /^(?:bestaan|staan|liggen|zitten|gelden|hangen|wonen|hopen|geloven|vinden|denken|menen|achten|rekenen|wachten|zijn|hebben|worden|kunnen|willen|moeten|mogen)$/;
const BEFORE_A_NOUN = /(?:^|\s)(?:de|het|een|alle|deze|die|dit|onze|mijn|zijn|haar|hun|van|voor|met|aan|op|in|bij|naar|over|tot|uit|om|door|tegen)\s+$/u;
function continuesOwnAct(lower: string): boolean {
  const found = CONTINUES_OWN.exec(lower);
  if (found === null) return false;
  const conjunct = found[1]!.split(/\s(?:en|of|maar)\s/)[0]!;
  if (/\bin\s+(?:gesprek|contact|overleg)\b/.test(conjunct)) return true;
  return [...conjunct.matchAll(/\b(\p{L}{3,}en)(?=\s*$|\s+(?:naar|met|over|op|om|voor|aan|bij|tegen|tot)\s)/gu)].some(
    (verb) => !STATIVE.test(verb[1]!) && !BEFORE_A_NOUN.test(conjunct.slice(0, verb.index)),
  ) && !/\b(?:niet|geen|nooit)\b/.test(conjunct);
}

/**
 * The government's work on a thing, in a present passive said of a time still ahead, opened on that time or on what
 * comes after ("Na de ondertekening worden de afspraken nader uitgewerkt in concrete beleidsinstrumenten", "Daarom
 * worden de komende periode haalbare en uitvoerbare oplossingen uitgewerkt die …"): in a minister's letter the
 * government is the one working it out, with or without a window (GUIDE: an impersonal passive whose agent is the
 * government). Only verbs of working something out: "De komende periode wordt ook het rapport van de Onderzoeksraad …
 * afgerond" is another's report finished.
 */
const WORK_PASSIVE_AHEAD = /^\s*(?:(?:daarom|daarna|vervolgens|tevens|ook)\s+(?=(?:wordt|worden)\s+(?:[^,.;:]{0,40}?\s)?(?:de komende (?:periode|tijd|maanden|weken|jaren)|binnenkort|op korte termijn)\b)|na\s+(?:de|het)\s+\p{L}+\s+|(?:in\s+)?de komende (?:periode|tijd|maanden|weken|jaren)\s+)(?:wordt|worden)\s+(?:[^,.;:]{0,120}?\s)?(?:nader|verder)?\s*(?:uitgewerkt|opgesteld|ontwikkeld|voorbereid|vormgegeven|opgezet|ingericht)\b/u;
const NO_ACT_PARTICIPLE = /^(?:verwacht|gevraagd|verzocht|geacht|genoemd|gezien|beschouwd|gezegd|gedacht|geschat|geraamd|verondersteld|bedoeld|gesteld|geregeld|betaald|gefinancierd|bepaald|beoordeeld|vergoed|berekend|gehanteerd|gebruikt|ervaren|gevoeld|gedeeld)$/;
const ACTS_AHEAD = new RegExp(String.raw`^(?:[^\s,;:]+\s+){1,9}?(?!${NO_ACT_VERB}\s)\p{L}+\s+${ACTOR}\s|^${ACTOR}\s+(?!${NO_ACT_VERB}\b)\p{L}+(?:t|en)?\b`, 'u');
/**
 * "wil ik" with an act of the writer ("Ik wil de belanghebbenden met elkaar
 * in gesprek brengen", "wil ik de aanpak verder verbreden") is an intention
 * with a concrete act; with a speech act of the letter itself ("wil ik
 * benadrukken", "wil ik ingaan op", "Ik wil kort een inleiding geven", "Ik wil u dit rapport ter beschikking
 * stellen"), waiting or weighing ("wil … afwachten", "wil … bezien of"; not
 * "wil ik bezien wat de beste manier is om … uit te werken", which works
 * out an act), a member's motion
 * ("wil ik een motie indienen") or a wish for a state ("wil bereiken dat")
 * it is not.
 */
const NO_ACT_INTENDED = /\b(?:motie|amendement|inleiding|introductie|afwachten|werken\s+aan(?!\s+(?:een|het|de)\s+(?:[^\s,.;]+\s+)?(?:wetsvoorstel|voorstel|plan|brief|visie|nota|regeling|rapport|agenda|actieplan)\b)|bezien(?!\s+(?:wat|hoe)\b[^.;]{0,80}\bom\b[^.;]{0,80}\bte\s+[a-zà-ÿ]{3,})|overwegen|afwegen|benadrukken|opmerken|wijzen|ingaan|in te gaan|behandelen|bespreken|toelichten|aangeven|melden|stilstaan|bedanken|danken|onderstrepen|herhalen|vermelden|noemen|schetsen|uiteenzetten|reageren|informeren|meegeven|bereiken|graag|hierbij|hiermee)\b|\bwil(?:len)?\b[^.,;]{0,60}\bdat\b|\bwil(?:len)?\s+(?:ik|wij|we)\s+u\b|\b(?:ik|wij|we)\s+wil(?:len)?\s+u\b/;
/**
 * The Kamer told in the present passive that it will be informed ("Uw Kamer wordt te zijner tijd geïnformeerd over de
 * uitkomst", "Jaarlijks wordt uw Kamer geïnformeerd"): the present with future meaning, with or without a term. Also
 * the passive of the Kamer's "tegemoet zien", the older notice's formula ("De beantwoording kan op korte termijn
 * tegemoet worden gezien", "Daarna kan toezending aan de Kamer tegemoet gezien worden", "kan spoedig een reactie worden tegemoet
 * gezien", before 1947 "kan … worden te gemoet gezien"): what the Kamer may look out for is on its way to it.
 */
const KAMER_TOLD = /\b(?:kan|kunnen|mag|mogen)\b[^.;]{0,100}\b(?:(?:tegemoet|te\s+gemoet)\s*(?:worden\s+gezien|gezien\s+worden)|worden\s+(?:tegemoet|te\s+gemoet)\s*gezien)\b|\b(?:(?:uw kamer|de (?:tweede |eerste )?kamer|u)\s+(?:wordt|worden)|(?:wordt|worden)\s+(?:uw kamer|de (?:tweede |eerste )?kamer|u))\b[^.;,]{0,60}\b(?:geïnformeerd|geinformeerd|bericht|op de hoogte (?:gehouden|gesteld|gebracht)|toegezonden|toegestuurd|gestuurd|gezonden|nagezonden|nagestuurd)\b|\bdat\s+(?:uw kamer|de (?:tweede |eerste )?kamer|u)\s+(?:[^\s.;,]+\s+){1,14}?(?:wordt|worden)\s+(?:geïnformeerd|geinformeerd|bericht|op de hoogte (?:gehouden|gesteld|gebracht))\b|\b(?:wordt|worden)\s+(?:[^\s.;,]+\s+){0,8}?(?:gedeeld\s+met|toegezonden\s+aan|gestuurd\s+(?:aan|naar)|aangeboden\s+aan|voorgelegd\s+aan)\s+(?:beide\s+kamers|de\s+(?:beide\s+)?kamers|(?:uw|de)\s+(?:tweede\s+|eerste\s+)?kamer|het\s+parlement)\b/;
/** A register's "De minister … zegt de Kamer, naar aanleiding van een verzoek van …, toe …": the request named is what the promise answers. */
const PROMISED_TO_THE_KAMER = /\bzeg(?:t|gen)\s+(?:de|het|uw)\s+(?:kamer|commissie|lid|leden)\b[^.;]{0,250}?\btoe\b/;
/**
 * A promise to refrain ("zegt toe om artikel 1.3, vijfde lid niet in werking
 * te laten treden", "zegt … toe geen onomkeerbare stappen te zetten"): what
 * will not happen, no promise (GUIDE.md), also where a comma puts the
 * negation in a clause of its own; so a "dat" clause whose own verb is
 * negated ("zegt de Kamer toe dat hij de AMvB … niet zal wijzigen voordat de
 * wetsevaluatie … is afgerond").
 */
const REFRAINS = /\btoe\s*,?\s+(?:om\s+|dat\s+)?(?:[^.;]|\.(?=\d)){0,100}?\b(?:niet|geen|nooit)\b[^.;]{0,80}?\bte\s+\p{L}+|\btoe\s*,?\s+dat\s+(?:(?!\b(?:of|waarom|hoe|wanneer|indien|als|zodra)\b)[^.;]|\.(?=\d)){0,200}?\b(?:(?:niet|nooit)(?:\s+meer)?|geen\s+\p{L}+)\s+(?:zal|zullen|wordt|worden)\b/u;
/** "Naar verwachting kan het definitieve meerjarenprogramma daarna aan uw Kamer worden aangeboden": the writer's expected delivery. */
const EXPECTED_DELIVERY = /\bnaar verwachting\b/;
/**
 * What an earlier letter said, reported ("In de brief van 20 december jl.
 * heeft het kabinet aangegeven te blijven sturen op …", "In mijn brief van 1
 * april jl. … heb ik u mee gedeeld dat het kabinet voornemens is …", "In mijn
 * brief van 14 januari jongstleden … heb ik u laten weten dat ik u zal
 * informeren …", "heb ik in mijn brief van 23 september jongstleden … aangegeven
 * mijn visie … te kunnen aanbieden"): told then, not undertaken here; an earlier promise said to
 * be "toegezegd" is restated, and read as such.
 */
const EARLIER_LETTER_TOLD = /^\s*(?:\p{L}+\s+){0,2}?(?:in|bij|met)\s+(?:(?:mijn|onze|de|het|zijn|haar)\s+)?(?:\p{L}+\s+)?(?:brief|brieven|kamerbrief|beantwoording|reactie)\s+van\b[^;]{0,240}?\b(?:heb|hebben|heeft|had|hadden)\b[^.;]{0,80}?\b(?:aangegeven|gemeld|laten weten|bericht|meegedeeld|medegedeeld|mee\s+gedeeld|geschreven|uiteengezet)\b|\b(?:heb|hebben|heeft)\s+(?:ik|wij|we|het kabinet)\s+in\s+(?:mijn|onze|de|zijn)\s+(?:\p{L}+\s+)?(?:brief|kamerbrief|beantwoording|reactie)\s+van\b[^;]{0,200}?\b(?:aangegeven|gemeld|laten weten|bericht|meegedeeld|medegedeeld|uiteengezet)\b/u;
/** "In mijn voortgangsbrief … heb ik aangegeven naar verwachting in het eerste trimester van 2018 …": an expectation told before, restated. */
const TOLD_BEFORE = /\b(?:heb|hebben|had|hadden)\b[^.;]{0,60}\b(?:aangegeven|gemeld|laten weten|bericht|meegedeeld|medegedeeld)\b/;
/**
 * The letter itself as the subject of what will happen to it ("Deze brief zal
 * met u worden besproken tijdens het … overleg dat zal plaatsvinden op 24
 * november 2010") or going into its own matter ("Hieronder ga ik in op …", "ga
 * ik hieronder in op de … toe te zenden stukken"): what this letter is and
 * does, whatever its term.
 */
const THE_LETTER_ITSELF = /^\s*deze (?:brief|kamerbrief)\b(?=[^.;]{0,40}\b(?:zal|zullen|wordt|worden)\b)|^\s*(?:hieronder|hierna)\s+(?:ga|gaat)\s+(?:ik|wij|we)\b[^.;]{0,80}\bin op\b|\b(?:ga|gaat)\s+(?:ik|wij|we)\s+(?:hieronder|hierna)\b[^.;]{0,80}\bin op\b/;
/** "Uiterlijk bij gelegenheid van … doe ik u … toekomen", "Zo spoedig mogelijk daarna zend ik u …": a term is set, also where the finder cannot date it; so for the writer's present act "zo snel als mogelijk" ("Ik voer de voorgenomen maatregelen … zo snel als mogelijk uit"). */
const AS_SOON_AS_POSSIBLE = /\bzo (?:spoedig|snel) (?:als )?mogelijk\b/;
const AT_THE_LATEST = /\buiterlijk\b/;
/** "De voorzitter van de Commissie heeft desgevraagd toegelicht dat het rapport … wordt opgeleverd": what someone else said will happen. */
const REPORTED_SPEECH = /^(.{0,160}?)\b(?:heeft|hebben)\b[^.;]{0,30}\b(?:toegelicht|laten weten|aangegeven|gemeld|meegedeeld|medegedeeld|geïnformeerd|bericht)\s+dat\b/;
/** A sentence whose subject is a member of the Kamer, named as the record names them. */
/**
 * The subject nearest the verb of saying: in "wil ik u informeren dat het
 * voorzitterschap zojuist heeft laten weten dat …" the presidency speaks,
 * not the writer.
 */
function nearestSubject(before: string): string {
  return before.split(/\b(?:dat|die|omdat|nu)\b/).at(-1)!;
}
/**
 * A sentence opening on "now" ("Op dit moment laat ik een sociaaleconomische impactanalyse uitvoeren", "Momenteel
 * wordt gewerkt aan …", "Thans start de ILT …"): the work under way, how things stand (GUIDE.md §1), not an act
 * undertaken; with a future or a term ahead of its own it is judged as that.
 */
const UNDER_WAY_NOW = /^\s*(?:(?:en|ook|maar)\s+)?(?:op dit moment|op het moment|op dit ogenblik|momenteel|thans|inmiddels)\b/;
/**
 * An inspectorate as the subject of its own investigation ("De Inspectie Veiligheid en Justitie en de Inspectie voor
 * de Gezondheidszorg (hierna Inspecties) voeren in 2017 een vervolgonderzoek uit", "De IGJ start een onderzoek naar
 * …"): the inspectorate judges apart from the minister, so its study is a third party's, as the Algemene Rekenkamer's
 * is. Its other acts ("De ILT zal de verbeterplannen mee nemen bij het toezicht") are a third party's as well, read
 * with the other independent bodies (THIRD_PARTY_NOUN); the writer asking it ("Ik zal de Inspectie vragen een onderzoek
 * te doen") is the writer's act.
 */
const INSPECTORATE_STUDIES = /^(?:[^,.;]{0,40}\s)?(?:de\s+)?(?:inspectie\b[^,.;]{0,120}?|inspecties|igj|igz|ilt|nvwa|ivd)\s+(?:\([^)]{0,40}\)\s+)?(?:voert|voeren|verricht|verrichten|doet|doen|start|starten|begint|beginnen|zal|zullen|gaat|gaan)\b[^.;]{0,80}?\b(?:\p{L}*onderzoek\p{L}*|audit|toetsing|doorlichting)\b/u;
/** "Echter, de VO-raad verwacht ons het rapport pas in december te kunnen zenden": a body's expectation, not the government's undertaking ("De resultaten verwacht ik … te delen" is the writer's). */
const THIRD_PARTY_EXPECTS = /\b(?:de|het)\s+([^\s,.;]+)\s+verwacht(?:en)?\b(?!\s+(?:ik|wij|we|het kabinet)\b)[^.;]{0,160}\bte\s+(?:kunnen\s+)?\p{L}+/u;
const GOVERNMENT_NOUN = /^(?:kabinet|regering|minister|staatssecretaris|ministerie|rijk)$/;
/**
 * A body named as the subject of the future ("zal de Huishoudelijke
 * Commissie zich nog buigen over", "toegezegd dat de Huishoudelijke Commissie
 * … voorstellen zal doen", "zal de Raad adviseren"): a third party's plan,
 * also where the writer promised to see to it. The government's own offices
 * and services (the Minister, Rijkswaterstaat, the Belastingdienst) act for
 * it, and the Kamer informed is no actor; after the writer ("Ik zal de NVWA
 * vragen") or the state ("Nederland zal het … Protocol … ratificeren") the body is the object. A name without an
 * article is told by a capital inside it ("Vervolgens zal TenneT de resultaten publiceren"), as NAMED_SUBJECT_WILL
 * reads it; the ministries' short names ("zal IenW", "OCW zal") are the government's (GOVERNMENT_BODY).
 */
const BODY_WILL = /(?<!\b(?:[Ii]k|[Ww]ij|[Ww]e|[Kk]abinet|[Rr]egering|[Mm]inister|[Ss]taatssecretaris|[Nn]ederland)\s+)\b(?:zal|zullen)\s+(?:(?:de|het)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)|(\p{Lu}\p{L}*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\b(?!\s+(?:ik|wij|we)\b))|\bdat\s+(?:de|het)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s[^.;]{0,80}\b(?:zal|zullen)\b/u;
const GOVERNMENT_BODY = /^(?:minister|staatssecretaris|minister-president|kabinet|regering|rijk|rijksoverheid|ministerie|belastingdienst|rijkswaterstaat|ind|duo|rvo|dji|cjib|dienst|auditdienst|adr|douane|toeslagen|logius|justis|rijksvastgoedbedrijf|rws|nctv|aivd|mivd|fiod|kmar|uwv|svb|coa|cak|ciz|rdw|cbr|kadaster|koninklijke marechaussee|marechaussee|wodc|immigratie- en naturalisatiedienst|dienst uitvoering onderwijs|rijksdienst\p{L}*|staat|(?:nederlandse\s+)?permanente?\s+vertegenwoordig\p{L}*|tweede kamer|eerste kamer|kamer|kamers|staten-generaal|nederland|defensie|financiën|justitie|bz|bzk|vws|ocw|szw|lnv|ezk|ez|ienw|jenv|kgg|vro|az|buza|bhos)\b/iu;
const MEMBER_SUBJECT = /^(?:mevrouw|de heer|het lid|de leden)\s+[^\s,.;]+/;
const GOVERNMENT_SUBJECT = new RegExp(String.raw`\b(?:ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris|het ministerie|${THE_SIGNER}|(?:de\s+)?(?:[\p{L}]+-)?(?:bewindsvrouw|bewindsman|bewindspersoon|bewindslieden|vicepremier|premier|minister-president))\b`, 'u');
/**
 * A future in a relative clause describes a thing ("de pilots die in 2012
 * zullen worden uitgevoerd", "de datum waarop het rapport zal worden
 * geopenbaard", "besluitvorming … welke in de CN-week van juni 2015 met de
 * eilanden zal worden besproken"), not what the writer undertakes; with the
 * writer as its subject ("die ik u zal sturen") it stays.
 */
/** A relative pronoun follows its antecedent: "die" opening the sentence or after a preposition is a demonstrative ("Die vragen zullen afzonderlijk worden beantwoord", "Bij die conferentie …"). */
const RELATIVE_PRONOUN = String.raw`(?<!^[\s"'“‘(]*|\b(?:bij|in|op|voor|na|met|aan|van|over|tot|uit|door|tijdens|naar|om|onder|sinds|volgens|zonder)\s+)\b`;
const RELATIVE_FUTURE = new RegExp(String.raw`${RELATIVE_PRONOUN}(?:die|waarop|waarin|waarmee|welke)\s+(?:(?!(?:ik|wij|we)\b)[^\s,.;]+\s+){0,12}?(?:zal|zullen)\s+worden\s+[^\s,.;]+|${RELATIVE_PRONOUN}(?:die|welke)\s+(?:(?!(?:ik|wij|we|door)\b)[^\s,.;]+\s+){0,12}?(?:wordt|worden)\s+(?:ge|be|ver|her|ont|aan|op|in|uit|voor|toe|vast)\p{L}+(?:d|t|en)(?=\s*(?:[,.;]|$))|${RELATIVE_PRONOUN}(?:waarop|waarin|welke)\s+(?:(?!(?:ik|wij|we|u)\b)[^\s,.;]+\s+){1,12}?(?:zal|zullen)\s+(?!(?:ik|wij|we|worden)\b)[^\s,.;]+`, 'giu');

/** The sentence with its relative clauses' futures blanked, the same length, so offsets into it still hold. */
export function withoutRelativeFutures(text: string): string {
  return text.replace(RELATIVE_FUTURE, (clause) => (DELIVERED_TO_THE_KAMER.test(clause) ? clause : ' '.repeat(clause.length)));
}

/** The participles of sending a thing to the Kamer. */
const SENT = String.raw`(?:aangeboden|verzonden|gezonden|toegezonden|gestuurd|toegestuurd)`;
/** "een brief die uiterlijk vrijdag 3 maart aan de Kamer zal worden aangeboden", "… die in 2020 aan uw Kamer aangeboden zal worden": the relative clause gives the promised delivery's term. */
const DELIVERED_TO_THE_KAMER = new RegExp(String.raw`\b(?:aan|naar)\s+(?:de|uw)\s+(?:tweede\s+|eerste\s+)?kamer(?:s)?\b[^,.;]*\b${SENT}(?:\s+(?:zal|zullen)\s+worden)?\s*$`, 'iu');
/**
 * A thing the government delivers to the Kamer, or tells it of, named in a relative clause whose passive has the thing
 * or the Kamer for its subject, with no agent ("Met deze brief informeer ik u over de onderzoeksopzet van de voorgenomen
 * beleidsdoorlichting Douane die in 2020 aan uw Kamer aangeboden zal worden", "Het advies van de commissie is onderdeel
 * van de evaluatie van het Schipholbeleid die in februari aan de Tweede Kamer zal worden aangeboden", "Dit onderzoek kan
 * uitmonden in een positief besluit, waarover het parlement … wordt geïnformeerd"): whatever the main clause does (this
 * letter's telling, another's advice described, a possibility), the delivery is a promise of its own, for in a
 * minister's letter the one who sends to the Kamer or informs it, no agent named, is the government. Not a delivery
 * told as done ("die … is aangeboden"), nor one negated, nor one with an agent or the writer in the clause ("door de Raad van State",
 * "die ik u zal sturen", read elsewhere).
 */
const RELATIVE_CLAUSE = new RegExp(String.raw`${RELATIVE_PRONOUN}(?:die|dat|welke|waarover|waarvan)\s[^,.;:]*`, 'gu');
const DELIVERY_TO_THE_KAMER_AHEAD = new RegExp(
  String.raw`^(?:die|dat|welke)\s+(?:(?!(?:ik|wij|we|u|door|niet|geen|nooit)\b)[^\s,.;:]+\s+){0,8}?(?:(?:aan|naar)\s+${THE_KAMER_RECEIVING}\s+(?:(?:zal|zullen)\s+worden\s+${SENT}|${SENT}\s+(?:zal|zullen)\s+worden)|(?:zal|zullen)\s+worden\s+${SENT}\s+(?:aan|naar)\s+${THE_KAMER_RECEIVING})\s*$|^(?:waarover|waarvan)\s+${THE_KAMER_RECEIVING}\s+(?:(?!(?:ik|wij|we|door|niet|geen|nooit)\b)[^\s,.;:]+\s+){0,8}?(?:(?:zal|zullen)\s+worden|wordt|worden)\s+(?:geïnformeerd|geinformeerd|bericht|op\s+de\s+hoogte\s+(?:gesteld|gebracht)|in\s+kennis\s+gesteld)\s*$`,
  'u',
);

function deliveryInARelativeClause(lower: string): string | undefined {
  for (const clause of lower.matchAll(RELATIVE_CLAUSE)) {
    if (DELIVERY_TO_THE_KAMER_AHEAD.test(clause[0].trim()) && !ANOTHERS_THING_BEFORE.test(lower.slice(Math.max(0, clause.index - 80), clause.index))) return clause[0].trim();
  }
  return undefined;
}
const SENT_ON = /\bop\s+(\d{1,2}\s+[a-z]+\s+\d{4})\b[^.;]{0,60}\b(?:is|zijn)\s+(?:verstuurd|verzonden|gestuurd|toegezonden|aangeboden)\b/;

/**
 * The letter saying it keeps an earlier promise, a motion or a request by
 * being sent ("Ik geef daarmee invulling aan mijn toezegging … om uw Kamer
 * hier jaarlijks over te informeren", "Hiermee kom ik mijn toezegging na",
 * "Hiermee is voldaan aan het verzoek", the act just told taken up by "dit"
 * or "dat": "Hierbij zend ik u een afschrift … . Dit doe ik in samenhang met
 * de toezegging van 5 februari 2019 … om uw Kamer jaarlijks te informeren"):
 * kept here, no promise made, and the term it restates is no deadline. Said
 * in the present only: "Ik zal daarmee uitvoering geven aan de motie"
 * undertakes.
 */
const KEPT_HERE = /^\s*(?:dit|dat)\s+(?:doe|doen)\s+(?:ik|wij|we)\s+(?:(?:mede|ook|tevens|graag)\s+)?(?:in samenhang met|ter uitvoering van|in lijn met|conform|overeenkomstig|in het kader van|naar aanleiding van|op grond van|vanwege)\s+(?:de|mijn|onze|een)\s+(?:eerdere\s+)?(?:toezegging|motie|verzoek|afspraak)\b|\b(?:(?:geef|geven)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:geef|geven))\s+(?:(?:tevens|ook|graag|nu)\s+)?(?:hiermee|daarmee|hierbij|hiermede|daarmede|met\s+deze\s+brief)\s+(?:(?:tevens|ook|graag|nu|mede)\s+)?(?:invulling|uitvoering|gevolg|gehoor)\s+aan\b|\b(?:hiermee|daarmee|hierbij|hiermede|daarmede)\s+(?:kom|komen)\s+(?:ik|wij|we)\b[^.;]{0,80}\bna\b|\b(?:hiermee|daarmee|hierbij|hiermede|daarmede)\s+(?:(?:geef|geven|voldoe|voldoen|doe|doen)\s+(?:ik|wij|we)|is|wordt|worden)\b[^.;]{0,80}?(?:\b(?:invulling|uitvoering|gevolg|gehoor)\s+(?:gegeven\s+)?aan|\bgestand|\bvoldaan|\btegemoetgekomen)\b/;
/**
 * What may happen, said with "kunnen" as the main clause's modal and no one undertaking it ("De afwegingen over
 * mogelijke wijzigingen van het stelsel kunnen vervolgens in 2021 worden gemaakt", "Bij die conferentie zullen alle drie
 * rapporten in de beschouwingen kunnen worden betrokken", "In het vervolg van dit AO kunnen wij hierover verder van
 * gedachten wisselen"): a possibility, not an act promised. Not with a delivery, an expectation ("Naar verwachting kan
 * het programma daarna aan uw Kamer worden aangeboden"), the Kamer as the one receiving ("… kan in het voorjaar bij uw
 * Kamer worden ingediend"), the writer before the modal ("Ik kan u toezeggen …") or the writer's own future in the
 * sentence; "kunnen" in a subordinate clause or an infinitive ("Om … te kunnen zetten, zal ik …") or in an aside of
 * comparison ("Zoals kan blijken uit het antwoord, …", before 1947 "Zooals") is not the main clause's.
 */
const POSSIBLE_ONLY = /^(?:(?!\b(?:ik|wij|we|u|dat|om|te|als|zoo?als|wanneer|indien|zodat|waarna|nadat|voordat|zodra)\b)[^,.;:])*?\b(?:kan|kunnen|(?:zal|zullen)\b(?:(?!\bte\b)[^,.;:]){0,80}?\bkunnen)\b/u;
/** A thing sent out, submitted or published ("Het wetsvoorstel kan na de zomer worden ingediend"): a delivery, whoever receives it. */
const SENT_OUT = /\b(?:ingediend|aangeboden|voorgelegd|gepubliceerd|verzonden|verstuurd|toegezonden|toegestuurd|gestuurd|gezonden|openbaar\s+gemaakt)\b/;
/** The Kamer as the one who receives or is told: a possibility of that is an expected delivery, read elsewhere. */
const KAMER_RECIPIENT = /\b(?:aan|bij|naar|met)\s+(?:uw|de)\s+(?:tweede\s+|eerste\s+|beide\s+)?kamers?\b/;
/**
 * An assessment of what will be ("Zoals ik eerder al heb aangegeven, zal het
 * vervroegd inzetbaar maken van de voucher lastig zijn doordat …", "Het is
 * moeilijk precies te voorspellen wanneer de onderzoeken zullen zijn
 * voltooid"): a judgement, nothing undertaken.
 */
const ASSESSES = /\b(?:zal|zullen)\s+(?:[^\s,.;]+\s+){0,10}?(?:lastig|moeilijk|ingewikkeld|complex|onmogelijk|onhaalbaar|niet\s+haalbaar|niet\s+eenvoudig|kostbaar|uitdagend)\s+(?:zijn|blijven|worden)\b|^(?:[^,.;]{0,40}\s)?het\s+is\s+(?:(?:nu|nog|op dit moment|thans|echter|wel|niet)\s+)*(?:moeilijk|lastig|onmogelijk|niet\s+mogelijk|ondoenlijk)\s+(?:\p{L}+\s+){0,2}?te\s+(?:voorspellen|zeggen|overzien|bepalen|inschatten|voorzien)\b/u;
/**
 * The writer's future inside a relative clause, while the main clause reports
 * what happened ("De internetconsultatie van het ontwerp … waarmee ik deze
 * verplichting zal regelen is op 24 april jl. gestart"): the clause names
 * the thing, the sentence tells the past.
 */
const PAST_AROUND_FUTURE = /\b(?:die|dat|waarmee|waarin|waarop|waarvoor|waardoor|welke)\s+(?:ik|wij|we|het kabinet)\b[^,.;]{0,120}?\b(?:zal|zullen)\s+\p{L}+\s+(?:is|zijn|werd|werden)\b[^,.;]{0,60}?\b(?:jl|jongstleden|gestart|begonnen|verschenen|gepubliceerd|afgerond|verstuurd|verzonden|opengesteld|ingegaan)\b/u;
/** A standing principle held to in the present ("Daarnaast houd ik mij aan mijn beleidsuitgangspunten voor herziening van …", "hanteer ik het uitgangspunt"): how the writer works, nothing undertaken, whatever its "voor" reads like. */
const HOLDS_TO = /\b(?:houd|houden)\s+(?:ik|wij|we)\s+(?:mij|ons)\b[^.;,]{0,20}?\baan\b|\b(?:ik|wij|we)\s+(?:houd|houden)\s+(?:mij|ons)\b[^.;,]{0,20}?\baan\b|\bhoudt\s+het\s+kabinet\s+zich\b[^.;,]{0,20}?\baan\b|\b(?:hanteer\s+(?:ik|wij|we)|(?:ik|wij|we)\s+hanteren?)\s+(?:[^\s,.;]+\s+){0,4}?(?:uitgangspunt|principe|lijn|criteri)/;
/**
 * An outcome others reach or adopt, forecast ("Naar verwachting zal er in het
 * voorjaar een akkoord worden bereikt in de Raad", "Het voorstel zal naar
 * verwachting voor de zomer door de Eerste Kamer worden aangenomen"): the
 * negotiation's or the vote's result, which no government can deliver.
 */
const OUTCOME_FORECAST = /\b(?:akkoord|overeenstemming|compromis|doel|doelen|doelstelling|doelstellingen|wetsvoorstel|voorstel|motie|amendement|richtlijn|verordening|conclusies|resolutie|verklaring)\b[^.;]{0,100}?\b(?:zal|zullen)\b[^.;]{0,100}?\b(?:worden\s+(?:bereikt|aangenomen)|(?:bereikt|aangenomen)\s+worden)\b|\b(?:zal|zullen)\b[^.;]{0,100}?\b(?:akkoord|overeenstemming|compromis|wetsvoorstel|voorstel|motie|amendement|richtlijn|verordening|conclusies|resolutie|verklaring)\b[^.;]{0,60}?\b(?:worden\s+(?:bereikt|aangenomen)|(?:bereikt|aangenomen)\s+worden)\b/;
/** The writer's own future in the sentence ("… en zal ik u informeren zodra …"): an assessment beside it does not rule it out. */
const FIRST_PERSON_FUTURE = /\b(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we|het kabinet|de regering)\b|\b(?:ik|wij|we|het kabinet|de regering)\s+(?:[^\s,.;]+\s+){0,4}?(?:zal|zullen|ga|gaan)\b/;
/**
 * A meeting's agenda ("De EU-inzet richting Kopenhagen zal worden besproken
 * tijdens de Milieuraad van 2 maart …", "Tijdens de Raad zal het voorstel aan
 * de orde komen"): what the meeting will discuss, not an act the government
 * undertakes; its date is the meeting's. So a matter put on a meeting's agenda ("«Holwerd aan Zee» zal voor dit
 * bestuurlijk overleg worden geagendeerd"). The government discussing it itself
 * ("Ik zal dit tijdens de Raad bespreken", "zal door Nederland worden
 * besproken") is another matter. So is the meeting said to be given to a
 * matter ("Het wekelijkse kabinetsoverleg op vrijdag zal voor een flink deel
 * in het teken staan van het geklapte overleg").
 */
const MEETING = String.raw`(?:de|het|een|deze|dit)\s+(?:[^\s,.;]+\s+){0,4}?\p{L}*(?:raad|raden|top|overleg|debat|vergadering|bijeenkomst|eurogroep|ecofin|conferentie)\b`;
const DISCUSSED = String.raw`(?:worden\s+(?:besproken|geagendeerd)|(?:besproken|geagendeerd)\s+worden|aan\s+de\s+orde\s+(?:komen|zijn)|op\s+de\s+agenda\s+(?:staan|komen))\b`;
const MEETING_AGENDA = new RegExp(String.raw`\b(?:zal|zullen)\b[^.;]{0,80}?\b${DISCUSSED}[^.;]{0,20}?\b(?:tijdens|in|op|bij|voor)\s+${MEETING}|\b(?:zal|zullen)\s+(?:[^\s,.;]+\s+){0,3}?(?:tijdens|in|op|bij|voor)\s+${MEETING}[^.;]{0,40}?\b${DISCUSSED}|^(?:[^\s,.;]+\s+){0,2}?(?:tijdens|in|op|bij)\s+${MEETING}[^.;]{0,120}?\b(?:zal|zullen)\b[^.;]{0,80}?\b${DISCUSSED}|^\s*${MEETING}[^.;]{0,60}?\b(?:zal|zullen)\b[^.;]{0,60}?\bin\s+het\s+teken\s+(?:staan|komen\s+te\s+staan)\s+van\b`, 'u');
/**
 * An invitation to the Kamer to act ("Ook wil ik uw Kamer nadrukkelijk
 * uitnodigen om op zeer korte termijn het overleg te voeren …"): what the
 * Kamer is asked to do, as a request is, and its term is the Kamer's.
 */
const INVITES_KAMER = /\b(?:u|uw kamer|de kamer|de commissie|de leden)\s+(?:[^\s,.;]+\s+){0,2}?(?:uitnodigen|uit\s+te\s+nodigen)\s+(?:om|tot)\b|\bnodig\p{L}*\s+(?:ik|wij|we)\s+(?:u|uw kamer|de kamer|de commissie|de leden)\b[^.;]{0,40}\buit\s+(?:om|tot)\b|\b(?:ik|wij|we)\s+nodig\p{L}*\s+(?:u|uw kamer|de kamer|de commissie|de leden)\b[^.;]{0,40}\buit\s+(?:om|tot)\b/u;
/**
 * The Kamer's request, received ("Op 13 december 2011 ontving ik uw verzoek
 * om de Kamer te informeren over de wijze waarop de motie … zal worden
 * uitgevoerd", "Ik heb uw brief ontvangen met het verzoek …"): the future in
 * it is what was asked; the government's answer, said apart ("en zal u …
 * informeren"), is the promise.
 */
const RECEIVED_REQUEST = /\b(?:ontving|ontvingen|kreeg|kregen|(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:[^\s,.;]+\s+){0,6}?(?:ontvangen|gekregen))\b[^.;]{0,60}?\b(?:verzoek|verzoeken|vraag|vragen)\b|\b(?:uw|het|een|de)\s+(?:\p{L}+\s+)?(?:verzoek|verzoeken)\b[^.;]{0,60}?\b(?:ontving|ontvingen|kreeg|kregen|(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:[^\s,.;]+\s+){0,3}?(?:ontvangen|gekregen))\b/u;
/**
 * A member's question reported ("mevrouw Nooren vroeg of ik inmiddels zicht
 * heb op het aantal …, want daar zal het in de praktijk vaak om gaan", "De
 * heer X vraagt wanneer het rapport zal verschijnen"): the future after it is
 * the question's. The writer's own act before it ("Ik zal de Commissie vragen
 * of …") stays one.
 */
const ASKED = /\b(?:vroeg|vroegen|vraagt|(?<!\b(?:ik|wij|we|zal|zullen|te|om|gaan|ga|willen|wil)\s+)vragen|(?:heeft|hebben)\s+(?:[^\s,.;]+\s+){0,3}?gevraagd)\s+(?:[^\s,.;]+\s+){0,3}?(?:of|wanneer|hoe|waarom|welke)\b/;
/** The writer's own future act restated in the "dat" clause of what was said before: "dat ik u … zal informeren". */
const RESTATED_FUTURE = /\bdat\s+(?:ik|wij|we|het kabinet)\b[^.;]{0,120}\b(?:zal|zullen)\b/;
/** The writer's answer coordinated after the request received: "… en zal u … informeren", "…, waarop ik u nu bericht". */
const ANSWERS_AFTER = /\b(?:en|maar)\s+(?:ik\s+|wij\s+|we\s+)?(?:zal|zullen|ga|gaan|stuur|informeer|bericht|kom)\b/;
/**
 * The independent bodies (D11 (c)) on lower-cased text, without an article: by name, or by the noun of their kind alone
 * or at the head of a compound ("de inspectie", "de arbeidsinspectie", "de planbureaus").
 */
const INDEPENDENT_BODIES = `${namesPattern(INDEPENDENT_BODY_NAMES.map((name) => name.toLowerCase()))}|${INDEPENDENT_BODY_KINDS.map((kind) => String.raw`\p{L}*${kind}s?`).join('|')}`;
/**
 * A third party named in lower case as the subject of the future or of an
 * intention ("Daarnaast zal het voorzitterschap naar verwachting … informatie
 * delen", "De lidstaten zullen …", "Het Zweedse voorzitterschap is voornemens
 * om … te rapporteren", also after a heading the page ran into the sentence,
 * "… (voortgangsrapport) Het Zweedse voorzitterschap …"): its plan, not the government's (GUIDE.md:
 * a presidency, the Commission, a Council, municipalities, independent bodies,
 * experts, the Kamer's own fracties). A name in capitals is read by BODY_WILL; after the writer ("Ik zal
 * het voorzitterschap vragen …") the body is the object. So an aim with its
 * owner named ("Het streven van het voorzitterschap is om … af te ronden"), what
 * is told on its word ("Volgens de planning van de Commissie wordt het voorstel
 * in juni gepresenteerd") and
 * what a body has decided or wishes ("… hebben de onderstaande fracties de
 * behoefte vragen en opmerkingen voor te leggen aan de Minister").
 */
const THIRD_PARTY_NOUN = String.raw`(?:voorzitterschap|fracties|fractie|(?:europese\s+)?commissie|(?:europese\s+)?raad|lidstaten|lidstaat|gemeenten|gemeente|provincies|provincie|waterschappen|toezichthouders?|rekenkamer|ombudsman|rapporteurs?|onderzoekers|deskundigen|experts|adviescommissie|agentschap|autoriteit|${INDEPENDENT_BODIES})`;
/**
 * The government's own act planned for a term ahead, told with the act as the subject of a present ("Eind december
 * vindt een eerste overleg plaats", "In 2026 vindt de herijking plaats van de Deltabeslissingen", "De openstelling is
 * voorzien voor medio 2015", "De toezending aan uw Kamer … is voor het derde trimester van 2015 gepland"): a present
 * with future meaning (GUIDE §1, D11 b). The subject is a noun of doing (a verbal noun, or work the government does or
 * commissions; not a change that comes by itself, "In 2026 vindt de grootste daling plaats": a forecast), the term is an adverbial of the planning verb, and no one else is named as its owner or agent: a
 * Council or a meeting of others takes place on its own day ("Op 13 maart vindt de Raad plaats"), no act of ours, and
 * the Kamer's treatment of a bill and its committees' meetings are its own planning ("De plenaire behandeling vindt in
 * maart plaats", "De rondetafelbijeenkomst zal in maart plaatsvinden", "Het gesprek met de commissie zal …", as
 * committee notes tell them; GUIDE §1). "Nu" says the act is under way ("Het overleg vindt nu plaats"), except after
 * a future, where it says what the plan now is ("Deze sessie zal nu begin juli plaatsvinden").
 */
const TAKES_PLACE = String.raw`(?:vindt|vinden)\b(?:\s+\S+){0,12}?\s+plaats`;
/**
 * The same plan told in the future, of the act's taking place or of its being done ("De openstelling van de laatste
 * regelingen zal binnenkort plaatsvinden", "Het wetsvoorstel zal naar verwachting in de zomer van 2025 in consultatie
 * gaan", "Per 1 juli 2025 zal de aanwijzing van de gemachtigde instanties zijn afgerond"): the subject is the act, as
 * in the present: a thing-subject future whose agent is the government (GUIDE §1), not a third party's for want of a
 * government word.
 */
const WILL_BE_DONE = String.raw`(?:zal|zullen)\b(?:\s+\S+){0,12}?\s+(?:plaats\s*vinden|(?:zijn|worden)\s+(?:\S+\s+)?(?:afgerond|voltooid|uitgerold)|in\s+consultatie\s+gaan|van\s+start\s+gaan)`;
const PLANNED_PARTICIPLE = String.raw`(?:voorzien|gepland|ingepland|beoogd)`;
const PLANNED_VERB = new RegExp(String.raw`\b${TAKES_PLACE}\b|\b${WILL_BE_DONE}\b|\b(?:is|zijn|wordt|worden|staat|staan)\s+(?:\S+\s+){0,10}?${PLANNED_PARTICIPLE}\b(?!\s+(?:in|van)\s+(?:het|de|een)\s)`, 'u');
const ACT_SUBJECT = /(?<!\p{L})(?:\p{L}{2,}(?<!dal|stijg|verander|ontwikkel|verschuiv|beweg|opwarm|verzilt|vergrijz)ing|\p{L}*(?:gesprek|gesprekken|overleg|overleggen|onderzoek|evaluatie|verkenning|analyse|consultatie|bijeenkomst|sessie|publicatie|presentatie|doorlichting|wetsvoorstel|rapportage|voortgangsbrief|kabinetsreactie|beleidsreactie|actieplan|ambtsbericht))\b/u;
const NOT_OUR_PLAN = new RegExp(String.raw`\b(?:raad|top|\p{L}*verordening|europese|eu-\p{L}+|conferentie|vergadering|verkiezingen?|stemming|debat|hoorzitting|bijeenkomst\s+van|(?:plenaire|parlementaire)\s+behandeling|rondetafel\p{L}*|deskundigen\p{L}*|\p{L}*briefing|werkbezoek)\b|\b(?:in|door|met)\s+(?:de|uw)\s+(?:tweede\s+|eerste\s+)?kamer\b|\bmet\s+(?:de|uw)\s+(?:vaste\s+)?(?:kamer)?commissie\b|\bvan\s+(?:de|het)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\b|\bdoor\s+(?:de|het|een)\s|\b(?:momenteel|thans|op dit moment)\b|(?<!\b(?:zal|zullen)\s)\bnu\b`, 'u');
/**
 * A term the finder leaves unread, because the day an event takes place is no deadline of a delivery (GUIDE §2) or for
 * words it lacks ("voor het derde trimester van 2015"): here the event is the government's own act, so the term makes
 * the present a plan. Only a term that sets a time ("rond 2130" approximates one).
 */
const TERM = String.raw`(?:binnenkort|(?:in|voor|vóór|na|begin|eind|einde|medio|uiterlijk|met ingang van|per)\s+(?:(?:begin|eind|einde|medio)\s+)?(?:(?:het|de)\s+)?(?:(?:eerste|tweede|derde|vierde|laatste)\s+)?(?:\d{4}|(?:\d{1,2}\s+)?(?:${DUTCH_MONTH_ALTERNATION})(?:\s+\d{4})?|voorjaar|najaar|zomer|winter|zomerreces|kerstreces|kwartaal|trimester|helft)(?:\s+(?:van\s+)?\d{4})?)(?!\p{L})`;
export const PLANNED_TERM = new RegExp(`\\b${TERM}`, 'iu');
/**
 * The term as an adverbial of the planning verb: opening the clause, inside "vindt … plaats", after "plaats" (right
 * after it when the finder has not read it as a term ahead: "vindt altijd plaats binnen de grenzen van voor 4 juni
 * 1967" dates a border), or next to the participle.
 */
const termOfThePlan = (term: string, afterPlaats: string) => new RegExp(String.raw`^\s*(?:\S+\s+){0,2}?${term}\s+(?:vindt|vinden|is|zijn|wordt|worden|staat|staan|zal|zullen)\b|\b(?:zal|zullen)\b(?:\s+\S+){0,6}?\s+${term}(?:\s+\S+){0,8}?\s+(?:plaats\s*vinden|zijn|worden|in\s+consultatie|van\s+start)\b|\b(?:vindt|vinden)\b(?:\s+\S+){0,6}?\s+${term}(?:\s+\S+){0,8}?\s+plaats\b|\bplaats${afterPlaats}${term}|(?<!\p{L})${term}\s+${PLANNED_PARTICIPLE}\b|\b${PLANNED_PARTICIPLE}\s+${term}`, 'u');
const TERM_OF_THE_PLAN = termOfThePlan(TERM, String.raw`\s+`);
/** The finder's term, put in the phrase's place. */
const PHRASE_MARK = '\u00a7';
const FINDERS_TERM_OF_THE_PLAN = termOfThePlan(PHRASE_MARK, String.raw`(?:\s+\S+){0,12}?\s+`);

export function plannedAhead(lower: string, hasFutureDeadline: boolean, duePhrase: string | undefined): boolean {
  const phrase = duePhrase?.replace(/\s+/g, ' ').toLowerCase();
  return conjunctsOf(lower).some(({ text }) => {
    if (!PLANNED_VERB.test(text) || SUBORDINATE.test(text) || NOT_OUR_PLAN.test(text)) return false;
    if (hasFutureDeadline && phrase === undefined) return ACT_SUBJECT.test(text);
    const marked = hasFutureDeadline ? text.replace(phrase!, PHRASE_MARK) : text.replace(PLANNED_TERM, PHRASE_MARK);
    return (hasFutureDeadline ? FINDERS_TERM_OF_THE_PLAN : TERM_OF_THE_PLAN).test(hasFutureDeadline ? marked : text) && ACT_SUBJECT.test(marked);
  });
}
/** The thing a relative clause describes is another's ("het jaarverslag van de Algemene Rekenkamer, dat in mei aan de Kamer zal worden aangeboden"): its delivery is that body's, not the government's. */
const ANOTHERS_THING_BEFORE = new RegExp(String.raw`\bvan\s+(?:de|het)\s+(?:[\p{L}-]+\s+){0,3}?${THIRD_PARTY_NOUN}(?:\s+[\p{L}-]+){0,3}?\s*,?\s*$`, 'u');
/**
 * What "er komt" says comes is the government's delivery when it is about a matter ("een vervolg op het Aanjaagteam",
 * "een brief over de monitoringsresultaten", "meer helderheid over …"); a bare thing coming is a forecast ("Er komt een
 * tweede golf"). Not when it is a debate or hearing (the Kamer's planning: "Op 12 maart komt er een commissiedebat over
 * …"), an EU instrument ("Er komt een Europese richtlijn") or another's ("een nieuwe richtlijn van de Europese Commissie"),
 * nor a motion, an amendment or an initiative of the Kamer's members ("Er komt een motie over …").
 */
const COMES_NOT_OURS = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}?\p{L}*(?:debat|hoorzitting|rondetafelgesprek|vergadering|stemming|verkiezing|verkiezingen|motie|moties|amendement|amendementen)\b|^(?:[\p{L}-]+\s+){0,2}?initiatief\p{L}*|\beuropese\b|\bvan\s+(?:de|het)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\b`, 'u');
const BURDEN_COMES = /^(?:[\p{L}-]+\s+){0,2}?(?:kosten|lasten|druk|werk|werkdruk|tekorten?|tegenvallers?|risico's|risico’s|risico|problemen|klachten|\p{L}*verordening|eu-\p{L}+)\b/u;
function thingComesOfOurs(lower: string): boolean {
  const comes = THING_COMES.exec(lower);
  if (comes !== null && /\b(?:over|op)\s/.test(comes[1]!) && !COMES_NOT_OURS.test(comes[1]!)) return true;
  const made = THING_MADE_COMES.exec(lower);
  return made !== null && /\b(?:voor|beschikbaar)\b/.test(made[1]!) && !COMES_NOT_OURS.test(made[1]!) && !BURDEN_COMES.test(made[1]!);
}
/**
 * A third party's document as the subject ("Het rapport van de Algemene
 * Rekenkamer verschijnt in mei", "Het advies van de commissie wordt in maart
 * gepubliceerd"): its appearing is the third party's, not a promise, unless
 * the writer acts in the sentence ("…, dat ik u direct zal toesturen").
 */
const THIRD_PARTY_DOCUMENT = new RegExp(String.raw`^\s*(?:het|de)\s+(?:[\p{L}-]+\s+)?(?:rapport|rapportage|advies|onderzoek|raming|evaluatie|verslag|jaarverslag|publicatie|monitor|voorstel|oordeel)\s+van\s+(?:het|de)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\b`, 'u');
/** The finite verb of a plan: the future, an intention, an expectation. */
const PLANS = String.raw`(?:zal|zullen|is\s+voornemens|zijn\s+voornemens|is\s+van\s+plan|zijn\s+van\s+plan|heeft\s+het\s+voornemen|verwacht|verwachten|streeft|streven|wil|willen|gaat|gaan)`;
const THIRD_PARTY_SUBJECT = new RegExp(
  String.raw`\b(?:zal|zullen)\s+(?:(?:naar\s+verwachting|vervolgens|ook|daarnaast|dan)\s+)?(?:het|de)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\b|^\s*(?:het|de)\s+(?:streven|voornemen|bedoeling|intentie|planning|inzet)\s+van\s+(?:het|de)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\b|^\s*(?:volgens|naar\s+verwachting\s+van)\s+(?:(?:de|het)\s+(?:planning|verwachting|voorstel|informatie|tijdpad|agenda|werkprogramma)\s+van\s+)?(?:het|de)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\b|\b(?:hebben|heeft)\s+(?:het|de)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\s+(?:de\s+behoefte|het\s+voornemen|besloten)\b|\b(?:is|zijn)\s+(?:het|de)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\s+(?:[^\s,.;]+\s+){0,2}?voornemens\b|(?:^(?:(?!(?:door|van|aan|met|bij|voor|namens|via)\s)[^\s,.;]+\s+){0,3}?|\)\s+)(?:het|de)\s+(?:[\p{L}-]+\s+)?${THIRD_PARTY_NOUN}\s+${PLANS}\b(?!\s+(?:ik|wij|we|het kabinet|de regering)\b)`,
  'u',
);

/**
 * A body named as the subject the sentence opens on, its future or plan next (PLANS: "De NZa zal de cijfers in maart
 * publiceren", "Het Planbureau voor de Leefomgeving zal …", "TenneT verwacht … te publiceren", "De gemeente Amsterdam
 * is voornemens …"): who acts is that body, a third party unless it is the government's own (GOVERNMENT_BODY). A name
 * is told by its capital after an article, or, opening the sentence without one, by a capital inside it ("TenneT",
 * "NZa", "PROACT"): a plain sentence-initial capital ("Deze maatregel zal …") names no one.
 */
const NAMED_SUBJECT_WILL = new RegExp(String.raw`^\s*(?:(?:[Dd]e|[Hh]et)\s+(?:(?:gemeente|provincie|stichting|vereniging)\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:(?:van|voor|en|de|het|der)\s+)?\p{Lu}[\p{L}-]*)*)|(\p{Lu}\p{L}*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*))\s+(?:\([^)]{0,80}\)\s+)?${PLANS}\b`, 'u');
function namedSubjectOfTheFuture(sentence: string): string | undefined {
  const named = NAMED_SUBJECT_WILL.exec(sentence);
  return named ? (named[1] ?? named[2]) : undefined;
}

export interface Verdict {
  kind: 'promise' | 'skip' | 'none';
  cues: Cue[];
  why?: SkipReason;
  confidence: number;
  status: 'open' | 'ongoing' | 'delivered';
  deliveredOn?: CivilDate;
  restating: boolean;
}

const NONE: Verdict = { kind: 'none', cues: [], confidence: 0, status: 'open', restating: false };

/**
 * A present passive of the government's act, said of an occasion still to
 * come that the finder may not date: the sentence opens on the thing done and
 * names where it happens next — a meeting, a document still to be made, named
 * without an article of its own ("Deze informatie-afspraken worden vervolgens
 * verankerd in een Europawet") — or opens on an event named by a verb ("Bij
 * het bereiken van de mijlpaal wordt het beeld geactualiseerd"). "Bij de
 * Najaarsnota worden wijzigingen … doorgevoerd" and "De regeling wordt
 * uitgevoerd in een aantal gemeenten" describe how things go. A turn of the
 * debate itself ("De resterende vragen worden beantwoord tijdens de eerste
 * termijn van het kabinet", in written answers sent before it) is the
 * speech's own course, no occasion (GUIDE §1, D2 of session 33).
 */
const LOOSE_PARTICIPLE = String.raw`(?:(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen|voort)?ge\p{L}{2,}(?:d|t|en)|(?:be|ver|her|ont)\p{L}{2,}(?:d|t))`;
/** Heads of a noun of an act in -ing ("beantwoording", "toezending", "regeling") or of a thing the government delivers or decides. */
const ACT_HEADS = String.raw`[\p{L}-]*(?:ing|rapportage|evaluatie|besluit|brief|rapport|voorstel|plan|nota|notitie|reactie|standpunt|visie|verslag|overzicht|publicatie|presentatie|analyse|onderzoek|verkenning|wet)`;
/**
 * What "streven naar" may name as an act within its first words: "een zo spoedig mogelijke beantwoording", "een
 * rapportage aan uw Kamer", "een besluit over de locatie", or a verb made a noun whose object is such a thing ("het
 * afronden van de evaluatie", "het wijzigen van de Wet op de zorgtoeslag"), not a state or an outcome ("het voorkomen
 * van slachtoffers").
 */
const AIMED_ACT = String.raw`(?:het\s+\p{L}+en\s+van\s+)?(?:[\p{L}-]+\s+){0,3}?${ACT_HEADS}\b`;
const ACT_WORD = new RegExp(String.raw`^${ACT_HEADS}$`, 'u');
/**
 * A wish or a need said of what should happen, with no one undertaking it (GUIDE §1, "het is van belang dat"): "Het is
 * van belang dat de Kamer voor de zomer van 2026 wordt geïnformeerd", "Het is wenselijk om de regeling te evalueren".
 * The government named in it ("Het is van belang dat ik u voor de zomer informeer") may still promise.
 */
const WISH_FRAME = /^\s*(?:(?:maar|en|ook|daarom|wel)\s+)?(?:het\s+is\s+(?:\p{L}+\s+)?(?:van\s+belang|belangrijk|wenselijk|gewenst|nodig|noodzakelijk|zaak)|het\s+verdient\s+(?:aanbeveling|de\s+voorkeur))\s+(?:dat|om)\b([^.;]*)/u;
/** The government named anywhere in the sentence: "Het is belangrijk dat de Kamer goed wordt geïnformeerd; daarom zal ik u … sturen" undertakes in its second clause. */
const GOVERNMENT_ACTS_TOO = new RegExp(String.raw`\b(?:${THE_WRITER}|mij|ons)\b`);
/**
 * A future passive done in or by a committee, the writer not named ("Voor het kennismakingsgesprek zullen in de
 * commissie nog gespreksonderwerpen geïnventariseerd worden", "Het verslag zal door de vaste commissie worden
 * vastgesteld"): the committee's own planning, as KAMER_ACTS's, or an outside committee's work (GUIDE §1).
 */
const COMMITTEE_PASSIVE = /\b(?:zal|zullen)\s+(?:(?!(?:na|voor|voorafgaand|voorafgaande|bij|tijdens|aan|met|van|over|tot|vanaf|sinds|de|het|een)\b|[^\s,.;]*ing\b)[^\s,.;]+\s+){0,3}?(?:in|door)\s+de\s+(?:vaste\s+)?commissie\b[^.;]{0,80}\bworden\b/u;
/** The Kamer as the one acting in a future of its own ("Uw Kamer zal het wetsvoorstel in maart plenair behandelen"): its own planning (GUIDE §1). */
const KAMER_ACTS = /^(?:(?:(?!\b(?:ik|wij|we|dat|zodat|waarna|nadat)\b)[^,.;]){0,40}\s)?(?:uw|de)\s+(?:tweede\s+|eerste\s+)?kamer\s+(?:zal|zullen)\s+(?:[^\s,.;]+\s+){0,10}?(?<!\b(?:de|het|een|deze|die|dit|alle|welke)\s)(?:behandelen|bespreken|debatteren|stemmen|besluiten|agenderen|vergaderen|aannemen|verwerpen|instemmen)\b/u;
/**
 * The writer striving for a state or an outcome, as NOMINAL_AIM's aim for a state: "streven naar" a thing that is no
 * act ("Samen met alle betrokken partijen streven we naar het voorkomen van slachtoffers", "De minister streeft naar
 * het vormgeven van «modern burgerschap»"), or "ernaar" a thing held or had in some state ("Ik streef ernaar om de
 * verschillende oplossingsrichtingen scherp te hebben", "streven we er naar om het spoor veilig te houden"). It names
 * no act to keep or break; with a term, a delivery or a noun of an act ("streef naar toezending in september", "Ik
 * streef naar een inwerkingtreding van de nieuwe regeling", "Ik streef ernaar het plan klaar te hebben") it is an
 * intention with an act. The impersonal "gestreefd wordt naar", "wordt gestreefd naar" reads alike ("… waarbij
 * gestreefd wordt naar het gebruik van één type brandstof" is an aim; "Gestreefd wordt naar afronding rond de
 * jaarwisseling" an intention).
 */
const STRIVES_FOR_A_THING = new RegExp(String.raw`\b(?:(?:streef|streeft|streven)\s+(?:(?:${THE_WRITER})\s+)?|gestreefd\s+(?:wordt|werd)\s+|(?:wordt|werd)\s+(?:er\s+)?gestreefd\s+)naar\s+(?!${AIMED_ACT})`, 'u');
const STRIVES_FOR_A_STATE = /\b(?:streef|streeft|streven)\b[^.;]{0,30}?\ber\s*naar\s+(?:om\s+)?((?:[^\s,.;]+\s+){1,6}?)([^\s,.;]+)\s+te\s+(?:hebben|houden|zijn|blijven|worden)\b/;
/** Before "te hebben": a participle makes it an act done ("afgerond te hebben"), an article or pronoun a thing had. */
const STATE_WORD_NOT = new RegExp(String.raw`^(?:${LOOSE_PARTICIPLE}|de|het|een|dat|dit|die|deze)$`, 'u');
function strivesForAState(lower: string): string | undefined {
  const thing = STRIVES_FOR_A_THING.exec(lower);
  if (thing) return thing[0].trim();
  const state = STRIVES_FOR_A_STATE.exec(lower);
  if (!state || STATE_WORD_NOT.test(state[2]!) || state[1]!.trim().split(/\s+/).some((word) => ACT_WORD.test(word))) return undefined;
  return state[0].trim();
}
const PASSIVE_AT_OCCASION = new RegExp(
  String.raw`^(?:de|het|deze|dit|die)\s(?:(?!(?:dat|of|die|welke|waarna|als|wanneer|omdat|nadat)\s)[^\s,.;:]+\s){1,8}?(?:wordt|worden)\s(?:(?:(vervolgens|daarna|later|nog)|dan)\s)?(${LOOSE_PARTICIPLE})\s(?:(vervolgens|daarna)\s)?(?:tijdens\s(?:de|het)\s(?:debat|plenaire\s+behandeling|behandeling|wetgevingsoverleg|commissiedebat)|in\s(?:de\s+eerstvolgende|de\s+volgende|de\s+komende)\s(?:[^\s,.;:]+\s){0,2}?\p{L}*(?:wet|wetsvoorstel|regeling|besluit|brief|rapportage|nota|visie|plan|begroting)|in\s+een\s+(?:nieuwe\s+|aparte\s+|afzonderlijke\s+)?\p{L}*(?:wet|wetsvoorstel|regeling|besluit|brief|rapportage|nota|visie|plan))\b|^bij\s+het\s+\p{L}+en\s+van\s+(?:de|het|een)\s+[^,.;:]{1,60}?\s(?:wordt|worden)\s(?:de|het|een|deze|dit)\s(?:[^\s,.;:]+\s){0,4}?(${LOOSE_PARTICIPLE})\s*[,.;:]?\s*$`,
  'u',
);
/** What a debate or the Kamer does with a thing ("wordt behandeld tijdens de plenaire behandeling"): the Kamer's act, not the government's. */
const DEBATED_PARTICIPLE = /^(?:behandeld|besproken|geagendeerd|aangenomen|verworpen|gestemd|aangehouden|ingediend|gesteld)$/;

function passiveAtOccasion(lower: string): string | undefined {
  const passive = PASSIVE_AT_OCCASION.exec(lower.trim());
  if (!passive) return undefined;
  const participle = passive[2] ?? passive[4]!;
  // "in een <document>" names one still to be made only after "vervolgens", "daarna", "later" or "nog": "De kosten worden geraamd in een nota" describes.
  const sequenced = passive[1] !== undefined || passive[3] !== undefined || !/\bin\s+een\s/.test(passive[0]);
  return sequenced && !NO_ACT_PARTICIPLE.test(participle) && !DEBATED_PARTICIPLE.test(participle) ? passive[0].trim() : undefined;
}

/**
 * A present passive whose own conjunct holds the term ahead, in any word order ("… is verder onderzoek in gang gezet en
 * worden nog dit jaar concrete maatregelen doorgevoerd", "• het fonds … wordt in 2023 eenmalig verhoogd met …", "…, wordt
 * het programma eind 2014 voor het eerst … geëvalueerd"): in a minister's letter the government is the implied agent of
 * what is done at a time still ahead, as PASSIVE_OF_THING reads it where the sentence opens on the thing done. A passive
 * coordinated without a subject of its own ("dat de cijfers over 2018 in het voorjaar 2019 beschikbaar zijn en worden
 * opgenomen in de 23e Halfjaarrapportage") shares the conjunct before it, and so its term. The participle ends its
 * conjunct or a preposition follows it. Not: a term without a relation word of time ("een aantal toekomstvaste korte
 * termijn maatregelen", "bij de Najaarsnota"), which names a kind or an occasion; a conjunct opened on its time ("In
 * 2019 wordt de bevrijding herdacht") or a clause of its own ("…, waarna zij in 2026 nogmaals worden gevalideerd"), which
 * tell what happens then, as with PASSIVE_OF_THING; an agent named ("door de Raad van State"); verbs of opinion or of the
 * Kamer's own treatment ("wordt … gestemd"). A "dat" clause carries what is said, and is read.
 */
const PASSIVE_IN_CONJUNCT = new RegExp(String.raw`^\s*(?:[^,.;:]{0,100}?\s)?(?:wordt|worden)\s(?:[^,.;:]{0,120}?\s)?(${LOOSE_PARTICIPLE})(?=\s*(?:[,.;:]|$)|\s(?:in|met|naar|aan|op|bij|tot|voor|via|binnen)\s)`, 'u');
const CONJUNCT_BOUNDARY = /(?<!\d),(?!\d)|[;:•]|\s(?:en|maar|dat)\s/g;
/** A clause of its own that says why, when or after what, or describes a thing: "…, waarna zij in 2026 nogmaals worden gevalideerd". */
const SUBORDINATE = /^\s*(?:waarna|nadat|voordat|omdat|zodat|doordat|als|wanneer|indien|terwijl|waardoor|waarbij|waarin|waarmee|waarover|waarop|die|welke)\b/;
const TIME_ADVERBIAL = /^(?:in|voor|vóór|na|op|tijdens|begin|eind|einde|medio|uiterlijk|nog|binnen|vanaf|rond|dit|deze|volgend|volgende|komend|komende|aan|half|per|later|halverwege)\b/;

function passiveWithItsTerm(lower: string, duePhrase: string | undefined): boolean {
  const phrase = duePhrase?.replace(/\s+/g, ' ').toLowerCase();
  if (phrase !== undefined && !TIME_ADVERBIAL.test(phrase)) return false;
  const at = phrase === undefined ? -1 : lower.indexOf(phrase);
  const conjuncts = conjunctsOf(lower);
  return conjuncts.some(({ start, text }, index) => {
    const passive = PASSIVE_IN_CONJUNCT.exec(text);
    if (passive === null || SUBORDINATE.test(text) || NO_ACT_PARTICIPLE.test(passive[1]!) || DEBATED_PARTICIPLE.test(passive[1]!) || /\bdoor\s+(?:de|het|een|deze|dit)\s/.test(text)) return false;
    if (phrase === undefined) return true;
    const shared = /^\s*(?:wordt|worden)\b/.test(text) && index > 0 ? conjuncts[index - 1]!.start : start;
    if (at < shared || at >= start + text.length) return false;
    // Opened on its time or occasion: the term comes first in the conjunct, before the passive's verb.
    return !(at - shared <= 1 && at < start + passive.index + passive[0].search(/\b(?:wordt|worden)\b/));
  });
}

/** A participle, strong ones with an unstressed prefix too ("betrokken", "beschreven", "verworpen"): the document the rule asks for keeps an infinitive out. */
const PARTICIPLE_WITH_STRONG = String.raw`(?:${LOOSE_PARTICIPLE}|(?:be|ver|ont)\p{L}{3,}en)`;
/**
 * A present passive whose vehicle is a document still to come ("Alle … zienswijzen en reacties worden beantwoord in een
 * Nota van Antwoord", "Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht", "Ook worden
 * relevante … onderzoeken … in de aanstaande Toekomstvisie … vertaald naar beleid"): the document is the government's,
 * so what is done in it is the government's act ahead, as a term would make it (DOCUMENT_AHEAD: one already there, "in de
 * nota", describes). Not: an agent named ("door de provincie"), verbs of opinion or of the Kamer's own treatment, a
 * clause of its own that says why or when.
 */
const PASSIVE_IN_DOCUMENT_AHEAD = new RegExp(String.raw`\b(?:wordt|worden)\s(?:[^.;:]{0,160}?\s)?(?:${DOCUMENT_AHEAD}\s(?:[^,.;:]{0,60}?\s)?(${PARTICIPLE_WITH_STRONG})\b|(${PARTICIPLE_WITH_STRONG})\s(?:[^,.;:]{0,40}?\s)?${DOCUMENT_AHEAD})`, 'u');

function passiveInDocumentAhead(lower: string): boolean {
  const passive = PASSIVE_IN_DOCUMENT_AHEAD.exec(lower);
  if (passive === null) return false;
  const participle = passive[1] ?? passive[2]!;
  const clause = clauseAround(clausesOf(lower), passive.index);
  return !SUBORDINATE.test(clause?.text ?? '') && !NO_ACT_PARTICIPLE.test(participle) && !DEBATED_PARTICIPLE.test(participle) && !/\bdoor\s+(?:de|het|een|deze|dit)\s/.test(passive[0]);
}

function conjunctsOf(lower: string): { start: number; text: string }[] {
  const conjuncts: { start: number; text: string }[] = [];
  let start = 0;
  for (const boundary of lower.matchAll(CONJUNCT_BOUNDARY)) {
    conjuncts.push({ start, text: lower.slice(start, boundary.index) });
    start = boundary.index + boundary[0].length;
  }
  conjuncts.push({ start, text: lower.slice(start) });
  return conjuncts;
}

function passiveAhead(lower: string): boolean {
  const passive = PASSIVE_BY_GOVERNMENT.exec(lower) ?? PASSIVE_OF_THING.exec(lower);
  return passive !== null && !NO_ACT_PARTICIPLE.test(passive[1]!) && !/\bdoor\s+(?:de|het|een)\s/.test(passive[0]);
}

/**
 * Where the act is: the cue at `index`, or, when that sits in an adverbial
 * clause of reason or condition ("Omdat de conclusies inhoudelijk niet meer
 * zullen wijzigen, zullen wij de motie uitvoeren"), the same kind of word in
 * the first main clause after it.
 */
function actAt(lower: string, index: number): number {
  const clauses = clausesOf(lower);
  if (!clauseAround(clauses, index)?.adverbial) return index;
  for (const clause of clauses) {
    if (clause.start <= index || clause.adverbial) continue;
    const again = /\b(?:zal|zullen|ga|gaan|wil|willen)\b/.exec(clause.text);
    if (again) return clause.start + again.index;
  }
  return index;
}

/**
 * Where only the term ahead makes a present an undertaking, the term must be
 * the act's own: "Het kabinet gebruikt deze cijfers om te bezien … zoals het
 * kabinet die op Prinsjesdag presenteert" dates what the relative clause
 * describes, not the use.
 */
function termInActsClause(lower: string, duePhrase: string | undefined): boolean {
  if (duePhrase === undefined) return true;
  const at = lower.indexOf(duePhrase.replace(/\s+/g, ' ').toLowerCase());
  return at < 0 || (!inRelativeClause(lower, at) && !inAWish(lower, at));
}

/**
 * A wish or request named as a noun with what it asks for ("het kabinet heeft begrip voor de wens om het regeerprogramma
 * zo snel mogelijk te ontvangen", "gehoor gevend aan het verzoek van de commissie om voor 1 juni een brief te sturen"):
 * a term in what is asked is the asker's (GUIDE.md: the Kamer's request is no promise unless taken over in so many words).
 */
const WISH_ASKS = /\b(?:wens|wensen|verzoek|verzoeken|oproep|behoefte|pleidooi)\s+(?:van\s+(?:[^\s,.;:]+\s+){1,6}?)?(?:om|tot)\s+[^,;:]*$/;

function inAWish(lower: string, index: number): boolean {
  return WISH_ASKS.test(lower.slice(0, index));
}

/** The new term a decision or a request names ("… te verlengen tot 20 februari", "uit te stellen, naar oktober 2017"), also where the finder cannot date it. */
const NEW_TERM_NAMED = new RegExp(String.raw`\b(?:tot|naar|tot en met)\s+(?:\d{1,2}\s+)?(?:${DUTCH_MONTH_ALTERNATION})\b`);

/** The writer as a clause's subject, "ik", "wij" or the signer ("de ondergetekende"): a passive's named agent is then in a clause of its own. */
const FIRST_PERSON_SUBJECT = new RegExp(String.raw`\b(?:ik|wij|we|${THE_SIGNER})\b`, 'u');
/** "dat ik voornemens ben …", "dat wij … zullen": the clause a telling opens undertakes. */
const UNDERTAKES_IN_THAT_CLAUSE = /\bdat\s+(?:ik|wij|we|het kabinet)\s+(?:(?!dat\b|die\b)[^\s,.;]+\s+){0,16}?(?:zal|zullen|voornemens|ga|gaan|streef|streven)\b/;

/**
 * The letter's own telling, said in its future ("In deze brief zal ik ingaan op …", "Hierbij zal ik stilstaan bij …",
 * "… zal ik de visie beschrijven en de maatregelen toelichten"), answering or reacting in it ("De vragen van het lid …
 * zal ik in deze brief beantwoorden", "Ik zal mij in deze brief beperken tot de hoofdlijnen"): what the letter goes on to
 * say, done by this letter.
 */
const TELLING_VERB = /\b(?:ingaan|in\s+gaan|stilstaan|stil\s+staan|uiteenzetten|uiteen\s+zetten|beschrijven|toelichten|toe\s+lichten|schetsen|informeren|berichten|melden|aangeven|weergeven|behandelen|bespreken|noemen|presenteren|samenvatten|beantwoorden|antwoord\s+geven|reageren|beperken)\b/;
/**
 * The letter named as such ("in deze brief", "met deze brief"); "hierbij" is left out, for in a future it points back
 * to an occasion ("Voorafgaand aan de Raad zit de minister het ontbijt voor. … zal hierbij ook een terugkoppeling
 * geven"), not to the letter.
 */
const LETTER_NAMED = /\b(?:bij|met|in|via) (?:deze|dit|onderhavige) (?:brief|kamerbrief|voortgangsbrief|verslag|beantwoording|rapportage)\b/;
/** A future that is what the letter tells about, in a clause of its own ("Met deze brief geef ik aan hoe ik deze motie zal uitvoeren"). */
const TOLD_ABOUT_FUTURE = /\b(?:dat|hoe|wat|of|welke|waarop|waarin|wanneer|zodat|die)\b[^,;:]*\b(?:zal|zullen)\b/;

/**
 * This letter acts now ("In deze brief informeer ik u …", "Met deze brief stuur ik u …"); a future in the clause that
 * names the letter is later than it, so, unless the letter only tells in it, that act is still to come: "Tevens zal ik in
 * deze brief nogmaals mijn excuses aanbieden" (a letter still to be written to those concerned), "zal ik de
 * onderzoeken in deze brief slechts beperkt toelichten en mijn beleidsreactie … in juni meesturen" (the term's own
 * conjunct tells nothing). Where the term stands, its conjunct decides; without one, the whole clause.
 */
function laterThanTheLetter(lower: string, duePhrase: string | undefined): boolean {
  const named = LETTER_NAMED.exec(lower);
  if (!named) return false;
  const clause = clauseAt(lower, named.index);
  const future = /\b(?:zal|zullen)\b/.exec(clause);
  if (!future || TOLD_ABOUT_FUTURE.test(clause)) return false;
  const term = duePhrase === undefined ? -1 : clause.indexOf(duePhrase.replace(/\s+/g, ' ').toLowerCase());
  if (term < 0) return !TELLING_VERB.test(clause);
  // The joints are kept, for their blanks are as long as what was blanked out next to them («…», a glued marker).
  const pieces = clause.slice(future.index).split(/(\s+en\s+)/);
  let at = future.index;
  for (const [index, piece] of pieces.entries()) {
    if (index % 2 === 0 && term >= at && term < at + piece.length) return !TELLING_VERB.test(piece) && !LETTER_NAMED.test(piece);
    at += piece.length;
  }
  return false;
}

/** What opens a clause its main clause frames: a "that" clause, a reason, a "whereby". */
const FRAMED_OPENER = /\b(?:dat|omdat|waarbij)\s/g;
/** Where the framed clause's verbs end: a mark, or the next clause opened. */
const CLAUSE_END = /[,.;:()]|\b(?:die|dat|welke|waarvan|waarin|waarbij|waarmee|waardoor|waarover|omdat|zodat|en|of|maar)\b/;
/** The verbs that may follow a subordinate clause's finite verb: infinitives and participles ("zal worden voltooid", "zal kunnen vinden"). */
const VERB_FORM = /^(?!(?:het|dat|dit|wat|niet|met|uit|tot)$)\p{L}+(?:en|d|t)$/u;
/** The government, or the Kamer addressed (the one informed), named in a framed clause: then the clause's act may be the government's own. "Nederland" as the state, not a place ("de economie van Nederland"). */
const GOVERNMENT_IN_CLAUSE = /\b(?:ik|wij|we|mij|ons|u|uw kamer|het kabinet|de regering|de minister|de staatssecretaris|het ministerie)\b|(?<!\b(?:van|in|uit|voor|naar|door|met|over|binnen|buiten|dan)\s)\bnederland\b/;

/**
 * A main clause whose own verb commits or decides, with the writer or the government as its subject ("Ik zorg ervoor
 * dat …", "Het kabinet heeft besloten dat …", "Ik garandeer dat …", "Wij zien erop toe dat …"): the future it frames
 * is the writer's act, whoever carries it out. The Kamer's or another's decision ("De Europese Raad heeft besloten
 * dat …") and an agreement reported in a place ("In het kabinet is afgesproken dat …") commit no one here.
 */
const COMMITTING_SUBJECT = new RegExp(String.raw`(?<!\b(?:in|door|met|van|aan|bij|binnen)\s)\b(?:${THE_WRITER})\b`);
/** Each verb with the particle it needs ("zorg ervoor", "spreek … af", "zie erop toe"): "de zorg dat", "spreken de verwachting uit dat" and "zie dat" commit no one. */
const COMMITTING_VERB =
  /(?<!\b(?:de|het|een|dit|dat|zijn|haar|ons|onze|mijn)\s)\b(?:(?:zorg|zorgt|zorgen)\b[^,.;:]{0,40}?\ber\s*voor|garande(?:er|ert|ren)|besluit|besluiten|besloten|(?:spreek|spreekt|spreken)\b[^,.;:]{0,60}?\baf|afgesproken|afspreken|(?:zie|ziet|zien)\b[^,.;:]{0,40}?\ber\s*op\s+toe|toezien|verzeker|verzekert|verzekeren)\b[^,.;:]{0,80}\bdat\s$/;

/**
 * The government's intention told impersonally, framing what it intends ("Het ligt in het voornemen dat twee adviseurs
 * … zullen worden verbonden", "is het de bedoeling, dat de Commissie … zal worden ontbonden"): in a minister's text the
 * intention is the government's, and a thing to be done with no other agent named is its act (GUIDE §1, an intention
 * with a concrete act; the impersonal passive). Not another's intention ("het voornemen van de gemeente"), nor a
 * framed clause whose subject acts ("dat de gemeenten … zullen bijdragen"): a future passive only.
 */
const INTENDED_IMPERSONALLY = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:en|maar|doch|ook|verder|voorts|daarnaast|thans)\s+)(?:het\s+)?(?:(?:ligt|is)\s+(?:het\s+)?(?:${SENTENCE_ADVERB}\s+){0,2}?in\s+(?:de\s+bedoeling|het\s+voornemen)|is\s+het\s+(?:${SENTENCE_ADVERB}\s+){0,2}?de\s+bedoeling)\s*,?\s*dat\s$`, 'u');

/** The framed clause's main clause, from its last mark, commits the writer or the government by its own verb. */
function commitsTheWriter(main: string): boolean {
  const clause = main.slice(Math.max(main.lastIndexOf(','), main.lastIndexOf(';'), main.lastIndexOf(':')) + 1);
  return COMMITTING_VERB.test(clause) && COMMITTING_SUBJECT.test(clause);
}

/**
 * Whose act a future is. One said in a clause the main clause frames, the future standing last with only its verbs
 * after it (a subordinate clause's order: "Het is mijn verwachting dat het rapport van TNO … een voorname bouwsteen
 * zal vormen", "In het coalitieakkoord is aangekondigd dat een nieuw financieringsstelsel … zal worden ontwikkeld",
 * "Tevens heb ik u op 15 mei jl. bericht over …, waarbij de implementatie … in werking zal treden", "Ik ga er vanuit dat
 * behandeling van het wetsvoorstel … plaats zal kunnen vinden"), tells the main clause's view, reason or earlier
 * telling of another's act or of a thing's course: no undertaking, unless the main clause undertakes on its own ("Ik
 * zal ervoor zorgen dat …"), or the framed clause names the government or the Kamer ("… heb ik aangekondigd dat ik u
 * in maart zal informeren") or delivers a thing ("De verwachting is dat het onderzoeksrapport in juni 2026 zal worden
 * opgeleverd"). Returns the main clause when the future is framed so. "Over dat rapport zal ook het advies worden
 * gevraagd" is a main clause's own future: words other than verbs follow it.
 */
function framingClause(lower: string, future: RegExpExecArray | undefined, role: Role, firstPerson: boolean): string | undefined {
  if (!future || !/^(?:zal|zullen)$/.test(future[0])) return undefined;
  let opener: RegExpExecArray | undefined;
  for (const match of lower.slice(0, future.index).matchAll(FRAMED_OPENER)) opener = match as RegExpExecArray;
  if (!opener || opener.index === 0) return undefined;
  const after = lower.slice(future.index + future[0].length);
  const end = CLAUSE_END.exec(after);
  const verbs = (end ? after.slice(0, end.index) : after).trim().split(/\s+/).filter((word) => word !== '');
  if (verbs.length > 3 || !verbs.every((word) => VERB_FORM.test(word))) return undefined;
  // A future of its own after the framed clause ("…, waarna ik een besluit zal nemen") is another act, judged apart.
  if (end && /\b(?:zal|zullen)\b/.test(after.slice(end.index))) return undefined;
  const framed = lower.slice(opener.index + opener[0].length, future.index + future[0].length + (end ? end.index : after.length));
  if (GOVERNMENT_IN_CLAUSE.test(framed) || PATTERNS.deliver.test(framed) || PATTERNS.deliverable.test(framed)) return undefined;
  // With its opener, so that a promise word that takes the clause ("zegde … toe dat hij …") reads as one.
  const main = lower.slice(0, opener.index + opener[0].length);
  if (commitsTheWriter(main)) return undefined;
  if (INTENDED_IMPERSONALLY.test(main) && FUTURE_PASSIVE.test(framed) && !AGENT_NAMED.test(framed)) return undefined;
  return judgeWhole(main, role, false, readSentence(main), firstPerson).kind === 'promise' ? undefined : main;
}

/** The clause around `index`: clauses end at commas, semicolons, colons and "maar". */
function clauseAt(text: string, index: number): string {
  const start = clauseStart(text, index);
  const rest = /[,;:]| maar /.exec(text.slice(index));
  return text.slice(start, rest ? index + rest.index : text.length);
}

function clauseStart(text: string, index: number): number {
  const before = text.slice(0, index);
  return Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' maar ')) + 1;
}

/**
 * The clause up to a relative clause that follows the promise's cue: "… start
 * medio september met het informeren van mensen die in FSV staan en die geen
 * van de effecten hebben gehad" negates what the people had, not the act.
 */
function withoutRelativeClauseAfter(clause: string, fromCue: string): string {
  const relative = /\b(?:die|welke|waarvan|waarin|waarbij)\b/.exec(fromCue);
  if (!relative) return clause;
  const at = clause.indexOf(fromCue.slice(0, relative.index + relative[0].length));
  return at < 0 ? clause : clause.slice(0, at + relative.index);
}

/**
 * The clause without a condition it embeds up to its end: "is het voornemen
 * opgenomen om als de effecten in kaart zijn gebracht en deze geen
 * belemmering vormen …, met een wetsvoorstel te komen" negates what the
 * condition supposes, not the act.
 */
function withoutCondition(clause: string): string {
  return clause.replace(/\b(?:als|indien|wanneer|mits|zolang)\b.*$/, '');
}

/** An agreement to act, read as the writer's undertaking only with a time ahead. */
function agreedToActAhead(lower: string, hasFutureDeadline: boolean): RegExpExecArray | null {
  return hasFutureDeadline || TIME_AHEAD_NAMED.test(lower) ? AGREED_TO_ACT.exec(lower) : null;
}

/**
 * The government's undertakings said in forms the cue lists do not hold: an
 * agreement to act with a term ahead, an intention in a relative clause on
 * the thing to be made, a delivery soon in the present, a decision to have
 * something done, a passive of the government's act at an occasion to come. The words that decided it are its cue.
 */
function undertakingWithoutListedCue(lower: string, found: Reading['found'], hasFutureDeadline: boolean): Cue | undefined {
  const agreed = agreedToActAhead(lower, hasFutureDeadline);
  if (agreed) return { kind: 'future', text: agreed[0].trim() };
  const intended = WRITER_INTENDS_IN_RELATIVE.exec(lower);
  if (intended) return { kind: 'future', text: intended[0].trim() };
  if (found.past) return undefined;
  const soon = DELIVERS_SOON.exec(lower) ?? DELIVERS_AFTER.exec(lower);
  if (soon) return { kind: 'deliver', text: soon[0].trim() };
  const decided = DECIDED_TO_HAVE_DONE.exec(lower);
  // "In 2019 heb ik besloten … te laten onderzoeken": a decision of a time over, reported.
  if (decided && !DECIDED_BEFORE.test(lower.slice(0, decided.index + 40))) return { kind: 'future', text: decided[0].trim() };
  const occasion = passiveAtOccasion(lower);
  if (occasion) return { kind: 'deliverable', text: occasion };
  return undefined;
}

/** What a sentence says, read once: its text as matched and the cues found in it. */
export interface Reading {
  lower: string;
  cues: Cue[];
  found: Partial<Record<CueKind, RegExpExecArray>>;
}

/** A footnote marker glued between two words ("heb ik aan uw Kamer toegezegd3om …"). */
const GLUED_MARKER = /(?<=\p{Ll}{3})\d{1,2}(?=(?:om|te|dat|en|in|op|of|die)\b)/gu;
/**
 * A clause that says when something else happens ("voordat het voorstel bij
 * de Tweede Kamer wordt ingediend", "voordat het ter ondertekening aan de
 * Koning zal worden voorgelegd en vervolgens zal worden gepubliceerd")
 * holds no undertaking of its own; its deadline, as the main clause's term,
 * is still read (draft.ts reads the sentence itself). It ends at its comma,
 * or, where none is set (the older print, a long sentence), where the main
 * clause opens on its finite verb with the subject after it ("Nadat dit
 * overleg is afgerond zal het werkveld … op de hoogte worden gesteld",
 * "totdat de maatregel … is verankerd zal ik …"): in the clause of time the
 * verb stands last, so a finite verb followed by its subject is the main
 * clause's.
 */
const TEMPORAL_CLAUSE = /\b(?:voordat|nadat|totdat)\b(?:(?!\b(?:zal|zullen|wil|kan|ga|wordt|worden)\s+(?:ik|wij|we|het|de|dit|deze|er|u|uw|een)\b)[^,;:])*/g;

/**
 * Words in guillemets ("Wel wordt de vraag «wat gaan we doen» beantwoord", "het artikel «Boeren boos omdat kabinet …
 * wil doordrukken»"): a title, a quoted question or a term the sentence names, never the writer's own act.
 */
const NAMED_IN_GUILLEMETS = /«[^«»]{1,120}»/g;

export function readSentence(text: string): Reading {
  const lower = withoutRelativeFutures(withoutAbbreviationDots(text).replace(/\s+/g, ' ').toLowerCase().replace(GLUED_MARKER, (marker) => ' '.repeat(marker.length)).replace(NAMED_IN_GUILLEMETS, (named) => ' '.repeat(named.length))).replace(TEMPORAL_CLAUSE, (clause) => ' '.repeat(clause.length));
  const cues: Cue[] = [];
  const found: Partial<Record<CueKind, RegExpExecArray>> = {};
  for (const [kind, pattern] of Object.entries(PATTERNS) as [CueKind, RegExp][]) {
    const match = pattern.exec(lower);
    if (!match) continue;
    found[kind] = match;
    cues.push({ kind, text: match[0].trim() });
  }
  return { lower, cues, found };
}

/** An act told as delayed: "zal worden vertraagd", "wordt uitgesteld". */
const DELAYED = /\b(?:zal|zullen|wordt|worden)\b[^.;]{0,60}\b(?:vertraagd|uitgesteld|opgeschort)\b/i;

/**
 * Whether a sentence is a promise of the government: what it undertakes
 * (deliver, future, deliverable, ongoing, delivered), what rules it out
 * (a question, a request, the past, this very letter, a negation), and how
 * sure that is. `hasFutureDeadline` says whether the deadline finder found a
 * deadline still ahead in it.
 */
export function judgeSentence(text: string, role: Role, hasFutureDeadline: boolean, reading: Reading = readSentence(text), firstPerson = true, duePhrase?: string): Verdict {
  const told = hasFutureDeadline && (role === 'body' || role === 'answer') ? toldInAnEarlierLetter(reading.lower, duePhrase) : undefined;
  if (told) return { kind: 'promise', cues: [...reading.cues, { kind: 'deadline', text: '' }, { kind: 'clause', text: told }], confidence: 0.6, status: 'open', restating: true };
  const whole = judgeWhole(text, role, hasFutureDeadline, reading, firstPerson, duePhrase);
  if (whole.kind === 'promise') return onlyInADescription(text, role, hasFutureDeadline, reading, firstPerson, duePhrase) ?? whole;
  const delivery = (role === 'body' || role === 'answer') && !reading.found.question ? deliveryInARelativeClause(reading.lower) : undefined;
  if (delivery) return { kind: 'promise', cues: [...reading.cues, { kind: 'clause', text: delivery }], confidence: 0.6, status: 'open', restating: false };
  // "Hierbij deel ik u mede dat …": the telling is this letter's act (a skip or nothing), the news it frames is judged on its own;
  // news of a delay without a new term ("… deel ik u mede dat de beantwoording zal worden vertraagd") gives a term up (GUIDE §1).
  const news = whole.kind === 'none' || whole.why === 'this-letter' || CLAUSE_MAY_OVERRULE.has(whole.why!) ? newsToldHere(withoutAbbreviationDots(text)) : undefined;
  const newsJudged = news && !(DELAYED.test(news.text) && !hasFutureDeadline) ? judgeWhole(news.text, role, hasFutureDeadline, readSentence(news.text), firstPerson, duePhrase) : undefined;
  if (newsJudged?.kind === 'promise') return { ...newsJudged, cues: [...newsJudged.cues, { kind: 'clause', text: news!.text.replace(/\s+/g, ' ').trim() }] };
  if (whole.kind === 'skip' && !CLAUSE_MAY_OVERRULE.has(whole.why!)) return whole;
  for (const clause of clausesToJudge(withoutAbbreviationDots(text))) {
    const own = judgeWhole(clause.text, role, hasFutureDeadline, readSentence(clause.text), firstPerson, duePhrase);
    if (own.kind !== 'promise') continue;
    const hedge = reading.cues.find((cue) => cue.kind === 'hedge');
    const cues = [...own.cues.filter((cue) => cue.kind !== 'hedge'), ...(hedge ? [hedge] : []), { kind: 'clause' as const, text: clause.text.replace(/\s+/g, ' ').trim() }];
    return { ...own, cues, confidence: hedge && !own.cues.some((cue) => cue.kind === 'hedge') ? Math.round((own.confidence - 0.15) * 100) / 100 : own.confidence };
  }
  return whole;
}

/**
 * A thing's change or make-up told in the future, with no one as its agent ("De regeldruk zal bij de Belastingdienst
 * toenemen", "Verduurzaming van bedrijven … zal … voor een belangrijk deel ook bestaan uit directe elektrificatie",
 * "Dit komt doordat PSP's zullen besparen op …"): a forecast of the world, not an act undertaken (GUIDE §1, D11 (d)).
 * Not when the government is the subject ("De inbreng van het kabinet … zal bestaan uit …", "Ik zal de kosten laten
 * dalen").
 */
const CHANGE_AHEAD = /\b(?:zal|zullen)\s+(?:[^\s,.;]+\s+){0,8}?(?:toenemen|afnemen|stijgen|dalen|groeien|krimpen|oplopen|teruglopen|bestaan\s+uit|leiden\s+tot|resulteren\s+in|besparen|verdwijnen|ontstaan)\b/;
/** Where the future's subject begins: the sentence's start, a clause boundary or a subordinating conjunction. */
const SUBJECT_START = /(?:^|[,;:]\s*|\b(?:dat|doordat|omdat|zodat|waardoor|terwijl|als|wanneer|indien)\s+)(?=[^,;:]*$)/;

function changeForecast(lower: string): string | undefined {
  const change = CHANGE_AHEAD.exec(lower);
  if (!change || FIRST_PERSON_FUTURE.test(lower)) return undefined;
  const before = lower.slice(0, change.index);
  const subject = before.slice(SUBJECT_START.exec(before)!.index);
  return GOVERNMENT.test(subject) || /\b(?:laten|doen)\b/.test(change[0]) ? undefined : change[0];
}

/**
 * A relative clause that describes a thing by what someone else will do with it or what will become of it ("De Code
 * bevat gedragsregels die … in MIRT-projecten zal worden toegepast", "Het telerail-systeem dat bij NS zal worden
 * toegepast is … moeilijk vergelijkbaar", "een commissie van deskundigen … die de noodzakelijke ondersteuning zal gaan
 * leveren", "de lijnen waarlangs de informatieverstrekking zal plaatsvinden"). "dat" is the relative pronoun only
 * right after a neuter noun with its article ("het systeem dat"), else it is the conjunction ("verwacht dat"; "Het ligt
 * in het voornemen dat …", the intention's content).
 */
const DESCRIBING_CLAUSE = new RegExp(String.raw`${RELATIVE_PRONOUN}(?<!\b(?:ik|wij|we|u|hij|zij|ze|het|er|dan|nu|ook|wel|niet|dat|en|of|maar)\s+)(?:die|welke|waar(?:langs|in|op|mee|over|van|door|naar|voor|aan|uit|binnen))\s[^,.;:]*|(?<=\b(?:het|een|dit)\s+[\p{L}-]+\s+)(?<!\bin\s+het\s+voornemen\s+)dat\s[^,.;:]*`, 'gu');
/** Where the relative clause has ended: a finite verb of its own before the future ("die is ontstaan zal … worden weggewerkt"), or a conjunct with a verb and no subject of its own ("… dat deze partijen tijd krijgen … en zal hierover …"). */
const CLAUSE_ENDED = /\b(?:is|zijn|was|waren|wordt|werd|werden|heeft|hebben|had|hadden|kan|kunnen|moet|moeten|mag|mogen|krijgt|krijgen|gaat|gaan|blijft|blijven|komt|komen|staat|staan|geldt|gelden)\b|\s(?:en|maar|want|doch)\s+(?:zal|zullen)\b/;
/** The writer as the clause's subject or agent ("die ik u zal sturen", "dat door mij wordt opgesteld"): the writer's own act. */
const WRITER_IN_CLAUSE = /\b(?:ik|wij|we|mij|ons|het kabinet|de regering)\b/;

/**
 * The sentence's undertaking only in relative clauses that describe a thing: with those clauses read away, nothing is
 * left that undertakes, so the sentence tells what is or what another will do (GUIDE §1: a third party's acts, a
 * forecast), not the government's promise. A delivery to the Kamer in such a clause is read on its own
 * (deliveryInARelativeClause), and the writer's own act in one stays.
 */
function onlyInADescription(text: string, role: Role, hasFutureDeadline: boolean, reading: Reading, firstPerson: boolean, duePhrase: string | undefined): Verdict | undefined {
  const { lower, found } = reading;
  if (!found.future || !/^(?:zal|zullen)$/.test(found.future[0]) || found.deliver || found.deliverable) return undefined;
  const clauses = [...lower.matchAll(DESCRIBING_CLAUSE)].filter((clause) => !WRITER_IN_CLAUSE.test(clause[0]));
  const future = found.future.index;
  if (!clauses.some((clause) => future >= clause.index && future < clause.index + clause[0].length && !CLAUSE_ENDED.test(lower.slice(clause.index, future + found.future![0].length)))) return undefined;
  let rest = text;
  for (const clause of clauses) rest = `${rest.slice(0, clause.index)}${' '.repeat(clause[0].length)}${rest.slice(clause.index + clause[0].length)}`;
  const due = duePhrase?.replace(/\s+/g, ' ').toLowerCase();
  const dueLeft = hasFutureDeadline && (due === undefined || rest.replace(/\s+/g, ' ').toLowerCase().includes(due));
  const left = judgeWhole(rest, role, dueLeft, readSentence(rest), firstPerson, dueLeft ? duePhrase : undefined);
  if (left.kind === 'promise') return undefined;
  return { ...NONE, kind: 'skip', why: 'statement', cues: [{ kind: 'statement', text: clauses[0]![0].trim() }] };
}

/**
 * An earlier letter named, with what it told the Kamer in a relative clause: a delivery to the Kamer with its term
 * still ahead ("mijn brief van 2 juni 2009 …, waarin ik … aangeef naar verwachting eind 2012 de eindresultaten aan de
 * Kamer te kunnen aanbieden", "onze brief van 21 juni jl. …, waarin is gemeld dat de evaluatie aan het einde van deze
 * zomer aan de Kamer wordt gezonden"): a promise restated and still open (GUIDE §1), whatever this letter does with the
 * earlier one (sends a copy, refers to it) and whatever the Kamer asked.
 */
const EARLIER_LETTER_TOLD_AHEAD = /\b(?:brief|brieven|kamerbrief)\s+van\s+[^.;]{0,160}?\bwaarin\s+(?:(?:ik|wij|we)\b[^.;]{0,60}?\s(?:aangeef|aangeven|aangaf|aangaven|meld|melden|meldde|meldden|aankondig|aankondigen|aankondigde|toezeg|toezeggen|toezegde)|(?:is|werd|wordt)\s+(?:gemeld|aangegeven|aangekondigd|toegezegd|bericht|meegedeeld))\b([^;]*)$/;
/** The delivery told: the writer's own ("… aan de Kamer te kunnen aanbieden", "uw Kamer … te informeren") or a passive ("… aan de Kamer wordt gezonden"), never another's finite verb ("dat de Onderzoeksraad zijn rapport … aan de Kamer zal aanbieden"). */
const TO_THE_KAMER = /\b(?:aan|naar)\s+(?:de|uw)\s+(?:tweede\s+|eerste\s+)?kamer\b[^.;]{0,120}?\b(?:te\s+(?:kunnen\s+)?(?:aanbieden|sturen|zenden|toezenden|doen\s+toekomen)|aan\s+te\s+bieden|toe\s+te\s+(?:zenden|sturen)|(?:wordt|worden)\s+(?:gezonden|toegezonden|gestuurd|toegestuurd|aangeboden))\b|\b(?:uw|de)\s+(?:tweede\s+|eerste\s+)?kamer\s+(?:[^\s,.;]+\s+){0,6}?te\s+(?:kunnen\s+)?(?:informeren|berichten)\b/;

/**
 * This letter sends the very thing the earlier letter told would come ("Hierbij bied ik u het rapport … aan, zoals
 * aangekondigd in mijn brief van …, waarin ik aangaf het rapport voor 1 januari 2026 aan de Kamer te sturen"): the
 * promise is kept here, not restated. A copy of another letter sent ("Hierbij stuur ik u een afschrift van mijn brief
 * …, waarin ik aangaf de evaluatie … te sturen") shares no word of what it told.
 */
const SENT_HERE = /\b(?:hierbij|bij\s+deze|hiermee|bijgaand|bijgevoegd)\b/;

function sentHere(before: string, told: string): boolean {
  if (!SENT_HERE.test(before)) return false;
  const toldWords = contentWords(told);
  return [...contentWords(before)].some((word) => toldWords.has(word));
}

function toldInAnEarlierLetter(lower: string, duePhrase: string | undefined): string | undefined {
  const earlier = EARLIER_LETTER_TOLD_AHEAD.exec(lower);
  if (!earlier || !TO_THE_KAMER.test(earlier[1]!) || sentHere(lower.slice(0, earlier.index), earlier[1]!)) return undefined;
  // The term must be the told delivery's, not one of this letter's own clauses before the relative clause.
  const phrase = duePhrase?.replace(/\s+/g, ' ').toLowerCase();
  return phrase === undefined || earlier[1]!.includes(phrase) ? earlier[0].trim() : undefined;
}

/**
 * Reasons the sentence as a whole gives that may be another clause's: a past
 * or a negation in the condition, a statement or a third party in the clause
 * a coordinated undertaking follows. A question, a request, what this letter
 * does and a repeat are the whole sentence's.
 */
const CLAUSE_MAY_OVERRULE = new Set<SkipReason>(['past', 'negation', 'statement', 'third-party']);

/**
 * The letter telling the writer's intention ("Hierbij deel ik u mede, dat ik voornemens ben de totstandkoming te
 * bevorderen van …", "Middels deze brief wil ik uw Kamer informeren over mijn voornemen om de wet in te trekken", "In
 * deze brief beperk ik mij tot opmerkingen over de achtergronden van mijn voornemen om … te decentraliseren"): the
 * telling is this letter's, the intention it tells is an undertaking still to be kept, with or without a term. Not an
 * intention in a relative clause that describes what the letter sends ("de maatregelen … die het kabinet voornemens is
 * te nemen").
 */
const INTENTION_TOLD = new RegExp(String.raw`\bvoornemens\s+(?:ben|is|zijn|te\s+zijn)\b|\b(?:ben|is|zijn)\s+(?:ik\s+|wij\s+|we\s+|het kabinet\s+|de regering\s+)?(?:[a-z]+\s+){0,2}?voornemens\b|\bvan plan\b|${INTENTION_NOUN}`);
/** A relative clause on a thing before the intention ("de maatregelen … die het kabinet voornemens is te nemen"); "deel ik u mede, dat ik voornemens ben" tells, it describes nothing. */
const THING_DESCRIBED_BEFORE = /\b(?:die|welke|waar[a-zà-ÿ]+)\b[^,;:]*$/;
function intentionToldHere(lower: string): boolean {
  const told = INTENTION_TOLD.exec(lower);
  return told !== null && !THING_DESCRIBED_BEFORE.test(lower.slice(0, told.index)) && /\bte\s+[a-zà-ÿ]{3,}/.test(lower.slice(told.index));
}

/** The writer's "wil" as the whole cue, in the first person or as the signer ("De ondergetekende wil erop wijzen, dat …"). */
const WRITER_WILL = new RegExp(String.raw`^(?:wil ik|ik wil|willen wij|willen we|(?:wij|we) willen|${THE_SIGNER}\s+wil)$`);

function judgeWhole(text: string, role: Role, hasFutureDeadline: boolean, reading: Reading, firstPerson: boolean, duePhrase?: string): Verdict {
  if (role === 'header' || role === 'footnote' || role === 'signature' || role === 'member') return NONE;
  const { lower, found } = reading;
  const cues = [...reading.cues];
  if (hasFutureDeadline) cues.push({ kind: 'deadline', text: '' });
  const pronoun = PRONOUN_ACTS.exec(lower);
  // "Adema gaf aan vooral vooruit te willen kijken, maar het zal hoe dan ook langer duren …": a future in a conjunct with a subject of its own is that subject's, not the government's of the clause before.
  const othersFuture = found.future && !found.deliver ? FUTURE_OF_ITS_OWN_SUBJECT.exec(lower) : null;
  const futureOfAnother = othersFuture !== null && othersFuture.index + othersFuture[0].length - othersFuture[1]!.length === found.future!.index && !GOVERNMENT.test(lower.slice(othersFuture.index));
  const governmentUnnamed = (pronoun !== null && !firstPerson) || (IMPERSONAL_STRIVING.test(lower) && !AGENT_NAMED.test(lower));
  const government = (GOVERNMENT.test(lower) && !futureOfAnother) || governmentUnnamed;
  const governmentCanAct = (GOVERNMENT.test((KAMER_RECEIVING.test(lower) ? lower : lower.replace(KAMER_NAMED, '\u2026')).replace(NAMED_NOT_ACTING, '\u2026')) && !futureOfAnother) || governmentUnnamed;
  const deliver = Boolean(found.deliver);
  const future = Boolean(found.future);
  const intentionTold = intentionToldHere(lower);
  // "Bij deze wil ik u laten weten dat ik voornemens ben …": a polite opening, then the intention it tells.
  // "Het kabinet wil vóór de zomer met een wetsvoorstel komen": the government's intention told in the third person undertakes with a term; without one ("Het kabinet wil de uitstoot structureel verlagen") it is a policy's aim.
  const toldWish = future && /^(?:het kabinet|de regering|de minister|de staatssecretaris|minister|staatssecretaris|premier)\b.*\swil$/.test(found.future![0]);
  // "Dit kabinet heeft de ambitie uitgesproken om eind 2027 alle ouders … te hebben gecompenseerd" undertakes with its term (GUIDE §1); without one ("Mijn ambitie is om het stelsel te verbeteren") it is a policy's aim.
  const weakFuture = future && !intentionTold && (((toldWish || WRITER_WILL.test(found.future![0])) && NO_ACT_INTENDED.test(lower) && !UNDERTAKES_IN_THAT_CLAUSE.test(lower.slice(found.future!.index))) || (toldWish && !hasFutureDeadline) || (AMBITION.test(found.future![0]) && !hasFutureDeadline));
  const act = speechActOf(lower, UNDERTAKES_IN_THAT_CLAUSE.test(lower), hasFutureDeadline);
  // In an answer to Kamervragen, the work reported in the present is the answer to what was asked of the government ("Herinnert u zich uw toezegging dat u in gesprek zou treden …? Ja, de betreffende gesprekken lopen."): a standing commitment.
  // Not the writer telling what they work on ("werk ik daarom aan het Nationaal MilieuProgramma"): work under way, in an answer as in a letter (GUIDE §1);
  // unless the work has a term still to come ("Ik werk aan een aanpassing …, die ik voor de zomer van 2026 aan uw Kamer voorleg").
  const continuing = CONTINUING.test(lower) || (role === 'answer' && Boolean(found.ongoing) && (hasFutureDeadline || PATTERNS.ongoing.test(lower.replace(WORK_UNDER_WAY, (told) => ' '.repeat(told.length)))));
  const timeToCome = (TIME_TO_COME.test(lower) && WRITER_ACTS.test(lower) && (!LETTER_TELLS.test(lower) || A_LATER_DOCUMENT.test(lower))) || WRITER_STARTS.test(lower);
  const sentOn = SENT_ON.exec(lower);
  const delivered = Boolean(found.delivered && INFORMING.test(lower) && sentOn);

  // "zal hierin worden meegenomen": in a minister's letter, the one who will see to it is the government.
  const futurePassive = FUTURE_PASSIVE.test(lower) && !REGARDED_AS.test(lower);
  const impersonal = IMPERSONAL_ACT.test(lower) || thingComesOfOurs(lower) || NOMINAL_AIM.test(lower) || PLANNED_WORK.test(lower) || PLANNED_THAT.test(lower) || ((hasFutureDeadline || EXPECTED_DELIVERY.test(lower)) && (DOCUMENT_GOES.test(lower) || WORK_STARTS_AHEAD.test(lower)));
  const proposed = undertakingWithoutListedCue(lower, found, hasFutureDeadline);
  if (proposed) cues.push(proposed);
  // "zou", "zouden": a promise reported ("ik heb u meegedeeld dat ik … zou doen toekomen"), not one made here.
  if (REPORTED.test(lower) && !found.future) return found.deliver || found.deliverable ? { ...NONE, kind: 'skip', why: 'past', cues } : NONE;
  const promiseLike =
    (future && !weakFuture && (government || futurePassive)) ||
    (future && !weakFuture && deliver) ||
    (deliver && (government || KAMER_TOLD.test(lower)) && ((hasFutureDeadline && !(weakFuture && dueNamesAMeeting(duePhrase))) || ((AT_THE_LATEST.test(lower) || AS_SOON_AS_POSSIBLE.test(lower)) && !found.restating) || KAMER_TOLD.test(lower) || (EXPECTED_DELIVERY.test(lower) && !TOLD_BEFORE.test(lower))) && !found.past) ||
    // "Graag wil ik er aan meewerken dat de parlementaire behandeling … zo spoedig wordt afgerond": what a wish hopes will be done is no deliverable of the government's.
    (Boolean(found.deliverable) && hasFutureDeadline && !weakFuture) ||
    // "is uw Kamer voor het begrotingsdebat een eerste rapportage toegezegd": a promise made earlier whose term is still ahead is open. A statement restated ("Zoals ik heb aangegeven in mijn brief van 16 juni jl. is er na oplevering van de software 6 maanden voorbereidingstijd nodig") undertakes nothing without an act of its own.
    (Boolean(found.restating) && hasFutureDeadline && government && (PROMISED_EARLIER.test(found.restating![0]) || deliver || future || Boolean(found.deliverable))) ||
    // "Het kabinet heeft toegezegd … scenario's uit te werken", "De toezeggingen uit de eerste termijn … blijven uiteraard staan": an earlier promise restated as still to be kept, without a term. A restated promise to inform or send ("Daarom heb ik toegezegd uw Kamer te informeren over deze groep") opens the letter that keeps it.
    (Boolean(found.restating) && government && !deliver && RESTATED_ACT.test(lower)) ||
    STILL_STANDING.test(lower) ||
    (hasFutureDeadline && WORK_STARTS.test(lower)) ||
    continuing ||
    timeToCome ||
    (hasFutureDeadline && ACTS_AHEAD.test(lower) && termInActsClause(lower, duePhrase)) ||
    (AS_SOON_AS_POSSIBLE.test(lower) && ACTS_AHEAD.test(lower) && !found.past && !inAWish(lower, AS_SOON_AS_POSSIBLE.exec(lower)!.index)) ||
    (act === 'term-set' && (hasFutureDeadline || NEW_TERM_NAMED.test(lower))) ||
    (hasFutureDeadline && passiveAhead(lower) && termInActsClause(lower, duePhrase)) ||
    (hasFutureDeadline && passiveWithItsTerm(lower, duePhrase)) ||
    WORK_PASSIVE_AHEAD.test(lower) ||
    (continuesOwnAct(lower) && !found.past) ||
    (!hasFutureDeadline && (institutedNow(lower) || degreeChangedNow(lower)) && !found.past) ||
    passiveInDocumentAhead(lower) ||
    ((hasFutureDeadline || SOON.test(lower)) && DELIVERABLE_FOLLOWS.test(lower) && !FOLLOWS_FROM.test(lower)) ||
    impersonal ||
    (OUTCOMES_TO_COME.test(lower) && !found.past) ||
    (KAMER_TOLD.test(lower) && !found.past) ||
    (KAMER_RECEIVES_APART.test(lower) && !found.past) ||
    (deliversLaterInThePresent(lower) && !found.past && !found['this-letter']) ||
    proposed !== undefined ||
    actsAfterCondition(lower, found, government) ||
    ATTENDS.test(lower) ||
    ((hasFutureDeadline || SOON.test(lower)) && DOCUMENT_FOLLOWS_AHEAD.test(lower)) ||
    plannedAhead(lower, hasFutureDeadline, duePhrase) ||
    intentionTold ||
    delivered;
  // A sentence with a promising word is judged, so that what rules it out is said; one without is nothing.
  const skip = (why: SkipReason, extra?: Cue): Verdict => ({ ...NONE, kind: 'skip', why, cues: extra ? [...cues, extra] : cues });
  if (!promiseLike && !deliver && !future) return found.past && government ? skip('past') : found.ongoing ? skip('statement') : NONE;
  if (role === 'question' || found.question) return skip('question');
  const forecast = deliver ? undefined : forecastOfOthers(lower);
  if (forecast) return skip('statement', { kind: 'statement', text: forecast });
  const change = changeForecast(lower);
  if (change) return skip('statement', { kind: 'statement', text: change });
  const now = UNDER_WAY_NOW.exec(lower);
  if (now && !future && !hasFutureDeadline && !found.deliver && !continuing) return skip('statement', { kind: 'statement', text: now[0].trim() });
  if ((AGREED.test(lower) && agreedToActAhead(lower, hasFutureDeadline) === null) || SUPPOSITION.test(lower) || act === 'possibility' || (LIKELY_FUTURE.test(lower) && !hasFutureDeadline)) return skip('statement');
  const kept = KEPT_HERE.exec(lower);
  if (kept && !/\b(?:zal|zullen)\b/.test(lower)) return skip('this-letter', { kind: 'this-letter', text: kept[0].trim() });
  const outcome = OUTCOME_FORECAST.exec(lower);
  if (outcome && !FIRST_PERSON_FUTURE.test(lower) && !BY_THE_GOVERNMENT.test(lower)) return skip('statement', { kind: 'statement', text: outcome[0].trim() });
  const possible = POSSIBLE_ONLY.exec(lower);
  if (possible && !deliver && !SENT_OUT.test(lower) && !/\bverwacht/.test(lower) && !KAMER_RECIPIENT.test(lower) && !FIRST_PERSON_FUTURE.test(lower)) return skip('statement', { kind: 'statement', text: possible[0].trim() });
  const assessed = ASSESSES.exec(lower);
  if (assessed && !FIRST_PERSON_FUTURE.test(lower)) return skip('statement', { kind: 'statement', text: assessed[0].trim() });
  const agenda = MEETING_AGENDA.exec(lower);
  if (agenda && !FIRST_PERSON_FUTURE.test(lower) && !BY_THE_GOVERNMENT.test(lower)) return skip('statement', { kind: 'statement', text: agenda[0].trim() });
  const wish = WISH_FRAME.exec(lower);
  if (wish && !GOVERNMENT_ACTS_TOO.test(lower)) return skip('statement', { kind: 'statement', text: wish[0].slice(0, wish[0].length - wish[1]!.length).trim() });
  const kamer = KAMER_ACTS.exec(lower) ?? (FIRST_PERSON_SUBJECT.test(lower) || deliver || KAMER_RECIPIENT.test(lower) || BY_THE_GOVERNMENT.test(lower) ? null : COMMITTEE_PASSIVE.exec(lower));
  if (kamer) return skip('third-party', { kind: 'third-party', text: kamer[0].trim() });
  const aim = deliver || hasFutureDeadline || found.deliverable ? undefined : strivesForAState(lower);
  if (aim) return skip('statement', { kind: 'statement', text: aim });
  const holds = HOLDS_TO.exec(lower);
  if (holds && !future && !deliver) return skip('statement', { kind: 'statement', text: holds[0].trim() });
  const pastAround = PAST_AROUND_FUTURE.exec(lower);
  if (pastAround) return skip('past', { kind: 'past', text: pastAround[0].trim() });
  const received = RECEIVED_REQUEST.exec(lower);
  if (received && !FIRST_PERSON_FUTURE.test(lower) && !ANSWERS_AFTER.test(lower.slice(received.index))) return skip('request', { kind: 'request', text: received[0].trim() });
  const asked = ASKED.exec(lower);
  const firstAct = Math.min(...[found.future, found.deliver, found.deliverable].filter((match) => match !== undefined).map((match) => match.index));
  if (asked && firstAct > asked.index && !ANSWERS_AFTER.test(lower.slice(asked.index))) return skip('question', { kind: 'question', text: asked[0].trim() });
  const invited = INVITES_KAMER.exec(lower);
  if (invited && act !== 'term-set') return skip('request', { kind: 'request', text: invited[0].trim() });
  // A promise with its term in a clause of its own stays one: "In deze brief informeer ik u over de stand van zaken, en voor de zomer zal ik u de evaluatie sturen".
  if (act === 'this-letter' && !(future && hasFutureDeadline && speechActOf(clauseAt(lower, found.future!.index), false) !== 'this-letter') && !laterThanTheLetter(lower, duePhrase) && !intentionTold) return skip('this-letter');
  // "In de brief van 3 december heb ik aangekondigd dat ik u in maart 2026 zal informeren": an earlier promise restated whose term is still ahead is open (GUIDE.md); one without a term ahead is what was said then.
  if (act === 'earlier-statement' && !(hasFutureDeadline && deliver && RESTATED_FUTURE.test(lower))) return skip('past');
  const agent = FIRST_PERSON_SUBJECT.test(lower) ? undefined : thirdPartyAgent(withoutAbbreviationDots(text).replace(/\s+/g, ' '));
  if (agent) return skip('third-party', { kind: 'third-party', text: agent });
  const speaker = REPORTED_SPEECH.exec(lower);
  if (speaker && !GOVERNMENT_SUBJECT.test(nearestSubject(speaker[1]!))) return skip('third-party', { kind: 'third-party', text: speaker[0].slice(speaker[1]!.length).trim() });
  const body = futurePassive ? null : BODY_WILL.exec(withoutAbbreviationDots(text).replace(/\s+/g, ' '));
  const bodyName = body?.[1] ?? body?.[2] ?? body?.[3];
  if (bodyName && !GOVERNMENT_BODY.test(bodyName)) return skip('third-party', { kind: 'third-party', text: bodyName });
  const named = futurePassive ? undefined : namedSubjectOfTheFuture(withoutAbbreviationDots(text).replace(/\s+/g, ' '));
  if (named !== undefined && !GOVERNMENT_BODY.test(named)) return skip('third-party', { kind: 'third-party', text: named });
  const party = THIRD_PARTY_SUBJECT.exec(lower);
  // "Alle gemeenten zullen voor 1 maart door mij worden geïnformeerd": the subject of a passive is acted on.
  if (party && !futurePassive && !GOVERNMENT_SUBJECT.test(lower.slice(clauseStart(lower, party.index), party.index))) return skip('third-party', { kind: 'third-party', text: party[0].trim() });
  const document = THIRD_PARTY_DOCUMENT.exec(lower);
  if (document && !/\b(?:ik|wij|we|mij|ons)\b/.test(lower)) return skip('third-party', { kind: 'third-party', text: document[0].trim() });
  // A register's "De minister … zegt de Kamer … toe dat hij … zal …" names the minister "hij", also on a page that quotes the minister's own words.
  if (pronoun && firstPerson && !/\b(?:ik|wij|we)\b/.test(lower.slice(0, pronoun.index + pronoun[0].length + 20)) && !/\bzeg(?:t|gen)\b[^.;]{0,250}?\btoe\s+dat\s+(?:hij|zij)\b/.test(lower)) return skip('third-party', { kind: 'third-party', text: pronoun[0] });
  const inspects = INSPECTORATE_STUDIES.exec(lower);
  if (inspects && !FIRST_PERSON_SUBJECT.test(lower)) return skip('third-party', { kind: 'third-party', text: inspects[0].trim() });
  const expecting = THIRD_PARTY_EXPECTS.exec(lower);
  if (expecting && !GOVERNMENT_NOUN.test(expecting[1]!)) return skip('third-party', { kind: 'third-party', text: expecting[0] });
  const itself = THE_LETTER_ITSELF.exec(lower);
  if (itself) return skip('this-letter', { kind: 'this-letter', text: itself[0].trim() });
  if (found['this-letter'] && !(future && hasFutureDeadline) && !inRelativeClause(lower, found['this-letter'].index) && !laterThanTheLetter(lower, duePhrase) && !intentionTold) return skip('this-letter');
  // "…, daarover sturen we binnenkort een aanvullende brief, onder andere over de motie …, waarin wordt verzocht …": the request a relative clause names is the motion's, what the letter answers.
  if (found.request && act !== 'term-set' && !(future && FIRST_PERSON_SUBJECT.test(lower)) && !KAMER_RECEIVES.test(lower) && !PROMISED_TO_THE_KAMER.test(lower) && !(proposed && inRelativeClause(lower, found.request.index))) return skip('request');
  // "Mevrouw Vermeij zal een motie indienen": a member of the Kamer acts, not the government.
  const member = MEMBER_SUBJECT.exec(lower);
  if (member) return skip('third-party', { kind: 'third-party', text: member[0] });
  const anchorIndex = actAt(lower, (found.future ?? found.deliver ?? found.deliverable ?? found.ongoing ?? found.delivered)?.index ?? 0);
  if (found.negation && PATTERNS.negation.test(withoutCondition(withoutRelativeClauseAfter(clauseAt(lower, anchorIndex), lower.slice(anchorIndex))))) return skip('negation');
  if (/\bzeg(?:t|gen)\b/.test(lower) && REFRAINS.test(lower)) return skip('negation');
  if (found.obligation && !deliver) return skip('obligation');
  const supervised = futurePassive && !deliver && !hasFutureDeadline && !BY_THE_GOVERNMENT.test(lower) ? SUPERVISION_AHEAD.exec(lower) : null;
  if (supervised) return skip('statement', { kind: 'statement', text: supervised[0].trim() });
  // Of being when the sentence's own future is ("Ik zal uiteraard eindverantwoordelijk blijven"), not when a later clause's is ("… en verwacht dat dit voor 1 januari 2007 het geval zal zijn").
  const copula = COPULA_FUTURE.exec(lower);
  if (future && copula && copula.index <= found.future!.index && !deliver && !found.deliverable && !found.ongoing) return skip('statement');
  // A forecast is the sentence's own future only when that future comes in it: "Ik zal mij ervoor inspannen dat … en verwacht dat dit voor 1 januari 2007 het geval zal zijn" undertakes first.
  if (future && !deliver && found.future![0].startsWith('verwacht') && EXPECTED_OF_OTHERS.test(lower)) return skip('statement');
  const about = WILL_BE_ABOUT.exec(lower);
  if (future && !deliver && about && about.index <= found.future!.index) return skip('statement');
  const embedded = future && !deliver && !found.deliverable ? (futureInAnEmbeddedQuestion(lower, found.future!) ?? futureInAWhetherClause(lower, found.future!)) : undefined;
  if (embedded) return skip('statement', { kind: 'statement', text: embedded });
  const occupied = OCCUPIED_OR_EFFECT.exec(lower);
  if (future && occupied && !deliver && !found.deliverable) return skip('statement', { kind: 'statement', text: occupied[0].trim() });
  const frame = framingClause(lower, found.future, role, firstPerson);
  if (frame !== undefined && !deliver) return skip('statement', { kind: 'statement', text: frame.trim() });
  if (found.past && !future && !hasFutureDeadline && !delivered && !found.ongoing) return skip('past');
  if (EARLIER_LETTER_TOLD.test(lower) && !found.restating) return skip('past');
  if (future && !governmentCanAct && !futurePassive && !impersonal && !deliver && !(found.deliverable && hasFutureDeadline) && !(hasFutureDeadline && WORK_STARTS.test(lower)) && !plannedAhead(lower, hasFutureDeadline, duePhrase)) return skip('third-party', { kind: 'third-party', text: '' });
  if (!promiseLike) return NONE;

  let confidence = 0.5;
  if (deliver && government) confidence += 0.3;
  else if (deliver) confidence += 0.15;
  if (future && !weakFuture) confidence += 0.15;
  if (hasFutureDeadline) confidence += 0.1;
  if (found.hedge) confidence -= 0.15;
  if (!government) confidence -= 0.1;
  if ((continuing || timeToCome) && !future && !deliver) confidence = 0.6;
  if (delivered) confidence = 0.75;
  const status = delivered ? 'delivered' : continuing && !future && !hasFutureDeadline ? 'ongoing' : 'open';
  return {
    kind: 'promise',
    cues,
    confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
    status,
    deliveredOn: delivered ? firstDate(sentOn![1]!) : undefined,
    restating: Boolean(found.restating) || STILL_STANDING.test(lower) || act === 'earlier-statement',
  };
}
