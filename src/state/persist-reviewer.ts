/**
 * Remembers the reviewer's name in this browser, so corrections are signed alike across reloads.
 * Reads it once into the store; then the store's name is written whenever it changes.
 */
import type { Store } from './store';

const REVIEWER_NAME_KEY = 'border-brief:reviewer-name';

export function persistReviewerName(store: Store, storage: Pick<Storage, 'getItem' | 'setItem'>): () => void {
  const saved = safe(() => storage.getItem(REVIEWER_NAME_KEY));
  if (saved) store.setReviewerName(saved);
  let written = store.getState().reviewerName;
  return store.subscribe(() => {
    const { reviewerName } = store.getState();
    if (reviewerName === written) return;
    written = reviewerName;
    safe(() => storage.setItem(REVIEWER_NAME_KEY, reviewerName));
  });
}

// Storage disabled (a private window): the name is used, not remembered.
function safe<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
