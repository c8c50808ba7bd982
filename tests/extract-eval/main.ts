import { evaluate, pooled, report, splits } from './evaluate.js';

const measured = (process.argv.includes('--held-out') ? splits() : ['dev' as const]).map((split) => ({ split, metrics: evaluate(split) }));
for (const { split, metrics } of measured) console.log(`${report(metrics, split)}\n`);
if (measured.length > 1) {
  // Pooled, so that a change that helps one set and harms another shows; only the summary, each miss is listed above.
  const summary = (metrics: ReturnType<typeof evaluate>, name: string) => report({ ...metrics, results: [] }, name);
  console.log(`${summary(pooled(measured.filter(({ split }) => /^held-out-[4-8]$/.test(split)).map(({ metrics }) => metrics)), 'held-out-4..8 pooled')}\n`);
  console.log(`${summary(pooled(measured.map(({ metrics }) => metrics)), 'all splits pooled')}\n`);
}
