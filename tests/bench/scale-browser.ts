/**
 * ACLED at scale in headless Chromium, run by `npm run bench`, never by the tests: the dashboard
 * beside a bare MapLibre page drawing the same SYNTHETIC points (tests/bench/bare-map, `?points=1`),
 * alternated in one run, for 1k, 10k and 100k rows. For each page and size, median of RUNS fresh pages:
 *  - open → map idle. App: from the CSV given to the « Ouvrir un export ACLED » input (the real
 *    door: read, parsed and indexed in the worker, clustered) to the first map 'idle' with the events
 *    drawn. Bare: from the points (already parsed, as GeoJSON) given to setData to 'idle'.
 *  - a filter change → map updated: the border side (Mauritania). App: through the URL, as a link
 *    or the filter panel sets it (store → selectors → the adapter's one updateData), to the 'idle'
 *    after the map's worker took the change. Bare: one setFilter to 'idle'.
 *  - a brush move → map updated: the time window moved by a month, the same way.
 *  - the main thread's JS heap after load (CDP Performance.getMetrics JSHeapUsedSize, after a
 *    garbage collection). MapLibre's workers and the app's ACLED worker are not counted.
 * Prints a table with the medians, the app/bare ratios, and how each grows 1k → 10k → 100k;
 * writes test-results/bench-scale.json. BENCH_SCALE_RUNS sets the runs (default 3).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parseAcledCsv } from '../../src/core/acled/parse-acled-csv';
import { acledFeature } from '../../src/core/acled/acled-features';
import { buildIncidentIndex, BORDER_SIDES } from '../../src/core/filters/incident-index';
import { parseIsoDay } from '../../src/core/filters/time-interval';
import { borderLayersFrom, createBorderRelation } from '../../src/core/geo/border-relation';
import { syntheticAcledCsv } from '../fixtures/acled/synthetic-acled';
import { launchBrowser, serveBuiltApp, waitForMapIdle } from '../e2e/browser';
import { median } from './median';
import { serveBarePage } from './start-up';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const SEED_ROWS = 6; // the bundled article's incidents, counted in the app's total
const WINDOWS = [
  { from: '2023-01-01', to: '2023-06-30' },
  { from: '2023-02-01', to: '2023-07-31' },
];
const SIDE = 'mauritania';

interface Figures {
  openMs: number;
  filterMs: number;
  brushMs: number;
  heapMB: number;
}

// tsx keeps function names with a helper (`__name`) that the page's copy of a function calls.
const KEEP_NAMES = 'window.__name = (fn) => fn;';

const border = createBorderRelation(borderLayersFrom(JSON.parse(readFileSync('geo/countries-region.geojson', 'utf8')), JSON.parse(readFileSync('geo/border-ml-mr.geojson', 'utf8'))));

/** The same rows as the bare page's points: ACLED's coordinates, border side code and day interval. */
function barePoints(csv: string): GeoJSON.FeatureCollection {
  const parsed = parseAcledCsv(csv);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const index = buildIncidentIndex([{ origin: 'acled', features: parsed.events.map((event) => acledFeature(event, { geometry: 'point' })) }], border);
  const features: GeoJSON.Feature[] = [];
  for (let row = 0; row < index.total; row += 1) {
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [index.lng[row]!, index.lat[row]!] }, properties: { s: index.side[row]!, a: index.start[row]!, b: index.end[row]! } });
  }
  return { type: 'FeatureCollection', features };
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

/** In the app's page: resolves with ms from `change` to the first 'idle' after the event source's updateData settled. */
async function appChangeToIdle(page: Page, hash: string): Promise<number> {
  return page.evaluate(
    (hash) =>
      new Promise<number>((resolve, reject) => {
        const map = window.borderBrief!.map!;
        const source = map.getSource('events') as unknown as { updateData: (diff: unknown) => Promise<void> };
        const original = source.updateData.bind(source);
        const start = performance.now();
        const timer = setTimeout(() => reject(new Error(`no updateData within 60 s after ${hash}`)), 60_000);
        source.updateData = (diff: unknown) => {
          source.updateData = original;
          const done = original(diff);
          void done.then(() => {
            map.once('idle', () => {
              clearTimeout(timer);
              resolve(performance.now() - start);
            });
            map.triggerRepaint();
          });
          return done;
        };
        window.location.hash = hash;
      }),
    hash,
  );
}

async function measureApp(browser: Browser, url: string, csv: string, rows: number): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
  await context.addInitScript(KEEP_NAMES);
  const page = await context.newPage();
  await page.goto(url);
  await waitForMapIdle(page, 60_000);
  const input = page.getByLabel('Ouvrir un export ACLED (CSV)…');
  // Timed in the page, from the input's change event to the first idle with every event in and drawn.
  await page.evaluate((total) => {
    const win = window as unknown as { opened: Promise<number> };
    win.opened = new Promise((resolve) => {
      let start = NaN;
      document.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
      const map = window.borderBrief!.map!;
      const check = () => {
        const ready = document.querySelector('.timeline-count')?.getAttribute('data-total') === String(total) && map.isSourceLoaded('events') && map.querySourceFeatures('events').length > 0;
        if (ready && map.loaded()) {
          clearInterval(poke);
          resolve(performance.now() - start);
        } else map.once('idle', check);
      };
      map.once('idle', check);
      // An idle comes after each render: asking for frames keeps the check running while the worker parses.
      const poke = setInterval(() => map.triggerRepaint(), 250);
    });
  }, rows + SEED_ROWS);
  await input.setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const openMs = await page.evaluate(() => (window as unknown as { opened: Promise<number> }).opened);
  const heap = await heapMB(page);
  const filterMs = await appChangeToIdle(page, `#side=${SIDE}`);
  await appChangeToIdle(page, `#side=${SIDE}&from=${WINDOWS[0]!.from}&to=${WINDOWS[0]!.to}`);
  const brushMs = await appChangeToIdle(page, `#side=${SIDE}&from=${WINDOWS[1]!.from}&to=${WINDOWS[1]!.to}`);
  await context.close();
  return { openMs, filterMs, brushMs, heapMB: heap };
}

