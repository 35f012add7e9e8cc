/**
 * ACLED at scale in Debian's Chromium against the built app: 20,000 SYNTHETIC events open through
 * the real door and crowd into clusters with counts; a filter and a time-window change redraw
 * them without the event source's data being set again (only a diff goes to the map's worker),
 * the cluster counts then count what is shown; a click on a cluster zooms in.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticAcledCsv } from '../fixtures/acled/synthetic-acled';
import { waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession } from './session';

const session = browserSession();
const ROWS = 20_000;

/** Counts calls to the event source's setData and updateData from now on. */
async function spyOnEventSource(page: Page): Promise<void> {
  await page.evaluate(() => {
    const source = window.borderBrief!.map!.getSource('events') as unknown as Record<string, (...args: unknown[]) => unknown>;
    const calls = ((window as unknown as { eventSourceCalls: Record<string, number> }).eventSourceCalls = { setData: 0, updateData: 0 });
    for (const name of ['setData', 'updateData'] as const) {
      const original = source[name]!.bind(source);
      source[name] = (...args: unknown[]) => {
        calls[name] += 1;
        return original(...args);
      };
    }
  });
}
const sourceCalls = (page: Page) => page.evaluate(() => (window as unknown as { eventSourceCalls: Record<string, number> }).eventSourceCalls);

/** The clusters drawn now and the events they count together. */
const renderedClusters = (page: Page) =>
  page.evaluate(() => {
    const features = window.borderBrief!.map!.queryRenderedFeatures({ layers: ['event-clusters'] });
    const ids = new Set<number>();
    let count = 0;
    for (const feature of features) {
      const id = Number(feature.properties.cluster_id);
      if (ids.has(id)) continue; // a cluster near a tile edge is in two tiles
      ids.add(id);
      count += Number(feature.properties.point_count);
    }
    return { clusters: ids.size, count };
  });

/** Waits for the map to be idle after a change made by `act` (the 'idle' event after it). */
async function idleAfter(page: Page, act: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { idled: Promise<void> }).idled = new Promise((resolve) => {
      const map = window.borderBrief!.map!;
      const wait = () => (map.isSourceLoaded('events') && map.loaded() ? resolve() : map.once('idle', wait));
      setTimeout(() => map.once('idle', wait), 50);
    });
  });
  await act();
  await page.evaluate(() => (window as unknown as { idled: Promise<void> }).idled);
  await waitForMapIdle(page);
}

describe('ACLED at scale', () => {
  test('20,000 events cluster with counts; a filter and a brush move redraw without setData; a cluster click zooms in', async () => {
    const { page, pageErrors } = await session.open('', { reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    const csv = syntheticAcledCsv({ rows: ROWS, seed: 3 });
    await page.getByLabel('Ouvrir un export ACLED (CSV)…').setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('.event-layers .open-result').waitFor({ timeout: 90_000 });
    await expect.poll(() => renderedClusters(page).then((c) => c.clusters), { timeout: 60_000 }).toBeGreaterThan(0);
    await waitForMapIdle(page);
    const all = await renderedClusters(page);
    // Crowded events are drawn as a few clusters, not 20,000 points; together they hold most events in view.
    expect(all.clusters).toBeLessThan(200);
    expect(all.count).toBeGreaterThan(ROWS * 0.5);
    expect(all.count).toBeLessThanOrEqual(ROWS);
    await page.screenshot({ path: `${SCREENSHOTS}/acled-scale-clustered.png` });

    await spyOnEventSource(page);
    await idleAfter(page, async () => {
      await page.locator('.filter-panel summary').click();
      await page.locator('.filter-panel input[name="side"][value="mauritania"]').check();
    });
    const shown = Number(await page.locator('.timeline-count').getAttribute('data-shown'));
    expect(shown).toBeLessThan(ROWS);
    await expect.poll(() => renderedClusters(page).then((c) => c.count), { timeout: 30_000 }).toBeLessThan(all.count);
    const bySide = await renderedClusters(page);
    expect(bySide.count).toBeLessThanOrEqual(shown); // clusters count the filtered events, not all of them
    expect(await sourceCalls(page)).toEqual({ setData: 0, updateData: 1 });
    await page.screenshot({ path: `${SCREENSHOTS}/acled-scale-filtered.png` });

    // A brush move (the time window, as the timeline and the URL set it).
    await idleAfter(page, async () => {
      await page.evaluate(() => (window.location.hash = '#side=mauritania&from=2023-01-01&to=2023-06-30'));
    });
    await expect.poll(() => renderedClusters(page).then((c) => c.count), { timeout: 30_000 }).toBeLessThan(bySide.count);
    expect((await sourceCalls(page)).setData).toBe(0);
    expect((await sourceCalls(page)).updateData).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${SCREENSHOTS}/acled-scale-window.png` });

    // A click on the biggest cluster zooms to where it splits.
    const target = await page.evaluate(() => {
      const map = window.borderBrief!.map!;
      const features = map.queryRenderedFeatures({ layers: ['event-clusters'] });
      const biggest = features.sort((a, b) => Number(b.properties.point_count) - Number(a.properties.point_count))[0]!;
      const p = map.project((biggest.geometry as GeoJSON.Point).coordinates as [number, number]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y, zoom: map.getZoom() };
    });
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.evaluate(() => window.borderBrief!.map!.getZoom()), { timeout: 10_000 }).toBeGreaterThanOrEqual(target.zoom + 0.99);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/acled-scale-zoomed.png` });
    expect((await sourceCalls(page)).setData).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
