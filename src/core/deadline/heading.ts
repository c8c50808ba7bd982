/**
 * A heading, a caption or a line of a list of documents has no finite verb, so it holds no act a term could belong to
 * (the annotation guide §2: the term of the promise's own act): "Letterlijke tekst van de persconferentie van
 * minister-president Rutte na afloop van de ministerraad op 22 december 2017", "Met aandacht voor …, een terugblik op
 * het afgelopen jaar en een vooruitblik op 2021", "Verzamelbrief juli/augustus 2005 30 augustus 2005", "de brief van
 * de staatssecretaris … over het havenafvalbeleid in 2009 (29 862, nr. 16)". A term there dates or qualifies a noun;
 * it is no act's term.
 *
 * Without a dictionary a finite verb is known by its form and place: an auxiliary, a modal or one of the commonest
 * verbs, a subject pronoun, a to-infinitive, or a word with a verb's ending ("-t", "-en", "-de", "-te") where no
 * article, determiner, preposition or attributive adjective makes it a noun. Any doubt counts as a verb, so a sentence
 * with one keeps its term. Kept too, as terms stated without a verb: a bound ("Deadline 1 juli 2019", a register's
 * line; "Uiterlijk vrijdag." or "voor dinsdag" as a debate's short answer), a fragment that is little more than its
 * term ("Na de zomer, voorzitter."), a line of a list ("- Herziening van het stelsel … in 2026", a planning's line) and
 * a fragment that delivers or names the Kamer ("Brief aan de Kamer over … voor 1 juli"), unless it names a letter
 * already sent by its sender (A_LETTER_SENT).
 */

/** Finite forms no ending tells: auxiliaries, modals and the commonest irregular verbs, Dutch and English. */
const FINITE_FORMS = new Set(
  (
    'is zijn ben bent was waren wordt worden word werd werden heeft hebben heb hebt had hadden zal zullen zult zou ' +
    'zouden kan kunnen kunt kon konden moet moeten moest moesten mag mogen mocht mochten wil willen wilt wilde wilden ' +
    'gaat gaan ga ging gingen komt komen kom kwam kwamen staat staan sta stond stonden ligt liggen lag lagen doet doen ' +
    'doe deed deden krijgt krijgen krijg kreeg kregen ziet zien zie zag zagen geeft geven geef gaf gaven blijft blijven ' +
    'blijf bleef bleven vindt vinden vind vond vonden houdt houden houd hield hielden laat laten liet lieten weet weten ' +
    'wist wisten zegt zeggen zeg zei zeiden denkt denken denk dacht dachten brengt brengen bracht brachten neemt nemen ' +
    'neem nam namen schrijft schreef schreven blijkt bleek bleken verschijnt verscheen treedt trad lijkt leek ' +
    'are were am has have does do did will shall would should can could may might must'
  ).split(' '),
);

/** A subject pronoun: a clause with one has a verb. */
const SUBJECT = new Set('ik wij we hij zij ze u jij je men jullie i he she they you it'.split(' '));

/** Words after which a word with a verb's ending is a noun or an adjective: articles, determiners, prepositions. */
const NOUN_CONTEXT = new Set(
  (
    'de het een der des den deze dit mijn uw haar hun onze ons elk elke ieder iedere alle geen welk ' +
    'van voor op in aan met over na bij tot uit door naar onder tussen tijdens ter ten per via vanaf sinds binnen ' +
    'rond rondom omtrent inzake betreffende namens zonder tegen langs achter boven the a an of for on at with by to from'
  ).split(' '),
);

/** Words no ending misleads about: conjunctions, adverbs and the like. */
const FUNCTION_WORDS = new Set('en als dan ook nog al wel niet meer zoals dd d.d and or as also'.split(' '));

/** The endings of a finite verb or an infinitive; "-ende" is a present participle, an adjective. */
const VERB_ENDING = /(?:t|en|de|te|den|ten)$/u;
const PRESENT_PARTICIPLE = /(?:end|ende|enden)$/u;
/** An attributive adjective: "de afgeronde voorbereiding", "Letterlijke tekst". */
const ATTRIBUTIVE = /e$/u;

