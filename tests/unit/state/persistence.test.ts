/**
 * The store's subscribers that keep things in this browser: each is the only writer of what it
 * keeps, writes what the store changed and nothing else, and says when a write failed while the
 * store keeps showing the change.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/core/dataset';
import { articleRecordFromLoaded, type ArticleRecord } from '../../../src/core/exchange/article-record';
import { parseBriefing, type Briefing } from '../../../src/core/briefing/briefing-schema';
import { readFileSync } from 'node:fs';
import { openArticleDb, type ArticleDb } from '../../../src/state/article-db';
import { loadStoredBriefings, persistBriefings, type KeyValueStorage } from '../../../src/state/briefing-storage';
import { persistArticles, whenSaved, type ArticlesChannel, type ArticlesMessage } from '../../../src/state/persist-articles';
import { persistReviewerName } from '../../../src/state/persist-reviewer';
import { createStore } from '../../../src/state/store';
import { annotationId, seedDataset, SEED_ARTICLE_ID } from '../core/briefing/seed-dataset';

let dataset: Dataset;
let seedRecord: ArticleRecord;
let seedBriefing: Briefing;
beforeAll(async () => {
  dataset = await seedDataset();
  seedRecord = articleRecordFromLoaded(dataset.articles[0]!, dataset.places);
  const parsed = parseBriefing('seed.json', readFileSync(`data/briefings/${SEED_ARTICLE_ID}.json`, 'utf8'), dataset);
  if (!parsed.ok) throw new Error('seed briefing does not parse');
  seedBriefing = parsed.briefing;
});

function memoryStorage(): KeyValueStorage & { map: Map<string, string>; writes: number } {
  const map = new Map<string, string>();
  const storage = {
    map,
    writes: 0,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      storage.writes += 1;
      map.set(key, value);
    },
    removeItem: (key: string) => void map.delete(key),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
  return storage;
}

const quiet = (): ArticlesChannel => ({ post() {}, listen() {}, close() {} });

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('persistArticles', () => {
  test('reads the kept articles back, then writes each review, and a new session sees it', async () => {
    const factory = new IDBFactory();
    const first = createStore({ bundled: dataset });
    const stop = persistArticles(first, () => openArticleDb({ factory }), quiet());
    await until(() => first.getState().isRestored);
    first.review(SEED_ARTICLE_ID, { type: 'reject', annotationId: annotationId(1) });
    expect(await whenSaved(first, SEED_ARTICLE_ID)).toBe(true);
    stop();

    const second = createStore({ bundled: dataset });
    const stopSecond = persistArticles(second, () => openArticleDb({ factory }), quiet());
    await until(() => second.getState().isRestored);
    const record = second.getState().records.find((r) => r.meta.id === SEED_ARTICLE_ID)!;
    expect(record.annotations.find((a) => a.id === annotationId(1))!['bb:status']).toBe('rejected');
    expect(second.getState().saves[SEED_ARTICLE_ID]).toBe('saved');
    stopSecond();
  });

  test('a failed write is said, the change stays shown, and the kept version is the previous one', async () => {
    const factory = new IDBFactory();
    const real = await openArticleDb({ factory });
    await real.saveArticle(seedRecord);
    let isFull = false;
    const flaky: ArticleDb = { ...real, saveArticle: (record, options) => (isFull ? Promise.reject(new Error('QuotaExceededError')) : real.saveArticle(record, options)) };
    const store = createStore({ bundled: dataset });
    const stop = persistArticles(store, async () => flaky, quiet());
    await until(() => store.getState().isRestored);
    isFull = true;
    store.review(SEED_ARTICLE_ID, { type: 'reject', annotationId: annotationId(2) });
    expect(await whenSaved(store, SEED_ARTICLE_ID)).toBe(false);
    expect(store.getState().problems.at(-1)!.en).toMatch(/shown but could not be saved \(this browser has no room left for its data: export the article/);
    expect(store.getState().problems.at(-1)!.en).toMatch(/the previous version is kept/);
    expect(store.getState().records[0]!.annotations.find((a) => a.id === annotationId(2))!['bb:status']).toBe('rejected');
    const kept = await real.loadArticle(SEED_ARTICLE_ID);
    expect(kept?.ok && kept.record.annotations.find((a) => a.id === annotationId(2))!['bb:status']).toBe('proposed');
    stop();
  });

  test('without IndexedDB, opened articles stay shown and the analyst is told once', async () => {
    const store = createStore({ bundled: dataset });
    const stop = persistArticles(store, () => Promise.reject(new Error('IndexedDB is not available')), quiet());
    await until(() => store.getState().isRestored);
    store.openArticle(seedRecord);
    expect(await whenSaved(store, SEED_ARTICLE_ID)).toBe(false);
    expect(store.getState().problems).toHaveLength(1);
    expect(store.getState().records).toHaveLength(1);
    stop();
  });

  test('removing an article deletes it from storage', async () => {
    const factory = new IDBFactory();
    const store = createStore({ bundled: dataset });
    const stop = persistArticles(store, () => openArticleDb({ factory }), quiet());
    await until(() => store.getState().isRestored);
    store.openArticle(seedRecord);
    await whenSaved(store, SEED_ARTICLE_ID);
    store.removeArticle(SEED_ARTICLE_ID);
    const db = await openArticleDb({ factory });
    await until(() => true);
    for (let i = 0; i < 50 && (await db.listArticles()).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await db.listArticles()).toEqual([]);
    stop();
  });
});

/** Two tabs' channels, joined in memory. */
function channelPair(): [ArticlesChannel, ArticlesChannel] {
  const listeners: Array<((message: ArticlesMessage) => void) | null> = [null, null];
  const end = (me: number): ArticlesChannel => ({
    post: (message) => queueMicrotask(() => listeners[1 - me]?.(message)),
    listen: (onMessage) => void (listeners[me] = onMessage),
    close: () => void (listeners[me] = null),
  });
  return [end(0), end(1)];
}

