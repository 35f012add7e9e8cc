// Writes a SYNTHETIC ACLED CSV (see tests/fixtures/acled/README.md) to open in the dashboard or to
// benchmark with: tsx scripts/make-synthetic-acled.ts --rows 100000 [--seed 1] [--legacy] --out FILE
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticAcledCsv } from '../tests/fixtures/acled/synthetic-acled';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, legacy: { type: 'boolean', default: false }, out: { type: 'string' } } });
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1 || !values.out) {
  console.error('usage: tsx scripts/make-synthetic-acled.ts --rows N [--seed S] [--legacy] --out FILE');
  process.exit(2);
}
writeFileSync(values.out, syntheticAcledCsv({ rows, seed: Number(values.seed), format: values.legacy ? 'legacy' : 'current' }));
console.log(`${values.out}: ${rows} SYNTHETIC rows`);
