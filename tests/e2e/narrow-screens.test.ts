/**
 * Below 1100px the page scrolls as one column (the side panel and the map, the timeline, then the
 * article), in Debian's Chromium against the built app. A selection must keep the map in view:
 * a click on the map leaves the page where it is (or only brings the map's hidden edge in), and
 * its card opens at the top of the side panel beside the map; a pick from the list or the text,
 * made lower down the page, scrolls up to the map, framed on the pick, with the card beside it.
 * And at 1280×720, where the panels stand side by side, the card and the article's mention still
 * scroll into view within their own panels, the page never moving.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { projectToPage, waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession } from './session';

const NOUAKCHOTT: [number, number] = [-15.9785, 18.0858];
const BAMAKO: [number, number] = [-8.0029, 12.6392];
const RUSSIA_CENTRE: [number, number] = [100, 60];

const { open } = browserSession();

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the map, the card's title, the side panel and the sticky header are in the window. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return {
      scrollY: window.scrollY,
      height: window.innerHeight,
      width: window.innerWidth,
      header: box('.app-header')!,
      canvas: box('.maplibregl-canvas')!,
      panel: box('aside.side-panel')!,
      card: box('.card-slot > .card'),
      cardTitle: box('.card-slot > .card h2'),
    };
  });
}

type Layout = Awaited<ReturnType<typeof layout>>;

const intersectsWindow = (box: Box, view: Layout) => box.bottom > 0 && box.top < view.height && box.right > 0 && box.left < view.width;
/** Wholly in the window, below the header that stays on top of the scrolled page. */
const whollyInView = (box: Box, view: Layout) => box.top >= view.header.bottom - 1 && box.bottom <= view.height + 1 && box.left >= -1 && box.right <= view.width + 1;

/** The map is in view, whole, and the card's title can be read beside it at the top of the side panel. */
function problemsWithSelection(view: Layout): string[] {
  const problems: string[] = [];
  if (!intersectsWindow(view.canvas, view)) problems.push(`the map is out of the window: ${JSON.stringify(view.canvas)}`);
  else if (!whollyInView(view.canvas, view)) problems.push(`the map is cut off: ${JSON.stringify(view.canvas)} under a header ending at ${view.header.bottom}`);
  if (!view.card || !view.cardTitle) return [...problems, 'no card'];
  if (!whollyInView(view.cardTitle, view)) problems.push(`the card's title is out of view: ${JSON.stringify(view.cardTitle)}`);
  if (view.cardTitle.top < view.panel.top || view.cardTitle.bottom > view.panel.bottom) problems.push('the card’s title is outside its panel’s visible part');
  if (Math.abs(view.card.top - view.panel.top) > 2) problems.push(`the card is not shown from its top: ${Math.round(view.card.top)} against the panel's ${Math.round(view.panel.top)}`);
  if (view.cardTitle.right > view.canvas.left + 1) problems.push('the card is not beside the map');
  return problems;
}

const mapContains = (page: Page, lngLat: [number, number]) => page.evaluate((point) => window.borderBrief!.map!.getBounds().contains(point), lngLat);
const mapZoom = (page: Page) => page.evaluate(() => window.borderBrief!.map!.getZoom());

