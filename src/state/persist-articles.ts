/**
 * Keeps the store's article records in this browser's IndexedDB: reads them back once at start,
 * then writes each record the store changes and deletes each one it drops. It is the only code
 * that writes the article database; the store says what should be kept, this says whether it was
 * (`saves` in the store: saving → saved or failed). Writes are made one after another, so a later
 * version of an article never lands before an earlier one.
 */
import type { ArticleRecord } from '../core/exchange/article-record';
import type { LocalizedText } from '../core/types';
import type { ArticleDb } from './article-db';
import type { Store } from './store';

/**
 * Starts keeping the store's records; returns a function that stops listening.
 * @param openDb opens the database; a rejection (no IndexedDB, a private window) is reported once
 *   and every later save reads as failed, while the articles stay shown.
 */
export function persistArticles(store: Store, openDb: () => Promise<ArticleDb>, channel: ArticlesChannel = openArticlesChannel()): () => void {
  let isStopped = false;
  const database = openDb().catch((error: unknown) => {
    store.reportProblem(storageUnavailable(error));
    return null;
  });
  /** The record last written, or tried, or read back, for each id. */
  const written = new Map<string, ArticleRecord>();
  let queue: Promise<void> = Promise.resolve();
  let isRestoring = true;

  void database.then(async (db) => {
    const restored: ArticleRecord[] = [];
    const problems: LocalizedText[] = [];
    if (db) {
      try {
        for (const summary of await db.listArticles()) {
          const stored = await db.loadArticle(summary.id);
          if (stored?.ok) restored.push(stored.record);
          else if (stored) problems.push(storedArticleBroken(summary.title, stored.problems.map((p) => `${p.field} ${p.message}`).join('; ')));
        }
      } catch (error) {
        problems.push(storageUnavailable(error));
      }
    }
    if (isStopped) return;
    for (const record of restored) written.set(record.meta.id, record);
    isRestoring = false;
    store.restoreRecords(restored, problems);
    sync(); // what was opened before the stored articles were read
  });

  const sync = () => {
    if (isRestoring || isStopped) return;
    const { records } = store.getState();
    const current = new Map(records.map((record) => [record.meta.id, record]));
    for (const [id, record] of current) {
      if (written.get(id) === record) continue;
      written.set(id, record);
      enqueue(async (db) => {
        await db.saveArticle(record);
      }, record);
    }
    for (const id of [...written.keys()]) {
      if (current.has(id)) continue;
      written.delete(id);
      enqueue((db) => db.deleteArticle(id), undefined, id);
    }
  };

  const enqueue = (write: (db: ArticleDb) => Promise<void>, record?: ArticleRecord, removedId?: string) => {
    queue = queue.then(async () => {
      const db = await database;
      try {
        if (!db) throw new Error('no storage');
        await write(db);
        channel.post(record ? { type: 'saved', articleId: record.meta.id } : { type: 'removed', articleId: removedId! });
        // A newer version queued meanwhile still reads as saving until it lands.
        if (record && store.getState().records.includes(record)) store.reportSave(record.meta.id, 'saved');
      } catch (error) {
        if (!record) return store.reportProblem(removalFailed(error));
        if (!db) return store.reportSave(record.meta.id, 'failed');
        // The database keeps the previous version whole (one transaction per write). The record is
        // not retried on its own (a full disk would fail again at once): the next change writes it.
        store.reportSave(record.meta.id, 'failed', notSaved(record.meta.title, error));
      }
    });
  };

  // Another tab wrote: read what it stored, so this tab shows it and does not write its older copy back.
  channel.listen((message) => {
    void (async () => {
      const db = await database;
      if (!db || isStopped) return;
      if (message.type === 'removed') {
        written.delete(message.articleId);
        return store.followOtherTab({ type: 'removed', articleId: message.articleId });
      }
      const stored = await db.loadArticle(message.articleId);
      if (!stored?.ok || isStopped) return;
      written.set(message.articleId, stored.record);
      store.followOtherTab({ type: 'saved', record: stored.record });
    })();
  });

  const unsubscribe = store.subscribe(sync);
  return () => {
    isStopped = true;
    unsubscribe();
    channel.close();
  };
}

export type ArticlesMessage = { type: 'saved' | 'removed'; articleId: string };

/** How tabs of one browser tell each other what they stored. */
export interface ArticlesChannel {
  post(message: ArticlesMessage): void;
  listen(onMessage: (message: ArticlesMessage) => void): void;
  close(): void;
}

/** A BroadcastChannel between this browser's tabs; a no-op where there is none. */
export function openArticlesChannel(): ArticlesChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, listen() {}, close() {} };
  const channel = new BroadcastChannel('border-brief:articles');
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => {
      channel.onmessage = (event: MessageEvent<ArticlesMessage>) => onMessage(event.data);
    },
    close: () => channel.close(),
  };
}

/** Resolves once the store's version of `articleId` is saved (true) or failed to be (false). */
export function whenSaved(store: Store, articleId: string): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      const status = store.getState().saves[articleId];
      if (status === 'saving') return false;
      unsubscribe();
      resolve(status === 'saved');
      return true;
    };
    const unsubscribe = store.subscribe(() => void check());
    check();
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function storageUnavailable(error: unknown): LocalizedText {
  return {
    fr: `Les articles ouverts ne peuvent pas être gardés dans ce navigateur (${message(error)}) : ils restent affichés jusqu’à la fermeture de la page ; exportez-les pour les garder.`,
    en: `Opened articles cannot be kept in this browser (${message(error)}): they stay shown until the page is closed; export them to keep them.`,
  };
}

function storedArticleBroken(title: string, details: string): LocalizedText {
  return { fr: `${title} : la copie gardée dans ce navigateur ne passe pas les contrôles (${details}) ; elle est conservée, non affichée.`, en: `${title}: the copy kept in this browser does not check out (${details}); it is kept, not shown.` };
}

function notSaved(title: string, error: unknown): LocalizedText {
  const why = storageErrorWords(error);
  return {
    fr: `${title}\u00a0: la dernière modification est affichée mais n’a pas pu être enregistrée (${why.fr})\u00a0; la version précédente est conservée.`,
    en: `${title}: the last change is shown but could not be saved (${why.en}); the previous version is kept.`,
  };
}

/** A storage error in words a person can act on; IndexedDB's own message only when it is none of the known ones. */
function storageErrorWords(error: unknown): LocalizedText {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  const text = message(error);
  if (name === 'QuotaExceededError' || /quota/i.test(text)) {
    return { fr: 'ce navigateur n’a plus de place pour ses données\u00a0: exportez l’article, puis retirez-en d’autres de ce navigateur', en: 'this browser has no room left for its data: export the article, then remove others from this browser' };
  }
  if (name === 'InvalidStateError' || /closed|versionchange/i.test(text)) {
    return { fr: 'la base de ce navigateur a été fermée par un autre onglet\u00a0: rechargez la page', en: 'this browser’s database was closed by another tab: reload the page' };
  }
  return { fr: text, en: text };
}

function removalFailed(error: unknown): LocalizedText {
  return { fr: `L’article n’a pas pu être retiré de ce navigateur (${message(error)}).`, en: `The article could not be removed from this browser (${message(error)}).` };
}
