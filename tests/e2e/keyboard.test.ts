/**
 * Every flow without a mouse, in Debian's Chromium against the built app: only `page.keyboard`
 * moves the focus and presses things; the page is read to check where the focus went and what
 * the keys did. One test per flow, so a broken flow does not hide the others.
 */
import { readFileSync } from 'node:fs';
import type { FileChooser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { articleIdsInList, browserSession, closeDialog, pasteArticle, SCREENSHOTS } from './session';

const session = browserSession();

const ARTICLE = `Kayes, 14 mars 2024 — Des éleveurs venus de Nioro du Sahel ont traversé la frontière vers Kiffa, en Mauritanie, après des affrontements près de Diéma. Les autorités de Kayes ont dépêché une mission.`;

async function openReady(hash = '', options: Parameters<typeof session.open>[1] = {}) {
  const recorded = await session.open(hash, options);
  await waitForMapIdle(recorded.page);
  return recorded;
}

/** What the focused element is, in words a failure message can show. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} «${name}»`;
  });
}

/** Whether the focused element matches `selector` and, when given, has `name` in its text or label. */
async function isFocusedOn(page: Page, selector: string, name?: string | RegExp): Promise<boolean> {
  return page.evaluate(
    ({ selector, source, flags }) => {
      const element = document.activeElement;
      if (!element || !element.matches(selector)) return false;
      if (source === null) return true;
      const words = `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`;
      return new RegExp(source, flags).test(words);
    },
    { selector, source: name === undefined ? null : name instanceof RegExp ? name.source : name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: name instanceof RegExp ? name.flags : '' },
  );
}

/** Presses Tab (or Shift+Tab) until the focus is on `selector` (named `name`); fails after `limit` presses. */
async function tabTo(page: Page, selector: string, name?: string | RegExp, { limit = 120, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocusedOn(page, selector, name)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocusedOn(page, selector, name)) return;
  throw new Error(`Tab did not reach ${selector} ${name ?? ''} in ${limit} presses; the focus is on ${await focused(page)}`);
}

async function expectFocusOn(page: Page, selector: string, name?: string | RegExp) {
  await expect.poll(async () => ((await isFocusedOn(page, selector, name)) ? 'yes' : await focused(page)), { timeout: 10_000 }).toBe('yes');
}

/**
 * Stands in for the system's file dialog: answers the next one the page opens with `files`.
 * It listens from now on, well before the key that opens the dialog: Playwright turns Chromium's
 * file-chooser interception on asynchronously, and a dialog opened before that is lost.
 */
function answerFileChooser(page: Page, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  const answered = page.waitForEvent('filechooser', { timeout: 60_000 }).then((chooser) => chooser.setFiles(files));
  // The test awaits it; this only keeps a test that failed before the dialog from reporting twice.
  answered.catch(() => {});
  return answered;
}

/** Tabs to « Ouvrir un article… », presses Enter, and returns the dialog once the focus is in it. */
async function openOpenDialogByKeyboard(page: Page) {
  await tabTo(page, 'button', 'Ouvrir un article…', { limit: 200 });
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.open-dialog');
  await dialog.waitFor({ state: 'visible' });
  await expectFocusOn(page, 'dialog.open-dialog *');
  return dialog;
}

/** Opens the dialog, pastes `text`, places it on the map, and waits for the result, all by keyboard. */
async function pasteArticleByKeyboard(page: Page, text: string) {
  const dialog = await openOpenDialogByKeyboard(page);
  await tabTo(page, 'dialog.open-dialog textarea');
  await page.keyboard.insertText(text);
  await tabTo(page, 'dialog.open-dialog button', 'Placer sur la carte');
  await page.keyboard.press('Enter');
  await dialog.locator('.open-result').waitFor({ timeout: 30_000 });
  return dialog;
}

describe('keyboard only', () => {
  test('Tab reaches the skip links first, and « Aller à la carte » focuses the map', async () => {
    const { page } = await openReady();
    await page.keyboard.press('Tab');
    expect(await isFocusedOn(page, '.skip-links a', 'Aller à la carte'), await focused(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().height > 0), 'the skip link shows when focused').toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-skip-link.png` });
    await page.keyboard.press('Tab');
    expect(await isFocusedOn(page, '.skip-links a', 'Aller à l’article')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocusedOn(page, '.skip-links a', 'Aller aux listes')).toBe(true);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, '[data-testid="map"] canvas, [data-testid="map"]');
    // The focused map takes the arrows: its centre moves.
    const before = await page.evaluate(() => window.borderBrief!.map!.getCenter().toArray());
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.borderBrief!.map!.getCenter().toArray())).not.toEqual(before);
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-map-focused.png` });
  });

  test('? opens the help, Esc closes it and the focus returns', async () => {
    const { page } = await openReady();
    await tabTo(page, '.place-search input');
    await page.keyboard.press('Tab'); // off the search box: ? there is a letter to type
    const before = await focused(page);
    await page.keyboard.press('?');
    const help = page.getByTestId('help-panel');
    await help.waitFor({ state: 'visible' });
    await expectFocusOn(page, '[data-testid="help-panel"] *');
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-help.png` });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe(before);
  });

  test('the place search finds a place by the keyboard and Enter selects it; Esc closes one layer per press', async () => {
    const { page } = await openReady();
    await tabTo(page, 'input[type="search"][aria-label="Rechercher un lieu"]');
    await page.keyboard.type('nouakch');
    await page.locator('.place-search [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[data-card="place"]').waitFor();
    expect(page.url()).toContain('place=nouakchott');
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-search-selected.png` });

    // Typing again, Esc first empties the box, and leaves the card.
    await page.keyboard.type('kay');
    await page.keyboard.press('Escape');
    expect(await page.locator('.place-search input').inputValue()).toBe('');
    expect(await page.locator('[data-card="place"]').count()).toBe(1);
    // The next Esc closes the card: back to the overview.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-card="place"]').count()).toBe(0);
    await page.locator('.card-slot .hint').waitFor();
    expect(page.url()).not.toContain('place=');
  });

  test('an article opens from the « Ouvrir un article… » dialog by keyboard; the result takes the focus; closing returns it', async () => {
    const { page } = await openReady();
    const dialog = await pasteArticleByKeyboard(page, ARTICLE);
    await expectFocusOn(page, 'dialog.open-dialog .open-result, dialog.open-dialog .open-result *');
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-open-result.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Closed on the new article: the keyboard is at its heading, where reading it begins.
    await expectFocusOn(page, '.article-panel .panel-heading');
    expect(await page.evaluate(() => document.activeElement!.closest('section.article-panel')!.textContent)).toContain('Nioro du Sahel');
  });

  test('review: accept and reject a mention, place one on the map with the arrows and Enter', async () => {
    const { page } = await openReady();
    await tabTo(page, 'button', 'Relire les lieux', { limit: 200 });
    await page.keyboard.press('Enter');
    await page.locator('.article-text.is-reviewing').waitFor();
    const links = page.locator('.article-text.is-reviewing mark[data-annotation-id] a');
    await links.first().waitFor();

    // The first mention: Enter opens its card, « Accepter » accepts it.
    await tabTo(page, '.article-text.is-reviewing mark[data-annotation-id] a');
    const firstId = await page.evaluate(() => document.activeElement!.closest('mark')!.getAttribute('data-annotation-id'));
    await page.keyboard.press('Enter');
    await page.locator('[data-card="mention"]').waitFor();
    await tabTo(page, '[data-card="mention"] button', 'Accepter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`mark[data-annotation-id="${firstId}"]`).getAttribute('class')).toContain('status-accepted');

    // Esc closes the card; the focus goes back to the mention.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-card="mention"]').count()).toBe(0);
    await expectFocusOn(page, `mark[data-annotation-id="${firstId}"] a`);

    // The next mention: rejected.
    await tabTo(page, `.article-text.is-reviewing mark[data-annotation-id]:not([data-annotation-id="${firstId}"]) a`);
    const secondId = await page.evaluate(() => document.activeElement!.closest('mark')!.getAttribute('data-annotation-id'));
    await page.keyboard.press('Enter');
    await page.locator('[data-card="mention"]').waitFor();
    await tabTo(page, '[data-card="mention"] button', 'Rejeter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`mark[data-annotation-id="${secondId}"]`).getAttribute('class')).toContain('status-rejected');

    // « Placer sur la carte »: the map takes the focus, the arrows move it under the cross, Enter places.
    await tabTo(page, '[data-card="mention"] button', 'Placer sur la carte', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByTestId('placing-cross').waitFor();
    await expectFocusOn(page, '[data-testid="map"] canvas, [data-testid="map"]');
    const before = await page.evaluate(() => window.borderBrief!.map!.getCenter().toArray());
    for (let press = 0; press < 4; press++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.borderBrief!.map!.getCenter().toArray()[0])).toBeLessThan(before[0]!);
    await waitForMapIdle(page);
    const center = await page.evaluate(() => window.borderBrief!.map!.getCenter().toArray());
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-placing.png` });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('placing-cross').count()).toBe(0);
    // Placed by hand where the cross was: a place of the user's, drawn at the map's centre.
    await expect.poll(() => page.locator(`mark[data-annotation-id="${secondId}"]`).getAttribute('data-place-id')).toMatch(/^user-/);
    expect(await page.locator('[data-card="mention"]').innerText()).toMatch(/\(user-/);
    // Polled: the text shows the place a render before the map is given it, and until then the
    // map may still say 'idle' from its last frame.
    const placedAtCentre = () =>
      page.evaluate(() => {
        const map = window.borderBrief!.map!;
        const canvas = map.getCanvas().getBoundingClientRect();
        return map.queryRenderedFeatures([canvas.width / 2, canvas.height / 2]).map((feature) => String(feature.properties?.place_id ?? ''));
      });
    await expect.poll(async () => (await placedAtCentre()).some((id) => id.startsWith('user-')), { timeout: 15_000 }).toBe(true);
    void center;
    await expectFocusOn(page, '[data-card="mention"] button', 'Placer sur la carte');
  });

  test('review: Shift+arrows select missed words in the text and Enter adds them as a mention', async () => {
    const { page } = await openReady();
    await tabTo(page, 'button', 'Relire les lieux', { limit: 200 });
    await page.keyboard.press('Enter');
    await page.locator('.article-text.is-reviewing').waitFor();
    const before = await page.locator('.article-text.is-reviewing mark[data-annotation-id]').count();
    await tabTo(page, '.article-text.is-reviewing');
    // A caret at the start of the text, then the first word selected.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowRight');
    const words = await page.evaluate(() => window.getSelection()!.toString().trim());
    expect(words.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const card = page.locator('.card-slot [data-card="add-mention"], .card-slot .add-mention-card');
    await card.first().waitFor();
    expect(await card.first().innerText()).toContain(words);
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-add-mention.png` });
    await tabTo(page, '.card-slot button', /Ajouter sans lieu/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.article-text.is-reviewing mark[data-annotation-id]').count()).toBe(before + 1);
  });

  test('review: another of the geoparser’s candidates, then a gazetteer entry found by typing, chosen by the keyboard alone', async () => {
    const { page } = await openReady();
    // An article the geoparser reads (the seed's mentions were marked by hand and weigh no candidates).
    const dialog = await pasteArticleByKeyboard(page, ARTICLE);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await tabTo(page, 'button', 'Relire les lieux', { limit: 200, backwards: true });
    await page.keyboard.press('Enter');
    await page.locator('.article-text.is-reviewing').waitFor();

    // The first « Kayes » (a town and a region of that name): its card lists both as candidates.
    const kayes = 'section.article-panel .article-text.is-reviewing mark[data-annotation-id]';
    const annotationId = await page.locator(kayes, { hasText: /^Kayes$/ }).first().getAttribute('data-annotation-id');
    const mark = page.locator(`mark[data-annotation-id="${annotationId}"]`);
    await tabTo(page, `mark[data-annotation-id="${annotationId}"] a`);
    await page.keyboard.press('Enter');
    const card = page.locator(`[data-card="mention"][data-annotation-id="${annotationId}"]`);
    await card.waitFor();
    const candidates = card.locator('.entity-list button');
    await expect.poll(() => candidates.count()).toBeGreaterThan(1);
    const before = await mark.getAttribute('data-place-id');
    const other = card.locator('.entity-list button[aria-pressed="false"]').first();
    const otherName = (await other.locator('.entity-name').textContent())!;
    await tabTo(page, '[data-card="mention"] .entity-list button[aria-pressed="false"]', otherName);
    await page.keyboard.press('Enter');
    await expect.poll(() => mark.getAttribute('data-place-id')).not.toBe(before);
    await expect.poll(() => card.locator('.entity-list button[aria-pressed="true"] .entity-name').textContent()).toBe(otherName);

    // The gazetteer field: typed words list places, ArrowDown moves to the next, Enter takes it; the focus stays in the field.
    await tabTo(page, '[data-card="mention"] input[role="combobox"]');
    await page.keyboard.type('nioro');
    const options = card.getByRole('option');
    await options.first().waitFor();
    const wanted = (await options.count()) > 1 ? options.nth(1) : options.first();
    const wantedId = await wanted.getAttribute('data-place-id');
    if ((await options.count()) > 1) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement!.getAttribute('aria-activedescendant'))).toBe(await wanted.getAttribute('id'));
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-review-gazetteer.png` });
    await page.keyboard.press('Enter');
    await expect.poll(() => mark.getAttribute('data-place-id')).toBe(wantedId);
    await expectFocusOn(page, '[data-card="mention"] input[role="combobox"]');
    expect(await card.getByRole('option').count()).toBe(0);
    // Esc closes the card now (the list is closed): back to the mention.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await expectFocusOn(page, `mark[data-annotation-id="${annotationId}"] a`);
  });

  test('export: the article’s export buttons are reached by Tab and Enter downloads the file', async () => {
    const { page } = await openReady();
    await tabTo(page, '.export-menu summary', undefined, { limit: 200 });
    await page.keyboard.press('Enter');
    expect(await page.locator('.export-menu').getAttribute('open')).not.toBeNull();
    await tabTo(page, '.export-menu button', /Tout en un fichier/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.borderbrief\.json$/);
  });

  test('import: a .borderbrief.json exported by keyboard is opened by keyboard in a fresh browser; the result, then the article, take the focus', async () => {
    // The file, exported by Tab and Enter from the browser where the article was opened.
    const first = await openReady();
    const id = await pasteArticle(first.page, ARTICLE);
    await closeDialog(first.page);
    await tabTo(first.page, `section.article-panel[data-article-id="${id}"] .export-menu summary`, undefined, { limit: 200 });
    await first.page.keyboard.press('Enter');
    await tabTo(first.page, '.export-menu button', /Tout en un fichier/);
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.keyboard.press('Enter')]);
    const bundle = readFileSync((await download.path())!);

    const { page } = await openReady();
    const answered = answerFileChooser(page, { name: download.suggestedFilename(), mimeType: 'application/json', buffer: bundle });
    expect(await articleIdsInList(page)).not.toContain(id);
    const dialog = await openOpenDialogByKeyboard(page);
    await tabTo(page, 'dialog.open-dialog input[type="file"]');
    // Space on the file control opens the system's file dialog, which the test answers for the user.
    await page.keyboard.press('Space');
    await answered;
    const result = dialog.locator('.open-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute('role')).toBe('status');
    expect(await result.textContent()).toContain('importé');
    await expectFocusOn(page, 'dialog.open-dialog .open-result');
    await expect.poll(() => articleIdsInList(page)).toContain(id);
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-import-result.png` });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Closed on the imported article: the keyboard is at its heading, and its text is the one exported.
    await expectFocusOn(page, `section.article-panel[data-article-id="${id}"] .panel-heading`);
    expect(await page.locator(`section.article-panel[data-article-id="${id}"] .article-text`).textContent()).toContain('Nioro du Sahel');
  });

  test('import: a file that is not JSON is refused by keyboard with an announced error, the focus on it, and nothing added', async () => {
    const { page } = await openReady();
    const answered = answerFileChooser(page, { name: 'notes.borderbrief.json', mimeType: 'application/json', buffer: Buffer.from('Nioro du Sahel, 14 mars — pas du JSON') });
    const before = await articleIdsInList(page);
    const dialog = await openOpenDialogByKeyboard(page);
    await tabTo(page, 'dialog.open-dialog input[type="file"]');
    await page.keyboard.press('Enter');
    await answered;
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    // Named by file and spot, in the interface's language, with what to do.
    expect(await alert.textContent()).toMatch(/^notes\.borderbrief\.json → ligne 1, colonne 1\s:\sa le mot Nioro sans guillemets là où on attendait une valeur\. Mettez-le entre guillemets/);
    await expectFocusOn(page, 'dialog.open-dialog [role="alert"]');
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-import-refused.png` });
    expect(await articleIdsInList(page)).toEqual(before);

    // The dialog stays usable from the keyboard: Tab leads back to the file control, Esc closes on what opened it.
    await tabTo(page, 'dialog.open-dialog input[type="file"]');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocusOn(page, 'button', 'Ouvrir un article…');
  });

  test('briefing: open the panel, present, ArrowRight steps a slide, Esc leaves and the focus returns to ▶', async () => {
    const { page } = await openReady();
    await tabTo(page, 'button', /(^|\s)Briefing$/, { limit: 200 });
    await page.keyboard.press('Enter');
    await page.getByTestId('briefing-panel').waitFor();
    await tabTo(page, '[data-testid="briefing-panel"] button[data-present-from="all"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="slide"][data-slide-index="0"][data-settled="true"]', { timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-testid="slide"][data-slide-index="1"][data-settled="true"]', { timeout: 30_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-presenting.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('slide').count()).toBe(0);
    await expectFocusOn(page, 'button[data-present-from="all"]');
  });
});
