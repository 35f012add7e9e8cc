// `npm test`: every check, in the order a reviewer would run them: type check, lint, unit and
// component tests, then a production build and the real-browser tests in Chromium.
// Ends with one line `tests: N passed, N failed` that counts every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const isCi = Boolean(process.env.CI);
let passed = 0;
let failed = 0;
let stepFailures = [];

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) stepFailures.push(label);
  return result.status === 0;
}

function countVitest(reportPath) {
  if (!existsSync(reportPath)) return false;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  return true;
}

mkdirSync('test-results', { recursive: true });
const vitest = 'node_modules/.bin/vitest';

run('type check', 'node_modules/.bin/tsc', ['--noEmit']);
run('lint', 'node_modules/.bin/eslint', ['.', '--max-warnings=0']);

const unitReport = 'test-results/unit.json';
run('unit and component tests', vitest, ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
if (!countVitest(unitReport)) stepFailures.push('unit report missing');

const chromium = findChromium();
if (!chromium) {
  const banner = [
    '┌──────────────────────────────────────────────────────────────────────┐',
    '│ Browser tests SKIPPED: no Chromium found.                            │',
    '│ Install Debian\'s Chromium:  apt-get install -y chromium              │',
    '│ or point CHROMIUM_PATH at a Chromium binary, then run npm test again. │',
    '└──────────────────────────────────────────────────────────────────────┘',
  ].join('\n');
  console.log(`\n${banner}`);
  if (isCi) {
    console.log('CI is set: a missing browser is a failure.');
    stepFailures.push('browser tests (no Chromium)');
    failed += 1;
  }
} else {
  if (run('production build', 'node_modules/.bin/vite', ['build', '--logLevel', 'warn'])) {
    const e2eReport = 'test-results/e2e.json';
    run('browser tests (Chromium)', vitest, ['run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`], { CHROMIUM_PATH: chromium });
    if (!countVitest(e2eReport)) stepFailures.push('browser report missing');
  }
}

if (stepFailures.length > 0) console.log(`\nFailed steps: ${stepFailures.join(', ')}`);
// A failed step that ran no test (type check, lint, build) still fails the run.
if (stepFailures.length > 0 && failed === 0) failed = stepFailures.length;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(stepFailures.length > 0 || failed > 0 ? 1 : 0);