describe.each([
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
])('at $width×$height, where the page scrolls as one column', (size) => {
  const name = `${size.width}x${size.height}`;

  test('clicking a place on the map leaves the map where it is and opens its card beside it', async () => {
    const { page, pageErrors } = await open('', { viewport: size });
    await waitForMapIdle(page);
    const before = await layout(page);
    expect(whollyInView(before.canvas, before), 'the map is on the first screen').toBe(true);
    const { x, y } = await projectToPage(page, NOUAKCHOTT);
    await page.mouse.click(x, y);
    await page.locator('[data-card="place"][data-place-id="nouakchott"]').waitFor();
    await waitForMapIdle(page);
    await expect.poll(async () => problemsWithSelection(await layout(page))).toEqual([]);
    expect((await layout(page)).scrollY, 'the page did not move').toBe(before.scrollY);
    // The rest of a long card is there, in the panel that scrolls by itself.
    expect(await page.locator('aside.side-panel').evaluate((panel) => panel.scrollHeight > panel.clientHeight)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/narrow-${name}-map-click.png` });
    expect(pageErrors).toEqual([]);
  });

  test('clicking the map while its top is scrolled under the header brings the map and the card in, no further', async () => {
    const { page } = await open('', { viewport: size });
    await waitForMapIdle(page);
    await page.evaluate(() => window.scrollTo(0, 150));
    const scrolled = await layout(page);
    expect(scrolled.scrollY).toBe(150);
    expect(scrolled.canvas.top).toBeLessThan(scrolled.header.bottom); // the precondition: the map's top is hidden
    const { x, y } = await projectToPage(page, NOUAKCHOTT);
    expect(y, 'Nouakchott is visible below the header').toBeGreaterThan(scrolled.header.bottom + 10);
    await page.mouse.click(x, y);
    await page.locator('[data-card="place"][data-place-id="nouakchott"]').waitFor();
    await expect.poll(async () => problemsWithSelection(await layout(page))).toEqual([]);
    // The least scroll that shows the map whole: the page's top, where the map starts under the header.
    expect((await layout(page)).scrollY).toBe(0);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/narrow-${name}-map-click-scrolled.png` });
  });

  test('a place picked from the list is framed on the map, in view, with its card beside it', async () => {
    const { page } = await open('', { viewport: size });
    await waitForMapIdle(page);
    const zoomBefore = await mapZoom(page);
    await page.evaluate(() => window.scrollTo(0, 200));
    const button = page.locator('.entity-button[data-place-id="bamako"]');
    const scrolled = await layout(page);
    const buttonBox = (await button.boundingBox())!;
    expect(buttonBox.y, 'the list button is visible').toBeGreaterThan(scrolled.header.bottom);
    expect(whollyInView(scrolled.canvas, scrolled), 'the precondition: the map is not wholly in view').toBe(false);
    await button.click();
    await page.locator('[data-card="place"][data-place-id="bamako"]').waitFor();
    await expect.poll(async () => problemsWithSelection(await layout(page))).toEqual([]);
    // Bamako is in the overview already: the pick shows in the zoom, once the camera has moved (a frame later).
    await expect.poll(async () => (await mapContains(page, BAMAKO)) && (await mapZoom(page)) > zoomBefore + 1, { timeout: 15_000 }).toBe(true);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/narrow-${name}-list.png` });
  });

  test('a place picked in the text, with the map scrolled away, brings the map back framed on it, the card beside it', async () => {
    // Smooth scrolling, as most readers have it: the page glides up to the map.
    const { page, pageErrors } = await open('', { viewport: size, reducedMotion: 'no-preference' });
    await waitForMapIdle(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const mention = page.locator('.article-text mark[data-place-id="russia"]').first();
    const reading = await layout(page);
    expect(intersectsWindow(reading.canvas, reading), 'the precondition: the reader has scrolled the map away').toBe(false);
    const mentionBox = (await mention.boundingBox())!;
    expect(mentionBox.y).toBeGreaterThan(reading.header.bottom);
    expect(mentionBox.y + mentionBox.height).toBeLessThan(reading.height);
    expect(await mapContains(page, RUSSIA_CENTRE)).toBe(false);
    await mention.click();
    await page.locator('[data-card="place"][data-place-id="russia"]').waitFor();
    await expect.poll(async () => problemsWithSelection(await layout(page)), { timeout: 10_000 }).toEqual([]);
    await waitForMapIdle(page);
    await expect.poll(() => mapContains(page, RUSSIA_CENTRE), { timeout: 15_000 }).toBe(true);
    // The passage stays marked, for the reader to find again below the map.
    expect(await page.locator('.article-text mark[data-place-id="russia"][data-selected="true"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/narrow-${name}-text.png` });
    expect(pageErrors).toEqual([]);
  });
});

describe('at 1280×720, where the panels stand side by side', () => {
  test('a pick from the list shows the card at its panel’s top and the mention in the article’s column; the page never moves', async () => {
    const { page } = await open('', { viewport: { width: 1280, height: 720 } });
    await waitForMapIdle(page);
    const column = page.locator('section.article-column');
    await column.evaluate((element) => (element.scrollTop = element.scrollHeight));
    const button = page.locator('.entity-button[data-place-id="russia"]');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.locator('[data-card="place"][data-place-id="russia"]').waitFor();
    const mention = page.locator('.article-text mark[data-place-id="russia"][data-selected="true"]').first();
    await expect
      .poll(async () => {
        const [mark, shown] = [await mention.boundingBox(), await column.boundingBox()];
        return mark && shown ? mark.y >= shown.y && mark.y + mark.height <= shown.y + shown.height : false;
      })
      .toBe(true);
    const view = await layout(page);
    expect(view.scrollY).toBe(0);
    expect(Math.abs(view.card!.top - view.panel.top)).toBeLessThanOrEqual(2);
    expect(whollyInView(view.canvas, view)).toBe(true);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/wide-1280x720-list.png` });
  });
});