async function measureBare(browser: Browser, url: string, points: GeoJSON.FeatureCollection): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}?points=1`);
  await waitForMapIdle(page, 60_000);
  type Bench = { draw(points: unknown): Promise<number>; filter(filter: unknown): Promise<number> };
  const openMs = await page.evaluate((points) => (window as unknown as { bareBench: Bench }).bareBench.draw(points), points);
  const heap = await heapMB(page);
  const side = BORDER_SIDES.indexOf(SIDE);
  const windowFilter = (w: { from: string; to: string }) => ['all', ['==', ['get', 's'], side], ['<', ['get', 'a'], parseIsoDay(w.to)! + 1], ['>', ['get', 'b'], parseIsoDay(w.from)!]];
  const filterMs = await page.evaluate((filter) => (window as unknown as { bareBench: Bench }).bareBench.filter(filter), ['==', ['get', 's'], side]);
  await page.evaluate((filter) => (window as unknown as { bareBench: Bench }).bareBench.filter(filter), windowFilter(WINDOWS[0]!));
  const brushMs = await page.evaluate((filter) => (window as unknown as { bareBench: Bench }).bareBench.filter(filter), windowFilter(WINDOWS[1]!));
  await context.close();
  return { openMs, filterMs, brushMs, heapMB: heap };
}

const medians = (runs: readonly Figures[]): Figures => ({
  openMs: median(runs.map((r) => r.openMs)),
  filterMs: median(runs.map((r) => r.filterMs)),
  brushMs: median(runs.map((r) => r.brushMs)),
  heapMB: median(runs.map((r) => r.heapMB)),
});

async function main() {
  mkdirSync('test-results', { recursive: true });
  if (!process.env.BENCH_SKIP_BUILD) {
    execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
    execFileSync('node_modules/.bin/vite', ['build', '-c', 'tests/bench/bare-map/vite.config.ts'], { stdio: 'inherit' });
  }
  const { server: app, url: appUrl } = await serveBuiltApp();
  const bare = await serveBarePage();
  const bareUrl = bare.resolvedUrls!.local[0]!;
  const browser = await launchBrowser();
  const results: Record<number, { app: Figures; bare: Figures; appRuns: Figures[]; bareRuns: Figures[] }> = {};
  for (const rows of SIZES) {
    const csv = syntheticAcledCsv({ rows, seed: 1 });
    const points = barePoints(csv);
    const appRuns: Figures[] = [];
    const bareRuns: Figures[] = [];
    for (let i = 0; i < RUNS; i++) {
      appRuns.push(await measureApp(browser, appUrl, csv, rows));
      bareRuns.push(await measureBare(browser, bareUrl, points));
      const [a, b] = [appRuns.at(-1)!, bareRuns.at(-1)!];
      console.log(`${rows} rows, run ${i + 1}/${RUNS}: app open ${a.openMs.toFixed(0)} filter ${a.filterMs.toFixed(0)} brush ${a.brushMs.toFixed(0)} ms heap ${a.heapMB.toFixed(1)} MB | bare open ${b.openMs.toFixed(0)} filter ${b.filterMs.toFixed(0)} brush ${b.brushMs.toFixed(0)} ms heap ${b.heapMB.toFixed(1)} MB`);
    }
    results[rows] = { app: medians(appRuns), bare: medians(bareRuns), appRuns, bareRuns };
  }
  await browser.close();
  await app.close();
  await bare.close();

  const machine = `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}, Chromium headless (SwiftShader WebGL)`;
  writeFileSync('test-results/bench-scale.json', `${JSON.stringify({ machine, runs: RUNS, results }, null, 2)}\n`);
  const measures: Array<[keyof Figures, string]> = [
    ['openMs', 'open → idle (ms)'],
    ['filterMs', 'filter → idle (ms)'],
    ['brushMs', 'brush → idle (ms)'],
    ['heapMB', 'JS heap after load (MB)'],
  ];
  console.log(`\nACLED at scale, medians of ${RUNS} fresh pages each (${machine}); target: app ≤ 1.5 × bare`);
  const table: Record<string, Record<string, string>> = {};
  for (const [key, label] of measures) {
    for (const rows of SIZES) {
      const { app: a, bare: b } = results[rows]!;
      table[`${label}, ${rows.toLocaleString('en')}`] = { app: a[key].toFixed(key === 'heapMB' ? 1 : 0), bare: b[key].toFixed(key === 'heapMB' ? 1 : 0), 'app/bare': (a[key] / b[key]).toFixed(2) };
    }
  }
  console.table(table);
  if (SIZES.length > 1) {
    console.log('How each grows (× from one size to the next):');
    const growth: Record<string, Record<string, string>> = {};
    for (const [key, label] of measures) {
      for (const page of ['app', 'bare'] as const) {
        growth[`${label}, ${page}`] = Object.fromEntries(SIZES.slice(1).map((rows, i) => [`${SIZES[i]!.toLocaleString('en')} → ${rows.toLocaleString('en')}`, (results[rows]![page][key] / results[SIZES[i]!]![page][key]).toFixed(2)]));
      }
    }
    console.table(growth);
  }
}

await main();
