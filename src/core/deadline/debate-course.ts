import { Caseless } from './caseless.js';

/**
 * The questions that written answers for a debate leave to that debate are answered in it as part of the debate's own
 * course, in every person and voice (the annotation guide §1, the lead's decision D2 of session 33 and its
 * clarification of session 34): "De resterende vragen worden beantwoord tijdens de eerste termijn van het kabinet", "De
 * overige gestelde vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat op woensdag 8 november 2017",
 * "De overige vragen zullen worden beantwoord in de eerste termijn". Neither a promise nor a deadline: the debate,
 * dated or not, is where the speech goes on, not a term anyone undertakes.
 *
 * Three parts in one stretch of a sentence, in any order: the questions, the rest of them ("de overige", "de
 * resterende", "de nog openstaande vragen") or any questions answered in a turn of the debate ("in mijn eerste
 * termijn"); answering them; and the debate or its turn, with "tijdens", "in", "gedurende" or "bij". Answers in writing,
 * by a term or in a document ("Ik zal de overige vragen schriftelijk beantwoorden", "… uiterlijk 1 mei") are promised;
 * informing the Kamer during a debate ("Ik zal u tijdens het commissiedebat informeren") is a real act at a meeting.
 */
const REST_OF_THE_QUESTIONS = new Caseless(
  /\b(?:overige|resterende|andere|overgebleven|(?:nog\s+)?openstaande|nog\s+niet\s+beantwoorde)\s+(?:[^\s,.;:!?]+\s+){0,2}?vragen\b|\brest\s+van\s+de\s+(?:[^\s,.;:!?]+\s+){0,2}?vragen\b/iu,
);
const QUESTIONS = new Caseless(/\bvragen\b/iu);
const ANSWERING = new Caseless(/\b(?:beantwoord(?:en|t)?|ingaan|in\s+te\s+gaan)\b/iu);
/**
 * The debate or a turn of it, with the words that may say whose turn or which debate ("mijn eerste termijn van het
 * debat"); a turn is named without an article too, as speech has it ("in tweede termijn"). A consultation with a party
 * ("in het overleg met de sector", "in het bestuurlijk overleg") is no debate of the Kamer's.
 */
const IN_THE_DEBATE = new Caseless(
  /\b(?:tijdens|in|gedurende|bij)\s+(?:(?:de|het|mijn|onze|zijn|haar)\s+(?:[^\s,.;:!?]+\s+){0,4}?|(?:eerste|tweede|derde)\s+(?=termijn\b))(?:[a-z]*debat|(?<!bestuurlijk\s)[a-z]*overleg(?!\s+met\b)|(?:plenaire\s+)?behandeling|(termijn))\b(?:\s+(?:van|met)\s+(?:de|het)\s+(?:[^\s,.;:!?]+\s+){0,4}?(?:[a-z]*debat|[a-z]*overleg|behandeling|regering|kabinet|(?:minister|staatssecretaris)s?))?/iu,
);
const IN_WRITING_OR_BY_A_TERM = new Caseless(/\b(?:schriftelijk|per\s+brief|in\s+(?:een|de)\s+(?:[^\s,.;:!?]+\s+)?brief|uiterlijk|binnen|zo\s+spoedig)\b/iu);
/**
 * A document or a delivery to the Kamer among the parts: the answers go out in it ("De resterende vragen zal ik
 * beantwoorden in de voortgangsrapportage die ik u voor het zomerreces stuur, zoals besproken in het commissiedebat"),
 * a promise with its term, and the debate named is where the questions came up.
 */
const DELIVERED = new Caseless(/\b(?:[a-z]*brief|[a-z]*rapportage|[a-z]*nota|[a-z]*notitie|stuur|stuurt|sturen|zend|zendt|zenden|toezenden|toesturen|toekomen|informeer|informeert|informeren)\b/iu);
/**
 * A promise or a request told among the parts ("Tijdens het debat van 5 maart heb ik toegezegd de overige vragen voor 1
 * april te beantwoorden", "In het commissiedebat is gevraagd de resterende vragen … te beantwoorden"): the debate is
 * where it was made or asked, and the answers are owed by the term it names.
 */
const PROMISED_THERE = new Caseless(/\b(?:toegezegd|toezegging|toe\s+te\s+zeggen|zeg\s+(?:ik|wij|we)\s+toe|beloofd|gevraagd|verzocht|verzoek)\b/iu);
/** How far apart the parts may stand: one clause, rarely longer. */
const REACH = 200;

/**
 * Where in `sentence` the answers left to the debate are said (from the first of the three parts to the end of the
 * last, the debate's name included), or undefined when the sentence says none.
 */
export function answersLeftToTheDebate(sentence: string): { start: number; end: number } | undefined {
  const debate = IN_THE_DEBATE.exec(sentence);
  const answering = ANSWERING.exec(sentence);
  if (!debate || !answering || IN_WRITING_OR_BY_A_TERM.test(sentence)) return undefined;
  const questions = REST_OF_THE_QUESTIONS.exec(sentence) ?? (debate[1] !== undefined ? QUESTIONS.exec(sentence) : null);
  if (!questions) return undefined;
  const parts = [debate, answering, questions];
  const start = Math.min(...parts.map((part) => part.index));
  const end = Math.max(...parts.map((part) => part.index + part[0].length));
  const stretch = sentence.slice(start, end);
  return end - start <= REACH && !/[.;:!?]\s/u.test(stretch) && !DELIVERED.test(stretch) && !PROMISED_THERE.test(stretch) ? { start, end } : undefined;
}
