/**
 * Shared set-up of the browser tests and the browser benchmarks: the built app served on
 * 127.0.0.1, Debian's Chromium through playwright-core (never a browser download), a page that
 * records every request and blocks any that leaves 127.0.0.1, and a wait on the map's own
 * readiness signal instead of sleeps. Free of Vitest, so the benchmarks (run by tsx) use it too.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--disable-sync', '--disable-background-networking'];

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface RecordedPage {
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Requests to any host but the app's own, which were blocked. */
  foreignRequests: string[];
  pageErrors: string[];
}

/** Opens a page (in a context of its own) that can reach only `baseUrl`'s host; everything else is recorded and aborted. */
export async function openPage(browser: Browser, baseUrl: string, options: { viewport?: { width: number; height: number }; locale?: string; reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'fr-FR',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const page = await context.newPage();
  const allowedHost = new URL(baseUrl).host;
  const recorded: RecordedPage = { page, requests: [], foreignRequests: [], pageErrors: [] };
  // On the context, not the page, so a window the page opens (the presenter view) is recorded too.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    recorded.requests.push(url);
    const { protocol, host } = new URL(url);
    if ((protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') && host !== allowedHost) {
      recorded.foreignRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('pageerror', (error) => recorded.pageErrors.push(String(error)));
  return recorded;
}

/** Serves a build of the app (dist/ unless told otherwise) on a free port of 127.0.0.1, and says where. */
export async function serveBuiltApp(outDir?: string) {
  const server = await preview({ ...(outDir ? { build: { outDir } } : {}), preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address.');
  return { server, url };
}

/** Resolves when the map container says the map is idle (set by the app on MapLibre's `idle`). */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout });
}

/**
 * Place ids drawn on the map's article-places layer, read once the map has drawn its latest data;
 * with `afterRepaint`, only after one more frame is drawn (for a one-off read, where a poll would
 * otherwise retry).
 */
export async function articlePlacesOnMap(page: Page, { afterRepaint = false } = {}): Promise<string[]> {
  return page.evaluate(
    (repaint) =>
      new Promise<string[]>((resolve) => {
        const map = window.borderBrief!.map!;
        const read = () => [...new Set(map.queryRenderedFeatures({ layers: ['article-places-circle'] }).map((feature) => String(feature.properties.place_id)))].sort();
        if (!repaint && map.loaded() && map.isSourceLoaded('article-places')) resolve(read());
        else {
          map.once('idle', () => resolve(read()));
          if (repaint) map.triggerRepaint();
        }
      }),
    afterRepaint,
  );
}

/** Screen pixel of a [lng, lat] in the map canvas, in page coordinates. */
export async function projectToPage(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lng, lat]) => {
    const map = window.borderBrief!.map!;
    const point = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, lngLat);
}

/**
 * A page point inside the incident zones, off the border line and every point or symbol: found by
 * asking the map what is under a grid of pixels, never guessed.
 */
export async function pointInsideZoneOnly(page: Page): Promise<{ x: number; y: number; incidents: string[] }> {
  const found = await page.evaluate(() => {
    const map = window.borderBrief!.map!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const specific = ['capitals-circle', 'capitals-label', 'article-places-circle', 'article-places-label', 'incident-symbols', 'border-line'];
    for (let y = 40; y < canvas.height - 40; y += 12) {
      for (let x = 40; x < canvas.width - 40; x += 12) {
        const box: [[number, number], [number, number]] = [
          [x - 14, y - 14],
          [x + 14, y + 14],
        ];
        if (map.queryRenderedFeatures(box, { layers: specific }).length) continue;
        const zones = map.queryRenderedFeatures([x, y], { layers: ['incident-zone-fill'] });
        if (zones.length) return { x: canvas.left + x, y: canvas.top + y, incidents: [...new Set(zones.map((zone) => String(zone.properties.id)))].sort() };
      }
    }
    return null;
  });
  if (!found) throw new Error('no pixel lies inside an incident zone alone');
  return found;
}
