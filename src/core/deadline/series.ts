import type { SeriesEvery } from '../model.js';

/**
 * A series written as its parts (`due: {every: year, phase: voor het
 * zomerreces}`) as the phrase the grammar reads ("jaarlijks voor het
 * zomerreces"), so that both ways of writing it resolve alike.
 */

/** The frequency words of the phrase grammar for each `every`. */
const FREQUENCY: Record<SeriesEvery, string> = { year: 'jaarlijks', 'half-year': 'halfjaarlijks', quarter: 'elk kwartaal', month: 'maandelijks' };

/** A name the calendar knows, written alone, stands for the window a yearly promise takes towards it. */
const NAMED_PHASES: Readonly<Record<string, string>> = {
  zomerreces: 'voor het zomerreces',
  kerstreces: 'voor het kerstreces',
  meireces: 'voor het meireces',
  voorjaarsreces: 'voor het voorjaarsreces',
  herfstreces: 'voor het herfstreces',
  prinsjesdag: 'voor Prinsjesdag',
  verantwoordingsdag: 'voor Verantwoordingsdag',
  voorjaarsnota: 'bij de Voorjaarsnota',
  najaarsnota: 'bij de Najaarsnota',
};

export function seriesPhrase(every: SeriesEvery, phase: string | undefined): string {
  if (phase === undefined) return FREQUENCY[every];
  return `${FREQUENCY[every]} ${NAMED_PHASES[phase.trim().toLowerCase()] ?? phase}`;
}
