/**
 * Keeps the URL hash and the selection in step: `#place=nouakchott` or `#incident=ID` opens the
 * dashboard with that selection, each new selection is a history entry, and back/forward restore
 * the selection they point at.
 */
import { hashWithSelection, isSameSelection, selectionFromHash } from '../core/selection';
import type { Store } from './store';

export function syncSelectionWithUrl(store: Store, win: Window = window): () => void {
  const fromUrl = () => {
    const selection = selectionFromHash(win.location.hash);
    if (!isSameSelection(selection, store.getState().selection)) {
      if (selection) store.select(selection);
      else store.clearSelection();
    }
  };
  fromUrl();

  let last = store.getState().selection;
  const unsubscribe = store.subscribe(() => {
    const { selection } = store.getState();
    if (isSameSelection(selection, last)) return;
    last = selection;
    const hash = hashWithSelection(win.location.hash, selection);
    if (hash === win.location.hash || (hash === '' && win.location.hash === '')) return;
    const url = `${win.location.pathname}${win.location.search}${hash}`;
    win.history.pushState(null, '', url || win.location.pathname);
  });
  win.addEventListener('popstate', fromUrl);
  win.addEventListener('hashchange', fromUrl);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', fromUrl);
    win.removeEventListener('hashchange', fromUrl);
  };
}
