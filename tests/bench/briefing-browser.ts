/**
 * Briefing benchmark, run by `npm run bench`, never by the tests:
 *  1. key press → the presentation's camera settled on the next slide (map idle there), median
 *     over the slides of the seed briefing, with smooth camera moves and with reduced motion;
 *  2. click on "PDF" → the 10-slide handout downloaded (every map rendered off screen, fonts
 *     unwrapped, PDF written), median of PDF_RUNS.
 * Times are taken inside the page (performance.now) for the key press, so no polling is counted.
 * Builds the app first when dist/ is missing or BENCH_BUILD=1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, serveBuiltApp } from '../e2e/browser';
import { median } from './median';

const BRIEFING_ID = 'kessiya-2024-05-mali-mauritanie';
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);

/** Presses → in the page and resolves with the ms until the next slide's map has settled. */
async function keyToSettled(page: Page, nextIndex: number): Promise<number> {
  return page.evaluate(
    (next) =>
      new Promise<number>((resolve) => {
        const selector = `[data-testid="slide"][data-slide-index="${next}"][data-settled="true"]`;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-settled', 'data-slide-index'] });
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      }),
    nextIndex,
  );
}

async function keyBenchmark(browser: Browser, baseUrl: string, reducedMotion: 'reduce' | 'no-preference'): Promise<number[]> {
  const { page } = await openPage(browser, baseUrl, { viewport: { width: 1920, height: 1080 }, reducedMotion });
  await page.goto(`${baseUrl}#brief=${BRIEFING_ID}&slide=1`);
  await page.waitForSelector('[data-testid="slide"][data-slide-index="0"][data-settled="true"]', { timeout: 60_000 });
  const count = await page.evaluate(() => document.querySelector('[data-testid="slide"]') && Number(/\/ (\d+)/.exec(document.querySelector('.slide-number')!.textContent ?? '')?.[1]));
  const times: number[] = [];
  for (let next = 1; next < (count ?? 0); next++) times.push(await keyToSettled(page, next));
  await page.context().close();
  return times;
}

/** A 10-slide briefing: the seed's 7, then 3 more views, stored as an edit the app loads. */
function tenSlideBriefing(): string {
  const seed = JSON.parse(readFileSync(`data/briefings/${BRIEFING_ID}.json`, 'utf8'));
  const extra = [0, 4, 5].map((i, n) => ({ ...seed.slides[i], id: `slide-${8 + n}`, title: `${seed.slides[i].title} (bis)` }));
  const { provenance: _provenance, ...rest } = seed;
  return JSON.stringify({ ...rest, slides: [...seed.slides, ...extra] });
}

async function pdfBenchmark(browser: Browser, baseUrl: string): Promise<{ ms: number; bytes: number }> {
  const { page } = await openPage(browser, baseUrl, { viewport: { width: 1440, height: 900 } });
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [`border-brief:briefing:${BRIEFING_ID}`, tenSlideBriefing()]);
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  await page.waitForSelector('[data-briefing-slide="slide-10"]');
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  const start = Date.now();
  await page.getByRole('button', { name: 'PDF', exact: true }).click();
  const download = await downloading;
  const ms = Date.now() - start;
  const path = await download.path();
  const bytes = readFileSync(path).length;
  await page.context().close();
  return { ms, bytes };
}

async function main() {
  if (process.env.BENCH_BUILD === '1' || !existsSync('dist/index.html')) execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const { server, url: baseUrl } = await serveBuiltApp();
  const browser = await launchBrowser();
  try {
    const smooth = await keyBenchmark(browser, baseUrl, 'no-preference');
    const reduced = await keyBenchmark(browser, baseUrl, 'reduce');
    const pdfs: Array<{ ms: number; bytes: number }> = [];
    for (let run = 0; run < PDF_RUNS; run++) pdfs.push(await pdfBenchmark(browser, baseUrl));
    const round = (values: number[]) => values.map((value) => Math.round(value));
    console.log('\nBriefing benchmark (headless Chromium, SwiftShader WebGL, 1920×1080)');
    console.log(`  key → camera settled on next slide, smooth moves:   median ${Math.round(median(smooth))} ms  (${round(smooth).join(', ')})`);
    console.log(`  key → camera settled on next slide, reduced motion: median ${Math.round(median(reduced))} ms  (${round(reduced).join(', ')})`);
    console.log(`  10-slide PDF export, click → download:             median ${Math.round(median(pdfs.map((p) => p.ms)))} ms  (${pdfs.map((p) => p.ms).join(', ')}), ${Math.round(pdfs[0]!.bytes / 1024)} KiB`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
