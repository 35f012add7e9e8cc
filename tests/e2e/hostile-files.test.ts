/**
 * Hostile and malformed files (tests/fixtures/hostile/, the cases marked for the browser) dropped
 * on the built dashboard in Chromium, one after another on the same page, as an analyst would:
 * each gets its report (refusals in the problems panel, the rest in the result), no page error,
 * no script of a file ever runs (window.__pwned stays unset), no request leaves 127.0.0.1
 * (session.ts), and the seed article and its mentions are the same at the end as at the start.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { articleIdsInList, browserSession } from './session';

interface Case {
  folder: string;
  files: string[];
  expect: Array<{ status: string; door?: string }>;
  browser?: boolean;
}
const ROOT = 'tests/fixtures/hostile';
const { cases } = JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { cases: Case[] };
const subset = cases.filter((c) => c.browser);
const SEED = 'kessiya-2024-05-mali-mauritanie';

const session = browserSession();

async function drop(page: Page, c: Case): Promise<void> {
  const files = c.files.map((name) => ({ name, base64: readFileSync(`${ROOT}/files/${c.folder}/${name}`).toString('base64') }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (ch) => ch.charCodeAt(0))], file.name));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

async function seedMarks(page: Page): Promise<string[]> {
  await page.locator(`.article-switcher button[data-article-id="${SEED}"]`).click();
  const panel = page.locator(`section.article-panel[data-article-id="${SEED}"]`);
  await panel.waitFor();
  return panel.locator('mark[data-annotation-id]').evaluateAll((marks) => marks.map((m) => `${m.getAttribute('data-annotation-id')}=${m.getAttribute('data-place-id')}:${m.textContent}`));
}

describe('hostile files dropped on the page', () => {
  test(`${subset.length} cases: each reported, no script run, no page error, the seed unchanged`, async () => {
    expect(subset.length).toBeGreaterThanOrEqual(25);
    const { page, pageErrors } = await session.open();
    await waitForMapIdle(page);
    const marksBefore = await seedMarks(page);
    const idsBefore = await articleIdsInList(page);
    const dialog = page.locator('dialog.open-dialog');
    let previous = '';
    const reports: string[] = [];
    for (const c of subset) {
      await drop(page, c);
      // The report of this drop: a new text in the result or problems block, with no progress left.
      await expect
        .poll(async () => {
          if ((await dialog.locator('.progress').count()) > 0) return previous;
          const block = dialog.locator('.open-result, .open-problems');
          return (await block.count()) > 0 ? ((await block.first().textContent()) ?? '') : previous;
        }, { timeout: 30_000, message: `${c.folder}: a report` })
        .not.toBe(previous);
      const isRefused = c.expect.some((e) => e.status === 'refused');
      const block = dialog.locator(isRefused ? '.open-problems' : '.open-result');
      expect(await block.count(), `${c.folder}: ${isRefused ? 'refused' : 'opened'}`).toBe(1);
      previous = (await block.textContent()) ?? '';
      reports.push(`${c.folder}: ${previous}`);
      if (isRefused) expect(previous, `${c.folder}: the report names the file`).toMatch(new RegExp(c.files[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 12), 'i'));
      expect(previous, `${c.folder}: never the parser's words`).not.toMatch(/Unexpected token|SyntaxError|\[object Object\]/);
    }
    expect(reports.join('\n')).toMatch(/ligne \d+, colonne \d+/); // syntax errors in the interface's language
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'no script from a file ran').toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('dialog.open-dialog script, dialog.open-dialog img').length)).toBe(0);
    await page.locator('dialog.open-dialog').getByRole('button', { name: 'Fermer' }).click();
    expect(await articleIdsInList(page)).toEqual(expect.arrayContaining(idsBefore));
    expect(await seedMarks(page), 'the seed article and its mentions are unchanged').toEqual(marksBefore);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
