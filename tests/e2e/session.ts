/**
 * One browser per test file, and what the files do alike: open a page of the app, open an article
 * by pasting it. Every page a test opens is recorded (tests/e2e/browser.ts); after each test its
 * pages are closed — several live WebGL maps on two shared cores starve the next test's map — and
 * the test fails if any of them asked for another host than 127.0.0.1. No test reads what another
 * left, so a file, or a test, runs alone.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, openPage, type RecordedPage } from './browser';

export const SCREENSHOTS = 'test-results/screenshots';

type PageOptions = Parameters<typeof openPage>[2];

/** Registers the file's hooks; call once, at the top of a test file. */
export function browserSession() {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let opened: RecordedPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    for (const recorded of pages) await recorded.page.context().close();
    expect(pages.flatMap((recorded) => recorded.foreignRequests), 'requests that left 127.0.0.1').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page in a browser context of its own (an empty IndexedDB), not yet navigated. */
  const newPage = async (options: PageOptions = {}): Promise<RecordedPage> => {
    if (!browser) throw new Error('browserSession: the browser is not launched yet; open pages inside a test.');
    const recorded = await openPage(browser, baseUrl, options);
    opened.push(recorded);
    return recorded;
  };
  /** A new page on the app, at `hash`. */
  const open = async (hash = '', options: PageOptions = {}): Promise<RecordedPage> => {
    const recorded = await newPage(options);
    await recorded.page.goto(`${baseUrl}${hash}`);
    return recorded;
  };
  return { baseUrl, newPage, open };
}

export async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Ouvrir un article…' }).click();
  const dialog = page.locator('dialog.open-dialog');
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

export async function closeDialog(page: Page) {
  await page.locator('dialog.open-dialog').getByRole('button', { name: 'Fermer' }).click();
  await page.locator('dialog.open-dialog').waitFor({ state: 'hidden' });
}

export async function articleIdsInList(page: Page): Promise<string[]> {
  return page.locator('.article-switcher button[data-article-id]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-article-id')!));
}

/** Pastes `text`, puts it on the map, and returns the new article's id once its panel shows. */
export async function pasteArticle(page: Page, text: string): Promise<string> {
  const before = await articleIdsInList(page);
  const dialog = await openDialog(page);
  await dialog.locator('textarea').fill(text);
  await dialog.getByRole('button', { name: 'Placer sur la carte' }).click();
  await dialog.locator('.open-result').waitFor();
  await expect.poll(async () => (await articleIdsInList(page)).length).toBe(before.length + 1);
  const id = (await articleIdsInList(page)).find((candidate) => !before.includes(candidate))!;
  await page.locator(`section.article-panel[data-article-id="${id}"]`).waitFor();
  return id;
}
