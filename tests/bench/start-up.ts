/**
 * What the start-up benchmarks share: serving the bare MapLibre page built by
 * tests/bench/bare-map/vite.config.ts, and timing one fresh load of a page from navigation to its
 * `border-brief:*` marks (the data checked — the app only —, the map created, the map idle, the
 * dashboard's panels shown — the app only —), and
 * how many WebGL shader programs it linked before its map went idle: in software WebGL each one
 * costs tens of milliseconds, so a style that needs more of them than the bare page's is slower to idle.
 */
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { waitForMapIdle } from '../e2e/browser';

export type StartUpMarks = Record<'data-checked' | 'map-created' | 'map-idle' | 'panels-shown' | 'programs', number>;

/** Serves the bare page's build (test-results/bare-map-dist) on a free port of 127.0.0.1. */
export function serveBarePage() {
  return preview({ configFile: false, root: 'tests/bench/bare-map', build: { outDir: '../../../test-results/bare-map-dist' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
}

/** Loads `url` in a fresh context and reads its marks, in milliseconds from navigation (NaN when absent). */
export async function startUpMarks(browser: Browser, url: string): Promise<StartUpMarks> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // Counted from the page's first script on: every program MapLibre links, with when it did.
  await context.addInitScript(() => {
    const links: number[] = [];
    (window as unknown as { programLinks: number[] }).programLinks = links;
    const link = WebGL2RenderingContext.prototype.linkProgram;
    WebGL2RenderingContext.prototype.linkProgram = function (program) {
      links.push(performance.now());
      link.call(this, program);
    };
  });
  const page = await context.newPage();
  await page.goto(url);
  await waitForMapIdle(page, 60_000);
  // The dashboard's lists, article and timeline follow the map: the start-up is over when they are shown too.
  // (A build from before the mark shows its article all the same.)
  await page.waitForFunction(() => !document.querySelector('.dashboard') || performance.getEntriesByName('border-brief:panels-shown').length > 0 || document.querySelector('[data-passage-id]'), undefined, { timeout: 60_000 });
  const marks: StartUpMarks = await page.evaluate(() => {
    const at = Object.fromEntries(['data-checked', 'map-created', 'map-idle', 'panels-shown'].map((name) => [name, performance.getEntriesByName(`border-brief:${name}`)[0]?.startTime ?? NaN]));
    const links = (window as unknown as { programLinks: number[] }).programLinks;
    return { ...at, programs: links.filter((time) => time <= (at['map-idle'] ?? Infinity)).length } as StartUpMarks;
  });
  await context.close();
  if (Number.isNaN(marks['map-idle'])) throw new Error(`${url} never marked border-brief:map-idle`);
  return marks;
}
