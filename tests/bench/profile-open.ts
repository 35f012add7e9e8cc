/**
 * Where opening a large ACLED CSV spends the main thread's time: a CPU profile (CDP Profiler) of
 * the dashboard from the CSV given to the « Ouvrir un export ACLED » input to the timeline showing
 * every row, summed by function (self time) and by script, plus the page's performance marks and
 * measures. Run on the built app: `BENCH_ROWS=100000 tsx tests/bench/profile-open.ts`. Writes
 * test-results/profile-open.cpuprofile (open it in Chromium's DevTools).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { syntheticAcledCsv } from '../fixtures/acled/synthetic-acled';
import { launchBrowser, serveBuiltApp, waitForMapIdle } from '../e2e/browser';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SEED_ROWS = 6;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

async function main() {
  mkdirSync('test-results', { recursive: true });
  const { server, url } = await serveBuiltApp();
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
  await context.addInitScript('window.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(url);
  await waitForMapIdle(page, 60_000);
  const csv = syntheticAcledCsv({ rows: ROWS, seed: 1 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.getByLabel('Ouvrir un export ACLED (CSV)…').setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForFunction((total) => document.querySelector('.timeline-count')?.getAttribute('data-total') === String(total), ROWS + SEED_ROWS, { timeout: 120_000, polling: 100 });
  await waitForMapIdle(page, 60_000);
  const wall = Date.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  writeFileSync('test-results/profile-open.cpuprofile', JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const frame = node.callFrame;
    const file = frame.url.split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    byUrl.set(file, (byUrl.get(file) ?? 0) + dt);
  });
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n');
  console.log(`${ROWS} rows: open → all rows shown and map idle ${wall} ms (wall, profiler on)`);
  console.log('Main thread self time by function:\n' + top(self, 40));
  console.log('By script:\n' + top(byUrl, 10));
  const marks = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => `${m.name} ${m.duration.toFixed(0)} ms`));
  if (marks.length) console.log('Measures:\n' + marks.join('\n'));
  await browser.close();
  await server.close();
}

await main();
