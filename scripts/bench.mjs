// `npm run bench`: every benchmark, never part of `npm test` (these machines are shared and noisy).
// Core hot paths run under `vitest bench`; the dashboard's browser figures under headless Chromium.
// Among them tests/bench/acled.bench.ts: ACLED parse, index, filter and histogram at 1k, 10k and 100k rows;
// and tests/bench/scale-browser.ts: the dashboard with 1k, 10k and 100k ACLED rows beside a bare MapLibre page
// drawing the same points (open, filter, brush, heap), every *-browser.ts being run below.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (command, args) => {
  console.log(`\n── ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
};

const benchFiles = readdirSync('tests/bench').filter((name) => name.endsWith('.bench.ts'));
if (benchFiles.length) run('node_modules/.bin/vitest', ['bench', '--run', ...benchFiles.map((name) => `tests/bench/${name}`)]);
for (const script of readdirSync('tests/bench').filter((name) => name.endsWith('-browser.ts')).sort()) {
  run('node_modules/.bin/tsx', [`tests/bench/${script}`]);
}
