import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/**
 * A term inside the outcome a request or an effort asks to bring about, when that outcome is a state of the world or
 * what others do in their own words, is no term of the government's (outcome.ts; GUIDE §2, D14).
 */
describe('a term in the outcome a request or an effort asks to bring about', () => {
  it.each([
    // kst-31015-290 (heldout23-377), kst-36560-6 (heldout24-003), h-tk-20182019-59-7 (heldout15-290),
    // Handelingen II 20 January 2022 (heldout21-y312), 2020D50106 (heldout15-164), ah-tk-20242025-604 (heldout22-a081)
    ['verzoekt de regering om met Jeugdstem, de Nederlandse Vereniging voor Pleeggezinnen, ervaringsdeskundige jongeren uit de pleegzorg en de Alliantie Informele Steun een concreet plan te maken zodat alle pleegkinderen vóór de zomer weten dat ze recht hebben op de hulp van een vertrouwenspersoon en dit structureel te borgen,', '2025-03-05'],
    ['verzoekt de regering een plan op te stellen waardoor de naleving van dit artikel wordt vergroot en volgend jaar minstens 80% bereikt en in 2026 100%,', '2024-05-29'],
    ['verzoekt de regering de voorgenomen pensioenhervormingen van tafel te halen en te komen met een reële rekenrente voor pensioenfondsen, waardoor pensioenkortingen worden voorkomen en indexatie op korte termijn mogelijk wordt,', '2019-02-06'],
    ['verzoekt de regering om een kopgroep te vormen in Europees verband en zich in te zetten om het "Fit for 55"-pakket voortvarend op te pakken en te waarborgen dat alle maatregelen ten minste optellen tot 55% broeikasgasemissiereductie in 2030, en de Tweede Kamer over de voortgang regelmatig te informeren,', '2022-01-20'],
    ['verzoekt de regering, te bewerkstelligen dat de prognose dat de ziekenhuiszorg pas over een jaar terug zal zijn op het niveau van voor corona, fors wordt ingekort,', '2020-12-03'],
    ['Op grond daarvan is herijking en bijstelling mogelijk zodat voor 2026 en verder het programma effectiever en doelmatiger wordt.', '2024-11-20'],
    // Written for the class: the outcome is what others know or do.
    ['Ik zal ervoor zorgen dat iedere leerling eind 2026 kan zwemmen.', '2025-06-01'],
    ['Het kabinet zet zich in opdat de wachtlijsten voor de zomer van 2026 tot een maand dalen.', '2025-06-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it.each([
    // A passive outcome, or the state it leaves, has its agent, the government asked, unsaid (heldout23-358, heldout24-011,
    // the-kamer-asks-now.test.ts)
    ['verzoekt de regering ervoor te zorgen dat de AMvB met het volledige pakket aan voorwaarden zo spoedig mogelijk wordt uitgewerkt, opdat het verbod niet wordt vertraagd,', '2025-04-08', '2025-04-29'],
    ['verzoekt de regering de evaluatie naar voren te halen en per direct te starten, opdat de uitkomsten in het voorjaar van 2026 opgeleverd kunnen worden;', '2025-06-01', '2026-05-31'],
    ['verzoekt de regering, ervoor te zorgen dat alle gemeenten uiterlijk 1 maart 2026 zijn aangesloten op het nieuwe stelsel,', '2025-11-20', '2026-03-01'],
    // An act of ours in the outcome (heldout21-y217), the Kamer in it (heldout11-194), the request resuming after it (heldout22-282)
    ['verzoekt het kabinet onmiddellijk te beginnen met het inventariseren van private schulden van gedupeerde ouders, zodat het mogelijk is om uiterlijk op 1 september 2021 alle private schulden over te nemen,', '2021-06-09', '2021-09-01'],
    ['Ik zal een uiterste inspanning doen om ervoor te zorgen dat het parlement aanstaande dinsdag over de desbetreffende wetswijziging kan beschikken.', '2017-09-22', '2017-09-26'],
    ['verzoekt de regering er alles aan te doen zodat mensen die in de schuldsanering zitten, de toeslag kunnen houden en de Kamer daarover voor 1 mei 2025 te informeren,', '2024-11-07', '2025-04-30'],
    // Its inspectorate establishing something at its request (heldout14-265), a meeting of the government's (heldout25-q059)
    ['verzoekt de regering, alles op alles te zetten opdat de Inspectie SZW uiterlijk 15 november voor elke gemeente heeft vastgesteld hoe zij scoren,', '2015-07-01', '2015-11-15'],
    ['Ik zal bevorderen dat het overleg daarover met de meest betrokken departementen nog deze maand van start kan gaan.', '1978-10-13', '1978-10-31'],
  ])('keeps the term: "%s"', (text, anchor, last) => {
    expect(to(text, anchor)).toBe(last);
  });
});
