import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, evaluate, sameDue, sameDueAsWritten, trapsAt, type Split } from '../../extract-eval/evaluate.js';

/** Spacing, case and soft hyphens aside: `corpus()` reads the annotations without the soft hyphens a letter may hold. */
const flat = (text: string) => text.replaceAll('\u00AD', '').replace(/\s+/g, ' ').toLowerCase();
/** The texts of the first round, collected and split before the second; then the second round's. */
const FIRST_ROUND = 21;
const SECOND_ROUND = 42;
const THIRD_ROUND = 18;
const FOURTH_ROUND = 34;
const FIFTH_ROUND = 27;
const SIXTH_ROUND = 12;
const SEVENTH_ROUND = 32;
/** The blind sets from the fifth on, each with the number of texts it held when it was measured. */
const BLIND_SETS: Record<string, number> = {
  'held-out-5': 33, 'held-out-6': 41, 'held-out-7': 35, 'held-out-8': 34, 'held-out-9': 34, 'held-out-10': 24, 'held-out-11': 29,
  'held-out-12': 22, 'held-out-13': 17, 'held-out-14': 25, 'held-out-15': 31, 'held-out-16': 33, 'held-out-17': 39, 'held-out-18': 50,
  'held-out-19': 34, 'held-out-20': 58, 'held-out-21': 49, 'held-out-22': 69, 'held-out-23': 43, 'held-out-24': 94, 'held-out-25': 95,
  'held-out-26': 143, 'held-out-27': 102,
};

describe('the development corpus of real texts', () => {
  const texts = corpus();

  it('holds at least 30 real texts, some without any promise, split before evaluation', () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
    expect(texts.filter((text) => text.promises.length === 0).length).toBeGreaterThan(0);
    // The first round's held-out texts were measured once and are dev texts now; in the second round every third text is held out.
    const firstRound = texts.slice(0, FIRST_ROUND);
    const secondRound = texts.slice(FIRST_ROUND, FIRST_ROUND + SECOND_ROUND);
    // The third round was collected after the rules were tuned: all of it held out.
    const thirdRound = texts.slice(FIRST_ROUND + SECOND_ROUND, FIRST_ROUND + SECOND_ROUND + THIRD_ROUND);
    // The fourth round, annotated before extract was run on it, is dev: the new blind texts are kept elsewhere.
    const fourthRound = texts.slice(FIRST_ROUND + SECOND_ROUND + THIRD_ROUND, FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND);
    // The fifth round was collected apart from the rules' authors, annotated first and measured once at the end: all of it held out.
    const fifthRound = texts.slice(FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND, FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND);
    // The sixth round, collected after GUIDE.md and annotated by it before extract ran, is dev.
    const sixthRound = texts.slice(FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND, FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND);
    // The seventh round, a new blind set collected apart and annotated by GUIDE.md, measured once at the end of the round: all of it held out.
    const seventhRound = texts.slice(FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND, FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND + SEVENTH_ROUND);
    // The eighth round and later, collected after the fourth blind set and annotated by GUIDE.md before extract ran, are dev.
    const laterTexts = texts.slice(FIRST_ROUND + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND + SEVENTH_ROUND);
    // From the fifth on, each blind set was collected apart and annotated by GUIDE.md before extract ran, and measured once at the end of its round: one block of texts each, with its size when measured; the texts between them are dev.
    const laterRounds = laterTexts.filter((text) => !(text.split in BLIND_SETS));
    expect(firstRound.every((text) => text.split === 'dev')).toBe(true);
    expect(secondRound.every((text, index) => text.split === ((index + 1) % 3 === 0 ? 'held-out' : 'dev'))).toBe(true);
    expect(thirdRound.every((text) => text.split === 'held-out-2')).toBe(true);
    expect(fourthRound.length).toBeGreaterThanOrEqual(12);
    expect(fourthRound.every((text) => text.split === 'dev')).toBe(true);
    expect(fifthRound.length).toBeGreaterThanOrEqual(15);
    expect(fifthRound.every((text) => text.split === 'held-out-3')).toBe(true);
    expect(sixthRound.length).toBeGreaterThanOrEqual(12);
    expect(sixthRound.every((text) => text.split === 'dev')).toBe(true);
    expect(seventhRound.length).toBe(SEVENTH_ROUND);
    expect(seventhRound.every((text) => text.split === 'held-out-4')).toBe(true);
    expect(laterRounds.length).toBeGreaterThanOrEqual(12);
    expect(laterRounds.every((text) => text.split === 'dev')).toBe(true);
    for (const [split, size] of Object.entries(BLIND_SETS)) {
      const start = laterTexts.findIndex((text) => text.split === split);
      expect(laterTexts.slice(start, start + size).every((text) => text.split === split), split).toBe(true);
      expect(laterTexts.filter((text) => text.split === split).length, split).toBe(size);
    }
    expect(laterRounds.filter((text) => text.promises.length === 0).length).toBeGreaterThanOrEqual(2);
    expect(texts.filter((text) => text.split === 'held-out').length).toBeGreaterThanOrEqual(10);
    expect(thirdRound.length).toBeGreaterThanOrEqual(10);
    expect(texts.reduce((total, text) => total + text.promises.length, 0)).toBeGreaterThanOrEqual(60);
    // Read from an official site, or from a mirror that names the official publication.
    const OFFICIAL = /^https:\/\/(?:www\.|zoek\.)?(?:officielebekendmakingen|tweedekamer|rijksoverheid|eerstekamer)\.nl\//;
    expect(texts.every((text) => OFFICIAL.test(text.url) || typeof text.official === 'string')).toBe(true);
  });

  // Two engineers collecting at once picked the same pages (5 December 2026): one text counted twice weighs twice.
  it('holds each public text once: no address, official publication or file twice', () => {
    const addresses = texts.flatMap((text) => [text.url, ...(typeof text.official === 'string' && text.official.startsWith('http') ? [text.official] : [])]);
    expect(addresses.filter((address, index) => addresses.indexOf(address) !== index)).toEqual([]);
    const files = texts.map((text) => text.file);
    expect(files.filter((file, index) => files.indexOf(file) !== index)).toEqual([]);
  });

  // A collector copies OCR words as printed, soft hyphens and all; the drafted quote and deadline are read without them.
  it('reads the annotations without soft hyphens, as extract reads a letter', () => {
    expect(texts.filter((text) => JSON.stringify(text).includes('\u00AD')).map((text) => text.file)).toEqual([]);
  });

  it('annotates only what the texts say: every promise and trap occurs in its text', () => {
    for (const text of texts) {
      const letter = flat(readFileSync(join(import.meta.dirname, '../../fixtures/extract/letters', text.file), 'utf8'));
      for (const promise of text.promises) expect(letter, text.file).toContain(flat(promise.sentence));
      for (const trap of text.traps) expect(letter, text.file).toContain(flat(String(trap)));
    }
  });
});

