/**
 * The analyst's own tools on the map, in Chromium: the place search (articles' places and the
 * gazetteer, by keyboard), distances from a selection to the border and to a point clicked or
 * chosen, and the current view exported as a PNG with its legend, scale and sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { projectToPage, waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession } from './session';

const { open } = browserSession();

/** Width and height of a PNG, read from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('place search', () => {
  test('finds an article place without its accents, by keyboard, and selects it', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const box = page.getByRole('searchbox', { name: 'Rechercher un lieu' });
    await box.focus();
    await page.keyboard.type('nouak');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect(await options.first().getAttribute('data-place-id')).toBe('nouakchott');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('nouakchott');
    expect(page.url()).toContain('#place=nouakchott');
    expect(await box.inputValue()).toBe('');
  });

  test('a gazetteer town no article names is marked and framed, with its source, in English too', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'English' }).click().catch(() => undefined);
    const box = page.getByRole('searchbox', { name: /Search places|Rechercher un lieu/ });
    await box.focus();
    await page.keyboard.type('KIFFA');
    await expect.poll(() => page.locator('[role="option"][data-place-id="kiffa"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    const card = page.locator('[data-card="located"]');
    await card.waitFor();
    expect(await card.getAttribute('data-place-id')).toBe('kiffa');
    await expect.poll(() => card.textContent()).toMatch(/GeoNames/);
    await waitForMapIdle(page);
    const state = await page.evaluate(async () => {
      const map = window.borderBrief!.map!;
      const source = map.getSource('located-place') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      return { inView: map.getBounds().contains([-11.4044, 16.6203]), marks: (await source.getData()).features.map((feature) => feature.properties?.name) };
    });
    expect(state).toEqual({ inView: true, marks: ['Kiffa'] });
    await page.screenshot({ path: `${SCREENSHOTS}/search-located-kiffa.png` });
    // Esc takes the mark away with the card.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
  });
});

describe('measure', () => {
  test('from Nouakchott: to the border at once, then to Bamako chosen with the search, in the card and on the map', async () => {
    const { page } = await open('#place=nouakchott');
    await waitForMapIdle(page);
    const measure = page.getByTestId('measure');
    await measure.getByRole('button', { name: 'Mesurer une distance' }).click();
    // Nouakchott is 533.7 km from the border line (worked out independently: see the border relation's test).
    await expect.poll(() => measure.locator('[data-measure="border"]').textContent()).toMatch(/530 km de la frontière/);
    await page.getByRole('searchbox', { name: 'Rechercher un lieu' }).fill('bamako');
    await page.keyboard.press('Enter');
    // 1,047.5 km by an independent haversine; rounded to ten beyond 100 km.
    await expect.poll(() => measure.locator('[data-measure="point"]').textContent()).toMatch(/1\s?050 km à vol d’oiseau jusqu’à Bamako/);
    // The selection stayed on Nouakchott: choosing Bamako ended the measure, it did not select it.
    expect(await page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('nouakchott');
    await waitForMapIdle(page);
    const labels = await page.evaluate(async () => {
      const source = window.borderBrief!.map!.getSource('measure') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      return (await source.getData()).features.map((feature) => String(feature.properties?.label ?? '').replace(/\s/g, ' ')).filter(Boolean).sort();
    });
    expect(labels).toEqual(['1 050 km', '530 km']);
    await expect.poll(() => page.evaluate(() => window.borderBrief!.map!.queryRenderedFeatures({ layers: ['measure-line'] }).length)).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/measure-nouakchott-bamako.png` });
  });

  test('to a point clicked on the map; Esc stops waiting for the click', async () => {
    const { page } = await open('#place=bamako');
    await waitForMapIdle(page);
    const measure = page.getByTestId('measure');
    await measure.getByRole('button', { name: 'Mesurer une distance' }).click();
    await expect.poll(() => measure.locator('.hint').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => measure.locator('[data-measure]').count()).toBe(0);
    expect(await page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('bamako'); // Esc ended the measure only
    await measure.getByRole('button', { name: 'Mesurer une distance' }).click();
    await waitForMapIdle(page);
    const { x, y } = await projectToPage(page, [-8.0029, 14.0]);
    await page.mouse.click(x, y);
    // About 150 km due north (1.36° of latitude); the click lands within a pixel or two of it.
    const text = await measure.locator('[data-measure="point"]').textContent();
    const km = Number(/(\d+) km/.exec(text ?? '')?.[1]);
    expect(km).toBeGreaterThan(140);
    expect(km).toBeLessThan(160);
  });
});

describe('map view export', () => {
  test('« Exporter la vue (PNG) » downloads the view with a title band and a footer, not a blank canvas', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter la vue (PNG)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^border-brief-carte-\d{4}-\d{2}-\d{2}\.png$/);
    const path = `${SCREENSHOTS}/exported-map-view.png`;
    await download.saveAs(path);
    const bytes = readFileSync(path);
    const size = pngSize(bytes);
    const canvas = await page.evaluate(() => ({ width: window.borderBrief!.map!.getCanvas().width, height: window.borderBrief!.map!.getCanvas().height }));
    expect(size.width).toBe(canvas.width);
    expect(size.height).toBeGreaterThan(canvas.height); // the title band and the footer
    // The map part is drawn, not blank: sample it in the page.
    const distinctColours = await page.evaluate(async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size;
    }, `data:image/png;base64,${bytes.toString('base64')}`);
    expect(distinctColours).toBeGreaterThan(20);
  });
});
