/**
 * What a screen reader hears and what a keyboard user sees, in Debian's Chromium against the
 * built app: a selection is said in a few words (its name and count, never the whole card), the
 * map has a text alternative in the interface's language that follows the selection, and every
 * stop of the Tab order shows a focus ring, the map's included.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { browserSession } from './session';

const { open } = browserSession();

async function openReady(hash = '', options: Parameters<typeof open>[1] = {}) {
  const recorded = await open(hash, options);
  await waitForMapIdle(recorded.page);
  return recorded;
}

const announced = (page: Page) => page.getByTestId('selection-announcer').textContent();
const mapDescription = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!;
    return { name: map.getAttribute('aria-label'), description: document.getElementById(map.getAttribute('aria-describedby')!)?.textContent ?? null };
  });

describe('screen reader and focus', () => {
  test('a selection is said as its name and count, not the card; clearing it says « Vue d’ensemble »', async () => {
    const { page } = await openReady();
    // A polite live region, read whole: the words of the announcement only.
    expect(await page.getByTestId('selection-announcer').evaluate((el) => [el.getAttribute('role'), el.getAttribute('aria-live'), el.getAttribute('aria-atomic')])).toEqual(['status', 'polite', 'true']);
    expect(await announced(page)).toBe('');

    await page.locator('.entity-list [data-place-id="nouakchott"]').first().click();
    await page.locator('[data-card="place"]').waitFor();
    await expect.poll(() => announced(page)).toBe('Nouakchott, 3 mentions');
    const card = (await page.locator('[data-card="place"]').innerText()).length;
    expect(card, 'the card is long; the announcement is not').toBeGreaterThan(200);
    // The card itself is not a live region: it would be read whole on every change.
    expect(await page.locator('[data-card="place"]').evaluate((el) => el.closest('[aria-live]') === null)).toBe(true);

    await page.locator('.entity-list [data-incident-id]').first().click();
    await page.locator('[data-card="incident"]').waitFor();
    await expect.poll(() => announced(page)).toMatch(/^Incident\s:\s.{5,120}$/);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-card]').count()).toBe(0);
    await expect.poll(() => announced(page)).toBe('Vue d’ensemble');
  });

  test('the map’s text alternative says what is drawn and selected, in French and then in English', async () => {
    const { page } = await openReady('#place=nouakchott');
    await page.locator('[data-card="place"]').waitFor();
    const fr = await mapDescription(page);
    expect(fr.name).toBe('Carte de la frontière Mali–Mauritanie');
    expect(fr.description).toMatch(/^La région frontalière Mali–Mauritanie, \d+ lieux et \d+ incidents des articles affichés\. Sélection\s:\sNouakchott, 3 mentions\./);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => (await mapDescription(page)).description).toMatch(/^The Mali–Mauritania border region, \d+ places and \d+ incidents from the shown articles\. Selected: Nouakchott, 3 mentions\./);
    expect((await mapDescription(page)).name).toBe('Map of the Mali–Mauritania border');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await mapDescription(page)).description).toContain('Nothing selected.');
  });

  test('every stop of the Tab order shows a focus ring, the map’s included', async () => {
    const { page } = await openReady();
    const seen: string[] = [];
    const missing: string[] = [];
    for (let press = 0; press < 90; press++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none';
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} «${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}»`;
        return { name, isVisible: outline || shadow, isMap: element.closest('[data-testid="map"]') !== null };
      });
      if (!stop) continue;
      seen.push(stop.name);
      if (!stop.isVisible) missing.push(stop.name);
    }
    expect(seen.length).toBeGreaterThan(40);
    expect(seen.some((name) => /canvas|div\.map/.test(name)), `the Tab order reached: ${seen.join(' | ')}`).toBe(true);
    expect(missing, 'stops without a visible focus ring').toEqual([]);
  });
});
