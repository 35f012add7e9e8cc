/**
 * The articles the analyst opened, imported or reviewed in this browser, kept in IndexedDB so
 * they survive a reload. Reads them all once at start; every change is written before the
 * dashboard shows it as saved, and a failed write says so and keeps what was stored before.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleRecord } from '../core/exchange/article-record';
import { openArticleDb, type ArticleDb } from './article-db';

export interface UserArticles {
  records: ArticleRecord[];
  /** Problems with stored articles or with the store itself, in words for the analyst. */
  problems: string[];
  /** Stores the article (new or reviewed) and shows it. Resolves false, with a problem, when the write failed. */
  save(record: ArticleRecord): Promise<boolean>;
  remove(id: string): Promise<void>;
}

export function useUserArticles(): UserArticles {
  const [records, setRecords] = useState<ArticleRecord[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const dbRef = useRef<Promise<ArticleDb | null> | null>(null);

  const database = useCallback(() => {
    dbRef.current ??= openArticleDb().catch((error: unknown) => {
      setProblems((current) => [...current, `${String(error instanceof Error ? error.message : error)}`]);
      return null;
    });
    return dbRef.current;
  }, []);

  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const db = await database();
      if (!db) return;
      const loaded: ArticleRecord[] = [];
      const found: string[] = [];
      for (const summary of await db.listArticles()) {
        const stored = await db.loadArticle(summary.id);
        if (stored?.ok) loaded.push(stored.record);
        else if (stored) found.push(`${summary.title}: ${stored.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
      }
      if (!isCurrent) return;
      setRecords(loaded.sort((a, b) => a.meta.id.localeCompare(b.meta.id)));
      if (found.length) setProblems((current) => [...current, ...found]);
    })();
    return () => {
      isCurrent = false;
    };
  }, [database]);

  const save = useCallback(
    async (record: ArticleRecord) => {
      const db = await database();
      try {
        if (db) await db.saveArticle(record);
      } catch (error) {
        setProblems((current) => [...current, `${record.meta.title}: not saved (${error instanceof Error ? error.message : String(error)}). The previous version is kept.`]);
        return false;
      }
      setRecords((current) => [...current.filter((r) => r.meta.id !== record.meta.id), record].sort((a, b) => a.meta.id.localeCompare(b.meta.id)));
      return db !== null;
    },
    [database],
  );

  const remove = useCallback(
    async (id: string) => {
      const db = await database();
      await db?.deleteArticle(id);
      setRecords((current) => current.filter((record) => record.meta.id !== id));
    },
    [database],
  );

  return { records, problems, save, remove };
}