describe('a deadline counts as right only when it is the annotated one', () => {
  const anchor = '2025-12-08';

  it('takes phrases with the same window, and no deadline for no deadline', () => {
    expect(sameDue('voor 1 juli 2026', 'uiterlijk 30 juni 2026', anchor)).toBe(true);
    expect(sameDue(null, null, anchor)).toBe(true);
    expect(sameDue('eind 2026', null, anchor)).toBe(false);
    expect(sameDue('voor de zomer', 'na de zomer', anchor)).toBe(false);
  });

  it('does not take one undated event for another: both have no window, so the words decide', () => {
    expect(sameDue('na afronding van het onderzoek', 'zodra de evaluatie gereed is', anchor)).toBe(false);
    expect(sameDue('voor het commissiedebat Mensenhandel', 'na het commissiedebat Mensenhandel', anchor)).toBe(false);
    expect(sameDue('voor het commissiedebat Mensenhandel', 'voor het commissiedebat  mensenhandel', anchor)).toBe(true);
  });

  it('does not take a series for one window with the same first instance', () => {
    expect(sameDue('jaarlijks voor het zomerreces', 'voor het zomerreces', anchor)).toBe(false);
  });

  it('reads a word of how sure or how firm off the annotated phrase (since session 28), never a relation word or an event', () => {
    // held-out-13 (rijksoverheid.nl, Icesave evaluation) and held-out (VWS 2010): the window is the same.
    expect(sameDue('ongeveer eind april', 'eind april', anchor)).toBe(true);
    expect(sameDue('in ieder geval nog voor de zomer', 'nog voor de zomer', anchor)).toBe(true);
    expect(sameDueAsWritten('ongeveer eind april', 'eind april', anchor)).toBe(false);
    expect(sameDue('ongeveer eind april', 'eind mei', anchor)).toBe(false);
    // held-out-2 (Kamerstuk 29 528, nr. 11): the event is part of the term.
    expect(sameDue('na verwerking van dat advies zo spoedig mogelijk', 'zo spoedig mogelijk', anchor)).toBe(false);
  });
});

describe('a trap counts as taken only where the drafted deadline stands on it', () => {
  // kst-33149-15 (held-out-11): the trap "zo spoedig mogelijk" is a wish two paragraphs up; the promise's own "spoedig" is right.
  const letter = 'Ik wil dat dit zo spoedig mogelijk wordt hersteld.\n\nIk zal spoedig een reactie geven op de aanbevelingen.';
  const own = letter.indexOf('spoedig een');

  it('does not count a trap whose words hold the drafted phrase, said elsewhere in the letter', () => {
    expect(trapsAt(letter, { start: own, end: own + 'spoedig'.length }, ['zo spoedig mogelijk'])).toEqual([]);
  });

  it('counts a trap the drafted deadline is, or holds, or lies in, across a line break', () => {
    const wish = letter.indexOf('zo spoedig');
    expect(trapsAt(letter, { start: wish, end: wish + 'zo spoedig mogelijk'.length }, ['zo spoedig mogelijk'])).toEqual(['zo spoedig mogelijk']);
    expect(trapsAt(letter, { start: wish + 3, end: wish + 10 }, ['zo spoedig mogelijk'])).toEqual(['zo spoedig mogelijk']);
    const study = 'De Inspecties voeren in\n2017 een vervolgonderzoek uit.';
    expect(trapsAt(study, { start: study.indexOf('in\n2017'), end: study.indexOf('2017') + 4 }, ['2017', 'in 2017', 'in 2018'])).toEqual(['2017', 'in 2017']);
  });

  it('does not take a number inside a longer one for the trap, but reads a footnote marker off a year', () => {
    const text = 'Kamerstuk 32017, en in 2017 een studie.';
    expect(trapsAt(text, { start: 0, end: 15 }, ['2017'])).toEqual([]);
    const marked = 'Zoals in mijn brief van 20 november 20181 uiteengezet.';
    expect(trapsAt(marked, { start: marked.indexOf('20 november'), end: marked.indexOf('20181') + 4 }, ['20 november 2018'])).toEqual(['20 november 2018']);
  });
});

