/**
 * The analyst's filters, ACLED matches and filtered slides, in Debian's Chromium against the built
 * app: actor, sub-event type and precision filters narrow the lists and dim the article's marks,
 * live in the address and survive a reload; the tricky ACLED fixture's event and a pasted
 * article's incident link to each other from their cards; a slide added with filters presents a
 * map with only what they allow (features counted), leaves the dashboard's own filters as they
 * were, and its PDF page says which filters it applied. The ACLED rows are SYNTHETIC.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession, closeDialog, pasteArticle } from './session';

const session = browserSession();
const BRIEFING_ID = 'kessiya-2024-05-mali-mauritanie';
const seedSlides = (JSON.parse(readFileSync(`data/briefings/${BRIEFING_ID}.json`, 'utf8')) as { slides: unknown[] }).slides.length;
const NIORO = `Des affrontements près de la frontière mauritanienne

Nioro du Sahel, 10 mai 2024 — Le 9 mai 2024, des affrontements ont opposé l'armée malienne à un groupe armé à Nioro du Sahel, à une centaine de kilomètres de la frontière avec la Mauritanie, selon des sources locales.`;

const shown = (page: Page) => page.locator('.timeline-count').getAttribute('data-shown');
const box = (page: Page, name: string, value: string) => page.locator(`.filter-panel input[name="${name}"][value="${value}"]`);

describe('the analyst’s filters', () => {
  test('actor, sub-event type and precision filters narrow the lists, dim the marks, live in the address and survive a reload', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    await page.locator('.filter-panel summary').click();
    await box(page, 'sub', 'Other').check();
    await expect.poll(() => shown(page)).toBe('3'); // two ministerial meetings and the visit
    await box(page, 'time', '1').check();
    await expect.poll(() => shown(page)).toBe('1'); // the visit is the one known to the day
    await box(page, 'geo', '1').check();
    const actor = page.getByRole('combobox', { name: 'Acteur' });
    await actor.fill('forces of mali');
    await actor.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/sub=Other&actor=forces\+of\+mali&geo=1&time=1/);
    expect(await shown(page)).toBe('1');
    expect(await page.locator('.entity-list button[data-incident-id]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-incident-id')))).toEqual(['military-delegation-visit-nouakchott']);
    // The marks of incidents filtered out are dimmed, and say so; none is removed.
    const dimmed = page.locator('mark.mention[data-outside-filters="true"]');
    expect(await dimmed.count()).toBeGreaterThan(0);
    expect(await page.locator('mark[data-place-id]').count()).toBe(22);
    expect(await dimmed.first().locator('a').getAttribute('aria-description')).toBe('hors des filtres ou de la période affichés');
    // A tall window, so the side panel shows the whole filter panel without scrolling.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width, height: 2400 });
    await page.locator('.filter-panel').screenshot({ path: `${SCREENSHOTS}/filter-panel.png` });
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SCREENSHOTS}/filters-dimmed-marks.png` });

    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => box(page, 'sub', 'Other').isChecked()).toBe(true);
    expect(await box(page, 'time', '1').isChecked()).toBe(true);
    expect(await box(page, 'geo', '1').isChecked()).toBe(true);
    expect(await page.locator('.filter-chip[data-actor="forces of mali"]').count()).toBe(1);
    expect(await shown(page)).toBe('1');
    await page.getByRole('button', { name: 'Retirer l’acteur « forces of mali »' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toMatch(/actor=/);
    expect(pageErrors).toEqual([]);
  });

  test('an article incident and the ACLED event it is link to each other from their cards', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    await page.getByLabel('Ouvrir un export ACLED (CSV)…').setInputFiles({ name: 'tricky.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/acled/tricky.csv') });
    await page.locator('.event-layers .open-result').waitFor();
    await pasteArticle(page, NIORO);
    await closeDialog(page);
    const battle = page.locator('.entity-list button[data-incident-id]').first();
    const incidentId = (await battle.getAttribute('data-incident-id'))!;
    await battle.click();
    const card = page.locator(`[data-card="incident"][data-incident-id="${incidentId}"]`);
    await card.waitFor();
    // SYN0001 is the same day at the same town; SYN0002 (the month, the region) and SYN0012 (the week, near the town) overlap it too.
    const toEvent = card.locator('.incident-matches a[data-match-id="SYN0001"]');
    await toEvent.waitFor();
    expect(await card.locator('.incident-matches a[data-match-id]').evaluateAll((links) => links.map((a) => a.getAttribute('data-match-id')).sort())).toEqual(['SYN0001', 'SYN0002', 'SYN0012']);
    expect(await card.locator('.incident-matches').textContent()).toMatch(/9 mai 2024 · à \d+ km \(tolérance 5 km\)/);
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width, height: 2400 });
    await card.screenshot({ path: `${SCREENSHOTS}/card-with-match.png` });

    await toEvent.click();
    const eventCard = page.locator('[data-card="incident"][data-incident-id="SYN0001"]');
    await eventCard.waitFor();
    expect(await page.evaluate(() => window.location.hash)).toContain('incident=SYN0001');
    expect(await eventCard.locator('h2').textContent()).toMatch(/Événement ACLED SYN0001/);
    const back = eventCard.locator(`.incident-matches a[data-match-id="${incidentId}"]`);
    expect(await back.textContent()).toBeTruthy();
    await eventCard.screenshot({ path: `${SCREENSHOTS}/acled-card-with-match.png` });
    await page.setViewportSize(viewport);
    await back.click();
    await page.locator(`[data-card="incident"][data-incident-id="${incidentId}"]`).waitFor();
    expect(pageErrors).toEqual([]);
  });
});

describe('a slide with filters', () => {
  test('presents only what its filters allow, leaves the dashboard’s filters alone, and its PDF page says them', { timeout: 300_000 }, async () => {
    const { page, pageErrors } = await session.open('#side=mauritania');
    await waitForMapIdle(page);
    await expect.poll(() => shown(page)).toBe('2');
    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    await page.getByRole('button', { name: /Ajouter une diapositive/ }).click();
    const number = seedSlides + 1;
    const editor = page.locator('.briefing-slides > li').nth(number - 1).locator('.slide-filters-editor');
    await expect.poll(() => editor.getAttribute('data-slide-filters')).toBe('set');
    await editor.locator('summary').click();
    expect((await editor.locator('.hint').textContent())!.replace(/\s+/g, ' ')).toBe('Filtres : côté mauritanien');
    await editor.locator('input[name="from"]').fill('2024-05-01');
    await expect.poll(async () => (await editor.locator('.hint').textContent())!.replace(/\s+/g, ' ')).toBe('Filtres : depuis le 1er mai 2024, côté mauritanien');

    // The dashboard goes back to everything; the slide keeps its own filters.
    await page.getByRole('button', { name: 'Tout réinitialiser' }).click();
    await expect.poll(() => shown(page)).toBe('6');
    await page.getByRole('button', { name: `Présenter depuis cette diapositive ${number}` }).click();
    await page.waitForSelector(`[data-testid="slide"][data-slide-index="${number - 1}"][data-settled="true"]`, { timeout: 30_000 });
    const count = page.getByTestId('slide-incident-count');
    expect(await count.getAttribute('data-shown')).toBe('2');
    expect(await count.getAttribute('data-total')).toBe('6');
    expect((await page.getByTestId('slide-filters').textContent())!.replace(/\s+/g, ' ')).toBe('Filtres : depuis le 1er mai 2024, côté mauritanien');
    const drawnIds = () => page.evaluate(() => [...new Set(window.borderBriefPresentation!.map.querySourceFeatures('incidents').map((f) => String(f.properties.id)))].sort());
    await expect.poll(drawnIds, { timeout: 20_000 }).toEqual(['military-delegation-visit-nouakchott', 'ministerial-meeting-nouakchott']);
    await page.screenshot({ path: `${SCREENSHOTS}/slide-with-filters.png` });

    // The presenter window says the current slide's filters too.
    const presenter = await page.context().newPage();
    await presenter.goto(`${session.baseUrl}#brief=${BRIEFING_ID}&slide=${number}&presenter=1`);
    await presenter.waitForSelector('[data-testid="presenter-view"]');
    await expect.poll(async () => (await presenter.locator('.presenter-current [data-testid="slide-filters"]').textContent())?.replace(/\s+/g, ' ')).toBe('Filtres : depuis le 1er mai 2024, côté mauritanien');
    await presenter.close();

    // The meetings slide (5) has no filters: Bamako's meeting and the border's incidents are drawn too.
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="slide"][data-slide-index="4"][data-settled="true"]', { timeout: 30_000 });
    await expect.poll(async () => (await drawnIds()).length, { timeout: 20_000 }).toBeGreaterThan(2);
    expect(await page.getByTestId('slide-incident-count').count()).toBe(0);

    await page.keyboard.press('Escape');
    await page.locator('.presentation').waitFor({ state: 'detached' });
    expect(await shown(page)).toBe('6');
    expect(await page.evaluate(() => window.location.hash)).not.toMatch(/side=|from=/);

    const downloading = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'PDF', exact: true }).click();
    const path = 'test-results/briefing-with-filters.pdf';
    await (await downloading).saveAs(path);
    const lastPage = execFileSync('pdftotext', ['-f', String(number), '-l', String(number), path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(lastPage).toContain('Filtres : depuis le 1er mai 2024, côté mauritanien');
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
    expect(firstPage).not.toContain('Filtres');
    expect(pageErrors).toEqual([]);
  });
});
