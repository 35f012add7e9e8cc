/**
 * Reviewing an incident in Debian's Chromium against the built app: in review mode, the incident's
 * card can be accepted, edited (codebook lists in French, a place of the article, a gazetteer
 * entry, a click on the map, the date and its precision) and undone, and what is saved survives a
 * reload and the separate-files export and import.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { projectToPage, waitForMapIdle } from './browser';
import { SCREENSHOTS, articleIdsInList, browserSession, closeDialog, openDialog } from './session';

const ABDUCTION = 'Enlèvement près de Fassala\n\nMardi, des hommes armés ont enlevé deux bergers près de Fassala, selon des habitants.\n';

/** Opens `text` as an article published on `date`, and returns its id once its panel shows. */
async function openDated(page: Page, text: string, date: string): Promise<string> {
  const before = await articleIdsInList(page);
  const dialog = await openDialog(page);
  await dialog.locator('textarea').fill(text);
  await dialog.getByLabel('Date de publication').fill(date);
  await dialog.getByRole('button', { name: 'Placer sur la carte' }).click();
  await dialog.locator('.open-result').waitFor();
  await expect.poll(async () => (await articleIdsInList(page)).length).toBe(before.length + 1);
  const id = (await articleIdsInList(page)).find((candidate) => !before.includes(candidate))!;
  await closeDialog(page);
  return id;
}

/** The shown incident's geometry and place, as the dashboard's map draws it. */
async function incidentOnMap(page: Page, incidentId: string) {
  return page.evaluate(async (id) => {
    const source = window.borderBrief!.map!.getSource('incidents') as unknown as { getData(): Promise<{ features: Array<{ geometry: { type: string } | null; properties: Record<string, unknown> }> }> };
    const data = await source.getData();
    return data.features.filter((f) => f.properties.id === id).map((f) => ({ type: f.geometry?.type ?? null, lng: Math.round(((f.geometry as unknown as { coordinates: number[] }).coordinates.flat(2)[0] as number) * 10) / 10 }));
  }, incidentId);
}

const session = browserSession();

