/**
 * What the dashboard holds once every data file is loaded and checked: the articles with their
 * anchored mentions, the places, the incidents and the geo layers. Built by the loader
 * (src/state/load-dataset.ts); everything the panels and the map show is derived from it by
 * the pure functions in src/core/views/.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { OrphanedAnnotation } from './annotations/anchor-annotation';
import type { ArticleMeta, IncidentFeature, MentionKind, Passage, Place, PlaceAnnotation } from './types';

/** A mention as the dashboard shows it: an annotation anchored in the current text. */
export interface Mention {
  annotationId: string;
  articleId: string;
  placeId: string | null; // null: unlocated
  kind: MentionKind;
  start: number; // UTF-16 code units
  end: number; // exclusive
  exact: string;
  paragraphNumber: number;
  confidence: number | null;
  /** The review status: proposed by the geoparser, accepted or rejected by a person; null when not recorded. */
  status: 'proposed' | 'accepted' | 'rejected' | null;
}

export interface LoadedArticle {
  meta: ArticleMeta;
  text: string;
  paragraphs: Passage[];
  sentences: Passage[];
  annotations: PlaceAnnotation[];
  mentions: Mention[]; // in text order
  orphaned: OrphanedAnnotation[];
  incidents: IncidentFeature[];
  /** True when the text's sha256 differs from the one its metadata or annotations were made from. */
  isTextChanged: boolean;
}

type Props = { place_id: string; name_fr: string; name_en: string };

export interface GeoLayers {
  world: FeatureCollection<Polygon | MultiPolygon, Props>;
  countries: FeatureCollection<Polygon | MultiPolygon, Props>;
  border: FeatureCollection<LineString | MultiLineString, Props>;
  borderZone: FeatureCollection<Polygon | MultiPolygon, Props & { side: string }>;
  capitals: FeatureCollection<Point, Props>;
}

export interface Dataset {
  articles: LoadedArticle[];
  places: Place[];
  geo: GeoLayers;
}

/** A problem in a data file, in words that name the file, the field and the fix. */
export interface DataProblem {
  file: string; // path from the project root, e.g. 'data/places.json'
  field: string; // path inside the file, e.g. '[3].lngLat[1]'; '' for the whole file
  message: string;
  fix: string;
}

/** The raw contents of every data file, as read from disk or fetched by the browser. */
export interface RawDataFiles {
  places: RawFile;
  geo: Record<keyof GeoLayers, RawFile>;
  articles: Array<{ meta: RawFile; text: RawFile; annotations: RawFile; incidents: RawFile | null }>;
}

export interface RawFile {
  path: string; // from the project root
  content: string;
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };
