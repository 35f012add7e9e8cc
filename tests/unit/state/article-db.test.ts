import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleRecord } from '../../../src/core/exchange/article-record';
import { exportArticleFiles } from '../../../src/core/exchange/export-article';
import { ARTICLE_DB_VERSION, openArticleDb, type ArticleDb } from '../../../src/state/article-db';
import { reviewedFixture } from '../core/exchange/exchange-helpers';

let record: ArticleRecord;
beforeAll(async () => {
  record = await reviewedFixture();
});
const open: ArticleDb[] = [];
const connect = async (factory: IDBFactory) => {
  const db = await openArticleDb({ factory });
  open.push(db);
  return db;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) db.close();
});
const renamed = (title: string): ArticleRecord => ({ ...record, meta: { ...record.meta, title } });

describe('openArticleDb', () => {
  it('keeps a saved article, its corrections and its hand-placed place across a reload (a new connection)', async () => {
    const factory = new IDBFactory();
    const first = await connect(factory);
    await first.saveArticle(record, { savedAt: '2024-06-02T10:00:00Z' });
    first.close();
    const second = await connect(factory);
    const loaded = await second.loadArticle(record.meta.id);
    if (!loaded?.ok) throw new Error(JSON.stringify(loaded));
    expect(exportArticleFiles(loaded.record)).toEqual(exportArticleFiles(record));
    expect(loaded.record.places.some((p) => p.id === 'user-lere')).toBe(true);
  });

  it('lists stored articles with their counts, most recently saved first', async () => {
    const db = await connect(new IDBFactory());
    await db.saveArticle(record, { savedAt: '2024-06-02T10:00:00Z' });
    await db.saveArticle({ ...record, meta: { ...record.meta, id: 'other-article' }, annotations: [], places: [], incidents: { type: 'FeatureCollection', features: [] } }, { savedAt: '2024-06-03T10:00:00Z' });
    const list = await db.listArticles();
    expect(list.map((s) => s.id)).toEqual(['other-article', record.meta.id]);
    expect(list[1]).toMatchObject({ title: record.meta.title, mentionCount: 11, reviewedCount: 5, language: 'fr' });
  });

  it('replaces an article saved again, keeping one entry', async () => {
    const db = await connect(new IDBFactory());
    await db.saveArticle(record);
    await db.saveArticle(renamed('Nouveau titre'));
    expect((await db.listArticles()).map((s) => s.title)).toEqual(['Nouveau titre']);
  });

  it('loses nothing already stored when a write fails half-way', async () => {
    const factory = new IDBFactory();
    const db = await connect(factory);
    await db.saveArticle(record, { savedAt: '2024-06-02T10:00:00Z' });
    const put = IDBObjectStore.prototype.put;
    // The second put of the transaction (the summary) fails as a full disk would.
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(db.saveArticle(renamed('Titre jamais écrit'))).rejects.toThrow(/disk full/);
    vi.restoreAllMocks();
    const loaded = await (await connect(factory)).loadArticle(record.meta.id);
    expect(loaded?.ok && loaded.record.meta.title).toBe(record.meta.title);
    expect((await db.listArticles()).map((s) => s.title)).toEqual([record.meta.title]);
  });

  it('refuses to store an article that does not check out, and stores nothing', async () => {
    const db = await connect(new IDBFactory());
    await expect(db.saveArticle({ ...record, text: `${record.text} ` })).rejects.toThrow(/does not check out/);
    expect(await db.listArticles()).toEqual([]);
  });

  it('deletes an article and its summary', async () => {
    const db = await connect(new IDBFactory());
    await db.saveArticle(record);
    await db.deleteArticle(record.meta.id);
    expect(await db.loadArticle(record.meta.id)).toBeNull();
    expect(await db.listArticles()).toEqual([]);
  });

  it('opens at schema version 1 with its two stores', async () => {
    const factory = new IDBFactory();
    (await connect(factory)).close();
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('border-brief-articles');
      request.onsuccess = () => resolve(request.result);
    });
    expect([raw.version, [...raw.objectStoreNames]]).toEqual([ARTICLE_DB_VERSION, ['articles', 'summaries']]);
    raw.close();
  });
});
