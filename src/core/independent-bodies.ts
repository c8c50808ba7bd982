/**
 * Bodies that act on their own judgement, apart from the minister (GUIDE §1, D11 (c)): the inspectorates (IGJ, ILT,
 * the Inspectie van het Onderwijs, the NVWA's supervision, the Arbeidsinspectie, SodM) and the knowledge institutes
 * (RIVM, the planbureaus, KNMI). What they do, plan or expect is a third party's; the government commissioning or
 * delivering their work ("Ik laat het RIVM onderzoeken …", "Ik stuur u het RIVM-rapport …") stays its own act.
 *
 * One list for every reader of a text (the deadline finder, `extract`), each matching it its own way: the finder by
 * the names as written, `extract` on lower-cased text.
 */

/** Their names as the texts write them, in full and short. */
export const INDEPENDENT_BODY_NAMES: readonly string[] = [
  'RIVM',
  'KNMI',
  'CPB',
  'Centraal Planbureau',
  'SCP',
  'Sociaal en Cultureel Planbureau',
  'Sociaal Cultureel Planbureau',
  'PBL',
  'Planbureau voor de Leefomgeving',
  'IGJ',
  'IGZ',
  'ILT',
  'NVWA',
  'IVD',
  'SodM',
  'Staatstoezicht op de Mijnen',
];

/**
 * The nouns that name such a body by its kind, alone or as the head of a compound or a full name: "de inspectie", "de
 * Arbeidsinspectie", "de Inspectie van het Onderwijs", "het planbureau".
 */
export const INDEPENDENT_BODY_KINDS: readonly string[] = ['inspectie', 'planbureau'];

/** A name as a regular-expression source: its words apart by any white space, longest names first so none is cut short. */
export function namesPattern(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(' ').join('\\s+'))
    .join('|');
}
