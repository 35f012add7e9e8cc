/**
 * Keeps edited and imported briefings across reloads in the browser's localStorage, one key per
 * briefing. A stored copy is checked like any file before it is used; a broken one is ignored (and
 * kept, so nothing is lost), and the briefing from the repository is shown instead.
 * `persistBriefings` is the only writer: it follows the store.
 */
import { parseBriefing } from '../core/briefing/briefing-schema';
import type { Briefing } from '../core/briefing/briefing-schema';
import { serializeBriefing } from '../core/briefing/serialize-briefing';
import type { Dataset, DataProblem } from '../core/dataset';
import { selectOriginalBriefings } from './selectors';
import type { Store } from './store';

const PREFIX = 'border-brief:briefing:';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/** The stored edit of briefing `id`, or null when there is none or it no longer checks out. */
export function loadStoredBriefing(storage: KeyValueStorage, id: string, dataset?: Pick<Dataset, 'places' | 'articles'>): Briefing | null {
  const result = readStored(storage, PREFIX + id, dataset);
  return result?.ok ? result.briefing : null;
}

/** Every briefing kept in `storage` that still checks out, and what is wrong with the others. */
export function loadStoredBriefings(storage: KeyValueStorage, dataset?: Pick<Dataset, 'places' | 'articles'>): { briefings: Briefing[]; problems: DataProblem[] } {
  const briefings: Briefing[] = [];
  const problems: DataProblem[] = [];
  const keys = safe(() => Array.from({ length: storage.length ?? 0 }, (_, i) => storage.key?.(i) ?? '')) ?? [];
  for (const key of keys.filter((candidate) => candidate.startsWith(PREFIX)).sort()) {
    const result = readStored(storage, key, dataset);
    if (result?.ok) briefings.push(result.briefing);
    else if (result) problems.push(...result.problems);
  }
  return { briefings, problems };
}

export function storeBriefing(storage: KeyValueStorage, briefing: Briefing): void {
  safe(() => storage.setItem(PREFIX + briefing.id, serializeBriefing(briefing)));
}

export function forgetStoredBriefing(storage: KeyValueStorage, id: string): void {
  safe(() => storage.removeItem(PREFIX + id));
}

/**
 * Keeps each briefing the store holds an edit of: stored while it differs from its original (the
 * bundled file or the draft), forgotten when it is back to it. Returns a function that stops.
 */
export function persistBriefings(store: Store, storage: KeyValueStorage): () => void {
  let written = store.getState().briefing.editors; // what was restored is already stored
  const sync = () => {
    const { editors } = store.getState().briefing;
    if (editors === written) return;
    const originals = new Map(selectOriginalBriefings(store.getState()).map((briefing) => [briefing.id, briefing]));
    for (const [id, editor] of Object.entries(editors)) {
      if (written[id]?.briefing === editor.briefing) continue;
      if (originals.get(id) === editor.briefing) forgetStoredBriefing(storage, id);
      else storeBriefing(storage, editor.briefing);
    }
    written = editors;
  };
  return store.subscribe(sync);
}

function readStored(storage: KeyValueStorage, key: string, dataset?: Pick<Dataset, 'places' | 'articles'>) {
  const content = safe(() => storage.getItem(key));
  if (!content) return null;
  const result = parseBriefing(`localStorage ${key}`, content, dataset);
  if (!result.ok) console.warn('Stored briefing ignored:', result.problems);
  return result;
}

// Storage can be disabled or full (private windows, quotas): editing still works, unsaved.
function safe<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
