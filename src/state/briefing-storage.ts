/**
 * Keeps edited briefings across reloads in the browser's localStorage, one key per briefing. A
 * stored copy is checked like any file before it is used; a broken one is ignored (and kept, so
 * nothing is lost), and the briefing from the repository is shown instead.
 */
import { parseBriefing } from '../core/briefing/briefing-schema';
import type { Briefing } from '../core/briefing/briefing-schema';
import { serializeBriefing } from '../core/briefing/serialize-briefing';
import type { Dataset } from '../core/dataset';

const PREFIX = 'border-brief:briefing:';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored edit of briefing `id`, or null when there is none or it no longer checks out. */
export function loadStoredBriefing(storage: KeyValueStorage, id: string, dataset?: Pick<Dataset, 'places' | 'articles'>): Briefing | null {
  const content = safe(() => storage.getItem(PREFIX + id));
  if (!content) return null;
  const result = parseBriefing(`localStorage ${PREFIX}${id}`, content, dataset);
  if (!result.ok) {
    console.warn('Stored briefing ignored:', result.problems);
    return null;
  }
  return result.briefing;
}

export function storeBriefing(storage: KeyValueStorage, briefing: Briefing): void {
  safe(() => storage.setItem(PREFIX + briefing.id, serializeBriefing(briefing)));
}

export function forgetStoredBriefing(storage: KeyValueStorage, id: string): void {
  safe(() => storage.removeItem(PREFIX + id));
}

// Storage can be disabled or full (private windows, quotas): editing still works, unsaved.
function safe<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
