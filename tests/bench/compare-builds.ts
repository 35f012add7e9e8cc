/**
 * Side-by-side start-up comparison of builds of the dashboard, for trying a change: each build and
 * the bare MapLibre page load in turn, RUNS times, in one browser, so the machine's noise falls on
 * all of them alike. Prints, per build, the median time to the first idle map, to the map's
 * creation and to the dashboard's panels shown, and the ratio to the bare page.
 *
 *   npx vite build --outDir test-results/ab/before   # on the old code
 *   npx vite build --outDir test-results/ab/after    # on the new code
 *   npx vite build -c tests/bench/bare-map/vite.config.ts
 *   RUNS=13 npx tsx tests/bench/compare-builds.ts test-results/ab/before test-results/ab/after
 */
import { launchBrowser, serveBuiltApp } from '../e2e/browser';
import { median } from './median';
import { serveBarePage, startUpMarks } from './start-up';

const RUNS = Number(process.env.RUNS ?? 11);
const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('Give the output directories of the builds to compare (see the comment at the top).');

const servers = await Promise.all(dirs.map((dir) => serveBuiltApp(dir)));
const bare = await serveBarePage();
const pages = [...servers.map(({ url }, i) => ({ name: dirs[i]!, url })), { name: 'bare MapLibre page', url: bare.resolvedUrls!.local[0]! }];
const browser = await launchBrowser();

const measure = async (url: string) => {
  const marks = await startUpMarks(browser, url);
  return { created: marks['map-created'], idle: marks['map-idle'], panels: marks['panels-shown'] };
};

for (const page of pages) await measure(page.url); // warm the file cache and the browser for all alike
const results = pages.map(() => ({ created: [] as number[], idle: [] as number[], panels: [] as number[] }));
for (let run = 0; run < RUNS; run++) {
  for (const [i, page] of pages.entries()) {
    const { created, idle, panels } = await measure(page.url);
    results[i]!.created.push(created);
    results[i]!.idle.push(idle);
    results[i]!.panels.push(panels);
  }
}
const bareIdle = median(results.at(-1)!.idle);
for (const [i, page] of pages.entries()) {
  const { created, idle, panels } = results[i]!;
  const panelsShown = panels.some(Number.isNaN) ? '' : `, panels shown ${median(panels).toFixed(0)} ms`;
  console.log(`${page.name}: idle ${median(idle).toFixed(0)} ms, map created ${median(created).toFixed(0)} ms${panelsShown}, ratio to the bare page ${(median(idle) / bareIdle).toFixed(3)}`);
}
await browser.close();
for (const server of [...servers.map(({ server }) => server), bare]) await server.close();
