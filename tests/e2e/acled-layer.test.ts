/**
 * An analyst's own ACLED export in the dashboard, in Debian's Chromium against the built app: it
 * opens in a Web Worker with its progress, bad rows are named by line and column while good rows
 * load, the events join the timeline, the lists' counts and the map, filters apply to them, and
 * what is shown exports as ACLED CSV. The data are synthetic, and say so in every row.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { syntheticAcledCsv } from '../fixtures/acled/synthetic-acled';
import { waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession } from './session';

const session = browserSession();
const OPEN_LABEL = 'Ouvrir un export ACLED (CSV)…';

describe('an ACLED layer', () => {
  test('a file with bad rows loads its good rows, names the bad ones, and joins the timeline and filters', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    await page.getByLabel(OPEN_LABEL).setInputFiles({ name: 'tricky.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/acled/tricky.csv') });
    const result = page.locator('.event-layers .open-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toMatch(/tricky\.csv\u00a0: 4 événements chargés/);
    expect(text).toMatch(/line \d+, column /);
    await expect.poll(() => page.locator('.timeline-count').getAttribute('data-total')).toBe('10'); // the seed's 6 and the file's 4
    expect(pageErrors).toEqual([]);
  });

  test('3,000 synthetic events open with progress, filter by side, and what is shown exports as ACLED CSV', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    const csv = syntheticAcledCsv({ rows: 3000, seed: 7 });
    await page.getByLabel(OPEN_LABEL).setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('.event-layers .open-result').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.timeline-count').getAttribute('data-total')).toBe('3006');
    // The events are on the map, in their own clustered source beside the article's incidents.
    await expect
      .poll(() => page.evaluate(() => window.borderBrief!.map!.querySourceFeatures('events').length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/acled-layer.png` });

    await page.locator('.filter-panel summary').click();
    await page.locator('.filter-panel input[name="side"][value="mauritania"]').check();
    const shown = Number(await page.locator('.timeline-count').getAttribute('data-shown'));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(3006);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter ce qui est affiché (CSV ACLED)' }).click();
    const download = await downloading;
    const path = 'test-results/shown.acled.csv';
    await download.saveAs(path);
    const content = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    expect(content).toMatch(/^event_id_cnty,event_date,year,time_precision,disorder_type,event_type/);
    const rows = Papa.parse<Record<string, string>>(content.trim(), { header: true }).data; // notes may hold line breaks
    expect(rows).toHaveLength(shown);
    expect(rows.filter((row) => row.event_id_cnty?.startsWith('SYN')).every((row) => row.source?.includes('SYNTHETIC'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe('GeoJSON layers from other tools', () => {
  test('a FeatureCollection of incidents joins the timeline as a layer, and one of places is drawn, neither geoparsed as an article', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    const articlesBefore = await page.locator('.article-switcher [data-article-id]').count();
    const incidents = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'qgis-1', geometry: { type: 'Point', coordinates: [-7.0, 15.5] }, properties: { event_date: '2024-04-02', time_precision: 1, event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Mali (2021-)', location: 'Near Léré', geo_precision: 2 } },
        { type: 'Feature', id: 'qgis-2', geometry: { type: 'Point', coordinates: [-8.2, 16.1] }, properties: { event_date: '2024-04', time_precision: 3, event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Mali)', geo_precision: 3 } },
      ],
    };
    const places = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-11.4, 16.6] }, properties: { name: 'Kiffa' } }] };
    await page.getByRole('button', { name: 'Ouvrir un article…' }).click();
    const dialog = page.locator('dialog.open-dialog');
    await dialog.locator('input[type="file"]').setInputFiles([
      { name: 'events.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(incidents)) },
      { name: 'towns.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(places)) },
    ]);
    await expect.poll(() => page.locator('.timeline-count').getAttribute('data-total')).toBe('8');
    await expect.poll(() => page.locator('.event-layers [data-place-layer-id]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => window.borderBrief!.map!.querySourceFeatures('imported-places').length)).toBeGreaterThan(0);
    expect(await page.locator('.article-switcher [data-article-id]').count()).toBe(articlesBefore);
    expect(pageErrors).toEqual([]);
  });
});
