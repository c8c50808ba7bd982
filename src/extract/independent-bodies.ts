/**
 * Bodies that act on their own judgement, apart from the minister (GUIDE §1, D11 (c)): the inspectorates (IGJ, ILT,
 * the Inspectie van het Onderwijs, the NVWA's supervision, the Arbeidsinspectie, SodM) and the knowledge institutes
 * (RIVM, the planbureaus, KNMI). What they do, plan or expect is a third party's; the government commissioning or
 * delivering their work ("Ik laat het RIVM onderzoeken …", "Ik stuur u het RIVM-rapport …") stays its own act. As a
 * regular-expression alternation on lower-cased text, without an article.
 */
export const INDEPENDENT_BODIES = String.raw`inspecties?|(?:\p{L}+)?inspectie|igj|igz|ilt|nvwa|ivd|sodm|staatstoezicht\s+op\s+de\s+mijnen|rivm|knmi|cpb|pbl|scp|(?:centraal\s+|sociaal\s+en\s+cultureel\s+)?planbureaus?(?:\s+voor\s+de\s+leefomgeving)?`;
