/**
 * axe-core with the WCAG 2.2 A and AA rules on every view of the app, in Debian's Chromium against
 * the built app: the overview (in both languages), a selection, the open dialog, review mode, the
 * help panel, the chooser where a click falls on several things, placing a mention on the map, the
 * briefing editor, the presentation and the presenter window. A violation is reported with the
 * elements it was found on, so the failure says what to fix.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { pointInsideZoneOnly, waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession, openDialog } from './session';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BRIEFING_ID = 'kessiya-2024-05-mali-mauritanie';

const session = browserSession();

/** Every WCAG 2.2 AA violation on the page (or inside `include`), one line per rule with the elements it hit. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

async function openReady(hash = '', options: Parameters<typeof session.open>[1] = {}) {
  const recorded = await session.open(hash, options);
  await waitForMapIdle(recorded.page);
  return recorded;
}

describe('axe with the WCAG 2.2 AA rules finds nothing', () => {
  test('on the overview, in French', async () => {
    const { page } = await openReady();
    expect(await violations(page)).toEqual([]);
  });

  test('on the overview, in English', async () => {
    const { page } = await openReady('', { locale: 'en-GB' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await violations(page)).toEqual([]);
  });

  test('on a selected place and a selected incident', async () => {
    const { page } = await openReady('#place=nouakchott');
    await page.locator('[data-card="place"]').waitFor();
    expect(await violations(page)).toEqual([]);
    const firstIncident = page.locator('button[data-incident-id]').first();
    await firstIncident.click();
    await page.locator('[data-card="incident"]').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  test('on a tablet’s one-column layout (768×1024), with a place selected (the side panel scrolls by itself there)', async () => {
    const { page } = await openReady('#place=nouakchott', { viewport: { width: 768, height: 1024 } });
    await page.locator('[data-card="place"]').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  test('on the open dialog', async () => {
    const { page } = await openReady();
    await openDialog(page);
    expect(await violations(page)).toEqual([]);
  });

  test('in review mode, with a mention under review', async () => {
    const { page } = await openReady();
    await page.getByRole('button', { name: 'Relire les lieux' }).click();
    await page.locator('.article-text.is-reviewing mark[data-annotation-id] a').first().click();
    await page.locator('[data-card="mention"]').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  test('on the help panel and its shortcut sheet, opened by ?', async () => {
    const { page } = await openReady();
    await page.keyboard.press('?');
    await page.getByTestId('help-panel').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${SCREENSHOTS}/axe-help.png` });
    expect(await violations(page)).toEqual([]);
  });

  test('on the chooser where a click falls on several incidents', async () => {
    const { page } = await openReady();
    const point = await pointInsideZoneOnly(page);
    expect(point.incidents.length).toBeGreaterThan(1);
    await page.mouse.click(point.x, point.y);
    await page.locator('.feature-chooser').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/axe-chooser.png` });
    expect(await violations(page)).toEqual([]);
  });

  test('while placing a mention on the map', async () => {
    const { page } = await openReady();
    await page.getByRole('button', { name: 'Relire les lieux' }).click();
    await page.locator('.article-text.is-reviewing mark[data-annotation-id] a').first().click();
    const card = page.locator('[data-card="mention"]');
    await card.getByRole('button', { name: 'Placer sur la carte' }).click();
    await page.getByTestId('placing-cross').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/axe-placing.png` });
    expect(await violations(page)).toEqual([]);
  });

  test('on the briefing editor', async () => {
    const { page } = await openReady();
    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    await page.locator('[data-testid="briefing-panel"]').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  test('on the presentation, in both themes', async () => {
    const { page } = await openReady();
    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    await page.getByRole('button', { name: /Présenter$/ }).click();
    await page.waitForSelector('[data-testid="slide"][data-slide-index="0"][data-settled="true"]', { timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Contraste' }).click();
    expect(await violations(page)).toEqual([]);
  });

  test('on the presenter window', async () => {
    const { page } = await session.open(`#brief=${BRIEFING_ID}&slide=1&presenter=1`);
    await page.waitForSelector('[data-testid="presenter-view"]');
    await page.waitForSelector('[data-testid="presenter-next-map"][data-settled="true"]', { timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
  });
});
