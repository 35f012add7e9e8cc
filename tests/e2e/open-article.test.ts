/**
 * Opening a new article in the dashboard, as an analyst does it, in Debian's Chromium against the
 * built app: paste or pick a file, watch it geoparse, see it beside the map and on it, correct it
 * in review mode, reload, export it and import it elsewhere. Every request of every page is
 * recorded, and a test fails if its pages asked for any other host than 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePlacesOnMap, waitForMapIdle, type RecordedPage } from './browser';
import { SCREENSHOTS, articleIdsInList, browserSession, closeDialog, openDialog, pasteArticle } from './session';

const DEVSET = 'tests/fixtures/devset';
const BASSIKOUNOU = readFileSync(`${DEVSET}/01-cridem-bassikounou.fr.txt`, 'utf8');
/** The devset's Nara article, saved as Windows-1252 (« é » is one byte 0xE9, « ’ » is 0x92). */
const NARA_CP1252 = readFileSync('tests/fixtures/open-article/nara.windows-1252.txt');
/** A PNG's first bytes: a signature, then NUL bytes, as any binary file has. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);

const session = browserSession();

/** A page in a browser context of its own (an empty IndexedDB), with the map ready. */
async function open(options: Parameters<typeof session.newPage>[0] = {}): Promise<RecordedPage> {
  const recorded = await session.open('', options);
  await waitForMapIdle(recorded.page);
  return recorded;
}

interface MarkState {
  annotationId: string;
  placeId: string;
  status: string;
  text: string;
}

async function marksOf(page: Page, articleId: string): Promise<MarkState[]> {
  return page.locator(`section.article-panel[data-article-id="${articleId}"] mark[data-annotation-id]`).evaluateAll((marks) =>
    marks.map((mark) => ({
      annotationId: mark.getAttribute('data-annotation-id')!,
      placeId: mark.getAttribute('data-place-id')!,
      status: [...mark.classList].find((name) => name.startsWith('status-')) ?? '',
      text: mark.textContent ?? '',
    })),
  );
}

async function startReview(page: Page) {
  const toggle = page.getByRole('button', { name: 'Relire les lieux' });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
}

async function openMentionCard(page: Page, annotationId: string) {
  await page.locator(`mark[data-annotation-id="${annotationId}"] a`).click();
  const card = page.locator(`[data-card="mention"][data-annotation-id="${annotationId}"]`);
  await card.waitFor();
  return card;
}

