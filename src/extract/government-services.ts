/**
 * The government's own services, as a regular-expression alternation on lower-cased text: where one of them acts, the
 * government acts (GUIDE §1), in the readings of who acts and who undertakes. Inspectorates and knowledge institutes
 * are not among them (D11 (c), core/independent-bodies.ts).
 */
export const GOVERNMENT_SERVICES = String.raw`rijkswaterstaat|de belastingdienst|de ind|duo|rvo`;