const YEAR = /^(?:19|20)\d\d$/u;
/** A name, capitalised with small letters after; a text in capitals names nothing by them. */
const NAME = /^\p{Lu}\p{Ll}/u;
const GLUED_NUMBER = /(\p{L})\p{N}+$/u;

/** A word in small letters without accents: "Déadline" is "deadline". */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
const TOKEN = /[\p{L}\p{N}]+(?:[-./'’][\p{L}\p{N}]+)*/gu;

function hasAVerb(tokens: readonly string[]): boolean {
  // The first word is read as a noun phrase's: "Letterlijke tekst van …", "Inleidend statement van …".
  let nounAhead = true;
  for (const [i, token] of tokens.entries()) {
    // A footnote number glued to a word ("gesteld29") is no part of it.
    const word = plain(token).replace(GLUED_NUMBER, '$1');
    if (FINITE_FORMS.has(word) || SUBJECT.has(word) || (word === 'te' && i + 1 < tokens.length)) return true;
    const nounContext = nounAhead;
    nounAhead = false;
    if (NOUN_CONTEXT.has(word)) nounAhead = true;
    // A count makes a noun of what follows ("3 maanden"); a year may open a sentence whose verb comes next ("In 2019 evalueren …").
    else if (/^\p{N}/u.test(word)) nounAhead = !YEAR.test(word);
    else if (FUNCTION_WORDS.has(word) || (i > 0 && NAME.test(token))) continue;
    else if (PRESENT_PARTICIPLE.test(word) || (nounContext && ATTRIBUTIVE.test(word))) nounAhead = true;
    else if (!nounContext && VERB_ENDING.test(word)) return true;
  }
  return false;
}

/** A term stated as a bound: "Deadline 1 juli 2019", "Uiterlijk vrijdag.", "voor dinsdag" (not "voor 2012", what a thing is for). */
const BOUND = /^(?:deadline|uiterlijk|ten\s+laatste|niet\s+later\s+dan|voor\s+(?!\d{4}\b)|by|before|no\s+later\s+than)\b/u;
/** A bound named just before the term, as a register's table has it: "Deadline | 1 juli 2025 |". */
const BOUND_BEFORE = /\b(?:deadline|uiterlijk|termijn)[\s|:]*$/u;
/**
 * A line that opens on a letter by its sender ("– de brief van de staatssecretaris … d.d. 29 juni 2009 over … het
 * havenafvalbeleid in 2009 (29 862, nr. 16);", an agenda's or a committee's list of letters received) names a letter
 * already sent: a list line, "brief" and "aanbieding" there keep no term.
 */
const A_LETTER_SENT = /^\s*[-–•*]?\s*(?:de\s+)?brie(?:f|ven)\s+van\s+(?:de|het)\s/iu;
const LIST_ITEM = /^\s*[-–•*]/u;
/** A fragment of so few words besides its term is the term said short, as an answer: "Na de zomer, voorzitter.". */
const FEWEST_WORDS_BESIDE = 4;

/**
 * Whether the phrase stands in a heading, caption or list line with no verb (see above). `sentence` is the phrase's
 * sentence, `before` and `after` its words on either side of the phrase; `delivers` says whether it delivers or names
 * the Kamer.
 */
export function inAHeading(sentence: string, phrase: string, before: string, after: string, delivers: boolean): boolean {
  if (BOUND.test(plain(phrase)) || BOUND_BEFORE.test(plain(before))) return false;
  if (!A_LETTER_SENT.test(sentence) && (LIST_ITEM.test(sentence) || delivers)) return false;
  const beside = [...`${before} ${after}`.matchAll(TOKEN)].map((match) => match[0]);
  if (beside.length < FEWEST_WORDS_BESIDE) return false;
  return !hasAVerb([...sentence.matchAll(TOKEN)].map((match) => match[0]));
}
