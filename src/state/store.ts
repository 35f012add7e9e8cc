/**
 * The app's one store: everything a user can change, with its actions in one place — the
 * selection, the layers and language, the articles (bundled and opened, which is shown, one or
 * all), each article's review with its undo history, the briefing being edited and presented, and
 * the mode. Nothing else keeps a copy: components read it through hooks (use-store.ts), anything
 * derived is a pure function in src/core reached through selectors.ts, and persistence
 * (persist-articles.ts, persist-briefings.ts, persist-reviewer.ts) and the URL (url-sync.ts) are
 * subscribers, each the only writer of what it keeps.
 */
import type { Briefing } from '../core/briefing/briefing-schema';
import { briefingEditorReducer, createEditorState, type BriefingEdit, type BriefingEditorState } from '../core/briefing/edit-briefing';
import { slideFromView, type DashboardView } from '../core/briefing/slide-from-view';
import type { Dataset, DataProblem } from '../core/dataset';
import type { ArticleRecord } from '../core/exchange/article-record';
import { recordToReview, reviewRecord } from '../core/review/review-record';
import { reviewerAgent } from '../core/review/reviewer';
import { editArticleDetails, type DetailChanges } from '../core/review/edit-article-details';
import { reviewIncidents, type IncidentAction, type ReviewedIncident } from '../core/review/review-incidents';
import { citedPlaces } from '../core/exchange/article-record';
import type { ReviewAction } from '../core/review/review-annotations';
import type { Selection } from '../core/selection';
import { isSameSelection } from '../core/selection';
import type { BriefingLocation } from '../core/briefing/briefing-hash';
import type { Language, LocalizedText, Place } from '../core/types';
import { ALL_LAYERS_VISIBLE, type LayerToggleId, type LayerVisibility } from '../core/vocabulary/layer-toggles';
import { selectBriefing, selectDataset, selectOriginalBriefings } from './selectors';
import type { BriefingMode, BriefingState, DashboardState, EventLayer, LocatedPlace, MeasureEnd, PlaceLayer, PlacingIncident, SaveStatus } from './app-state';
import { handPlacedIncidentChanges } from '../core/incidents/hand-placed-incident';
import { filters, filtersToQuery, isUnfiltered, type FilterState } from '../core/filters/filter-state';

export type { AppState, BriefingMode, BriefingState, DashboardState, EventLayer, LocatedPlace, MeasureEnd, MeasureState, PlaceLayer, PlacingIncident, SaveStatus } from './app-state';

type Listener = () => void;

export const DEFAULT_REVIEWER_NAME = 'Analyste';

