/**
 * What the store's state means for the views: the dataset with the analyst's articles, the
 * articles shown, the briefings offered and the one shown. Each is a pure function from src/core,
 * remembered for the last input it saw, so a component that reads one re-renders only when its
 * inputs change (useSyncExternalStore compares by reference).
 */
import { offeredBriefings, originalBriefings, pickBriefing } from '../core/briefing/briefing-catalog';
import type { Briefing } from '../core/briefing/briefing-schema';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { LineString, MultiLineString } from 'geojson';
import type { Agent, IncidentFeature } from '../core/types';
import { matchIncidents, type MatchResult } from '../core/acled/match-incidents';
import { findIncident } from '../core/views/place-mentions';
import { valueCounts, type ValueCounts } from '../core/filters/value-counts';
import { withArticleRecords } from '../core/views/with-article-records';
import { applyFilters, visibleIds, type FilterResult } from '../core/filters/apply-filters';
import { isUnfiltered, type FilterState } from '../core/filters/filter-state';
import { buildIncidentIndex, concatIndexes, type IncidentIndex } from '../core/filters/incident-index';
import { borderLayersFrom, createBorderRelation, type BorderRelation } from '../core/geo/border-relation';
import { reviewerAgent } from '../core/review/reviewer';
import { distanceKm, nearestBorderPoint, type MeasureLine } from '../core/geo/measure';
import type { DashboardState } from './app-state';
import { eventCount, eventFeature } from './acled-layer';

const EMPTY_DATASET: Dataset = {
  articles: [],
  places: [],
  geo: {
    world: { type: 'FeatureCollection', features: [] },
    countries: { type: 'FeatureCollection', features: [] },
    border: { type: 'FeatureCollection', features: [] },
    borderZone: { type: 'FeatureCollection', features: [] },
    capitals: { type: 'FeatureCollection', features: [] },
  },
};

/** Remembers the result for the last inputs (compared by reference). */
function rememberLast<Args extends readonly unknown[], R>(compute: (...args: Args) => R): (...args: Args) => R {
  let last: { args: Args; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i])) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const datasetOf = rememberLast((bundled: Dataset | null, records: DashboardState['records']) => (bundled ? withArticleRecords(bundled, records) : EMPTY_DATASET));
/** The bundled articles plus those opened or reviewed in this browser. */
export const selectDataset = (state: DashboardState): Dataset => datasetOf(state.bundled, state.records);

/** The article whose text is shown (the first when none was chosen). */
export function selectShownArticle(state: DashboardState): LoadedArticle | undefined {
  const { articles } = selectDataset(state);
  return articles.find((article) => article.meta.id === state.articleId) ?? articles[0];
}

const shownOf = rememberLast((scope: DashboardState['articleScope'], articles: LoadedArticle[], shown: LoadedArticle | undefined) => (scope === 'all' ? articles : shown ? [shown] : []));
/** The articles whose places, incidents and passages are shown: the one shown, or all. */
export const selectShownArticles = (state: DashboardState): LoadedArticle[] => shownOf(state.articleScope, selectDataset(state).articles, selectShownArticle(state));

const userIdsOf = rememberLast((records: DashboardState['records']) => new Set(records.map((record) => record.meta.id)));
/** Ids of the articles kept in this browser (they can be removed; bundled ones cannot). */
export const selectUserArticleIds = (state: DashboardState): ReadonlySet<string> => userIdsOf(state.records);

const originalsOf = rememberLast((files: Briefing[] | null, dataset: Dataset) => (files ? originalBriefings(files, dataset) : []));
/** Each briefing as the data make it: the bundled files, and a draft for each other article. */
export const selectOriginalBriefings = (state: DashboardState): Briefing[] => originalsOf(state.briefing.files, selectDataset(state));

const editedOf = rememberLast((editors: DashboardState['briefing']['editors']) => Object.fromEntries(Object.entries(editors).map(([id, editor]) => [id, editor.briefing])) as Record<string, Briefing>);
const offeredOf = rememberLast(offeredBriefings);
/** The briefings offered, edits and imports included. */
export const selectBriefings = (state: DashboardState): Briefing[] => offeredOf(selectOriginalBriefings(state), editedOf(state.briefing.editors));

/** The briefing being edited or presented: the one asked for, else the shown article's. */
export function selectBriefing(state: DashboardState): Briefing | undefined {
  if (!state.briefing.files) return undefined;
  return pickBriefing(selectBriefings(state), state.briefing.requestedId, selectShownArticle(state)?.meta.id ?? null);
}

/** Whether the shown briefing has edits to undo. */
export function selectCanUndoBriefing(state: DashboardState): boolean {
  const briefing = selectBriefing(state);
  return Boolean(briefing && (state.briefing.editors[briefing.id]?.past.length ?? 0) > 0);
}

