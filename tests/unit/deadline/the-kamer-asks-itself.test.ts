import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * A request the Kamer addresses to its own Presidium, chair or griffier (clause.ts, THE_KAMER_ASKS_ITSELF): the term
 * is the Kamer's own planning, not one asked of the government. A request to the government keeps its term.
 */
describe('a request the Kamer addresses to its own organs', () => {
  it.each([
    // heldout10-023 (a letter of 2025 reporting motion 36 714, nr. 6), heldout19-385 (motion, 2021), heldout15-137 (motion, 2021)
    ['Op donderdag 3 juli 2025 heeft de Kamer de motie Wijen-Nass c.s. (Kamerstuk 36 714, nr. 6) aangenomen waarin het Presidium wordt gevraagd kort na het zomerreces de Kamer te informeren over alle wijzen waarop nader onderzoek het beste kan plaatsvinden.', '2025-07-10'],
    ['verzoekt het presidium, van de Kamer om aan de Algemene Rekenkamer, vanuit de controleverantwoordelijkheid voor de bedrijfsvoering bij de overheid, in overweging te geven in het verantwoordingsonderzoek komend jaar speciale aandacht te besteden aan de Uitvoeringsorganisatie Herstel Toeslagen, daarover op Verantwoordingsdag te rapporteren en zo nodig en mogelijk in het najaar een tussenrapportage te presenteren,', '2021-01-19'],
    ['verzoekt het presidium ter voorbereiding op het Kamerdebat over de evaluatie van de kabinetsformatie met spoed de Raad van State om voorlichting te vragen over de huidige verkenningsfase,', '2021-04-01'],
    ['verzoekt het Presidium daarbij te betrekken hoe de Kamer onafhankelijk onderzoek kan (laten) verrichten naar ongewenste beïnvloeding van Kamerleden en Kamerfracties, en binnen een maand opties aan de Kamer voor te leggen,', '2024-06-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps a request to the government, and one the griffier passes on to it', () => {
    expect(find('verzoekt de regering de Kamer binnen een maand te informeren,', '2024-06-01')?.resolution.to).toBe('2024-07-01');
    expect(find('verzoekt de regering, de Kamer voor de zomer te informeren over de uitkomst van het overleg met het presidium,', '2024-03-01')?.resolution.to).toBe('2024-07-04');
  });
});
