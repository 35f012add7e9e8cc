/**
 * The shape of the app's state: what the store (store.ts) holds and its selectors (selectors.ts)
 * read. Types only, so both can depend on it without depending on each other.
 */
import type { Briefing } from '../core/briefing/briefing-schema';
import type { BriefingEditorState } from '../core/briefing/edit-briefing';
import type { Dataset, DataProblem } from '../core/dataset';
import type { ArticleRecord } from '../core/exchange/article-record';
import type { ReviewSnapshot } from '../core/review/review-annotations';
import type { ReviewedIncident } from '../core/review/review-incidents';
import type { Selection } from '../core/selection';
import type { Feature, Geometry } from 'geojson';
import type { GeoPrecision, IncidentFeature, Language, LocalizedText, PlaceKind } from '../core/types';

/** An incident a reviewer is placing on the map: the clicked point gets this precision. */
export interface PlacingIncident {
  articleId: string;
  incidentId: string;
  geoPrecision: GeoPrecision;
}
import type { FilterState } from '../core/filters/filter-state';
import type { IncidentIndex } from '../core/filters/incident-index';
import type { AcledTable } from '../core/acled/acled-table';
import type { LayerVisibility } from '../core/vocabulary/layer-toggles';

/** Where the briefing mode is: closed, its editor panel, presenting a slide, or the presenter window's view of one. */
export type BriefingMode = { type: 'closed' } | { type: 'panel' } | { type: 'presenting'; index: number } | { type: 'presenter'; index: number };

/** How the last write of an article to this browser's storage went. */
export type SaveStatus = 'saving' | 'saved' | 'failed';

export interface BriefingState {
  /** The bundled briefing files, checked; null until the briefing mode first loads them. */
  files: Briefing[] | null;
  /** The editor (briefing and undo history) of each briefing edited, imported or restored in this browser. */
  editors: Record<string, BriefingEditorState>;
  /** The briefing asked for by id (the URL, an import); null: the shown article's. */
  requestedId: string | null;
  mode: BriefingMode;
  /** Why the last file or stored copy was not used, or the bundled files could not be read. */
  problems: DataProblem[];
}

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
  /** The incident waiting for a click on the map to place it, with the precision the click is to have, if any. */
  placingIncident: PlacingIncident | null;
  /** The checked files the app ships with; null until they are loaded. */
  bundled: Dataset | null;
  /** Articles opened, imported or reviewed in this browser (a reviewed bundled article is a record too), sorted by id. */
  records: ArticleRecord[];
  /** Whether the records kept in this browser have been read back yet. */
  isRestored: boolean;
  saves: Record<string, SaveStatus>;
  /** Each article's review undo history (earlier versions of its annotations), oldest first. */
  reviewHistory: Record<string, ReviewSnapshot[]>;
  /** Each article's incident review undo history (earlier versions of its incidents), oldest first. */
  incidentHistory: Record<string, ReviewedIncident[][]>;
  reviewerName: string;
  /** Problems with stored articles or the storage itself, in words for the analyst. */
  problems: LocalizedText[];
  /** The article last removed, kept until the next removal so the removal can be undone. */
  removed: { record: ArticleRecord; history: ReviewSnapshot[] } | null;
  briefing: BriefingState;
  /** What the analyst filters the incidents by, the time window included (`from`/`to`); NO_FILTERS is none. */
  filters: FilterState;
  /** Events from the analyst's own files (ACLED exports, GeoJSON of incidents), a layer beside the articles' incidents. */
  eventLayers: EventLayer[];
  /** A gazetteer entry found with the place search that no article names: marked on the map and framed. */
  located: LocatedPlace | null;
  /** The distances the analyst measures from the selection (to the border, and to a point clicked or chosen). */
  measure: MeasureState | null;
  /** Places from the analyst's files (GeoJSON of places from another tool), drawn as reference points. */
  placeLayers: PlaceLayer[];
}

export interface PlaceLayer {
  id: string;
  name: string;
  features: Array<Feature<Geometry | null, Record<string, unknown>>>;
}

/** Incidents that come from a file rather than an article: an ACLED export, or GeoJSON from another tool. */
export interface EventLayer {
  id: string; // 'acled' for the ACLED layer; a slug of the file name otherwise
  name: string; // the file's name, as the analyst knows it
  kind: 'acled' | 'geojson';
  /** Every event as a feature. An ACLED layer (`acledEventLayer`) makes them on first read only: read `eventCount` and `eventFeature` instead where one or a count is enough. */
  readonly features: IncidentFeature[];
  /** Its column index, when it was built off the main thread (the ACLED worker makes one). */
  index?: IncidentIndex;
  /** The ACLED rows as columns (the worker's table): the layer keeps these, not 100,000 feature objects. */
  table?: AcledTable;
  /** The shape of the features made from `table`: ACLED's precision zone (default) or its point. */
  geometry?: 'zone' | 'point';
}

/** @deprecated name kept for the components that read slices of it; the same as DashboardState. */
export type AppState = DashboardState;

/** A place found by the search that no article names (a gazetteer entry), shown where it is. */
export interface LocatedPlace {
  id: string;
  name: LocalizedText;
  kind: PlaceKind;
  lngLat: [lng: number, lat: number];
  /** Where its coordinates come from (the gazetteer's source). */
  source: string | null;
}

/** One end of a measure: a point and, when it is a named place, its name. */
export interface MeasureEnd {
  lngLat: [lng: number, lat: number];
  name: LocalizedText | null;
}

/**
 * A measure from the selection: always to the border line; to a second point once one is clicked
 * or chosen (`isPicking` while the next map click or search result is awaited).
 */
export interface MeasureState {
  from: MeasureEnd;
  to: MeasureEnd | null;
  isPicking: boolean;
}