describe('extract measured on the corpus (npm run eval:extract lists every miss)', () => {
  // Counts, not ratios: a promise found later with a deadline read wrong must not count as a loss.
  const noWorse = (split: Split, least: { matched: number; dueRight: number }, most: { extra: number; traps: number }) => {
    const measured = evaluate(split);
    expect(measured.matched).toBeGreaterThanOrEqual(least.matched);
    expect(measured.results.reduce((total, result) => total + result.dueRight, 0)).toBeGreaterThanOrEqual(least.dueRight);
    expect(measured.found - measured.matched).toBeLessThanOrEqual(most.extra);
    expect(measured.trapsTaken).toBeLessThanOrEqual(most.traps);
  };

  // Re-annotated by GUIDE.md and grown by a sixth, an eighth, a ninth, a tenth, an eleventh, a twelfth, a thirteenth, a fourteenth and a fifteenth round, and g2's round of 8 texts without a promise (see docs/quality/extract.md): 181 texts, 78 promises.
  // The seventeenth round (10 official texts without a promise) was measured once with 1 extra, kept: "… is een forse taak en zal dat de komende decennia ook blijven" (a future of being whose middle field is longer than COPULA_FUTURE reads; reading longer fields loses "Wij zullen met de provincies in gesprek blijven").
  // The eighteenth round (6 official texts, 4 promises, h) was measured once: 4 of 4 found, 2 with the right deadline, no extra, 2 traps ("In januari 2000", the month of an overleg with the Kamer after which the act comes; "op korte termijn" inside "de … op korte termijn beschikbaar komende kennis").
  // The nineteenth round (7 official texts, 7 news reports, 9 promises, g) was measured once, on main 9ae3545: 6 of 9 found, 4 with the right deadline, 4 extra, 2 traps (each listed by npm run eval:extract; docs/quality/extract.md).
  // The twentieth round (5 official texts, 1 promise, h) was measured once, on main f3c9325: 0 of 1 found (05841ea read "zullen wij nadrukkelijk aandacht besteden aan het bewustzijn van de medewerkers" as the text's own telling; mended with the round), no extra, no trap.
  // The twenty-first round (8 official letters and a rijksoverheid.nl summary, 4 promises, g) was measured once, on main d7e3d46: 3 of 4 found, 3 with the right deadline, 3 extra, no trap (each listed by npm run eval:extract).
  // Whole news reports from commercial outlets were removed from every split on 6 December 2026 (copyrighted; official texts are not): the counts
  // below are of the official texts that remain, and the blind figures in brackets are as measured then, news included.
  // The twenty-second round (6 official texts, 3 promises, h) was measured once, on main d7e3d46: 2 of 3 found, 2 with the right deadline, 1 extra ("Tevens zullen we dan ingaan op het advies …", what the letter promised just before will hold: part of it since), no trap.
  // The twenty-third round (6 official texts, 4 promises, h) was measured once, on main 542c8a0: 4 of 4 found, 3 with the right deadline, 1 extra ("Het Beleidsprogramma maakt het mogelijk om eerder, voor het zomerreces, uw Kamer te informeren …", a possibility), 1 trap ("van 3–4 mei", the Council's own days, taken as the term of the intention to attend it).
  // The twenty-fourth round (7 official texts, 7 promises, g) was measured once, on main 542c8a0: 5 of 7 found, 3 with the right deadline, 4 extra, no trap (each listed by npm run eval:extract).
  // The twenty-fifth round (6 official texts, 7 promises, g) was measured once, on main f1ca933: 5 of 7 found, 3 with the right deadline, 1 extra, no trap (each listed by npm run eval:extract).
  // The twenty-sixth round (6 official letters and a Kamer committee's letter, 1 promise, h) was measured once, on main 8a2e760: 1 of 1 found, 1 with the right deadline, 5 extra, no trap (each listed by npm run eval:extract).
  // The twenty-seventh round (3 official letters, 2 answers to questions and a notice of delay, 2 promises, d) was measured once, on main ec4e54e: 1 of 2 found, 1 with the right deadline, no extra, no trap ("Dit is ook de reden waarom er een mer-procedure wordt gestart" missed: a passive in a clause of reason).
  // The session-30 round (8 official letters, 5 promises, h) was measured once, on main 99c5cd9: 3 of 5 found, 3 with the right deadline, 2 extra, 1 trap ("voor 1 juli", NAM's undertaking told as agreed with it; each listed by npm run eval:extract).
  // The writer's own earlier promise told in the past without a term still to come is answered by the letter (kept-by-letter.ts): 3 dev extras fewer.
  // d's round of session 30 (7 official texts, 4 promises) was measured once, on main cbdf477: 4 of 4 found, 2 with the right deadline, 1 extra ("Samen met alle betrokken partijen streven we naar het voorkomen van slachtoffers", an aim), no trap.
  // In an answer, the writer telling what they work on ("werk ik aan …") is work under way, no standing commitment (promise-cues.ts): 1 dev extra fewer.
  // The writer pausing on something or looking back in this very text ("wil ik stil staan bij …") is its own step (clause-reading.ts): 1 dev extra fewer.
  // A future told as likely or possible ("zullen mogelijk in aangepaste … vorm …") is no undertaking (promise-cues.ts): 1 dev extra fewer.
  // Striving for a state or an outcome ("streven we naar het voorkomen van slachtoffers") is an aim, no act (promise-cues.ts): 1 dev extra fewer.
  // Two register entries re-annotated on the register's own sentence, not the words it quotes (the lead's decision of session 31), found again since the summary is kept over its quote (said-twice.ts).
  // The writer's expectation in the plural ("We verwachten hiermee na de zomer te kunnen starten") is read: 1 dev promise more.
  // What a promised document will hold is read with the document in quotation marks ("in «de Staat»", content-of.ts): 3 dev extras fewer.
  // 102 with the right deadline since a clause of time after the promise's act, which the finder does not read there, is its term ("U zult de kabinetsreactie pas ontvangen nadat het nieuwe kabinet is aangetreden").
  // 104 with the right deadline since a term pointing back (D1 of session 33) is the promise's term ("Zo spoedig mogelijk daarna zend ik u …", "zal ik de Tweede Kamer daarna informeren").
  // A future of being occupied or of having effect ("zullen we ons vooral bezighouden met …") is no undertaking (promise-cues.ts): 1 dev extra fewer.
  // 112 of 127 found and 4 traps since D11 (session 36) was applied (session 37): the RIVM's report expected "in voorjaar 2011" is a forecast of a third party's product, its term a trap.
  // h2's round of session 37 (3 regeringsverklaringen in the Tweede Kamer, no promise) was measured once, on main 459c1b5: 5 extra, no trap: the speaker's speech act in the speech itself ("Ik wil aan het begin van dit debat eerst dit zeggen", "Ik zal zo beginnen met een duiding …", "Daarna wil ik … over het voetlicht brengen"), "Het kabinet zal die samenwerking zoeken …" (a way of working, borderline) and "iedereen zal dat ook gaan merken" (a forecast).
  // The speaker's speech act in the speech itself ("Ik wil … eerst dit zeggen", "Ik zal zo beginnen met een duiding …") is the text's own course (clause-reading.ts): 3 dev extras fewer.
  // 113 found, 106 with the right deadline, since the government's own act planned for a term ahead is promised in the future too ("… openstelling van de laatste regelingen onder de aanpak zal binnenkort plaatsvinden").
  it('dev: no worse than measured (113 of 127 found, 106 with the right deadline, 8 extra, 4 traps; the fifteenth round first measured with 9 extra)', () => {
    noWorse('dev', { matched: 113, dueRight: 106 }, { extra: 8, traps: 4 });
  });

  it('held-out: no worse than today (7 of 7 found, 6 with the right deadline, no extra, no trap; blind: 6, 4, 4, 1)', () => {
    noWorse('held-out', { matched: 7, dueRight: 6 }, { extra: 0, traps: 0 });
  });

  // 30 with the right deadline since "na … zo spoedig mogelijk" is read as the event ("na verwerking van dat advies zo spoedig mogelijk").
  it('second held-out set: no worse than today (32 of 32 found, 30 with the right deadline, no extra, no trap; blind: 25, 20, 13, 7)', () => {
    noWorse('held-out-2', { matched: 32, dueRight: 30 }, { extra: 0, traps: 0 });
  });

  // 24 with the right deadline since a document became an event ("samen met de definitieve Lange Termijn Spooragenda").
  // 25 since a clause saying a thing has come about is an event ("Wanneer er meer bekend is").
  // 26 since the document a promise goes out in is its term ("vooraf in de Geannoteerde Agenda van de Raad").
  // 27 since "zo spoedig mogelijk" after an event in an aside counts from the event ("– nadat het bestuurlijk overleg heeft plaatsgevonden – zo spoedig mogelijk").
  it('third held-out set: no worse than today (30 of 30 found, 27 with the right deadline, no extra, no trap; blind: 22 of 34, 15, 5, 1)', () => {
    noWorse('held-out-3', { matched: 30, dueRight: 27 }, { extra: 0, traps: 0 });
  });

  // Blind: 25 of 38 found, 16 with the right deadline, 10 extra, 5 traps; one annotation corrected since (docs/quality/extract.md). Studied as dev since.
  // 36 with the right deadline since a term pointing back (D1 of session 33) is the promise's term ("kan … daarna aan uw Kamer worden aangeboden", "…, waarna ik een beleidsreactie aan de Kamer zal versturen"; 34 before it).
  it('fourth held-out set: no worse than today (37 of 38 found, 36 with the right deadline, no extra, no trap)', () => {
    noWorse('held-out-4', { matched: 37, dueRight: 36 }, { extra: 0, traps: 0 });
  });

  // Collected apart and annotated by GUIDE.md before extract ran; measured once, blind, on main at 16:25 UTC (docs/quality/extract.md).
  // 33 with the right deadline since a coming about said as a noun is an event ("zo spoedig mogelijk na het beschikbaar komen van deze aanvullende informatie").
  // 34 since a clause of time after the promise's act, which the finder does not read there, is its term ("dat zodra het kabinet tot besluitvorming is gekomen en dat aan uw Kamer meldt, het kabinet …").
  it('fifth held-out set: no worse than today (37 of 37 found, 34 with the right deadline, no extra, no trap; blind: 27, 21, 8, 1)', () => {
    noWorse('held-out-5', { matched: 37, dueRight: 34 }, { extra: 0, traps: 0 });
  });

  // Collected apart and annotated by GUIDE.md before extract ran; measured once, blind, on main 9d11e37 at 19:05 UTC (docs/quality/extract.md).
  // Studied as dev since; the clause reading (clause-reading.ts) read its classes.
  // 22 with the right deadline since a document became an event ("voorafgaand aan het Strategisch Vastgoedplan").
  // 1 extra since striving for a state ("Ik streef ernaar om de verschillende oplossingsrichtingen scherp te hebben") is an aim.
  // 23 since the document a promise goes out in is its term ("in de tweede suppletore begroting 2000").
  // 31 of 32 found and 2 extra since D2 of session 33 (an annotation): "De resterende vragen worden beantwoord tijdens de eerste termijn van het kabinet" is the debate's own course, no promise, and extract still drafts it.
  // 1 extra since a turn of the debate itself is the speech's own course, no occasion (D2 of session 33).
  it('sixth held-out set: no worse than today (31 of 32 found, 23 with the right deadline, 1 extra, no trap; blind: 20, 15, 21, 4)', () => {
    noWorse('held-out-6', { matched: 31, dueRight: 23 }, { extra: 1, traps: 0 });
  });

  // Collected apart and annotated by GUIDE.md before extract ran; measured once, blind, on main 63b6c62 at 21:45 UTC (docs/quality/extract.md).
  // Studied as dev since (docs/quality/extract.md): its vetoes by class removed its extras and traps; the clause reading proposes what its clauses undertake, and undertakings said without a verb of the lists are read.
  // 27 since the document a promise goes out in is its term ("via de stand van zakenbrief van de Belastingdienst").
  it('seventh held-out set: no worse than today (33 of 36 found, 27 with the right deadline, no extra, no trap; blind: 22, 17, 6, 2)', () => {
    noWorse('held-out-7', { matched: 33, dueRight: 27 }, { extra: 0, traps: 0 });
  });

  // Collected apart and annotated by GUIDE.md before extract ran; measured once, blind, on main ca03197 at 00:30 UTC (docs/quality/extract.md).
  // Studied as dev since: its forms of undertaking are read by class (clause-reading.test.ts), its extras and traps removed by class (vetoes, elaborations, promises said twice or kept by the letter; promise-cues.test.ts).
  // 27 with the right deadline since cb5e1b0: the debate later on the letter's own day (2017D31436).
  // 28 since a document became an event ("Gelijktijdig met de defensiebegroting voor 2008").
  // 29 since "ten minste eens in de vijf jaar" is read ("ten" was taken for the English number).
  // 31 of 32 found, 28 with the right deadline, 1 extra and 1 trap since D2 holds in every person (session 34): "De overige gestelde vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat op …" (2017D31436) is the debate's own course, no promise; extract still drafts it.
  // No extra and no trap since the questions left to the debate are read as its own course in every person and voice (debate-course.ts).
  // 27 of 28 found, 24 with the right deadline, 4 extra and 2 traps since D9 (session 35): a rappel that reports an entry as "voldaan" reports a kept promise, none (T00476, T02647, T01602, T02933); extract still drafts them, and their terms are traps now.
  // No extra and no trap since a rappel's entry reported as kept is not drafted (register-status.ts).
  // 26 of 27 found and 1 extra since D11 (session 36) was applied (session 37): the ILT's supervision is a third party's act.
  // No extra since extract reads it so (core/independent-bodies.ts).
  it('eighth held-out set: no worse than today (26 of 27 found, 24 with the right deadline, 0 extra, 0 traps; blind: 22, 16, 11, 3)', () => {
    noWorse('held-out-8', { matched: 26, dueRight: 24 }, { extra: 0, traps: 0 });
  });

  // Collected apart and annotated by GUIDE.md before extract ran; measured once, blind, on main b5b0716 at 03:10 UTC (docs/quality/extract.md).
  // 20 with the right deadline since cb5e1b0: the debate on its day read back as a due (2019D40074), and later on the letter's own day (2024D40329).
  // 24 found, 21 with the right deadline since an ambition with its term is an intention ("Dit kabinet heeft de ambitie uitgesproken om eind 2027 …").
  // 25 found, 22 with the right deadline since the intention is read with "we" ("willen we dit gesprek ook in het verdere traject voortzetten").
  // 2 extra since a register's quote saying the summary's own act again is that promise ("In november 2013 informeer ik de MR over de opdracht voor een evaluatie").
  // 23 of 29 found, 20 with the right deadline, 4 extra and 2 traps since D2 holds in every person (session 34): the two answers' "De overige gestelde vragen zal ik … tijdens … het debat op … beantwoorden" (2019D40074, 2024D40329) are the debate's own course, no promise; extract still drafts them.
  // 2 extra and no trap since the questions left to the debate are read as its own course in every person and voice (debate-course.ts).
  it('ninth held-out set: no worse than today (23 of 29 found, 20 with the right deadline, 2 extra, no trap; blind: 21, 17, 9, 0)', () => {
    noWorse('held-out-9', { matched: 23, dueRight: 20 }, { extra: 2, traps: 0 });
  });

  // Collected apart and annotated by GUIDE.md before extract ran; measured once, blind, on main 39d089b at 05:55 UTC (docs/quality/extract.md).
  // Studied as dev since: its official letters' extras and traps removed by class (promise-cues.test.ts, "what the letter does now", "whose wish"), news in the third person read ("news told in the third person").
  it('tenth held-out set: no worse than today (9 of 10 found, 5 with the right deadline, 1 extra, no trap; blind: 11, 7, 13, 6)', () => {
    noWorse('held-out-10', { matched: 9, dueRight: 5 }, { extra: 1, traps: 0 });
  });

  // Collected apart and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 2fed051 at 08:45 UTC (docs/quality/extract.md).
  // Blind: 3 traps, one of them the evaluator's (a drafted "spoedig" counted for the trap "zo spoedig mogelijk" of another sentence); traps are matched by place since.
  // 1 extra since what may happen, said with "kunnen", is a possibility ("Bij die conferentie zullen alle drie rapporten … kunnen worden betrokken").
  // 15 with the right deadline since "Ik ben voornemens u daarna een reactie … toe te zenden" is annotated "daarna" by D1 of session 33 (was none).
  // 16 with the right deadline since a term pointing back (D1 of session 33) is the promise's term ("Ik ben voornemens u daarna een reactie … toe te zenden").
  // 18 found, 17 with the right deadline, since a delivery to the Kamer said in the present at a meeting still to come is promised ("Ik informeer uw Kamer vóór het AO Preventie over …", the AO read as a meeting).
  // 17 since a sentence ends before an indented next line: "De resultaten zijn in de eerste helft van 2023 beschikbaar" was found only glued to the sentence before it (the lead's decision: a lucky find lost).
  it('eleventh held-out set: no worse than today (17 of 19 found, 16 with the right deadline, 1 extra, no trap; blind: 16, 15, 12, 3)', () => {
    noWorse('held-out-11', { matched: 17, dueRight: 16 }, { extra: 1, traps: 0 });
  });

  // Collected apart and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 1e58b97 at 11:29 UTC (README).
  // 11 found since striving said impersonally is an intention ("wordt er naar gestreefd deze … af te ronden", "Gestreefd wordt naar afronding …"; their trimester and "rond de jaarwisseling 2015–2016" not read).
  // No extra and no trap since the government asked in the passive is the asker's request ("In de motie … is het kabinet gevraagd om ten minste jaarlijks te rapporteren").
  // 12 found since the government's own act planned for a term ahead in the present is promised ("De toezending aan uw Kamer … is voor het derde trimester van 2015 gepland"; its trimester not read).
  it('twelfth held-out set: no worse than today (12 of 15 found, 8 with the right deadline, no extra, no trap; blind: 12 of 25, 10, 8, 1)', () => {
    noWorse('held-out-12', { matched: 12, dueRight: 8 }, { extra: 0, traps: 0 });
  });

  // Collected apart and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main ac4e6d9 at 14:27 UTC (README).
  // 15 found, 13 with the right deadline, since a delivery to the Kamer named in a relative clause is promised ("…, waarover het parlement … wordt geïnformeerd").
  it('thirteenth held-out set: no worse than today (15 of 16 found, 13 with the right deadline, 1 extra, 0 traps; blind: 12, 9, 6, 0)', () => {
    noWorse('held-out-13', { matched: 15, dueRight: 13 }, { extra: 1, traps: 0 });
  });

  // Collected apart and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main bb34005 at 17:17 UTC (README).
  // 10 with the right deadline since a clause saying a thing has come about is an event ("zodra er een plan gereed is", "als de onderzoeken zijn afgerond").
  // 17 found since the future passive is read across an aside after its auxiliary ("zullen, tezamen met het advies …, zorgvuldig worden bestudeerd"; its term, "thans voorzien in maart 2022", not read).
  // 11 with the right deadline since the document a promise goes out in is its term ("in de evaluatie van 2022").
  // 18 found since a register's "zegt de Kamer, naar aanleiding van …, toe …" is read whole after a long list of members (ek-T02849).
  // 19 found since a thing said to come is the government's doing ("Jaarlijks komt er een brief over de monitoringsresultaten"; its term not read).
  // 9 extra since a colleague's answers in the same debate are the speech going on ("Tot slot zal mijn collega Weerwind de vragen … beantwoorden").
  // 13 with the right deadline since a term pointing back (D1 of session 33) is the promise's term ("vooruitlopend daarop").
  // 8 extra since a speaker who will begin with a part of the speech is its order ("Ik zal beginnen met een algemeen deel, dan …").
  // 5 extra since a rappel's entry reported as kept is not drafted (ek-rappel-vws-2024-T02589).
  it('fourteenth held-out set: no worse than today (19 of 27 found, 13 with the right deadline, 5 extra, 0 traps; blind: 15, 8, 12, 0)', () => {
    noWorse('held-out-14', { matched: 19, dueRight: 13 }, { extra: 5, traps: 0 });
  });

  // Collected apart and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 7422d3f at 20:07 UTC (README).
  // 22 found since the future passive is read with its participle first ("Het ILG en de EHS zullen daarom gedecentraliseerd worden").
  // 20 with the right deadline since the document a promise goes out in is its term ("in de luchtvaartnota").
  // 3 extra since what a promised document will hold is read with words between the future and the document ("Dit zal als samenhangend onderdeel in de visie worden behandeld").
  // 2 extra since a future of being occupied is no undertaking ("die ons de komende tijd natuurlijk zullen bezighouden").
  // 23 found, 21 with the right deadline, since a thing instituted, told in the present passive, is the government's act ahead ("De EHS wordt eerst herijkt").
  it('fifteenth held-out set: no worse than today (23 of 28 found, 21 with the right deadline, 2 extra, 1 trap; blind: 21, 18, 7, 1)', () => {
    noWorse('held-out-15', { matched: 23, dueRight: 21 }, { extra: 2, traps: 1 });
  });

  // Collected apart and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 570186f at 23:04 UTC (README).
  // 12 extra since striving for an outcome ("De minister streeft naar het vormgeven van «modern burgerschap»") is an aim.
  // 24 found since the future passive is read across a list ("… samenwerking met België, Duitsland en Frankrijk worden gezocht").
  // 25 found, 11 extra since a register's summary is kept over the words it quotes (ek-T02620; its term, the quote's "voor de begrotingsbehandeling", is a window where the annotation's longer phrase is an undated event).
  // 26 found, 21 with the right deadline and 10 extra by session 32's start; 9 extra and 2 traps since a committee's wish to receive is its request (tk 2020D36132).
  // 27 found since the expectation is read with an adverb in its frame ("De verwachting is nu, dat ik u over enige maanden …"; that term not read).
  // 8 extra since "kunnen wij hierover verder van gedachten wisselen" is a possibility (kst-31305-139).
  // 7 extra since an announcement told in the perfect is rescheduled onto its restatement (kst-CII-I).
  // 5 extra since answering in the debate and going into a matter with no place or time of its own are the text going on ("Die zal ik natuurlijk zo compleet mogelijk beantwoorden", "Vervolgens zal ik aandacht besteden aan …").
  // 28 found, 22 with the right deadline, since coming back to the Kamer later, said in the present, is promised ("Daarover komen wij nog terug bij de Kamer").
  // 29 found, 23 with the right deadline, since a thing instituted, told in the present passive, is the government's act ahead ("Er wordt daarnaast een onafhankelijk onderzoek ingesteld naar deze kwestie").
  it('sixteenth held-out set: no worse than today (29 of 32 found, 23 with the right deadline, 5 extra, 2 traps; blind: 23, 18, 13, 3)', () => {
    noWorse('held-out-16', { matched: 29, dueRight: 23 }, { extra: 5, traps: 2 });
  });

  // Collected apart (27 texts by one engineer, 12 by another) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main d23b4a3 at 01:58 UTC (README).
  // 20 found since an intention is read with its verb before its subject ("In de komende periode is het de bedoeling het rapport te bespreken …").
  // 9 extra since a future passive done in a committee is the committee's planning ("zullen in de commissie nog gespreksonderwerpen geïnventariseerd worden").
  // 8 extra and 2 traps since "De afwegingen … kunnen vervolgens in 2021 worden gemaakt" is a possibility (kst-27625-501).
  // 21 found since a thing said to come is the government's doing ("Er komt meer helderheid over de prijs-kwaliteitverhouding …").
  // 7 extra since a turn of the debate itself is the speech's own course ("De resterende vragen worden beantwoord tijdens de eerste termijn …").
  // 20 of 28 found and 8 extra since D9 (session 35): the rappel of July 2012 reports T00489 as "voldaan", a kept promise, none; extract still drafts it.
  // 21 found since an undertaking to continue the government's own act is a standing promise ("…, blijf ik herhalen").
  // 7 extra since a rappel's entry reported as kept is not drafted (T00489).
  // 6 extra since a future inside an embedded question is what is asked or weighed ("… over de wijze waarop we in de toekomst … zullen gaan stemmen").
  it('seventeenth held-out set: no worse than today (21 of 28 found, 15 with the right deadline, 6 extra, 2 traps; blind: 19, 15, 10, 3)', () => {
    noWorse('held-out-17', { matched: 21, dueRight: 15 }, { extra: 6, traps: 2 });
  });

  // Collected apart (30 texts by one engineer, 20 by another) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 3210cb2 at 04:27 UTC (README).
  // 55 found since a thing said to come is the government's doing ("Na 30 september komt er een vervolg op het Aanjaagteam …"; its term not read).
  // 17 extra since going into a matter with no place or time of its own is the letter going on ("Tevens zal ik … in gaan op …").
  // 16 extra since what a promised document will hold is read after a determiner that points back ("In voornoemde geannoteerde agenda … zal daaraan eveneens aandacht worden geschonken").
  // 47 with the right deadline since a clause of time after the promise's act, which the finder does not read there, is its term ("Ik zal de brief … beantwoorden nadat de uitkomsten … naar de provincies is verstuurd en …").
  // 49 with the right deadline since a term pointing back (D1 of session 33) is the promise's term ("Daarna zal het voorstel aan uw Kamer worden aangeboden"; 48 before it).
  // 15 extra and 4 traps since a future of having effect is no undertaking ("Ook deze zal in 2010 effecten sorteren", its "in 2010" a trap).
  // 56 found since "die" opening a sentence is a demonstrative, not a relative pronoun ("Die vragen zullen afzonderlijk worden beantwoord"; fdb95f7).
  // 13 extra since a register's quote saying the summary's own act again is that promise (ek-T00949: "Ik zal de Kamer zo snel mogelijk informeren over het standpunt van het kabinet").
  // 57 found, 50 with the right deadline, since a delivery to the Kamer named in a relative clause is promised ("… de evaluatie van het Schipholbeleid die in februari aan de Tweede Kamer zal worden aangeboden").
  // 56 of 60 found and 5 traps since D11 (session 36) was applied (session 37): the NVWA's monitoring "de komende maanden" is a third party's act, its term a trap.
  // 4 traps since an inspectorate or a knowledge institute acting on its own judgement is a third party (D11 (c): "Het bedrijf zal de komende maanden door de NVWA worden gemonitord").
  it('eighteenth held-out set: no worse than today (56 of 60 found, 50 with the right deadline, 13 extra, 4 traps; blind: 54, 46, 18, 5)', () => {
    noWorse('held-out-18', { matched: 56, dueRight: 50 }, { extra: 13, traps: 4 });
  });

  // Collected apart (26 texts by one engineer, 8 by another) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main a7c6362 at 06:47 UTC (README).
  // 16 found, 15 with the right deadline, since informing the Kamer through a channel of its own, said in the present, is promised ("Het kabinet informeert uw Kamer hierover via het gebruikelijke BNC-traject").
  // 8 extra since a register's quote saying the summary's own act again is that promise (ek-T03027: "… dat we de herindelingsverkiezingen zeker gaan evalueren").
  // 17 found, 16 with the right deadline, since a delivery to the Kamer named in a relative clause is promised ("… de voorgenomen beleidsdoorlichting Douane die in 2020 aan uw Kamer aangeboden zal worden").
  it('nineteenth held-out set: no worse than today (17 of 21 found, 16 with the right deadline, 8 extra, 5 traps; blind: 15, 14, 9, 5)', () => {
    noWorse('held-out-19', { matched: 17, dueRight: 16 }, { extra: 8, traps: 5 });
  });

  // Collected apart (25 texts by one engineer, 24 by another) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 650c4b8 at 12:27 UTC (docs/quality/extract.md).
  // Measured once, blind, on main 83f8a30 (session 34): 62 of 108 found, 51 with the right deadline, 64 extra, 2 traps.
  // 70 found since an undertaking to continue the government's own act is a standing promise (b6bbfb4: "Wel blijf ik de komende tijd met de NOVAG in gesprek").
  // 72 found, 60 with the right deadline, since a new or added thing said to come for a purpose is the government's doing ("Vanaf 2023 komt er een reparateursregister voor …"; "Vanaf 2023" not read).
  // 70 of 105 found, 58 with the right deadline and 3 traps since D11 (session 36) was applied (session 37): the ILT's own report ("Eind mei", a trap) and the NVWA's supervision are third parties', and "zet ik … versneld door" is work under way.
  // 72 found, 60 with the right deadline, since the government's own act planned for a term ahead in the present is promised ("Binnenkort vindt hierover ook nog een gesprek plaats …").
  // 2 traps since an inspectorate acting on its own judgement is a third party (D11 (c): "Eind mei verwacht de ILT het eindrapport op te kunnen leveren").
  // 59 with the right deadline since D12 (b) (session 37) annotates "is voorzien voor eind februari2025" as the period itself, which extract still drafts as before it.
  // 74 found, 60 with the right deadline, since the government's own act planned for a term ahead is promised in the future too ("Het wetsvoorstel zal naar verwachting in de zomervan 2025 in consultatie gaan"; "Per 1 juli 2025 zal de aanwijzing … zijn afgerond", its "Per" not read).
  it('twentieth held-out set: no worse than today (74 of 105 found, 60 with the right deadline, 62 extra, 2 traps; blind: 62, 51, 64, 2)', () => {
    noWorse('held-out-20', { matched: 74, dueRight: 60 }, { extra: 62, traps: 2 });
  });

  // 79 found, 70 with the right deadline, since a new or added thing said to come for a purpose is the government's doing ("Er komen extra plekken voor peuteropvang …").
  // 77 of 126 found, 68 with the right deadline and 1 trap since D11 (session 36) was applied (session 37): NEN's guideline expected "begin 2025" (a trap) and the Inspectie's risk assessment are third parties', "wil daarom benadrukken" is the fiche's own view, "zetten we versterkt voort" work under way.
  // 79 found, 70 with the right deadline, since the government's own act planned for a term ahead in the present is promised ("Eind december vindt een eerste overleg plaats").
  it('twenty-first held-out set: no worse than measured blind (79 of 126 found, 70 with the right deadline, 36 extra, 1 trap; blind: 76, 68, 36, 0)', () => {
    noWorse('held-out-21', { matched: 79, dueRight: 70 }, { extra: 36, traps: 1 });
  });

  // Collected apart (34 texts by one engineer, 12 and 23 by two others) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 11bb6b9 at 15:09 UTC (docs/quality/extract.md).
  // 49 found since the government's own act planned for a term ahead in the present is promised ("De openstelling is voorzien voor medio 2015"; the three dues not as annotated).
  // 50 since a sentence ends before an indented next line ("Daarom blijven wij onverminderd inzetten op …" stands alone).
  it('twenty-second held-out set: no worse than measured blind (50 of 64 found, 40 with the right deadline, 37 extra, 6 traps; blind: 46, 38, 38, 6)', () => {
    noWorse('held-out-22', { matched: 50, dueRight: 40 }, { extra: 37, traps: 6 });
  });

  // Collected apart (31 texts by one engineer, 12 by another) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main d3a0e3c at 17:37 UTC (docs/quality/extract.md).
  // 41 found, 28 with the right deadline, since the government's own act planned for a term ahead is promised in the future too ("Deze vooralsnog enige sessie zal nu begin juli 2017 plaatsvinden").
  it('twenty-third held-out set: no worse than measured blind (41 of 60 found, 28 with the right deadline, 21 extra, 3 traps; blind: 40, 27, 21, 3)', () => {
    noWorse('held-out-23', { matched: 41, dueRight: 28 }, { extra: 21, traps: 3 });
  });

  // Collected apart (38 texts by a, 56 by z2) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 03f68ef at 20:14 UTC (docs/quality/extract.md).
  // 89 found since the layout of an Aanhangsel item in the OCR of Staten-Generaal Digitaal is read (its answers weighed; "Voorts is er regelmatig overleg …" drafted, extra), 91 since a word the print broke is read whole, 94 since the older notice's "zal geschieden" and "kan tegemoet worden gezien" deliver.
  // 97 found, 72 with the right deadline and 27 extra since the future passive reads "nagegaan", "voorgelicht" and "Onderzocht zal worden"; the extra, "Aan de hand van de opgedane ervaringen zal worden nagegaan of …", says again the undertaking annotated on the sentence before it ("Na enige tijd zal geanalyseerd worden of …"), which said-twice does not join.
  // 105 found, 83 with the right deadline, 21 extra and 3 traps since session 40's rules; 106, 84, 18 and 3 since session 41's.
  it('twenty-fourth held-out set: no worse than today (106 of 131 found, 84 with the right deadline, 18 extra, 3 traps; blind: 84, 62, 26, 6)', () => {
    noWorse('held-out-24', { matched: 106, dueRight: 84 }, { extra: 18, traps: 3 });
  });

  // Collected apart (50 texts by a, 45 by z2, all Staten-Generaal Digitaal OCR of 1954–1994) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 4d2fbf1 at 22:45 UTC (docs/quality/extract.md).
  // 55 found, 48 with the right deadline, 17 extra and 4 traps since session 40's rules ("ik ben uiteraard bereid", an intention told as a noun, news told in a frame of telling, an earlier promise restated with its occasion, forecasts).
  // 57 found, 50 with the right deadline, 15 extra and 4 traps since session 41's rules (the signer, a future passive's long middle field, a time clause without a comma, hedged futures).
  it('twenty-fifth held-out set: no worse than today (57 of 86 found, 50 with the right deadline, 15 extra, 4 traps; blind: 41, 33, 22, 6)', () => {
    noWorse('held-out-25', { matched: 57, dueRight: 50 }, { extra: 15, traps: 4 });
  });

  // Collected apart (45 texts by a, 60 by z2, 38 by a2, all Staten-Generaal Digitaal OCR of 1913–1994) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main e38a51f on 8 December 2026 (docs/quality/extract.md).
  // 58 found, 43 with the right deadline, 41 extra since the writer named as the signer is the government ("De ondergetekende is bereid …", "Ondergeteekende zal onderzoeken …"); the two extras are the signer's as they would be the first person's: "De ondergetekende neemt … het standpunt in, dat degenen … zullen vallen onder de … richtlijn" (a position, not annotated) and an earlier promise restated whose "binnenkort" is the provinces' (the finder reads it as its term).
  // 61 found, 45 with the right deadline, 40 extra since "kan … worden tegemoet gezien" and "te gemoet" (before 1947) deliver, and a future hedged by likelihood foresees.
  // 64 found, 46 with the right deadline, 37 extra since an intention told impersonally ("Het ligt in het voornemen dat … zullen worden verbonden", "Het ligt wel in de bedoeling … te …") undertakes; the two new dues ("zoodra …", "bij de verdere ontwikkeling van …") the finder does not read.
  // 67 found, 48 with the right deadline since the signer acts and asks as the first person does ("De ondergetekenden stellen op korte termijn een onderzoek in", "is … voornemens … aan die Raad te verzoeken"); the new due, a "wanneer" clause of another's act, is not the annotated one.
  // 69 found, 49 with the right deadline, 33 extra since session 41's later rules (a future passive's long middle field; an "of" question, a text's own course and hedged futures are no promise).
  it('twenty-sixth held-out set: no worse than today (69 of 119 found, 49 with the right deadline, 33 extra, 4 traps; blind: 46, 33, 39, 4)', () => {
    noWorse('held-out-26', { matched: 69, dueRight: 49 }, { extra: 33, traps: 4 });
  });

  // Collected apart (50 texts by a, 36 by z2, 16 by a2, all Staten-Generaal Digitaal OCR of 1863–1990) and annotated by ANNOTATION-GUIDE.md before extract ran; measured once, blind, on main 2c12158 on 8 December 2026 (docs/quality/extract.md).
  it('twenty-seventh held-out set: no worse than measured blind (63 of 129 found, 41 with the right deadline, 49 extra, 9 traps)', () => {
    noWorse('held-out-27', { matched: 63, dueRight: 41 }, { extra: 49, traps: 9 });
  });
});

describe('the deadlines the evaluator lists as wrong', () => {
  // 8a340e0 put the count of the method before beside the headline one and, for a while, listed the misses by that older method.
  it('are those the headline figure counts as wrong: a hedge read off is not listed', () => {
    const results = evaluate('held-out-13').results;
    const listed = results.flatMap((result) => result.wrongDue);
    const counted = results.reduce((total, result) => total + result.matched - result.dueRight, 0);
    expect(listed).toHaveLength(counted);
    expect(listed.some((wrong) => wrong.startsWith('ongeveer eind april'))).toBe(false);
  });
});
