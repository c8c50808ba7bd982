import { evaluate, pooled, report } from './evaluate.js';

const splits = process.argv.includes('--held-out') ? (['dev', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8', 'held-out-9', 'held-out-10', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17', 'held-out-18', 'held-out-19', 'held-out-20', 'held-out-21', 'held-out-22', 'held-out-23', 'held-out-24', 'held-out-25'] as const) : (['dev'] as const);
const measured = splits.map((split) => ({ split, metrics: evaluate(split) }));
for (const { split, metrics } of measured) console.log(`${report(metrics, split)}\n`);
if (measured.length > 1) {
  // Pooled, so that a change that helps one set and harms another shows; only the summary, each miss is listed above.
  const summary = (metrics: ReturnType<typeof evaluate>, name: string) => report({ ...metrics, results: [] }, name);
  console.log(`${summary(pooled(measured.filter(({ split }) => /^held-out-[4-8]$/.test(split)).map(({ metrics }) => metrics)), 'held-out-4..8 pooled')}\n`);
  console.log(`${summary(pooled(measured.map(({ metrics }) => metrics)), 'all splits pooled')}\n`);
}
