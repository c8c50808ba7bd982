/**
 * The government's own services, as a regular-expression alternation on lower-cased text: where one of them acts, the
 * government acts (GUIDE §1), in the readings of who acts and who undertakes.
 */
export const GOVERNMENT_SERVICES = String.raw`rijkswaterstaat|de belastingdienst|de ind|duo|rvo|de nvwa|de ilt|de inspectie`;