/** What the UI sends for a review: the store adds who and when. */
export type ReviewCommand = DistributiveOmit<Exclude<ReviewAction, { type: 'undo' }>, 'reviewer' | 'at'> | { type: 'undo' };
/** What the UI sends for an incident's review: the store adds who and when. */
export type IncidentCommand = (DistributiveOmit<Exclude<IncidentAction, { type: 'undo-incidents' }>, 'reviewer' | 'at'> | { type: 'undo-incidents' }) & {
  /** Places the command names that the shown dataset may not hold (a gazetteer entry the reviewer picked), kept with the article. */
  places?: readonly Place[];
};
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
  /** Enters placing mode for an incident (a mention being placed stops), or leaves it with null. */
  setPlacingIncident(target: PlacingIncident | null): void;
  /** Follows the address: its selection and briefing location (url-sync.ts calls it). */
  followLocation(selection: Selection, briefing: BriefingLocation | null): void;

  setBundled(dataset: Dataset): void;
  /** The records read back from this browser's storage (those already opened in this session win). */
  restoreRecords(records: readonly ArticleRecord[], problems: readonly LocalizedText[]): void;
  /** Shows a newly opened or imported article (a new version of one replaces it, and its undo history goes). */
  openArticle(record: ArticleRecord): void;
  /** Removes an article kept in this browser; `undoRemove` brings it back with its corrections and undo history. */
  removeArticle(articleId: string): void;
  undoRemove(): void;
  /** Corrects an article's title, outlet, date or address; returns why it could not, or null. */
  editArticleDetails(articleId: string, changes: DetailChanges, at?: string): LocalizedText | null;
  reportSave(articleId: string, status: Exclude<SaveStatus, 'saving'>, problem?: LocalizedText): void;
  /** Another tab of this browser saved or removed an article: show what storage now holds. */
  followOtherTab(change: { type: 'saved'; record: ArticleRecord } | { type: 'removed'; articleId: string }): void;
  reportProblem(problem: LocalizedText): void;
  /** Applies a review command to an article, over what is shown; returns why nothing changed, or null. */
  review(articleId: string, command: ReviewCommand, at?: string): string | null;
  /** Applies an incident review command to an article, over what is shown; returns why nothing changed, or null. */
  reviewIncident(articleId: string, command: IncidentCommand, at?: string): string | null;
  /** Places the mention waiting to be placed (placing mode) where the map was clicked. */
  placeByHand(lngLat: [lng: number, lat: number]): void;
  /**
   * Places the incident waiting to be placed where the map was clicked: a point at precision 1,
   * the precision's honest zone around it at 2 or 3; signed, the coder's proposal kept, undoable.
   * Returns why nothing changed, or null.
   */
  placeIncidentAt(lngLat: [lng: number, lat: number]): string | null;
  setReviewerName(name: string): void;

  /** Changes some filters (the time window included); the others stay. */
  setFilters(patch: Partial<FilterState>): void;
  resetFilters(): void;
  /** Adds (or replaces, by id) a layer of events from a file. */
  addEventLayer(layer: EventLayer): void;
  removeEventLayer(id: string): void;
  /** Adds (or replaces, by id) a layer of places from a file. */
  addPlaceLayer(layer: PlaceLayer): void;
  removePlaceLayer(id: string): void;

  /** Marks and frames a place found with the search that no article names; null takes the mark away. */
  locate(place: LocatedPlace | null): void;
  /** Starts measuring from a point (the selection's): to the border at once, then to the next point clicked or chosen. */
  startMeasure(from: MeasureEnd): void;
  /** The second end of the measure (a map click, or a search result while picking). */
  setMeasureTarget(to: MeasureEnd): void;
  clearMeasure(): void;

  /** The bundled briefing files and the copies kept in this browser, once read. */
  loadBriefings(files: readonly Briefing[], stored: readonly Briefing[], problems: readonly DataProblem[]): void;
  setBriefingMode(mode: BriefingMode): void;
  editBriefing(edit: BriefingEdit): void;
  /** Adds a slide from the dashboard's view (camera from the map, or null without one). */
  addSlideFromView(camera: DashboardView['camera'], untitled: string): void;
  /** Shows an imported briefing (under its own id, new or not), or says why it was refused. */
  importBriefing(result: { ok: true; briefing: Briefing } | { ok: false; problems: DataProblem[] }): void;
  /** Back to the briefing's original (the bundled file or the draft), forgetting the edits. */
  resetBriefing(): void;
}

export interface StoreOptions extends Partial<Omit<DashboardState, 'briefing'>> {
  briefing?: Partial<BriefingState>;
}