describe('opening an article', () => {
  test('a pasted French article is geoparsed with progress shown, becomes the shown article with its mentions marked, and its towns are on the map', async () => {
    const { page, pageErrors, requests } = await open();
    // Recorded from the page itself: the progress may be on screen for less than one poll.
    await page.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('dialog.open-dialog progress')) seen.progress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const id = await pasteArticle(page, BASSIKOUNOU);
    expect(await page.evaluate(() => (window as unknown as { seen: { progress: boolean } }).seen.progress)).toBe(true);
    const result = await page.locator('dialog.open-dialog .open-result').textContent();
    expect(result).toContain('Afflux de réfugiés à Bassikounou');
    expect(result).toMatch(/18 mentions trouvées/);
    // The geoparser ran in the Web Worker, not on the main thread.
    expect(requests.some((url) => /geoparse\.worker-[^/]*\.js$/.test(url))).toBe(true);
    await closeDialog(page);

    const panel = page.locator('section.article-panel');
    expect(await panel.count()).toBe(1);
    expect(await panel.getAttribute('data-article-id')).toBe(id);
    expect(await page.locator(`.article-switcher button[data-article-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await panel.locator('.article-title').textContent()).toBe('Afflux de réfugiés à Bassikounou : le Hodh Ech Chargui sous pression');
    expect(await panel.locator('[data-passage-id]').count()).toBeGreaterThanOrEqual(4);
    const marks = await marksOf(page, id);
    expect(marks).toHaveLength(18);
    expect(marks.filter((mark) => mark.placeId === 'bassikounou').map((mark) => mark.text)).toEqual(['Bassikounou', 'Bassikounou', 'Bassikounou']);
    expect(marks.find((mark) => mark.text === 'Néma')?.placeId).toBe('nema');
    expect(marks.find((mark) => mark.text === 'M’Bera')?.placeId).toBe('mbera');

    await expect.poll(() => articlePlacesOnMap(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['adel-bagrou', 'bassikounou', 'fassala', 'lere', 'mbera', 'nema', 'niono']));
    expect(pageErrors).toEqual([]);
  });

  test('the opened article and a rejected mention survive a reload', async () => {
    const { page, pageErrors } = await open();
    const id = await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    await startReview(page);
    const niono = (await marksOf(page, id)).find((mark) => mark.placeId === 'niono')!;
    const card = await openMentionCard(page, niono.annotationId);
    await card.getByRole('button', { name: 'Rejeter' }).click();
    await expect.poll(async () => (await marksOf(page, id)).find((mark) => mark.annotationId === niono.annotationId)?.status).toBe('status-rejected');
    const beforeReload = await marksOf(page, id);
    // The correction is shown at once and written to IndexedDB just after: reload once it is.
    await page.locator(`section.article-panel[data-article-id="${id}"] [data-save-status="saved"]`).waitFor();

    await page.reload();
    await waitForMapIdle(page);
    await page.locator(`.article-switcher button[data-article-id="${id}"]`).click();
    await page.locator(`section.article-panel[data-article-id="${id}"]`).waitFor();
    expect(await marksOf(page, id)).toEqual(beforeReload);
    expect((await marksOf(page, id)).find((mark) => mark.annotationId === niono.annotationId)?.status).toBe('status-rejected');
    expect(pageErrors).toEqual([]);
  });

  test('a Windows-1252 .txt file opens with a warning and its accents right', async () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(NARA_CP1252)).toThrow();
    const { page } = await open();
    const before = await articleIdsInList(page);
    const dialog = await openDialog(page);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'nara.txt', mimeType: 'text/plain', buffer: NARA_CP1252 });
    const result = dialog.locator('.open-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/nara\.txt : pas en UTF-8 \(l’octet 0xE9 à l’octet \d+ n’est pas de l’UTF-8\) ; lu comme Windows-1252/); // in the interface's language, naming the first byte that is not UTF-8
    await expect.poll(async () => (await articleIdsInList(page)).length).toBe(before.length + 1);
    const id = (await articleIdsInList(page)).find((candidate) => !before.includes(candidate))!;
    await closeDialog(page);

    const panel = page.locator(`section.article-panel[data-article-id="${id}"]`);
    expect(await panel.locator('.article-title').textContent()).toBe('Insécurité : les populations de Nara entre deux feux');
    const text = (await panel.locator('.article-text').textContent()) ?? '';
    expect(text).toContain('« Nous achetions le bétail de l’autre côté de la frontière mauritano-malienne ; aujourd’hui plus personne ne bouge »');
    expect(text).not.toContain('\uFFFD');
    const marks = await marksOf(page, id);
    expect(marks.find((mark) => mark.text === 'Aïoun el-Atrouss')?.placeId).toBe('aioun-el-atrouss');
    expect(marks.find((mark) => mark.text === 'Diéma')?.placeId).toBe('diema');
  });

  test('a binary file and an empty file are refused with a clear error, and nothing is added', async () => {
    const { page } = await open();
    const before = await articleIdsInList(page);
    const dialog = await openDialog(page);
    await dialog.locator('input[type="file"]').setInputFiles([
      { name: 'photo.txt', mimeType: 'text/plain', buffer: PNG_BYTES },
      { name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    const problems = await alert.locator('li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^photo\.txt : c’est une image PNG, pas du texte brut : copiez son texte dans un fichier \.txt\./); // named for what it is
    expect(problems[1]).toMatch(/^vide\.txt : le fichier est vide\./);
    expect(await articleIdsInList(page)).toEqual(before);
    expect(await page.locator('section.article-panel').getAttribute('data-article-id')).toBe(before[0]);
  });

  test('an exported .borderbrief.json imported into a fresh browser gives the same article, statuses included', async () => {
    const first = await open();
    const id = await pasteArticle(first.page, BASSIKOUNOU);
    await closeDialog(first.page);
    await startReview(first.page);
    const marks = await marksOf(first.page, id);
    const lere = marks.find((mark) => mark.placeId === 'lere')!;
    await (await openMentionCard(first.page, lere.annotationId)).getByRole('button', { name: 'Rejeter' }).click();
    const nema = marks.find((mark) => mark.placeId === 'nema')!;
    await (await openMentionCard(first.page, nema.annotationId)).getByRole('button', { name: 'Accepter' }).click();
    await expect.poll(async () => (await marksOf(first.page, id)).filter((mark) => mark.status !== 'status-proposed').length).toBe(2);
    const exported = await marksOf(first.page, id);

    const panel = first.page.locator(`section.article-panel[data-article-id="${id}"]`);
    await panel.locator('.export-menu summary').click();
    const [download] = await Promise.all([first.page.waitForEvent('download'), panel.getByRole('button', { name: /Tout en un fichier/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.borderbrief\.json$/);
    const bundle = readFileSync((await download.path())!);

    const second = await open();
    expect(await articleIdsInList(second.page)).not.toContain(id);
    const dialog = await openDialog(second.page);
    await dialog.locator('input[type="file"]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: bundle });
    await dialog.locator('.open-result').waitFor();
    expect(await dialog.locator('.open-result').textContent()).toContain('importé');
    await expect.poll(() => articleIdsInList(second.page)).toContain(id);
    await closeDialog(second.page);
    await second.page.locator(`section.article-panel[data-article-id="${id}"]`).waitFor();
    const imported = await marksOf(second.page, id);
    expect(imported).toEqual(exported);
    expect(imported.map((mark) => mark.status).sort()).toEqual(exported.map((mark) => mark.status).sort());
    expect(imported.filter((mark) => mark.status === 'status-rejected').map((mark) => mark.text)).toEqual(['Léré']);
  });

  test('review: a gazetteer search result changes a mention’s place, and Undo puts it back', async () => {
    const { page, pageErrors } = await open();
    const id = await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    await startReview(page);
    const nema = (await marksOf(page, id)).find((mark) => mark.placeId === 'nema')!;
    const card = await openMentionCard(page, nema.annotationId);
    await card.getByRole('combobox', { name: 'Chercher dans le répertoire de lieux' }).fill('Kayes');
    const result = card.getByRole('option', { name: /^Kayes (ville|localité|city|town)/ }).first();
    await result.waitFor();
    await result.click();
    const mark = page.locator(`mark[data-annotation-id="${nema.annotationId}"]`);
    await expect.poll(() => mark.getAttribute('data-place-id')).toBe('kayes');
    expect(await card.locator('.facts dd').first().textContent()).toContain('(kayes)');

    await card.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => mark.getAttribute('data-place-id')).toBe('nema');
    expect(pageErrors).toEqual([]);
  });

  test('review: the card of a clicked mention is on screen even when the side panel was scrolled down to the Articles list', async () => {
    const { page } = await open();
    const id = await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    // Where the analyst just was: the « Ouvrir un article… » button, at the foot of the side panel.
    await page.locator('aside.side-panel').evaluate((panel) => panel.scrollTo({ top: panel.scrollHeight }));
    await startReview(page);
    const fassala = (await marksOf(page, id)).find((mark) => mark.placeId === 'fassala')!;
    const card = await openMentionCard(page, fassala.annotationId);
    await expect.poll(() => card.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    })).toBe(true);
  });

  test('screenshots: the dashboard with an opened article, and in review mode', async () => {
    const { page } = await open();
    const id = await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    await articlePlacesOnMap(page);
    await page.screenshot({ path: `${SCREENSHOTS}/open-article.png` });
    await startReview(page);
    const fassala = (await marksOf(page, id)).find((mark) => mark.placeId === 'fassala')!;
    const card = await openMentionCard(page, fassala.annotationId);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/open-article-review.png` });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/open-article-review-card.png` });
  });
});
