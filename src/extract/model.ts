import type { CivilDate } from '../core/civil-date.js';
import type { SourceType, Status } from '../core/model.js';

/** A span of the letter's text: `text` is exactly `letter.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** What part of the letter a sentence belongs to; questions, headers, footnotes, signatures and what a member or the chair says in a debate never hold promises. */
export type Role = 'body' | 'question' | 'answer' | 'header' | 'footnote' | 'signature' | 'member';

export interface Sentence extends Span {
  role: Role;
  /** The number of the question (or of the question an answer answers), as written: "3", "2 en 3". */
  question?: string;
  /** Index of the paragraph the sentence is in, counted over the letter. */
  paragraph: number;
}

/** How the letter's date was found: stated in it, inferred from the latest past date it mentions, given by `--date`, or none at all. */
export type DateOrigin = 'stated' | 'inferred' | 'given' | 'none';

export interface ExtractedSource {
  id?: string;
  type: SourceType;
  title?: string;
  date?: CivilDate;
  dateOrigin: DateOrigin;
  by?: string;
  refs: string[];
  /** Documents the letter cites (its footnotes, Kamerstukken it refers to): the matching of open commitments uses them. */
  cited: string[];
}

/** A word or phrase that decided a choice, and what it counts as. */
export interface Cue {
  kind: CueKind;
  text: string;
}

export type CueKind =
  | 'deliver' // informeren, sturen, delen ...
  | 'future' // zal, streef ernaar, verwacht ... te, voornemens, zeg toe
  | 'deliverable' // wordt ... opgeleverd, verschijnt
  | 'deadline' // a future deadline phrase
  | 'ongoing' // gesprekken lopen, periodiek overleg
  | 'delivered' // in the letter sent on DATE
  | 'restating' // zoals toegezegd
  | 'dependency' // aan de hand van de resultaten van ...
  | 'hedge' // indien, mogelijk
  | 'question'
  | 'request'
  | 'past'
  | 'this-letter'
  | 'negation'
  | 'obligation'
  | 'third-party'
  | 'repeat'
  | 'statement' // an assessment or a meeting's agenda: what the sentence states, not an act undertaken
  | 'clause' // the clause read apart that undertakes: the main clause after a condition, a coordinated clause
  | 'reference'; // "Hetzelfde geldt voor …": the promise before it, made again for another occasion

/** Why a sentence that looked like a promise is not one. */
export type SkipReason = 'question' | 'request' | 'past' | 'this-letter' | 'negation' | 'obligation' | 'third-party' | 'repeat' | 'statement';

/** `due` as the register writes it: a phrase, after another commitment, or nothing. */
export type DraftDue = { kind: 'phrase'; phrase: string; start: number; end: number; event: boolean } | { kind: 'after'; after: string };

export interface DraftCommitment {
  id: string;
  title: string;
  quote: string;
  /** Where the quote's promise sentence sits in the letter. */
  start: number;
  end: number;
  due?: DraftDue;
  type: 'new' | 'existing';
  by?: string;
  dependsOn: string[];
  status: Status;
  /** When: its day, or, as a register reports a promise "voldaan" without one, `dateUnknown`. */
  delivered?: { on: CivilDate; ref?: string } | { dateUnknown: true };
  question?: string;
  cues: Cue[];
  confidence: number;
}

export interface SkippedSentence {
  text: string;
  start: number;
  why: SkipReason;
  cues: Cue[];
}

export interface Draft {
  source: ExtractedSource;
  commitments: DraftCommitment[];
  skipped: SkippedSentence[];
}
