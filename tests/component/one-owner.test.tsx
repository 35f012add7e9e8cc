// @vitest-environment jsdom
/**
 * Regression tests for state that had two owners: the review kept a cached copy that outlived
 * the record on screen, and the address had two writers, so `#brief=…` typed into an open tab did
 * nothing until a reload. The whole app runs on the real data files (jsdom has no WebGL: the
 * maps report themselves unavailable, everything else works).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildDataset } from '../../src/core/build-dataset';
import type { DatasetResult, LoadedArticle } from '../../src/core/dataset';
import { articleRecordFromLoaded } from '../../src/core/exchange/article-record';
import { exportArticleFiles } from '../../src/core/exchange/export-article';
import { openArticleDb } from '../../src/state/article-db';
import { App } from '../../src/ui/app';
import { readBundledDataFiles } from '../../src/cli/check-bundled-data';

let good: DatasetResult;
let seed: LoadedArticle;

beforeAll(async () => {
  Object.defineProperty(navigator, 'languages', { value: ['fr-FR', 'fr'], configurable: true });
  good = await buildDataset(readBundledDataFiles());
  if (!good.ok) throw new Error('the bundled data do not check out');
  seed = good.dataset.articles[0]!;
  // The bundled briefing files, as the built app serves them.
  vi.stubGlobal('fetch', async (url: string) => {
    const name = String(url).split('/').at(-1)!.split('?')[0]!;
    return new Response(readFileSync(`data/briefings/${name}`, 'utf8'));
  });
});

afterEach(async () => {
  cleanup();
  window.history.replaceState(null, '', '/');
  const db = await openArticleDb();
  for (const summary of await db.listArticles()) await db.deleteArticle(summary.id);
  db.close();
});

async function renderApp() {
  render(<App loading={Promise.resolve(good)} />);
  await screen.findByTestId('map', {}, { timeout: 20_000 });
  await waitFor(() => expect(document.querySelectorAll('[data-passage-id]').length).toBeGreaterThan(0), { timeout: 20_000 });
}

const mentionLinks = () => [...document.querySelectorAll<HTMLElement>(`mark[data-annotation-id] a, mark[data-annotation-id]`)].filter((el) => el.tagName === 'A' || !el.querySelector('a'));
const reviewButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-card="mention"] button[aria-pressed]')];

async function reviewMention(annotationId: string, choice: 'accept' | 'reject') {
  // Review mode must be on (a click on a mark then opens its review, not its place).
  await waitFor(() => expect(screen.getByRole('button', { name: /Relire les lieux|Review places/ }).getAttribute('aria-pressed')).toBe('true'), { timeout: 20_000 });
  const mark = document.querySelector(`mark[data-annotation-id="${annotationId}"]`)!;
  act(() => fireEvent.click(mark.querySelector('a') ?? mark));
  await waitFor(() => expect(document.querySelector(`[data-card="mention"][data-annotation-id="${annotationId}"]`)).not.toBeNull(), { timeout: 20_000 });
  const [accept, reject] = reviewButtons();
  act(() => fireEvent.click(choice === 'accept' ? accept! : reject!));
  await waitFor(() => expect(reviewButtons()[choice === 'accept' ? 0 : 1]!.getAttribute('aria-pressed')).toBe('true'), { timeout: 20_000 });
}

async function storedStatuses(articleId: string): Promise<Record<string, string | undefined>> {
  const db = await openArticleDb();
  const stored = await db.loadArticle(articleId);
  db.close();
  if (!stored?.ok) throw new Error(`no stored record of ${articleId}`);
  return Object.fromEntries(stored.record.annotations.map((annotation) => [annotation.id, annotation['bb:status']]));
}

// Each test opens the whole dashboard in jsdom and waits on lazy chunks: on a loaded shared machine that takes seconds.
describe('one owner for each piece of state', { timeout: 60_000 }, () => {
  test('a review made after the article is opened again is made over what is shown, not over a cached copy', async () => {
    await renderApp();
    const [first, second] = seed.annotations.map((annotation) => annotation.id);
    act(() => fireEvent.click(screen.getByRole('button', { pressed: false, name: /Relire les lieux|Review places/ })));
    await reviewMention(first!, 'reject');
    await waitFor(async () => expect((await storedStatuses(seed.meta.id))[first!]).toBe('rejected'), { timeout: 20_000 });

    // Open the same article again, from its exported bundle as first published: mention 1 is proposed again.
    const bundle = exportArticleFiles(articleRecordFromLoaded(seed, good.ok ? good.dataset.places : [])).find((file) => file.name.endsWith('.borderbrief.json'))!;
    act(() => fireEvent.click(document.querySelector('.open-button')!));
    const input = await waitFor(
      () => {
        const found = document.querySelector<HTMLInputElement>('.open-dialog input[type="file"]');
        if (!found) throw new Error('the open dialog has no file input yet');
        return found;
      },
      { timeout: 20_000 },
    );
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([bundle.content], bundle.name, { type: 'application/json' })] } });
    });
    await waitFor(async () => expect((await storedStatuses(seed.meta.id))[first!]).toBe('proposed'), { timeout: 20_000 });
    act(() => (document.querySelector('.open-dialog') as HTMLDialogElement | null)?.dispatchEvent(new Event('close')));

    await reviewMention(second!, 'accept');
    await waitFor(async () => expect((await storedStatuses(seed.meta.id))[second!]).toBe('accepted'), { timeout: 20_000 });
    // What was shown when mention 2 was accepted: mention 1 proposed, as the reopened article has it.
    expect((await storedStatuses(seed.meta.id))[first!]).toBe('proposed');
    expect(document.querySelector(`mark[data-annotation-id="${first}"]`)?.getAttribute('data-status') ?? 'proposed').not.toBe('rejected');
  });

  test('#brief=…&slide=2 typed into an open tab opens the presentation on slide 2, and back leaves it', async () => {
    await renderApp();
    expect(document.querySelector('.presentation')).toBeNull();
    act(() => {
      window.history.pushState(null, '', '/#brief=kessiya-2024-05-mali-mauritanie&slide=2');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const slide = await screen.findByTestId('slide', {}, { timeout: 20_000 });
    expect(slide.getAttribute('data-slide-index')).toBe('1');

    // The presentation steps through slides: one writer updates the address, replacing the entry.
    const length = window.history.length;
    act(() => fireEvent.keyDown(window, { key: 'ArrowRight' }));
    await waitFor(() => expect(window.location.hash).toBe('#brief=kessiya-2024-05-mali-mauritanie&slide=3'));
    expect(window.history.length).toBe(length);

    act(() => {
      window.history.pushState(null, '', '/#place=bamako');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(document.querySelector('.presentation')).toBeNull());
    expect(document.querySelector('[data-card="place"]')?.getAttribute('data-place-id')).toBe('bamako');
  });

  test('#place= typed into an open tab selects the place', async () => {
    await renderApp();
    act(() => {
      window.history.pushState(null, '', '/#place=nouakchott');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(document.querySelector('[data-card="place"]')?.getAttribute('data-place-id')).toBe('nouakchott'));
    expect(mentionLinks().filter((el) => el.closest('mark')?.getAttribute('data-selected') === 'true').length).toBe(3);
  });
});