describe('two tabs of one browser', () => {
  test('what one tab saves or removes shows in the other, which does not write its older copy back', async () => {
    const factory = new IDBFactory();
    const [channelA, channelB] = channelPair();
    const tabA = createStore({ bundled: dataset });
    const tabB = createStore({ bundled: dataset });
    const stopA = persistArticles(tabA, () => openArticleDb({ factory }), channelA);
    const stopB = persistArticles(tabB, () => openArticleDb({ factory }), channelB);
    await until(() => tabA.getState().isRestored && tabB.getState().isRestored);
    tabA.review(SEED_ARTICLE_ID, { type: 'reject', annotationId: annotationId(4) });
    await whenSaved(tabA, SEED_ARTICLE_ID);
    await until(() => tabB.getState().records.some((r) => r.meta.id === SEED_ARTICLE_ID));
    const inB = tabB.getState().records.find((r) => r.meta.id === SEED_ARTICLE_ID)!;
    expect(inB.annotations.find((a) => a.id === annotationId(4))!['bb:status']).toBe('rejected');
    expect(tabB.getState().problems).toEqual([]);
    tabA.removeArticle(SEED_ARTICLE_ID);
    await until(() => !tabB.getState().records.some((r) => r.meta.id === SEED_ARTICLE_ID));
    stopA();
    stopB();
  });
});

describe('persistBriefings', () => {
  test('keeps an edit, forgets it on reset, and writes nothing for changes elsewhere', () => {
    const storage = memoryStorage();
    const store = createStore({ bundled: dataset, isRestored: true });
    store.loadBriefings([seedBriefing], [], []);
    const stop = persistBriefings(store, storage);
    store.select({ type: 'place', id: 'bamako' });
    expect(storage.writes).toBe(0);
    store.editBriefing({ type: 'retitle', index: 0, title: 'Région' });
    expect(loadStoredBriefings(storage, dataset).briefings.map((b) => b.slides[0]!.title)).toEqual(['Région']);
    store.resetBriefing();
    expect(storage.map.size).toBe(0);
    stop();
  });

  test('a briefing imported under its own id is kept and comes back in a new session', () => {
    const storage = memoryStorage();
    const store = createStore({ bundled: dataset, isRestored: true });
    store.loadBriefings([seedBriefing], [], []);
    const stop = persistBriefings(store, storage);
    store.importBriefing({ ok: true, briefing: { ...seedBriefing, id: 'my-briefing', title: 'Mine' } });
    stop();
    const restored = loadStoredBriefings(storage, dataset);
    expect(restored.briefings.map((b) => b.id)).toEqual(['my-briefing']);
    const next = createStore({ bundled: dataset, isRestored: true });
    next.loadBriefings([seedBriefing], restored.briefings, restored.problems);
    expect(next.getState().briefing.editors['my-briefing']?.briefing.title).toBe('Mine');
  });
});

describe('persistReviewerName', () => {
  test('reads the name once and writes it when it changes', () => {
    const storage = memoryStorage();
    storage.setItem('border-brief:reviewer-name', 'Awa');
    const store = createStore();
    const stop = persistReviewerName(store, storage);
    expect(store.getState().reviewerName).toBe('Awa');
    store.setReviewerName('  Moussa ');
    expect(storage.getItem('border-brief:reviewer-name')).toBe('Moussa');
    stop();
  });
});
