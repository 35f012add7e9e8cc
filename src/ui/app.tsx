import { useEffect, useMemo, useState } from 'react';
import type { DatasetResult } from '../core/dataset';
import { createStore } from '../state/store';
import { StoreContext } from '../state/use-store';
import { syncWithUrl } from '../state/url-sync';
import { openArticleDb } from '../state/article-db';
import { persistArticles } from '../state/persist-articles';
import { persistReviewerName } from '../state/persist-reviewer';
import { ErrorPanel } from './error-panel';
import { Dashboard } from './dashboard';
import { preferredLanguage, t } from './i18n';

/**
 * The data usually arrive within a fraction of a second: a loading message shown for that long
 * only flashes, and painting it competes with the map's start for the GPU. It shows when loading
 * takes longer than this.
 */
const LOADING_MESSAGE_DELAY_MS = 600;

/**
 * Waits for the data and their checks, then shows the dashboard, or an error panel that says what
 * is wrong. `loading` is started by the caller before the first render, so the files are fetched
 * and checked while React starts; tests hand in broken data the same way.
 */
export function App({ loading }: { loading: Promise<DatasetResult> }) {
  const store = useMemo(() => createStore({ language: preferredLanguage(navigator.languages ?? [navigator.language]) }), []);
  const [result, setResult] = useState<DatasetResult | null>(null);
  const [isSlow, setSlow] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => setSlow(true), LOADING_MESSAGE_DELAY_MS);
    const settle = (settled: DatasetResult) => {
      clearTimeout(timer); // no message, and no render for it, once the data are here
      if (isCurrent) setResult(settled);
    };
    loading
      .then((loaded) => {
        performance.mark('border-brief:data-checked'); // read by the benchmark
        if (loaded.ok) store.setBundled(loaded.dataset); // before the dashboard's first render, which makes the map
        settle(loaded);
      })
      .catch((error: unknown) => settle({ ok: false, problems: [{ file: '(loader)', field: '', message: String(error), fix: '' }] }));
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [loading, store]);

  // Once the store holds the checked data, its subscribers start: the address, and what this
  // browser keeps (the articles opened and reviewed, the reviewer's name).
  useEffect(() => {
    if (!result?.ok) return;
    const stops = [syncWithUrl(store), persistArticles(store, () => openArticleDb()), persistReviewerName(store, safeLocalStorage())];
    return () => stops.forEach((stop) => stop());
  }, [result, store]);

  const language = store.getState().language;
  if (!result)
    return isSlow ? (
      <p className="loading" role="status">
        {t('loading', language)}
      </p>
    ) : null;
  if (!result.ok) return <ErrorPanel problems={result.problems} language={language} />;
  return (
    <StoreContext.Provider value={store}>
      <Dashboard />
    </StoreContext.Provider>
  );
}

/** localStorage, or a stand-in that keeps nothing where the browser refuses it (some private windows). */
function safeLocalStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.localStorage;
  } catch {
    return { getItem: () => null, setItem: () => {} };
  }
}
