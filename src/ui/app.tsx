import { useEffect, useMemo, useState } from 'react';
import type { DatasetResult } from '../core/dataset';
import { createStore } from '../state/store';
import { StoreContext } from '../state/use-store';
import { syncSelectionWithUrl } from '../state/url-sync';
import { ErrorPanel } from './error-panel';
import { Dashboard } from './dashboard';
import { preferredLanguage, t } from './i18n';


/**
 * Loads and checks the data, then shows the dashboard, or an error panel that says what is
 * wrong. `load` is injected so tests can hand in broken data.
 */
export function App({ load }: { load: () => Promise<DatasetResult> }) {
  const store = useMemo(() => createStore({ language: preferredLanguage(navigator.languages ?? [navigator.language]) }), []);
  const [result, setResult] = useState<DatasetResult | null>(null);

  useEffect(() => {
    let isCurrent = true;
    load()
      .then((loaded) => isCurrent && setResult(loaded))
      .catch((error: unknown) => isCurrent && setResult({ ok: false, problems: [{ file: '(loader)', field: '', message: String(error), fix: '' }] }));
    return () => {
      isCurrent = false;
    };
  }, [load]);

  useEffect(() => {
    if (result?.ok) return syncSelectionWithUrl(store);
  }, [result, store]);

  const language = store.getState().language;
  if (!result) return <p className="loading">{t('loading', language)}</p>;
  if (!result.ok) return <ErrorPanel problems={result.problems} language={language} />;
  return (
    <StoreContext.Provider value={store}>
      <Dashboard dataset={result.dataset} />
    </StoreContext.Provider>
  );
}