/** Creates a store with the given starting values. */
export function createStore(initial: StoreOptions = {}): Store {
  const { briefing: initialBriefing, ...rest } = initial;
  let state: DashboardState = {
    selection: null,
    articleId: null,
    articleScope: 'one',
    layers: { ...ALL_LAYERS_VISIBLE },
    language: 'fr',
    focusRequest: 0,
    isReviewing: false,
    placingAnnotationId: null,
    placingIncident: null,
    bundled: null,
    records: [],
    isRestored: false,
    saves: {},
    reviewHistory: {},
    incidentHistory: {},
    reviewerName: DEFAULT_REVIEWER_NAME,
    problems: [],
    removed: null,
    filters: filters(),
    eventLayers: [],
    placeLayers: [],
    located: null,
    measure: null,
    ...rest,
    briefing: { files: null, editors: {}, requestedId: null, mode: { type: 'closed' }, problems: [], ...initialBriefing },
  };
  const listeners = new Set<Listener>();
  const update = (next: DashboardState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const updateBriefing = (patch: Partial<BriefingState>) => update({ ...state, briefing: { ...state.briefing, ...patch } });
  const withRecord = (record: ArticleRecord): ArticleRecord[] => [...state.records.filter((r) => r.meta.id !== record.meta.id), record].sort(byArticleId);

  /** The briefing the editor works on now, with its editor state (made from the original on first edit). */
  const activeEditor = (): BriefingEditorState | null => {
    const briefing = selectBriefing(state);
    if (!briefing) return null;
    return state.briefing.editors[briefing.id] ?? createEditorState(briefing);
  };
  const setEditor = (editor: BriefingEditorState) => updateBriefing({ editors: { ...state.briefing.editors, [editor.briefing.id]: editor } });

  const store: Store = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    select(selection, options = {}) {
      const focus = options.focus ?? true; // re-frame the map even when the same thing is picked again
      if (isSameSelection(selection, state.selection) && !focus) return;
      // A measure belongs to the selection it started from; a located mark gives way to a selection.
      const isNew = !isSameSelection(selection, state.selection);
      update({ ...state, selection, focusRequest: state.focusRequest + (focus ? 1 : 0), located: null, measure: isNew ? null : state.measure });
    },
    clearSelection() {
      if (state.selection === null && state.located === null && state.measure === null) return;
      update({ ...state, selection: null, focusRequest: state.focusRequest + 1, located: null, measure: null });
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
      if (articleId === state.articleId && state.articleScope === 'one') return;
      // The briefing follows the article shown, unless the address asks for another one later.
      update({ ...state, articleId, articleScope: 'one', briefing: { ...state.briefing, requestedId: null } });
    },
    setReviewing(isReviewing) {
      if (isReviewing !== state.isReviewing) update({ ...state, isReviewing, placingAnnotationId: isReviewing ? state.placingAnnotationId : null, placingIncident: isReviewing ? state.placingIncident : null });
    },
    locate(located) {
      if (located === null && state.located === null) return;
      update({ ...state, located, selection: located ? null : state.selection, measure: null, focusRequest: state.focusRequest + (located ? 1 : 0) });
    },
    startMeasure(from) {
      update({ ...state, measure: { from, to: null, isPicking: true } });
    },
    setMeasureTarget(to) {
      if (!state.measure) return;
      update({ ...state, measure: { ...state.measure, to, isPicking: false } });
    },
    clearMeasure() {
      if (state.measure) update({ ...state, measure: null });
    },
    setPlacing(placingAnnotationId) {
      if (placingAnnotationId !== state.placingAnnotationId) update({ ...state, placingAnnotationId, placingIncident: placingAnnotationId ? null : state.placingIncident });
    },
    setPlacingIncident(placingIncident) {
      if (JSON.stringify(placingIncident) !== JSON.stringify(state.placingIncident)) update({ ...state, placingIncident, placingAnnotationId: placingIncident ? null : state.placingAnnotationId });
    },
    setArticleScope(articleScope) {
      if (articleScope !== state.articleScope) update({ ...state, articleScope });
    },
    followLocation(selection, location) {
      let next = state;
      if (!isSameSelection(selection, state.selection)) next = { ...next, selection, focusRequest: next.focusRequest + 1 };
      const mode = state.briefing.mode;
      if (location) {
        const wanted: BriefingMode = location.isPresenter ? { type: 'presenter', index: location.slideIndex } : { type: 'presenting', index: location.slideIndex };
        const isSame = mode.type === wanted.type && mode.index === wanted.index && selectBriefing(next)?.id === location.briefingId;
        if (!isSame) next = { ...next, briefing: { ...next.briefing, requestedId: location.briefingId, mode: wanted } };
      } else if (mode.type === 'presenting' || mode.type === 'presenter') {
        next = { ...next, briefing: { ...next.briefing, mode: { type: 'closed' } } };
      }
      update(next);
    },

    setBundled(bundled) {
      if (bundled !== state.bundled) update({ ...state, bundled });
    },
    restoreRecords(records, problems) {
      const opened = new Set(state.records.map((record) => record.meta.id));
      const restored = records.filter((record) => !opened.has(record.meta.id));
      const saves = { ...state.saves };
      for (const record of restored) saves[record.meta.id] = 'saved';
      update({ ...state, records: [...state.records, ...restored].sort(byArticleId), saves, isRestored: true, problems: [...state.problems, ...problems] });
    },
    openArticle(record) {
      const id = record.meta.id;
      const { [id]: _forgotten, ...reviewHistory } = state.reviewHistory;
      const { [id]: _forgottenIncidents, ...incidentHistory } = state.incidentHistory;
      update({
        ...state,
        records: withRecord(record),
        saves: { ...state.saves, [id]: 'saving' },
        reviewHistory,
        incidentHistory,
        articleId: id,
        articleScope: 'one',
        briefing: { ...state.briefing, requestedId: null },
      });
    },
    removeArticle(articleId) {
      const removed = state.records.find((record) => record.meta.id === articleId);
      if (!removed) return;
      const { [articleId]: history = [], ...reviewHistory } = state.reviewHistory;
      const { [articleId]: _save, ...saves } = state.saves;
      const isMentionOfRemoved = state.selection?.type === 'mention' && removed.annotations.some((annotation) => annotation.id === state.selection?.id);
      update({
        ...state,
        records: state.records.filter((record) => record.meta.id !== articleId),
        reviewHistory,
        saves,
        selection: isMentionOfRemoved ? null : state.selection,
        articleId: state.articleId === articleId ? null : state.articleId,
        removed: { record: removed, history },
      });
    },
    undoRemove() {
      const removed = state.removed;
      if (!removed) return;
      const id = removed.record.meta.id;
      update({ ...state, records: withRecord(removed.record), saves: { ...state.saves, [id]: 'saving' }, reviewHistory: { ...state.reviewHistory, [id]: removed.history }, articleId: id, articleScope: 'one', removed: null });
    },
    editArticleDetails(articleId, changes, at = new Date().toISOString()) {
      const dataset = selectDataset(state);
      const article = dataset.articles.find((candidate) => candidate.meta.id === articleId);
      if (!article) return { fr: `Aucun article ${articleId} n’est affiché.`, en: `No article ${articleId} is shown.` };
      const record = recordToReview(article, state.records.find((r) => r.meta.id === articleId), dataset.places);
      const outcome = editArticleDetails(record.meta, changes, reviewerAgent(state.reviewerName), at);
      if (!outcome.ok) return outcome.problem;
      if (outcome.changed.length === 0) return null;
      update({ ...state, records: withRecord({ ...record, meta: outcome.meta }), saves: { ...state.saves, [articleId]: 'saving' } });
      return null;
    },
    reportSave(articleId, status, problem) {
      update({ ...state, saves: { ...state.saves, [articleId]: status }, problems: problem ? [...state.problems, problem] : state.problems });
    },
    followOtherTab(change) {
      if (change.type === 'saved') {
        const id = change.record.meta.id;
        const wasEditingHere = state.saves[id] === 'saving';
        const problem: LocalizedText[] = wasEditingHere
          ? [{ fr: `${change.record.meta.title}\u00a0: un autre onglet a enregistré cet article en même temps\u00a0; sa version est affichée (exportez la vôtre avant de continuer si elle comptait).`, en: `${change.record.meta.title}: another tab saved this article at the same time; its version is shown (export yours before going on if it mattered).` }]
          : [];
        const { [id]: _history, ...reviewHistory } = state.reviewHistory;
        update({ ...state, records: withRecord(change.record), saves: { ...state.saves, [id]: 'saved' }, reviewHistory, problems: [...state.problems, ...problem] });
        return;
      }
      if (!state.records.some((record) => record.meta.id === change.articleId)) return;
      const { [change.articleId]: _save, ...saves } = state.saves;
      update({ ...state, records: state.records.filter((record) => record.meta.id !== change.articleId), saves, articleId: state.articleId === change.articleId ? null : state.articleId });
    },
    reportProblem(problem) {
      update({ ...state, problems: [...state.problems, problem] });
    },
    review(articleId, command, at = new Date().toISOString()) {
      const dataset = selectDataset(state);
      const article = dataset.articles.find((candidate) => candidate.meta.id === articleId);
      if (!article) return `No article ${articleId} is shown.`;
      const stored = state.records.find((record) => record.meta.id === articleId);
      const record = recordToReview(article, stored, dataset.places);
      const action = command.type === 'undo' ? command : ({ ...command, reviewer: reviewerAgent(state.reviewerName), at } as ReviewAction);
      const outcome = reviewRecord(record, state.reviewHistory[articleId] ?? [], action, dataset.places);
      if (!outcome.ok) return outcome.notice;
      update({ ...state, records: withRecord(outcome.record), saves: { ...state.saves, [articleId]: 'saving' }, reviewHistory: { ...state.reviewHistory, [articleId]: outcome.history } });
      return null;
    },
    reviewIncident(articleId, command, at = new Date().toISOString()) {
      const dataset = selectDataset(state);
      const article = dataset.articles.find((candidate) => candidate.meta.id === articleId);
      if (!article) return `No article ${articleId} is shown.`;
      const record = recordToReview(article, state.records.find((r) => r.meta.id === articleId), dataset.places);
      const { places: named = [], ...rest } = command;
      const action = rest.type === 'undo-incidents' ? rest : ({ ...rest, reviewer: reviewerAgent(state.reviewerName), at } as IncidentAction);
      const outcome = reviewIncidents({ incidents: record.incidents.features as ReviewedIncident[], history: state.incidentHistory[articleId] ?? [] }, action);
      if (!outcome.ok) return outcome.notice;
      const reviewed = { ...record, incidents: { ...record.incidents, features: outcome.state.incidents } };
      const places = citedPlaces(reviewed, [...dataset.places, ...record.places, ...named]);
      update({ ...state, records: withRecord({ ...reviewed, places }), saves: { ...state.saves, [articleId]: 'saving' }, incidentHistory: { ...state.incidentHistory, [articleId]: outcome.state.history } });
      return null;
    },
    placeByHand(lngLat) {
      const annotationId = state.placingAnnotationId;
      if (!annotationId) return;
      const owner = selectDataset(state).articles.find((article) => article.annotations.some((annotation) => annotation.id === annotationId));
      if (owner) store.review(owner.meta.id, { type: 'place-by-hand', annotationId, lngLat });
      store.setPlacing(null);
    },
    placeIncidentAt(lngLat) {
      const target = state.placingIncident;
      if (!target) return null;
      store.setPlacingIncident(null);
      return store.reviewIncident(target.articleId, { type: 'edit-incident', id: target.incidentId, changes: handPlacedIncidentChanges(lngLat, target.geoPrecision) });
    },
    setReviewerName(name) {
      const reviewerName = name.trim() || DEFAULT_REVIEWER_NAME;
      if (reviewerName !== state.reviewerName) update({ ...state, reviewerName });
    },

    setFilters(patch) {
      const next = { ...state.filters, ...patch };
      if (filtersToQuery(next) !== filtersToQuery(state.filters)) update({ ...state, filters: next });
    },
    resetFilters() {
      if (!isUnfiltered(state.filters)) update({ ...state, filters: filters() });
    },
    addEventLayer(layer) {
      update({ ...state, eventLayers: [...state.eventLayers.filter((l) => l.id !== layer.id), layer] });
    },
    removeEventLayer(id) {
      if (state.eventLayers.some((l) => l.id === id)) update({ ...state, eventLayers: state.eventLayers.filter((l) => l.id !== id) });
    },
    addPlaceLayer(layer) {
      update({ ...state, placeLayers: [...state.placeLayers.filter((l) => l.id !== layer.id), layer] });
    },
    removePlaceLayer(id) {
      if (state.placeLayers.some((l) => l.id === id)) update({ ...state, placeLayers: state.placeLayers.filter((l) => l.id !== id) });
    },

    loadBriefings(files, stored, problems) {
      const editors = { ...state.briefing.editors };
      for (const briefing of stored) editors[briefing.id] ??= createEditorState(briefing);
      const next: BriefingState = { ...state.briefing, files: [...files], editors, problems: [...state.briefing.problems, ...problems] };
      update({ ...state, briefing: next });
      // An address that names a briefing nobody has: say so, and stay on the dashboard.
      const requested = state.briefing.requestedId;
      if (requested && selectBriefing(state)?.id !== requested) {
        updateBriefing({
          requestedId: null,
          mode: state.briefing.mode.type === 'closed' ? state.briefing.mode : { type: 'panel' },
          problems: [...state.briefing.problems, { file: `#brief=${requested}`, field: '', message: 'names no briefing held here.', fix: 'Open one of the briefings listed, or import its file.' }],
        });
      }
    },
    setBriefingMode(mode) {
      const current = state.briefing.mode;
      if (current.type === mode.type && ('index' in current ? current.index : -1) === ('index' in mode ? mode.index : -1)) return;
      updateBriefing({ mode });
    },
    editBriefing(edit) {
      const editor = activeEditor();
      if (!editor) return;
      const next = briefingEditorReducer(editor, edit);
      if (next !== editor) setEditor(next);
    },
    addSlideFromView(camera, untitled) {
      const editor = activeEditor();
      if (!editor) return;
      const dataset = selectDataset(state);
      const article = dataset.articles.find((candidate) => candidate.meta.id === (state.articleId ?? editor.briefing.articleId)) ?? dataset.articles[0];
      const view: DashboardView = { selection: state.selection, layers: state.layers, article, camera, language: state.language, filters: state.filters };
      setEditor(briefingEditorReducer(editor, { type: 'add', slide: slideFromView(editor.briefing, dataset, view, untitled) }));
    },
    importBriefing(result) {
      if (!result.ok) return updateBriefing({ problems: result.problems });
      const { briefing } = result;
      const current = state.briefing.editors[briefing.id] ?? createEditorState(selectOriginalBriefings(state).find((b) => b.id === briefing.id) ?? briefing);
      const editor = current.briefing === briefing ? current : briefingEditorReducer(current, { type: 'replace', briefing });
      updateBriefing({ editors: { ...state.briefing.editors, [briefing.id]: editor }, requestedId: briefing.id, problems: [] });
    },
    resetBriefing() {
      const active = selectBriefing(state);
      const original = active && selectOriginalBriefings(state).find((briefing) => briefing.id === active.id);
      if (!original) return; // an imported briefing has no original to go back to
      setEditor(createEditorState(original));
    },
  };
  return store;
}

/** Records in one order everywhere: by id, code unit by code unit (as the exports sort ids). */
function byArticleId(a: ArticleRecord, b: ArticleRecord): number {
  return a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0;
}
