/**
 * The overview and a selected place at the four sizes the analysts use, in French and English,
 * saved for a person to look at; and what a screenshot cannot be trusted to show checked here:
 * the map has a size and sits in the viewport, the header's tools are visible, nothing scrolls
 * sideways.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { browserSession, SCREENSHOTS } from './session';

const session = browserSession();

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
const LANGUAGES = [
  { code: 'fr', locale: 'fr-FR', search: 'Rechercher un lieu' },
  { code: 'en', locale: 'en-GB', search: 'Search places' },
];

/** What is cut off at this size: an empty list when the map, the header's tools and the width all fit. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    if (map.width < 200 || map.height < 200) problems.push(`the map is ${map.width}×${map.height}`);
    // Measured from the page's top: after a selection from the list the page may still be scrolling (smoothly) back up to the map.
    const mapTop = map.top + window.scrollY;
    if (map.left < 0 || mapTop < 0 || map.right > viewport.width + 0.5 || mapTop >= viewport.height) problems.push(`the map is outside the first screen at ${map.left},${mapTop}`);
    if (document.documentElement.scrollWidth > viewport.width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport.width}`);
    for (const tool of document.querySelectorAll<HTMLElement>('.header-tools > *')) {
      const box = tool.getBoundingClientRect();
      const name = tool.getAttribute('aria-label') ?? tool.className;
      if (box.width === 0 || box.height === 0) problems.push(`header tool ${name} is not shown`);
      else if (box.left < 0 || box.right > viewport.width + 0.5 || box.top < 0 || box.bottom > viewport.height) problems.push(`header tool ${name} is cut off: ${Math.round(box.left)}…${Math.round(box.right)}, ${Math.round(box.top)}…${Math.round(box.bottom)}`);
      else if (box.height > 56) problems.push(`header tool ${name} breaks onto two lines (${Math.round(box.height)}px high)`);
    }
    return problems;
  });
}

describe('screenshots at the four sizes, in both languages', () => {
  for (const language of LANGUAGES) {
    for (const size of SIZES) {
      test(`${language.code} at ${size.width}×${size.height}: the overview and a selection fit`, async () => {
        const { page } = await session.open('', { viewport: size, locale: language.locale });
        await waitForMapIdle(page);
        expect(await page.getByRole('searchbox', { name: language.search }).isVisible()).toBe(true);
        await page.screenshot({ path: `${SCREENSHOTS}/layout-${language.code}-${size.width}x${size.height}-overview.png` });
        expect(await clipped(page)).toEqual([]);

        await page.evaluate(() => (window.location.hash = '#place=nouakchott'));
        await page.locator('[data-card="place"]').waitFor();
        await waitForMapIdle(page);
        await page.screenshot({ path: `${SCREENSHOTS}/layout-${language.code}-${size.width}x${size.height}-selection.png` });
        expect(await clipped(page)).toEqual([]);
        const card = await page.locator('[data-card="place"]').boundingBox();
        expect(card && card.width > 0 && card.x >= 0 && card.x + card.width <= size.width + 0.5, 'the card is inside the viewport').toBe(true);
      });
    }
  }
});
