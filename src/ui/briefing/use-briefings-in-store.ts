import { useEffect } from 'react';
import { parseBriefing, type Briefing } from '../../core/briefing/briefing-schema';
import type { Dataset, DataProblem } from '../../core/dataset';
import { loadStoredBriefings, persistBriefings } from '../../state/briefing-storage';
import { selectDataset } from '../../state/selectors';
import { useDashboard, useStoreApi } from '../../state/use-store';

const briefingFiles = import.meta.glob<string>('../../../data/briefings/*.json', { query: '?url', import: 'default', eager: true });

/**
 * Reads the bundled briefings and the copies this browser keeps into the store, the first time
 * the briefing mode opens; then keeps the edits (persistBriefings). True once they are in.
 */
export function useBriefingsInStore(): boolean {
  const store = useStoreApi();
  const isLoaded = useDashboard((s) => s.briefing.files !== null);
  // A kept briefing may quote an article kept in this browser: wait until those are read back.
  const isRestored = useDashboard((s) => s.isRestored);
  useEffect(() => {
    if (store.getState().briefing.files !== null || !isRestored) return;
    let isCurrent = true;
    const { bundled } = store.getState();
    void fetchBriefingFiles(bundled).then(({ files, problems }) => {
      if (!isCurrent) return;
      const stored = loadStoredBriefings(window.localStorage, selectDataset(store.getState()));
      store.loadBriefings(files, stored.briefings, [...problems, ...stored.problems]);
    });
    return () => {
      isCurrent = false;
    };
  }, [store, isRestored]);
  useEffect(() => (isLoaded ? persistBriefings(store, window.localStorage) : undefined), [isLoaded, store]);
  return isLoaded;
}

/** Fetches and checks the bundled briefing files (data/briefings/). */
async function fetchBriefingFiles(dataset: Dataset | null): Promise<{ files: Briefing[]; problems: DataProblem[] }> {
  const files: Briefing[] = [];
  const problems: DataProblem[] = [];
  const entries = Object.entries(briefingFiles).sort(([a], [b]) => a.localeCompare(b));
  for (const [modulePath, url] of entries) {
    const path = `data/briefings/${modulePath.split('/').at(-1)}`;
    try {
      const response = await fetch(url);
      const result = parseBriefing(path, await response.text(), dataset ?? undefined);
      if (result.ok) files.push(result.briefing);
      else problems.push(...result.problems);
    } catch (error) {
      problems.push({ file: path, field: '', message: `could not be read (${String(error)}).`, fix: 'Rebuild the app with npm start.' });
    }
  }
  return { files, problems };
}
