/**
 * What the analyst filters by, as plain serialisable data, and its form in the URL. Every member
 * at its default (`NO_FILTERS`: nulls and empty lists) means "no filter"; a list means "any of
 * these". The URL form is a query string of its own keys, written only when not at their
 * default, so it sits beside the selection's keys (`place`, `incident`, `brief`, `slide`):
 *
 * | key | member | example |
 * |---|---|---|
 * | `from`, `to` | time window, first and last day, inclusive | `from=2024-03-01&to=2024-05-31` |
 * | `type`, `sub` | event type, sub-event type (repeated) | `type=Battles&type=Riots` |
 * | `actor` | actor text, matched folded within actor names (repeated) | `actor=wagner` |
 * | `claim` | alleged, reported, confirmed (repeated) | `claim=alleged` |
 * | `geo`, `time` | geo precision, time precision, 1–3 (repeated) | `geo=1&geo=2` |
 * | `origin` | 'acled' or an article id (repeated) | `origin=acled` |
 * | `source` | a source name (repeated) | `source=Kessiya` |
 * | `side` | mali, mauritania, astride, elsewhere, unlocated (repeated) | `side=mauritania` |
 * | `maxkm` | at most this many km from the border line | `maxkm=50` |
 */
import type { ClaimStatus, GeoPrecision, TimePrecision } from '../types';
import type { BorderSide } from '../geo/border-relation';
import { parseIsoDay } from './time-interval';
import { BORDER_SIDES, CLAIM_STATUSES } from './incident-index';

export interface FilterState {
  /** First day of the time window (`YYYY-MM-DD`, inclusive), or null for no start. */
  from: string | null;
  /** Last day of the time window (`YYYY-MM-DD`, inclusive), or null for no end. */
  to: string | null;
  eventTypes: string[];
  subEventTypes: string[];
  /** Texts to find in actor names (actor1, actor2, associated actors), case and accents ignored; any of them. */
  actors: string[];
  claimStatuses: ClaimStatus[];
  geoPrecisions: GeoPrecision[];
  timePrecisions: TimePrecision[];
  /** 'acled' or article ids. */
  origins: string[];
  /** Source names, case ignored. */
  sources: string[];
  sides: BorderSide[];
  /** At most this many km from the border line (a zone's nearest part); null for any distance. */
  maxDistanceKm: number | null;
}

export const NO_FILTERS: Readonly<FilterState> = Object.freeze({
  from: null,
  to: null,
  eventTypes: [],
  subEventTypes: [],
  actors: [],
  claimStatuses: [],
  geoPrecisions: [],
  timePrecisions: [],
  origins: [],
  sources: [],
  sides: [],
  maxDistanceKm: null,
});

/** A fresh FilterState with no filter, optionally with some members set. */
export function filters(overrides: Partial<FilterState> = {}): FilterState {
  return { ...structuredClone(NO_FILTERS as FilterState), ...overrides };
}

/** True when nothing is filtered (the "reset" state). */
export function isUnfiltered(state: FilterState): boolean {
  return filtersToQuery(state) === '';
}

const LIST_KEYS = [
  ['type', 'eventTypes'],
  ['sub', 'subEventTypes'],
  ['actor', 'actors'],
  ['claim', 'claimStatuses'],
  ['geo', 'geoPrecisions'],
  ['time', 'timePrecisions'],
  ['origin', 'origins'],
  ['source', 'sources'],
  ['side', 'sides'],
] as const satisfies ReadonlyArray<readonly [string, keyof FilterState]>;

/** The keys this module reads and writes in a query string. */
export const FILTER_QUERY_KEYS: readonly string[] = ['from', 'to', ...LIST_KEYS.map(([key]) => key), 'maxkm'];

/**
 * The query string (no leading `?`) of the filters that are set, in a fixed key order; `''` when
 * none is. Lists keep their order, without repeats.
 * @example filtersToQuery(filters({ from: '2024-03-01', sides: ['mauritania'], maxDistanceKm: 50 })) // 'from=2024-03-01&side=mauritania&maxkm=50'
 */
export function filtersToQuery(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const [key, member] of LIST_KEYS) for (const value of new Set((state[member] as Array<string | number>).map(String))) params.append(key, value);
  if (state.maxDistanceKm !== null && Number.isFinite(state.maxDistanceKm)) params.set('maxkm', String(state.maxDistanceKm));
  return params.toString();
}

/**
 * The filters a query string says (with or without its leading `?` or `#`; other keys ignored).
 * Values that cannot be right (a date that is no day, a precision of 4, an unknown side) are
 * dropped and passed to `onIgnored`, so a hand-edited or old address still opens.
 */
export function filtersFromQuery(query: string | URLSearchParams, onIgnored: (key: string, value: string) => void = () => {}): FilterState {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^[?#]/, '')) : query;
  const state = filters();
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (parseIsoDay(value) !== null) state[key] = value;
    else onIgnored(key, value);
  }
  const allowed: Partial<Record<(typeof LIST_KEYS)[number][1], readonly string[]>> = {
    claimStatuses: CLAIM_STATUSES,
    geoPrecisions: ['1', '2', '3'],
    timePrecisions: ['1', '2', '3'],
    sides: BORDER_SIDES,
  };
  for (const [key, member] of LIST_KEYS) {
    const values: Array<string | number> = [];
    for (const value of params.getAll(key)) {
      const ok = allowed[member];
      if ((ok && !ok.includes(value)) || value === '') onIgnored(key, value);
      else if (!values.some((v) => String(v) === value)) values.push(member === 'geoPrecisions' || member === 'timePrecisions' ? Number(value) : value);
    }
    (state[member] as Array<string | number>) = values;
  }
  const km = params.get('maxkm');
  if (km !== null) {
    const value = Number(km);
    if (km !== '' && Number.isFinite(value) && value >= 0) state.maxDistanceKm = value;
    else onIgnored('maxkm', km);
  }
  return state;
}