const reviewerOf = rememberLast((name: string): Agent => reviewerAgent(name));
export const selectReviewer = (state: DashboardState): Agent => reviewerOf(state.reviewerName);

const borderOf = rememberLast((geo: Dataset['geo']): BorderRelation | null => {
  if (geo.border.features.length === 0) return null; // no base layers yet
  return createBorderRelation(borderLayersFrom(geo.countries, geo.border));
});
/** Where the Mali–Mauritania border runs, to tell each incident's side and distance. */
export const selectBorderRelation = (state: DashboardState): BorderRelation | null => borderOf(selectDataset(state).geo);

const articlesIndexOf = rememberLast((articles: LoadedArticle[], relation: BorderRelation | null): IncidentIndex | null =>
  relation ? buildIncidentIndex(articles.map((article) => ({ origin: article.meta.id, features: article.incidents })), relation) : null,
);
const layerIndexOf = new WeakMap<DashboardState['eventLayers'][number], IncidentIndex>();

/** The rows of the event layers (ACLED, incidents from other tools), in layer order, and which of them the event map source draws. */
export interface EventRows {
  index: IncidentIndex;
  /** 1 for a row drawn from the clustered event source (ACLED's, or a point); 0 for a shape from another tool, drawn with the articles' incidents. */
  drawn: Uint8Array;
}

const eventRowsOf = rememberLast((layers: DashboardState['eventLayers'], relation: BorderRelation | null): EventRows | null => {
  if (!relation || layers.length === 0) return null;
  // A layer's index comes made from its worker (ACLED), or is made once here and kept with it.
  const parts = layers.map((layer) => {
    let index = layer.index ?? layerIndexOf.get(layer);
    if (!index) layerIndexOf.set(layer, (index = buildIncidentIndex([{ origin: layer.kind === 'acled' ? 'acled' : layer.id, features: layer.features }], relation)));
    return index;
  });
  const index = parts.length === 1 ? parts[0]! : concatIndexes(parts);
  const drawn = new Uint8Array(index.total);
  let row = 0;
  for (const layer of layers) {
    if (layer.kind === 'acled') {
      drawn.fill(1, row, (row += eventCount(layer)));
      continue;
    }
    for (const feature of layer.features) drawn[row++] = feature.geometry?.type === 'Point' ? 1 : 0;
  }
  return { index, drawn };
});
/** The event layers' rows, indexed; null when there are none (or no base layers yet). */
export const selectEventRows = (state: DashboardState): EventRows | null => eventRowsOf(state.eventLayers, selectBorderRelation(state));

const indexOf = rememberLast((articlesIndex: IncidentIndex | null, events: EventRows | null): IncidentIndex | null => {
  if (!articlesIndex) return null;
  return events ? concatIndexes([articlesIndex, events.index]) : articlesIndex;
});
const selectArticlesIndex = (state: DashboardState): IncidentIndex | null => articlesIndexOf(selectShownArticles(state), selectBorderRelation(state));
/** Every incident shown (the shown articles' and the event layers'), indexed for filtering and the timeline: the articles' rows first, then the events'. */
export const selectIncidentIndex = (state: DashboardState): IncidentIndex | null => indexOf(selectArticlesIndex(state), selectEventRows(state));

const resultOf = rememberLast((index: IncidentIndex | null, filterState: FilterState): FilterResult | null => (index ? applyFilters(index, filterState) : null));
/** Which incidents pass the filters and the time window, how many, and which are only partly in it. */
export const selectFilterResult = (state: DashboardState): FilterResult | null => resultOf(selectIncidentIndex(state), state.filters);

const visibleOf = rememberLast((index: IncidentIndex | null, result: FilterResult | null): ReadonlySet<string> | null => (index && result ? new Set(visibleIds(index, result)) : null));
/** The ids of the incidents shown after filters; null when everything is (no index yet). */
export const selectVisibleIncidentIds = (state: DashboardState): ReadonlySet<string> | null => (isUnfiltered(state.filters) ? null : visibleOf(selectIncidentIndex(state), selectFilterResult(state)));

