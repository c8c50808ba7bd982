import { evaluate, report } from './evaluate.js';

const splits = process.argv.includes('--held-out') ? (['dev', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8'] as const) : (['dev'] as const);
for (const split of splits) console.log(`${report(evaluate(split), split)}\n`);
