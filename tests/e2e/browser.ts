/**
 * Shared set-up of the browser tests: Debian's Chromium through playwright-core (never a browser
 * download), a page that records every request and blocks any that leaves 127.0.0.1, and a wait
 * on the map's own readiness signal instead of sleeps.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--disable-sync', '--disable-background-networking'];

export function chromiumPath(): string {
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

/** Opens a page that can reach only `baseUrl`'s host; everything else is recorded and aborted. */
export async function openPage(browser: Browser, baseUrl: string, options: { viewport?: { width: number; height: number }; locale?: string; reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'fr-FR',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const page = await context.newPage();
  const allowedHost = new URL(baseUrl).host;
  const recorded: RecordedPage = { page, requests: [], foreignRequests: [], pageErrors: [] };
  await page.route('**/*', (route) => {
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

/** Resolves when the map container says the map is idle (set by the app on MapLibre's `idle`). */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout });
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
