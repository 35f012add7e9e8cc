/**
 * The dashboard's store: one selection, the visible layers and the interface language. Its
 * shape and its actions sit here; anything derived from it is a pure function in src/core.
 * React reads it through useSyncExternalStore (see use-store.ts); the URL follows it (url-sync.ts).
 */
import type { Language } from '../core/types';
import type { Selection } from '../core/selection';
import { isSameSelection } from '../core/selection';
import { ALL_LAYERS_VISIBLE, type LayerToggleId, type LayerVisibility } from '../core/vocabulary/layer-toggles';


export interface DashboardState {
  selection: Selection;
  /** Which article's text is shown beside the map (an article id; null: the first). */
  articleId: string | null;
  /** 'all': every article's places, incidents and passages are shown, not only articleId's. */
  articleScope: 'one' | 'all';
  layers: LayerVisibility;
  language: Language;
  /** Bumped when the user asks to see the selection again, so the map re-frames it. */
  focusRequest: number;
  /** Review mode: mentions show their confidence and a click opens the mention for review. */
  isReviewing: boolean;
  /** The annotation waiting for a click on the map to place it, if any. */
  placingAnnotationId: string | null;
}

type Listener = () => void;

export interface Store {
  getState(): DashboardState;
  subscribe(listener: Listener): () => void;
  select(selection: Selection, options?: { focus?: boolean }): void;
  clearSelection(): void;
  toggleLayer(layer: LayerToggleId): void;
  /** Sets every layer at once (a briefing slide shows its own layers). */
  setLayers(layers: LayerVisibility): void;
  setLanguage(language: Language): void;
  setArticle(articleId: string): void;
  setArticleScope(scope: 'one' | 'all'): void;
  setReviewing(isReviewing: boolean): void;
  setPlacing(annotationId: string | null): void;
}

/** Creates a store with the given starting values. */
export function createStore(initial: Partial<DashboardState> = {}): Store {
  let state: DashboardState = {
    selection: null,
    articleId: null,
    articleScope: 'one',
    layers: { ...ALL_LAYERS_VISIBLE },
    language: 'fr',
    focusRequest: 0,
    isReviewing: false,
    placingAnnotationId: null,
    ...initial,
  };
  const listeners = new Set<Listener>();
  const update = (next: DashboardState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    select(selection, options = {}) {
      const focus = options.focus ?? true; // re-frame the map even when the same thing is picked again
      if (isSameSelection(selection, state.selection) && !focus) return;
      update({ ...state, selection, focusRequest: state.focusRequest + (focus ? 1 : 0) });
    },
    clearSelection() {
      if (state.selection === null) return;
      update({ ...state, selection: null, focusRequest: state.focusRequest + 1 });
    },
    toggleLayer(layer) {
      update({ ...state, layers: { ...state.layers, [layer]: !state.layers[layer] } });
    },
    setLayers(layers) {
      update({ ...state, layers: { ...layers } });
    },
    setLanguage(language) {
      if (language !== state.language) update({ ...state, language });
    },
    setArticle(articleId) {
      if (articleId !== state.articleId || state.articleScope !== 'one') update({ ...state, articleId, articleScope: 'one' });
    },
    setReviewing(isReviewing) {
      if (isReviewing !== state.isReviewing) update({ ...state, isReviewing, placingAnnotationId: isReviewing ? state.placingAnnotationId : null });
    },
    setPlacing(placingAnnotationId) {
      if (placingAnnotationId !== state.placingAnnotationId) update({ ...state, placingAnnotationId });
    },
    setArticleScope(articleScope) {
      if (articleScope !== state.articleScope) update({ ...state, articleScope });
    },
  };
}
