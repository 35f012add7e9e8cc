/**
 * Keeps the articles a person opened, with every correction and hand-placed place, across
 * reloads, in the browser's IndexedDB (raw API: no wrapper library). Each article is stored as
 * its export bundle (`<slug>.borderbrief.json`), so what is read back goes through the same
 * checks as an imported file, and a summary beside it lets the list be shown without reading
 * every text. Both are written in one transaction: a write that fails leaves the previous version
 * whole. A stored article that no longer checks out is reported, never deleted.
 */
import type { DataProblem } from '../core/dataset';
import type { ArticleRecord } from '../core/exchange/article-record';
import { articleBundle } from '../core/exchange/export-article';
import { EXPORT_SUFFIXES } from '../core/exchange/export-file-names';

export const ARTICLE_DB_NAME = 'border-brief-articles';
/** Schema version: raise it and add a step to `upgrade` when the stores change. */
export const ARTICLE_DB_VERSION = 1;

/**
 * What is stored is checked as an opened file is, through the same door (import-article.ts),
 * loaded on the first save or read: the dashboard's first load, which reads only the list of
 * summaries, does not carry the checks and their schemas.
 */
const checkBundle = async (name: string, content: string) => (await import('../core/exchange/import-article')).importArticleFiles([{ name, content }]);

const ARTICLES = 'articles'; // key: article id → { id, bundle }
const SUMMARIES = 'summaries'; // key: article id → StoredArticleSummary

/** What the article list shows, without reading the article. */
export interface StoredArticleSummary {
  id: string;
  title: string;
  outlet: string;
  published: string;
  language: 'fr' | 'en';
  mentionCount: number; // annotations not rejected
  reviewedCount: number; // annotations a person accepted, rejected, placed or added
  savedAt: string; // ISO 8601
}

export type StoredArticle = { ok: true; record: ArticleRecord; warnings: string[] } | { ok: false; problems: DataProblem[] };

export interface ArticleDb {
  /** Stores (or replaces) the article; rejects, storing nothing, if it does not check out or the write fails. */
  saveArticle(record: ArticleRecord, options?: { savedAt?: string }): Promise<StoredArticleSummary>;
  /** Every stored article's summary, most recently saved first. */
  listArticles(): Promise<StoredArticleSummary[]>;
  /** The stored article, checked; null when there is none with this id. */
  loadArticle(id: string): Promise<StoredArticle | null>;
  deleteArticle(id: string): Promise<void>;
  close(): void;
}

export interface OpenArticleDbOptions {
  factory?: IDBFactory; // default: the browser's indexedDB (tests pass fake-indexeddb's)
  name?: string; // default: ARTICLE_DB_NAME
}

/**
 * Opens (creating or upgrading) the article store.
 * @throws Error when IndexedDB is unavailable (a private window may disable it) or blocked.
 */
export async function openArticleDb(options: OpenArticleDbOptions = {}): Promise<ArticleDb> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) throw new Error('openArticleDb: IndexedDB is not available here; opened articles will not survive a reload.');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(options.name ?? ARTICLE_DB_NAME, ARTICLE_DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('openArticleDb: the database could not be opened.'));
    request.onblocked = () => reject(new Error('openArticleDb: another tab holds an older version of the database open; close it and reload.'));
  });
  // Another tab upgrading the schema: let it, rather than block it forever.
  db.onversionchange = () => db.close();

  return {
    async saveArticle(record, saveOptions = {}) {
      const bundle = articleBundle(record);
      const checked = await checkBundle(record.meta.id + EXPORT_SUFFIXES.bundle, bundle);
      if (!checked.ok) throw new Error(`saveArticle: ${record.meta.id} does not check out, nothing stored: ${checked.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
      const summary = summarize(record, saveOptions.savedAt ?? new Date().toISOString());
      await write(db, [ARTICLES, SUMMARIES], (stores) => {
        stores[0].put({ id: record.meta.id, bundle });
        stores[1].put(summary);
      });
      return summary;
    },
    async listArticles() {
      const summaries = await read<StoredArticleSummary[]>(db, SUMMARIES, (store) => store.getAll());
      return summaries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id.localeCompare(b.id)));
    },
    async loadArticle(id) {
      const stored = await read<{ id: string; bundle: string } | undefined>(db, ARTICLES, (store) => store.get(id));
      if (!stored) return null;
      return checkBundle(id + EXPORT_SUFFIXES.bundle, stored.bundle);
    },
    async deleteArticle(id) {
      await write(db, [ARTICLES, SUMMARIES], (stores) => {
        stores[0].delete(id);
        stores[1].delete(id);
      });
    },
    close: () => db.close(),
  };
}

/** The summary the list shows for `record`. */
export function summarize(record: ArticleRecord, savedAt: string): StoredArticleSummary {
  return {
    id: record.meta.id,
    title: record.meta.title,
    outlet: record.meta.outlet,
    published: record.meta.published,
    language: record.meta.language,
    mentionCount: record.annotations.filter((a) => a['bb:status'] !== 'rejected').length,
    reviewedCount: record.annotations.filter((a) => a.creator.type === 'Person' && a['bb:status'] !== 'proposed').length,
    savedAt,
  };
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  // Each step takes the schema from one version to the next; a new version adds a step.
  if (oldVersion < 1) {
    db.createObjectStore(ARTICLES, { keyPath: 'id' });
    db.createObjectStore(SUMMARIES, { keyPath: 'id' });
  }
}

// Resolves when the transaction commits; any failure aborts it, so all its writes are undone.
function write(db: IDBDatabase, names: [string, string], body: (stores: [IDBObjectStore, IDBObjectStore]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(names, 'readwrite');
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('the write was aborted; nothing was changed.'));
    try {
      body([transaction.objectStore(names[0]), transaction.objectStore(names[1])]);
    } catch (error) {
      // A put that throws (a value that cannot be stored, a full disk) must not commit the other.
      try {
        transaction.abort();
      } catch {
        // already finished: nothing to undo
      }
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function read<T>(db: IDBDatabase, name: string, query: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = query(db.transaction(name, 'readonly').objectStore(name));
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error(`reading ${name} failed.`));
  });
}
