/**
 * Nothing is lost by a click, in Debian's Chromium against the built app: removing an opened
 * article asks first and can be undone (corrections included), and its details (title, outlet,
 * date) can be corrected after opening, surviving a reload.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { waitForMapIdle, type RecordedPage } from './browser';
import { SCREENSHOTS, articleIdsInList, browserSession, closeDialog, pasteArticle } from './session';

const BASSIKOUNOU = readFileSync('tests/fixtures/devset/01-cridem-bassikounou.fr.txt', 'utf8');
const session = browserSession();

async function open(): Promise<RecordedPage> {
  const recorded = await session.open('');
  await waitForMapIdle(recorded.page);
  return recorded;
}

describe('an opened article’s life', () => {
  test('removing asks first, and the removal can be undone', async () => {
    const { page, pageErrors } = await open();
    const id = await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    const panel = page.locator(`section.article-panel[data-article-id="${id}"]`);
    await panel.locator('[data-save-status="saved"]').waitFor();

    await panel.getByRole('button', { name: 'Retirer de ce navigateur' }).click();
    const confirm = panel.getByRole('alertdialog');
    await expect.poll(() => confirm.textContent()).toMatch(/Retirer «\u00a0.+\u00a0» de ce navigateur, avec ses corrections/);
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    expect(await articleIdsInList(page)).toContain(id);

    await panel.getByRole('button', { name: 'Retirer de ce navigateur' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Retirer', exact: true }).click();
    await expect.poll(() => articleIdsInList(page)).not.toContain(id);
    const notice = page.locator('.removed-notice');
    await page.screenshot({ path: `${SCREENSHOTS}/article-removed-undo.png` });
    await notice.getByRole('button', { name: 'Annuler le retrait' }).click();
    await expect.poll(() => articleIdsInList(page)).toContain(id);
    await page.locator(`section.article-panel[data-article-id="${id}"] [data-save-status="saved"]`).waitFor();

    // The article is back in storage too: it is there after a reload.
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => articleIdsInList(page)).toContain(id);
    expect(pageErrors).toEqual([]);
  });

  test('the title, outlet and date can be corrected after opening, and the correction is kept', async () => {
    const { page, pageErrors } = await open();
    const id = await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    const panel = page.locator(`section.article-panel[data-article-id="${id}"]`);
    await panel.getByRole('button', { name: 'Corriger les détails' }).click();
    const form = panel.locator('form.details-form');
    await form.locator('input[name="published"]').fill('05/06/2024');
    await form.getByRole('button', { name: 'Enregistrer les détails' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/AAAA-MM-JJ/);

    await form.locator('input[name="title"]').fill('Bassikounou : l’afflux de réfugiés continue');
    await form.locator('input[name="outlet"]').fill('Cridem');
    await form.locator('input[name="published"]').fill('2024-06-01');
    await form.getByRole('button', { name: 'Enregistrer les détails' }).click();
    await expect.poll(() => panel.locator('.article-title').textContent()).toBe('Bassikounou : l’afflux de réfugiés continue');
    expect(await panel.locator('.article-source').textContent()).toMatch(/Cridem · Publié 1er juin 2024/);
    await panel.locator('[data-save-status="saved"]').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/article-details-corrected.png` });

    await page.reload();
    await waitForMapIdle(page);
    await page.locator(`.article-switcher button[data-article-id="${id}"]`).click();
    await expect.poll(() => page.locator(`section.article-panel[data-article-id="${id}"] .article-title`).textContent()).toBe('Bassikounou : l’afflux de réfugiés continue');
    expect(pageErrors).toEqual([]);
  });
});
