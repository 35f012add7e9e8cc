/**
 * ACLED's codebook, as data: the columns of a current export in their order, the columns older
 * exports carried, the numeric actor-type codes those older files used, and the event types with
 * their sub-event types. Written once here so the parser, the exporter, the synthetic generator
 * and the filters agree on every name.
 *
 * Source: ACLED's codebook and its "Guide to 2023 ACLED column changes" (event_id_no_cnty,
 * data_id and iso3 removed; disorder_type, civilian_targeting and tags added, March 2023).
 */
import { ACLED_DISORDER_TYPES, ACLED_INTER_CODES, ACLED_SUB_EVENTS } from '../vocabulary/acled-codebook';

/** The columns of a current ACLED export, in the codebook's order. The CSV export writes them so. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/**
 * Without these a file cannot be placed on a map or a timeline: it is refused, naming the missing
 * ones. Every other codebook column may be absent (older exports lack disorder_type,
 * civilian_targeting and tags) and is then read as empty.
 */
export const REQUIRED_COLUMNS = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'latitude', 'longitude', 'geo_precision'] as const satisfies readonly AcledColumn[];

/** Columns of exports made before March 2023 (and `geo_precis`, a shapefile's 10-letter cut): recognised, not kept. */
export const LEGACY_COLUMNS = ['event_id_no_cnty', 'data_id', 'iso3', 'geo_precis'] as const;

/** Numeric `inter1`/`inter2` codes of older exports, and the words current exports write instead. 0 is "no actor". */
export const INTER_CODES: Readonly<Record<string, string>> = {
  '0': '',
  ...Object.fromEntries(Object.entries(ACLED_INTER_CODES).map(([words, code]) => [String(code), words])),
};

/** ACLED's event types and the sub-event types each allows (the one codebook list, src/core/vocabulary). */
export const EVENT_TYPES: Readonly<Record<string, readonly string[]>> = ACLED_SUB_EVENTS;

export const DISORDER_TYPES = ACLED_DISORDER_TYPES;

/** The only non-empty value of `civilian_targeting`. */
export const CIVILIAN_TARGETING = 'Civilian targeting';
