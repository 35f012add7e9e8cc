/**
 * The shared vocabulary of Border Brief: plain data types used by core, state, map and UI.
 * GeoJSON types come from @types/geojson and are narrowed here once (see the glossary in
 * src/core/README.md). Coordinates are always [lng, lat] in WGS 84; text offsets count UTF-16
 * code units, `end` exclusive.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type LngLat = [lng: number, lat: number];

/** ACLED `geo_precision`: 1 the town itself, 2 near a town or a small area, 3 a larger region (a border area, a country). */
export type GeoPrecision = 1 | 2 | 3;
/** ACLED `time_precision`: 1 the day is known, 2 the week, 3 only the month (or a longer span). */
export type TimePrecision = 1 | 2 | 3;

export type Language = 'fr' | 'en';
export type LocalizedText = { fr: string; en: string };

export type PlaceKind = 'country' | 'city' | 'town' | 'region' | 'border' | 'feature' | 'camp';
/** What a span of text is: a demonym refers to its country, a border phrase to a border. */
export type MentionKind = 'country' | 'demonym' | 'city' | 'town' | 'region' | 'border' | 'feature';

/** A place the dashboard can show: one entry of `data/places.json`. */
export interface Place {
  id: string; // short stable slug: 'nouakchott', 'mali', 'border-ml-mr'
  kind: PlaceKind;
  name: LocalizedText;
  /** ISO 3166-1 alpha-2 of the country the place is (or is in); null for a border. */
  iso: string | null;
  /** For a border: the two countries it separates, ISO alpha-2, sorted. */
  countries?: string[];
  geonamesId: number | null;
  wikidataId: string | null;
  /** A representative point for the camera and for labels. Not a claim of precision: see geoPrecision. */
  lngLat: LngLat | null;
  /** [west, south, east, north] of what the map draws for the place; the camera fits it. */
  bbox: [number, number, number, number] | null;
  geoPrecision: GeoPrecision;
  /** Where the coordinates come from, in words a reviewer can check ("GeoNames 2377450"). */
  coordSource: string;
}

/** Article metadata: `data/articles/<slug>/meta.json`. The text itself is `text.txt`, never altered. */
export interface ArticleMeta {
  id: string; // slug, e.g. 'kessiya-2024-05-mali-mauritanie'
  title: string;
  /** True when the headline was rebuilt (for example from the page address) rather than copied. */
  titleIsReconstructed: boolean;
  outlet: string;
  /** ISO 8601 date, as precise as known: '2024-05' or '2024-05-09'. */
  published: string;
  publishedPrecision: 'day' | 'month' | 'year';
  language: Language;
  url: string | null;
  sha256: string; // of the UTF-8 bytes of text.txt
  lengthUtf16: number;
}

/** A paragraph (`p1` …) or a sentence (`p1.s1` …) of an article, with its offsets. */
export interface Passage {
  id: string;
  kind: 'paragraph' | 'sentence';
  paragraphNumber: number; // 1-based
  start: number;
  end: number;
}

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string; // up to 32 UTF-16 code units before `exact`
  suffix: string; // up to 32 UTF-16 code units after `exact`
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Agent {
  id: string; // IRI: 'urn:border-brief:agent:geoparser:0.1.0' or 'urn:border-brief:agent:reviewer'
  type: 'Software' | 'Person';
  name: string;
}

/**
 * A mention of a place, as a W3C Web Annotation (JSON-LD). Our own members are namespaced `bb:`
 * (declared in the annotation's @context) so the document stays valid for the W3C model.
 */
export interface PlaceAnnotation {
  '@context': ['http://www.w3.org/ns/anno.jsonld', { bb: string }];
  id: string; // urn:border-brief:annotation:<article>:<n>
  type: 'Annotation';
  motivation: 'identifying';
  created: string; // ISO 8601
  creator: Agent;
  body: {
    type: 'SpecificResource';
    purpose: 'identifying';
    source: string; // urn:border-brief:place:<slug>, or urn:border-brief:place:unlocated for an unplaced mention
  };
  target: {
    source: string; // urn:border-brief:article:<slug>
    selector: [TextQuoteSelector, TextPositionSelector];
  };
  'bb:articleSha256': string;
  'bb:mentionKind': MentionKind;
  'bb:confidence'?: number; // 0–1, set by the geoparser
  'bb:status'?: 'proposed' | 'accepted' | 'rejected';
  /** The places the geoparser weighed for this mention, best first (scores relative); absent for a person's mention. */
  'bb:candidates'?: Array<{ placeId: string; score: number }>;
}

/** Where an annotation lands in the current text, or why it no longer does. */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'quote' | 'fuzzy' }
  | { status: 'orphaned'; reason: string };

/** A claim's standing in the article: who says it and how firmly. */
export type ClaimStatus = 'alleged' | 'reported' | 'confirmed';

/** ACLED codebook properties of an incident, plus our own links into the text. */
export interface IncidentProperties {
  id: string; // slug, e.g. 'abductions-border'
  event_date: string; // ISO 8601, as precise as known ('2024-05', '2024-05-09')
  time_precision: TimePrecision;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  actor2: string;
  inter1: string;
  inter2: string;
  civilian_targeting: string; // 'Civilian targeting' or ''
  country: string;
  admin1: string;
  location: string;
  geo_precision: GeoPrecision;
  source: string;
  notes: string;
  fatalities: number | null; // null: the article gives no figure
  /** Ours: the annotation ids of the passages that report it, and the place ids it concerns. */
  annotation_ids: string[];
  place_ids: string[];
  claim_status: ClaimStatus;
  claim_by: string; // who makes the claim ('Gouvernement mauritanien', 'Kessiya (sans attribution)')
  title: LocalizedText;
  /** Plain words on what is and is not known (time window, place, numbers). */
  known: LocalizedText;
  unknown: LocalizedText;
  /** ACLED's associated actor of actor1 (« Wagner Group » beside the Malian army); '' or absent when none. */
  assoc_actor_1?: string;
  /** A machine proposal's sentences (UTF-16 offsets, end exclusive), its per-field confidence (0–1) and what it could not decide, and why. */
  evidence?: Array<{ start: number; end: number }>;
  confidence?: Record<string, number>;
  undecided?: Record<string, string>;
  /** Review: a proposal is `proposed` until the analyst accepts or rejects it; hand-coded ones have none. */
  'bb:status'?: 'proposed' | 'accepted' | 'rejected';
  'bb:proposedBy'?: Agent;
  modified?: string; // ISO 8601, set by a review
  creator?: Agent; // who reviewed it
  /** The machine's proposed values of the fields a review changed, kept beside them. */
  'bb:proposal'?: Record<string, unknown>;
}
export type IncidentFeature = Feature<Geometry | null, IncidentProperties>;
export type IncidentCollection = FeatureCollection<Geometry | null, IncidentProperties>;
