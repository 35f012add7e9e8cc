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
export function persistArticles(store: Store, openDb: () => Promise<ArticleDb>): () => void {
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
      enqueue((db) => db.deleteArticle(id));
    }
  };

  const enqueue = (write: (db: ArticleDb) => Promise<void>, record?: ArticleRecord) => {
    queue = queue.then(async () => {
      const db = await database;
      try {
        if (!db) throw new Error('no storage');
        await write(db);
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

  const unsubscribe = store.subscribe(sync);
  return () => {
    isStopped = true;
    unsubscribe();
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
  return {
    fr: `${title} : la dernière modification est affichée mais n’a pas pu être enregistrée (${message(error)}) ; la version précédente est conservée.`,
    en: `${title}: the last change is shown but could not be saved (${message(error)}); the previous version is kept.`,
  };
}

function removalFailed(error: unknown): LocalizedText {
  return { fr: `L’article n’a pas pu être retiré de ce navigateur (${message(error)}).`, en: `The article could not be removed from this browser (${message(error)}).` };
}