const measureOf = rememberLast((measure: DashboardState['measure'], geo: Dataset['geo']): MeasureLine[] => {
  if (!measure) return [];
  const borderLine = borderLayersFrom(geo.countries, geo.border).border as LineString | MultiLineString; // borderLayersFrom returns the bare geometry
  const toBorder = nearestBorderPoint(measure.from.lngLat, borderLine);
  const lines: MeasureLine[] = [{ kind: 'border', from: measure.from.lngLat, to: toBorder.at, km: toBorder.km }];
  if (measure.to) lines.push({ kind: 'point', from: measure.from.lngLat, to: measure.to.lngLat, km: distanceKm(measure.from.lngLat, measure.to.lngLat) });
  return lines;
});
/** The measure's lines: to the border's nearest point, then to the chosen point once there is one. */
export const selectMeasureLines = (state: DashboardState): readonly MeasureLine[] => (state.measure && selectDataset(state).geo.border.features.length > 0 ? measureOf(state.measure, selectDataset(state).geo) : NO_LINES);
const NO_LINES: readonly MeasureLine[] = [];
const shownIncidentsOf = rememberLast((articles: LoadedArticle[]): IncidentFeature[] => articles.flatMap((article) => article.incidents));
const eventOriginsOf = rememberLast((layers: DashboardState['eventLayers']): string[] => layers.map((layer) => (layer.kind === 'acled' ? 'acled' : layer.id)));
const NO_MATCHES: MatchResult = { byIncident: new Map(), byEvent: new Map() };
const matchesOf = rememberLast((incidents: IncidentFeature[], index: IncidentIndex | null, origins: string[]): MatchResult =>
  index && origins.length > 0 && incidents.length > 0 ? matchIncidents(incidents, index, { eventOrigins: origins }) : NO_MATCHES,
);
/**
 * Which shown article incidents are which events of the analyst's layers (ACLED, GeoJSON), both
 * ways; worked out once per index and set of incidents, whatever the filters (a match is a fact
 * about the two, not about what is shown).
 */
export const selectIncidentMatches = (state: DashboardState): MatchResult => matchesOf(shownIncidentsOf(selectShownArticles(state)), selectIncidentIndex(state), eventOriginsOf(state.eventLayers));

/** The incident with `id`: a shown article's (with its article), or an event of the analyst's layers (no article). */
export function selectIncidentById(state: DashboardState, id: string): { incident: IncidentFeature; article: LoadedArticle | null } | null {
  return incidentById(selectShownArticles(state), state.eventLayers, id);
}

/** selectIncidentById's work, for a component that already reads the shown articles and the layers. */
export function incidentById(articles: readonly LoadedArticle[], layers: DashboardState['eventLayers'], id: string): { incident: IncidentFeature; article: LoadedArticle | null } | null {
  const fromArticle = findIncident(articles, id);
  if (fromArticle) return fromArticle;
  for (const layer of layers) {
    if (layer.table) {
      const event = eventFeature(layer, id);
      if (event) return { incident: event, article: null };
      continue;
    }
    let byId = eventsById.get(layer);
    if (!byId) eventsById.set(layer, (byId = new Map(layer.features.map((feature) => [feature.properties.id, feature]))));
    const event = byId.get(id);
    if (event) return { incident: event, article: null };
  }
  return null;
}
// A layer's events by id, made on the first look-up: a layer can hold 100,000 events.
const eventsById = new WeakMap<DashboardState['eventLayers'][number], Map<string, IncidentFeature>>();

const countsOf = rememberLast((index: IncidentIndex | null): ValueCounts | null => (index ? valueCounts(index) : null));
/** How many of the shown incidents carry each value a filter offers (the filter panel's counts). */
export const selectValueCounts = (state: DashboardState): ValueCounts | null => countsOf(selectIncidentIndex(state));

const outsideOf = rememberLast((incidents: IncidentFeature[], visible: ReadonlySet<string> | null): ReadonlySet<string> => {
  const outside = new Set<string>();
  if (!visible) return outside;
  const anyShown = new Set<string>();
  for (const incident of incidents) {
    const isShown = visible.has(incident.properties.id);
    for (const id of incident.properties.annotation_ids) (isShown ? anyShown : outside).add(id);
  }
  for (const id of anyShown) outside.delete(id);
  return outside;
});
/**
 * The annotations (mentions) whose incidents all fall outside the filters and the time window:
 * the article's marks for them are dimmed, not hidden. A mention that reports no incident is never
 * in it (it has no date to filter by).
 */
export const selectAnnotationsOutsideFilters = (state: DashboardState): ReadonlySet<string> => outsideOf(shownIncidentsOf(selectShownArticles(state)), selectVisibleIncidentIds(state));
const eventVisibilityOf = rememberLast((articlesIndex: IncidentIndex | null, events: EventRows | null, result: FilterResult | null): Uint8Array | null =>
  !articlesIndex || !events || !result ? null : result.visible.subarray(articlesIndex.total, articlesIndex.total + events.index.total),
);
/**
 * 1 for each event row (selectEventRows' order) that passes the filters and the time window; null
 * when nothing is filtered. Unfiltered, no index is built: the map reads this on its first render,
 * before it is made, and the index (with every incident's distance to the border) can wait for the panels.
 */
export const selectEventVisibility = (state: DashboardState): Uint8Array | null =>
  isUnfiltered(state.filters) ? null : eventVisibilityOf(selectArticlesIndex(state), selectEventRows(state), selectFilterResult(state));