describe('incident review', () => {
  test('an incident is edited in review mode, its earlier coding kept, and the edit survives a reload', async () => {
    const { page, pageErrors } = await session.open('#incident=abductions-border');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Relire les lieux' }).click();
    const card = page.locator('[data-card="incident"][data-incident-id="abductions-border"]');
    const review = card.locator('.incident-review');
    await review.waitFor();
    await review.getByRole('button', { name: 'Modifier' }).click();
    const form = review.locator('form.incident-form');
    // The codebook's lists speak French; the data keep the codebook's English.
    expect(await form.locator('select[name="event_type"] option[value="Violence against civilians"]').textContent()).toBe('Violence contre des civils');
    await form.locator('select[name="sub_event_type"]').selectOption('Attack');
    await form.locator('input[name="fatalities"]').fill('deux');
    await form.getByRole('button', { name: 'Enregistrer l’incident' }).click();
    await expect.poll(() => review.getByRole('alert').textContent()).toMatch(/whole number/);
    await form.locator('input[name="fatalities"]').fill('2');
    await form.getByRole('button', { name: 'Enregistrer l’incident' }).click();
    await expect.poll(() => review.getAttribute('data-incident-status')).toBe('accepted');
    expect(await card.textContent()).toMatch(/Attaque/);
    expect(await review.textContent()).toMatch(/proposition du codeur conservée/);
    await page.locator('[data-save-status="saved"]').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/incident-review.png` });

    await page.reload();
    await waitForMapIdle(page);
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Attaque/);
    expect(await card.locator('.facts').textContent()).toMatch(/2/);
    expect(pageErrors).toEqual([]);
  });

  test('words selected in the article become a new incident, opened for review', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Relire les lieux' }).click();
    const before = await page.locator('.entity-list [data-incident-id]').count();
    // Select « rencontres politiques » in paragraph 3, as a mouse would, then release.
    await page.evaluate(() => {
      const text = document.querySelector('.article-text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('rencontres politiques');
        if (at < 0) continue;
        window.getSelection()!.setBaseAndExtent(node, at, node, at + 'rencontres politiques'.length);
        text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    });
    const addCard = page.locator('[data-card="add-mention"]');
    await addCard.getByRole('button', { name: 'Ajouter un incident à partir de ces mots' }).click();
    const card = page.locator('[data-card="incident"][data-incident-id="added-1"]');
    await card.waitFor();
    expect(await card.locator('.incident-review').getAttribute('data-incident-status')).toBe('accepted');
    await expect.poll(() => page.locator('.entity-list [data-incident-id]').count()).toBe(before + 1);
    await page.screenshot({ path: `${SCREENSHOTS}/incident-added-from-words.png` });
    expect(pageErrors).toEqual([]);
  });

  test('an incident is placed at a gazetteer entry, then by a click on the map; both survive a reload and the separate files', async () => {
    const first = await session.open('');
    const { page, pageErrors } = first;
    await waitForMapIdle(page);
    const articleId = await openDated(page, ABDUCTION, '2024-06-01');
    await page.getByRole('button', { name: 'Relire les lieux' }).click();
    const listed = page.locator('.entity-list [data-incident-id^="proposed-"]').first();
    await listed.waitFor();
    const incidentId = (await listed.getAttribute('data-incident-id'))!;
    await listed.click();
    const card = page.locator(`[data-card="incident"][data-incident-id="${incidentId}"]`);
    const review = card.locator('.incident-review');
    await review.getByRole('button', { name: 'Modifier' }).click();
    const form = review.locator('form.incident-form');

    // A gazetteer entry the article does not name, found by the middle of its name, accents aside.
    const picker = form.getByRole('combobox', { name: 'Ou une entrée du répertoire de lieux' });
    await picker.fill('bassik');
    const option = form.getByRole('option', { name: /^Bassikounou/ });
    await option.waitFor();
    // The best match is active as the list opens: Enter takes it.
    expect(await picker.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await card.screenshot({ path: `${SCREENSHOTS}/incident-gazetteer-picker.png` });
    await picker.press('Enter');
    expect(await form.locator('select[name="place"]').inputValue()).toBe('bassikounou');
    await form.getByRole('button', { name: 'Enregistrer l’incident' }).click();
    await expect.poll(() => card.locator('.facts').textContent()).toMatch(/Bassikounou/);
    await expect.poll(() => incidentOnMap(page, incidentId)).toEqual([{ type: 'Point', lng: -5.9 }]); // Bassikounou, no longer Fassala (-5.5)

    // Then by a click on the map, at precision 2: the zone of that precision around the point.
    const clicked: [number, number] = [-6.2, 15.3];
    const CLICKED_AT = /15\.[23]\d*, -6\.[12]\d*/; // a pixel's worth of rounding either way
    const formAgain = review.locator('form.incident-form');
    if (!(await formAgain.isVisible())) await review.getByRole('button', { name: 'Modifier' }).click();
    await formAgain.locator('select[name="geo_precision"]').selectOption('2');
    // Esc leaves placing mode and keeps the incident open.
    await formAgain.getByRole('button', { name: 'Placer sur la carte' }).click();
    await formAgain.getByRole('status').filter({ hasText: 'Échap pour annuler' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => formAgain.getByRole('button', { name: 'Placer sur la carte' }).getAttribute('aria-pressed')).toBe('false');
    await card.waitFor();
    await formAgain.getByRole('button', { name: 'Placer sur la carte' }).click();
    await waitForMapIdle(page);
    const at = await projectToPage(page, clicked);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => card.locator('.facts').textContent()).toMatch(CLICKED_AT);
    await expect.poll(() => incidentOnMap(page, incidentId)).toMatchObject([{ type: 'Polygon' }]); // the 25 km zone of precision 2 around the click
    expect(await review.textContent()).toMatch(/proposition du codeur conservée/);
    await page.locator('[data-save-status="saved"]').first().waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/incident-placed-by-click.png` });

    // Undo puts the gazetteer entry back; the click is done again for what follows.
    await review.getByRole('button', { name: 'Annuler' }).first().click();
    await expect.poll(() => card.locator('.facts').textContent()).toMatch(/Bassikounou/);
    const formThird = review.locator('form.incident-form');
    if (!(await formThird.isVisible())) await review.getByRole('button', { name: 'Modifier' }).click();
    await formThird.locator('select[name="geo_precision"]').selectOption('2');
    await formThird.getByRole('button', { name: 'Placer sur la carte' }).click();
    const again = await projectToPage(page, clicked);
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => card.locator('.facts').textContent()).toMatch(CLICKED_AT);
    await page.locator('[data-save-status="saved"]').first().waitFor();

    await page.reload();
    await waitForMapIdle(page);
    // The article is kept in this browser; the dashboard opens on the seed, so it is chosen again.
    await page.locator(`.article-switcher button[data-article-id="${articleId}"]`).click();
    await page.locator(`.entity-list [data-incident-id="${incidentId}"]`).click();
    await expect.poll(() => card.locator('.facts').textContent()).toMatch(CLICKED_AT);

    // The separate files, downloaded and opened in a browser that has never seen the article.
    const panel = page.locator(`section.article-panel[data-article-id="${articleId}"]`);
    await panel.locator('.export-menu summary').click();
    const downloads: Array<{ name: string; buffer: Buffer }> = [];
    page.on('download', (download) => void download.path().then((path) => downloads.push({ name: download.suggestedFilename(), buffer: readFileSync(path!) })));
    await panel.getByRole('button', { name: /Fichiers séparés/ }).click();
    await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(7);
    expect(downloads.map((d) => d.name.slice(articleId.length)).sort()).toEqual(['.annotations.jsonld', '.incidents.csv', '.incidents.geojson', '.mentions.csv', '.meta.json', '.places.geojson', '.txt']);
    const csv = downloads.find((d) => d.name.endsWith('.incidents.csv'))!.buffer.toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFevent_id_cnty,event_date,year,time_precision,disorder_type/);
    expect(csv).toMatch(/,15\.[23]\d*,-6\.[12]\d*,2,/);

    const second = await session.open('');
    await waitForMapIdle(second.page);
    expect(await articleIdsInList(second.page)).not.toContain(articleId);
    const dialog = await openDialog(second.page);
    await dialog.locator('input[type="file"]').setInputFiles(downloads.map((d) => ({ name: d.name, mimeType: 'application/octet-stream', buffer: d.buffer })));
    await dialog.locator('.open-result').waitFor();
    await expect.poll(() => articleIdsInList(second.page)).toContain(articleId);
    await closeDialog(second.page);
    await second.page.getByRole('button', { name: 'Relire les lieux' }).click();
    await second.page.locator(`.entity-list [data-incident-id="${incidentId}"]`).click();
    const imported = second.page.locator(`[data-card="incident"][data-incident-id="${incidentId}"]`);
    await expect.poll(() => imported.locator('.facts').textContent()).toMatch(CLICKED_AT);
    expect(await imported.locator('.incident-review').getAttribute('data-incident-status')).toBe('accepted');
    expect(await imported.locator('.incident-review').textContent()).toMatch(/proposition du codeur conservée/);
    expect(pageErrors).toEqual([]);
    expect(second.pageErrors).toEqual([]);
  });
});
