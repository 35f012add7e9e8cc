/**
 * Orientation and reading the map, in Debian's Chromium against the built app: the scale bar and
 * zoom buttons, the tooltip on what is clickable, picking inside a hatched zone and the chooser
 * where several things lie under the pointer (by keyboard too), distinct colours for the places
 * shown, the context towns and their credit, and an opened article framed on its places.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { pointInsideZoneOnly, projectToPage, waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession, closeDialog, pasteArticle } from './session';

const NOUAKCHOTT: [number, number] = [-15.9785, 18.0858];
const BASSIKOUNOU = readFileSync('tests/fixtures/devset/01-cridem-bassikounou.fr.txt', 'utf8');

const { open } = browserSession();

/** The colour each shown place gets on the map: the capitals' from the style expression, the article places' from their feature. */
async function mapPlaceColors(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const map = window.borderBrief!.map!;
    const colors: Record<string, string> = {};
    const match = map.getPaintProperty('capitals-circle', 'circle-color') as unknown[];
    for (let i = 2; i < match.length - 1; i += 2) colors[String(match[i])] = String(match[i + 1]);
    for (const feature of map.querySourceFeatures('article-places')) colors[String(feature.properties.place_id)] = String(feature.properties.color);
    return colors;
  });
}

const rgbToHex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((value) => Number(value).toString(16).padStart(2, '0')).join('')}`;

/** MapLibre's words on the dashboard's map, as a screen reader (aria-label) and a tooltip (title) give them. */
async function mapLibreLabels(page: Page) {
  return page.evaluate(() => {
    const words = (selector: string) => {
      const element = document.querySelector(`[data-testid="map"] ${selector}`);
      return element ? { label: element.getAttribute('aria-label'), title: element.getAttribute('title') } : null;
    };
    return {
      zoomIn: words('.maplibregl-ctrl-zoom-in'),
      zoomOut: words('.maplibregl-ctrl-zoom-out'),
      credits: words('.maplibregl-ctrl-attrib-button'),
      canvas: document.querySelector('[data-testid="map"] canvas')?.getAttribute('aria-label') ?? null,
      // The scale bar's unit (its number changes with the view, its unit with the language).
      scaleUnit: document.querySelector('[data-testid="map"] .maplibregl-ctrl-scale')?.textContent?.replace(/^[\d\s.,]+/, '') ?? null,
      compass: document.querySelectorAll('[data-testid="map"] .maplibregl-ctrl-compass').length, // rotation is off: no compass to name
    };
  });
}

const MAPLIBRE_LABELS = {
  fr: {
    zoomIn: { label: 'Zoom avant', title: 'Zoom avant' },
    zoomOut: { label: 'Zoom arrière', title: 'Zoom arrière' },
    credits: { label: 'Afficher ou masquer les sources de la carte', title: 'Afficher ou masquer les sources de la carte' },
    canvas: 'Carte de la frontière Mali–Mauritanie',
    scaleUnit: 'km',
    compass: 0,
  },
  en: {
    zoomIn: { label: 'Zoom in', title: 'Zoom in' },
    zoomOut: { label: 'Zoom out', title: 'Zoom out' },
    credits: { label: 'Toggle the map’s sources', title: 'Toggle the map’s sources' },
    canvas: 'Map of the Mali–Mauritania border',
    scaleUnit: 'km',
    compass: 0,
  },
};

describe('map orientation', () => {
  test('a metric scale bar and zoom buttons in the interface’s language; the zoom button zooms', async () => {
    const { page, pageErrors } = await open();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s*km$/);
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom avant');
    expect(await page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe('Zoom arrière');
    expect(await page.locator('.maplibregl-ctrl-compass').count()).toBe(0);
    const zoom = () => page.evaluate(() => window.borderBrief!.map!.getZoom());
    const before = await zoom();
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await expect.poll(zoom).toBeGreaterThan(before + 0.5);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-controls.png` });
    expect(pageErrors).toEqual([]);
  });

  test('MapLibre’s own labels (zoom buttons, credits button, the map’s name, the scale’s unit) follow a language switch, both ways', async () => {
    const { page, pageErrors } = await open();
    await waitForMapIdle(page);
    const labels = () => mapLibreLabels(page);
    expect(await labels()).toEqual(MAPLIBRE_LABELS.fr);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(labels).toEqual(MAPLIBRE_LABELS.en);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-controls-en.png` });
    // Back to French, by keyboard this time: the labels follow again.
    await page.getByRole('button', { name: 'Français' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(labels).toEqual(MAPLIBRE_LABELS.fr);
    // Made again in the new words, the controls still work and the credits still name their sources.
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('Natural Earth');
    const zoom = () => page.evaluate(() => window.borderBrief!.map!.getZoom());
    const before = await zoom();
    await page.locator('.maplibregl-ctrl-zoom-out').click();
    await expect.poll(zoom).toBeLessThan(before - 0.5);
    expect(pageErrors).toEqual([]);
  });

  test('the presentation’s map names itself and its credits button in the interface’s language', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    await page.getByRole('button', { name: /Présenter$/ }).click();
    await page.waitForSelector('[data-testid="slide"][data-slide-index="0"][data-settled="true"]', { timeout: 30_000 });
    const map = page.getByTestId('slide-map');
    expect(await map.locator('canvas').getAttribute('aria-label')).toBe(MAPLIBRE_LABELS.fr.canvas);
    expect(await map.locator('.maplibregl-ctrl-attrib-button').getAttribute('aria-label')).toBe(MAPLIBRE_LABELS.fr.credits.label);
  });

  test('the region’s towns are drawn under the data, with GeoNames credited', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const towns = () => page.evaluate(() => window.borderBrief!.map!.querySourceFeatures('context-places').length);
    await expect.poll(towns, { timeout: 15_000 }).toBeGreaterThan(30);
    await waitForMapIdle(page);
    const labelled = await page.evaluate(() => window.borderBrief!.map!.queryRenderedFeatures({ layers: ['context-places-label'] }).map((feature) => String(feature.properties.name_fr)));
    expect(labelled.length).toBeGreaterThan(3);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('GeoNames');
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-context-towns.png` });
  });

  test('hovering a capital shows a pointer and a tooltip with its name, kind and mentions', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const { x, y } = await projectToPage(page, NOUAKCHOTT);
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y + 2);
    const tooltip = page.locator('.map-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.locator('.map-tooltip-item').first().textContent()).toMatch(/^Nouakchott .*ville.*3 mentions/i);
    expect(await page.locator('.maplibregl-canvas').evaluate((canvas) => (canvas as HTMLElement).style.cursor)).toBe('pointer');
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-tooltip.png` });
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
  });

  test('a click inside a hatched zone picks its incident', async () => {
    // Only violence against civilians: one zone incident is left on the map.
    const { page } = await open('#type=Violence+against+civilians');
    await waitForMapIdle(page);
    const point = await pointInsideZoneOnly(page);
    expect(point.incidents).toEqual(['abductions-border']);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toContain('Enlèvements');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('[data-card="incident"]').getAttribute('data-incident-id')).toBe('abductions-border');
    expect(await page.locator('.feature-chooser').count()).toBe(0);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-zone-pick.png` });
  });

  test('where incidents share a zone, a chooser lists them; the keyboard chooses, Esc closes', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const point = await pointInsideZoneOnly(page);
    expect(point.incidents).toEqual(['abductions-border', 'armed-group-movements-border']);
    await page.mouse.click(point.x, point.y);
    const chooser = page.getByRole('dialog', { name: 'Plusieurs éléments ici — lequel ?' });
    await chooser.waitFor();
    expect(await chooser.locator('button').count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-chooser.png` });
    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    expect(await page.locator('[data-card="incident"]').count()).toBe(0);

    await page.mouse.click(point.x, point.y);
    await chooser.waitFor();
    const second = await chooser.locator('button').nth(1).getAttribute('data-pick-id');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pick-id'))).not.toBe(second);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pick-id'))).toBe(second);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-card="incident"]').getAttribute('data-incident-id')).toBe(second);
    await chooser.waitFor({ state: 'detached' });
  });

  test('an opened article is framed on all its places, clear of the legend; no two places shown share a colour', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    await waitForMapIdle(page);
    const placed = await page.evaluate(() => {
      const map = window.borderBrief!.map!;
      const bounds = map.getBounds();
      const rect = map.getCanvas().getBoundingClientRect();
      return map.querySourceFeatures('article-places').map((feature) => {
        const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        const point = map.project([lng, lat]);
        return { id: String(feature.properties.place_id), isInside: bounds.contains([lng, lat]), x: rect.left + point.x, y: rect.top + point.y };
      });
    });
    expect(placed.map((place) => place.id)).toEqual(expect.arrayContaining(['bassikounou', 'fassala', 'hodh-ech-chargui']));
    expect(placed.filter((place) => !place.isInside)).toEqual([]);
    const legend = await page.locator('.legend').boundingBox();
    const underLegend = placed.filter((place) => legend && place.x >= legend.x && place.x <= legend.x + legend.width && place.y >= legend.y && place.y <= legend.y + legend.height);
    expect(underLegend).toEqual([]);

    const colors = await mapPlaceColors(page);
    const shown = Object.entries(colors).filter(([id]) => !id.startsWith('border-'));
    expect(new Set(shown.map(([, color]) => color)).size).toBe(shown.length);
    expect(colors.bamako).not.toBe(colors.fassala);
    expect(colors.nouakchott).not.toBe(colors['hodh-ech-chargui']);
    // The lists' swatches are the map's colours.
    const swatches = await page.locator('.entity-button[data-place-id]').evaluateAll((buttons) => buttons.map((button) => [button.getAttribute('data-place-id')!, getComputedStyle(button.querySelector('.swatch')!).backgroundColor] as const));
    for (const [id, rgb] of swatches) if (colors[id]) expect(rgbToHex(rgb), id).toBe(colors[id]);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-opened-article.png` });
  });

  test('a country chosen in the text is framed on its part of the region, not its far desert', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    await page.locator('mark[data-place-id="mali"]').first().click();
    await expect.poll(() => page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('mali');
    await waitForMapIdle(page);
    // Mali's box runs east to 4.3° E (the Algerian and Nigerien desert); its regional part stops near the border zone.
    await expect.poll(() => page.evaluate(() => window.borderBrief!.map!.getBounds().getEast()), { timeout: 15_000 }).toBeLessThan(2);
    const bamakoInside = await page.evaluate(() => window.borderBrief!.map!.getBounds().contains([-8.0029, 12.6392]));
    expect(bamakoInside).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-country-mali.png` });
  });

  test('a card opened from the list shows from its top', async () => {
    const { page } = await open('', { viewport: { width: 1280, height: 720 } });
    await waitForMapIdle(page);
    const panel = page.locator('aside.side-panel');
    await page.locator('.entity-button[data-place-id="russia"]').scrollIntoViewIfNeeded();
    await page.locator('.entity-button[data-place-id="russia"]').click();
    const card = page.locator('[data-card="place"][data-place-id="russia"]');
    await card.waitFor();
    await expect
      .poll(async () => {
        const [cardBox, panelBox] = [await card.boundingBox(), await panel.boundingBox()];
        return cardBox && panelBox ? Math.round(cardBox.y - panelBox.y) : null;
      })
      .toBeGreaterThanOrEqual(0);
    const title = await card.locator('h2').boundingBox();
    const panelBox = await panel.boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(panelBox!.y);
    expect(title!.y).toBeLessThan(panelBox!.y + panelBox!.height / 2);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-card-from-list.png` });
  });

  test.each([
    { width: 1920, height: 1080, locale: 'fr-FR' },
    { width: 1280, height: 720, locale: 'en-GB' },
    { width: 1024, height: 768, locale: 'fr-FR' },
    { width: 768, height: 1024, locale: 'en-GB' },
  ])('on load at $width×$height ($locale) the region is framed clear of the legend and the zoom buttons', async ({ width, height, locale }) => {
    const { page } = await open('', { viewport: { width, height }, locale });
    await waitForMapIdle(page);
    const capitals = await page.evaluate(() => {
      const map = window.borderBrief!.map!;
      const rect = map.getCanvas().getBoundingClientRect();
      return map.querySourceFeatures('capitals').map((feature) => {
        const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        const point = map.project([lng, lat]);
        return { id: String(feature.properties.place_id), isInside: map.getBounds().contains([lng, lat]), x: rect.left + point.x, y: rect.top + point.y };
      });
    });
    expect([...new Set(capitals.map((capital) => capital.id))].sort()).toEqual(['bamako', 'nouakchott']); // once per tile that holds it
    expect(capitals.filter((capital) => !capital.isInside)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/orientation-load-${width}x${height}-${locale.slice(0, 2)}.png` });
    for (const selector of ['.legend', '.maplibregl-ctrl-top-right']) {
      const box = await page.locator(selector).boundingBox();
      const covered = capitals.filter((capital) => box && capital.x >= box.x - 8 && capital.x <= box.x + box.width + 8 && capital.y >= box.y - 8 && capital.y <= box.y + box.height + 8);
      expect(covered, selector).toEqual([]);
    }
    // The legend is open only where the map is large enough to hold it beside the data.
    expect(await page.locator('.legend').evaluate((legend) => (legend as HTMLDetailsElement).open)).toBe(width >= 1600 && height >= 1000);
    const zoomIn = await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label');
    expect(zoomIn).toBe(locale.startsWith('en') ? 'Zoom in' : 'Zoom avant');
  });
});
