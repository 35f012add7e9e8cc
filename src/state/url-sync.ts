/**
 * The address follows the store, and the store follows the address: `#place=nouakchott`,
 * `#incident=ID`, `#mention=ID` and `#brief=ID&slide=3` (`&presenter=1` for the presenter window)
 * open what they name, on load and when typed into an open tab; back and forward restore them.
 * This is the only code that writes the address. A new selection, or entering or leaving a
 * presentation, is a history entry; moving from slide to slide replaces the entry, so back leaves
 * the presentation instead of stepping through every slide. The filters and the time window
 * (`from=…&to=…&type=…&side=…&maxkm=…`) ride along, so a filtered view is a link too and
 * survives a reload; changing them replaces the entry.
 */
import { briefingFromHash, hashWithBriefing, type BriefingLocation } from '../core/briefing/briefing-hash';
import { hashWithSelection, isSameSelection, selectionFromHash } from '../core/selection';
import { FILTER_QUERY_KEYS, filtersFromQuery, filtersToQuery, type FilterState } from '../core/filters/filter-state';
import { selectBriefing } from './selectors';
import type { DashboardState, Store } from './store';

/** The briefing location the state shows, or null when no slide is on screen. */
export function briefingLocationOf(state: DashboardState): BriefingLocation | null {
  const { mode, requestedId } = state.briefing;
  if (mode.type !== 'presenting' && mode.type !== 'presenter') return null;
  const briefingId = selectBriefing(state)?.id ?? requestedId;
  return briefingId ? { briefingId, slideIndex: mode.index, isPresenter: mode.type === 'presenter' } : null;
}

/** The hash for `state`, keeping any key of `hash` that the app does not own. */
export function hashOf(state: DashboardState, hash: string): string {
  return hashWithFilters(hashWithBriefing(hashWithSelection(hash, state.selection), briefingLocationOf(state)), state.filters);
}

/** `hash` with the filters' keys set to `filterState` (none written for no filter), other keys kept. */
export function hashWithFilters(hash: string, filterState: FilterState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of FILTER_QUERY_KEYS) params.delete(key);
  const text = [params.toString(), filtersToQuery(filterState)].filter(Boolean).join('&');
  return text ? `#${text}` : '';
}

export function syncWithUrl(store: Store, win: Window = window): () => void {
  const fromUrl = () => {
    const { hash } = win.location;
    store.followLocation(selectionFromHash(hash), briefingFromHash(hash));
    store.setFilters(filtersFromQuery(hash.replace(/^#/, '')));
  };
  fromUrl();

  let last = store.getState();
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    const previous = last;
    last = state;
    const hash = hashOf(state, win.location.hash);
    if (hash === win.location.hash || (hash === '' && win.location.hash === '')) return;
    const url = `${win.location.pathname}${win.location.search}${hash}` || win.location.pathname;
    const before = briefingLocationOf(previous);
    const after = briefingLocationOf(state);
    const isSlideStep = before !== null && after !== null && before.briefingId === after.briefingId && before.isPresenter === after.isPresenter;
    const isSameView = isSameSelection(previous.selection, state.selection) && JSON.stringify(before) === JSON.stringify(after);
    // A slide step, or a filter or time-window change (a brush drag makes many), replaces the entry.
    if ((isSlideStep || isSameView) && isSameSelection(previous.selection, state.selection)) win.history.replaceState(win.history.state, '', url);
    else win.history.pushState(null, '', url);
  });
  win.addEventListener('popstate', fromUrl);
  win.addEventListener('hashchange', fromUrl);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', fromUrl);
    win.removeEventListener('hashchange', fromUrl);
  };
}
