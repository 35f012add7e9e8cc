/**
 * Bug 2, in Debian's Chromium against the built app: a slide made from an opened article showed
 * another article's map (the seed's incidents, none of the opened article's places), and that
 * article's draft briefing had a single slide. An analyst opens the Bassikounou article, selects
 * Fassala, adds a slide from the view and presents it: the presentation's map must show Fassala
 * and no incident of the seed.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, waitForMapIdle, type RecordedPage } from './browser';

const BASSIKOUNOU = readFileSync('tests/fixtures/devset/01-cridem-bassikounou.fr.txt', 'utf8');

let browser: Browser;
const pages: RecordedPage[] = [];
const baseUrl = inject('baseUrl');

/** Pastes `text` into « Ouvrir un article… », waits until it is the shown article, and closes the dialog. */
async function pasteArticle(page: Page, text: string): Promise<string> {
  const ids = () => page.locator('.article-switcher button[data-article-id]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-article-id')!));
  const before = await ids();
  await page.getByRole('button', { name: 'Ouvrir un article…' }).click();
  const dialog = page.locator('dialog.open-dialog');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('textarea').fill(text);
  await dialog.getByRole('button', { name: 'Placer sur la carte' }).click();
  await dialog.locator('.open-result').waitFor();
  await expect.poll(async () => (await ids()).length).toBe(before.length + 1);
  const id = (await ids()).find((candidate) => !before.includes(candidate))!;
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator(`section.article-panel[data-article-id="${id}"]`).waitFor();
  return id;
}

/** What the presentation's map draws, once it has drawn its latest data: article places and incidents. */
async function presentationMapContent(page: Page): Promise<{ articlePlaces: string[]; incidents: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ articlePlaces: string[]; incidents: string[] }>((resolve) => {
        const map = window.borderBriefPresentation!.map;
        const read = () => ({
          articlePlaces: [...new Set(map.queryRenderedFeatures({ layers: ['article-places-circle'] }).map((feature) => String(feature.properties.place_id)))].sort(),
          incidents: [...new Set(map.querySourceFeatures('incidents').map((feature) => String(feature.properties.id)))],
        });
        if (map.loaded() && map.isSourceLoaded('article-places') && map.isSourceLoaded('incidents')) resolve(read());
        else map.once('idle', () => resolve(read()));
      }),
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a briefing of an opened article', () => {
  test('a slide added from the view of an opened article’s place shows that article’s map: its place, not the seed’s incidents', async () => {
    const recorded = await openPage(browser, baseUrl);
    pages.push(recorded);
    const { page, pageErrors } = recorded;
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const id = await pasteArticle(page, BASSIKOUNOU);

    await page.locator(`section.article-panel[data-article-id="${id}"] mark[data-place-id="fassala"] a`).first().click();
    await expect.poll(() => page.url()).toContain('place=fassala');
    await waitForMapIdle(page);


    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    const titles = () => page.locator('.slide-title-input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    // The opened article's draft is more than its region: its proposed incidents follow.
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(1);
    const draftLength = (await titles()).length;

    // The map frames Fassala a frame after the selection: read its view once it has stopped moving.
    await expect.poll(() => page.evaluate(() => !window.borderBrief!.map!.isMoving() && window.borderBrief!.map!.loaded())).toBe(true);
    const dashboardCenter = await page.evaluate(() => window.borderBrief!.map!.getCenter().toArray());
    await page.getByRole('button', { name: /Ajouter une diapositive/ }).click();
    await expect.poll(titles).toEqual(expect.arrayContaining(['Fassala']));
    expect((await titles()).at(-1)).toBe('Fassala');

    await page.getByRole('button', { name: /Présenter$/ }).click();
    await page.waitForSelector('[data-testid="slide"][data-slide-index="0"][data-settled="true"]', { timeout: 30_000 });
    await page.keyboard.press('End');
    await page.waitForSelector(`[data-testid="slide"][data-slide-index="${draftLength}"][data-settled="true"]`, { timeout: 30_000 });
    expect(await page.locator('[data-testid="slide"] .slide-title').textContent()).toBe('Fassala');

    // The slide keeps the dashboard's view of Fassala (read through the adapter, not the test handle).
    const slideCenter = await page.evaluate(() => window.borderBriefPresentation!.map.getCenter().toArray());
    expect(Math.hypot(slideCenter[0]! - dashboardCenter[0]!, slideCenter[1]! - dashboardCenter[1]!)).toBeLessThan(0.01);

    const content = await presentationMapContent(page);
    expect(content.articlePlaces).toContain('fassala');
    // Only the opened article's own incidents: none of the seed's.
    const seedIncidentIds = (JSON.parse(readFileSync('data/articles/kessiya-2024-05-mali-mauritanie/incidents.geojson', 'utf8')) as { features: Array<{ properties: { id: string } }> }).features.map((feature) => feature.properties.id);
    expect(content.incidents.filter((incidentId) => seedIncidentIds.includes(incidentId))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('no request left 127.0.0.1', () => {
    expect(pages.flatMap((recorded) => recorded.foreignRequests)).toEqual([]);
  });
});
