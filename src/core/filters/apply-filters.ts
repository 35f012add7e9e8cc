/**
 * The filters applied to an index, in one pass over its typed arrays: each string filter is first
 * turned into a table of allowed dictionary codes, so a row costs a few array reads. 100,000 rows
 * take a few milliseconds (see tests/bench/acled.bench.ts).
 *
 * Time: an incident whose interval overlaps the window counts; one that is not wholly inside it
 * (a month-precision event across the window's edge) is also flagged `partial`, for the map and the
 * timeline to show as partly in. An incident with no readable date matches no window.
 */
import { normalizeName } from '../gazetteer/fold-text';
import type { FilterState } from './filter-state';
import { BORDER_SIDES, CLAIM_STATUSES, NO_DAY, type IncidentIndex } from './incident-index';
import { isoDay, isoWeekStart, monthStart, nextMonthStart, parseIsoDay } from './time-interval';

export interface FilterResult {
  /** 1 where the row passes every filter. */
  visible: Uint8Array;
  /** 1 where a visible row's interval is only partly inside the time window. */
  partial: Uint8Array;
  count: number;
  partialCount: number;
  total: number;
}

export interface ApplyOptions {
  /** Leave the time window out (the timeline's histogram shows what lies outside the brush). */
  ignoreTimeWindow?: boolean;
}

export function applyFilters(index: IncidentIndex, state: FilterState, options: ApplyOptions = {}): FilterResult {
  const n = index.total;
  const visible = new Uint8Array(n);
  const partial = new Uint8Array(n);
  const eventAllowed = allowedCodes(index.eventTypes, state.eventTypes, (a, b) => a === b);
  const subAllowed = allowedCodes(index.subEventTypes, state.subEventTypes, (a, b) => a === b);
  const originAllowed = allowedCodes(index.origins, state.origins, (a, b) => a === b);
  const sourceKeys = state.sources.map((s) => s.trim().toLowerCase());
  const sourceAllowed = allowedCodes(index.sources, sourceKeys, (value, wanted) => value.toLowerCase() === wanted);
  const actorQueries = state.actors.map(normalizeName).filter((q) => q !== '');
  const actorAllowed = actorQueries.length === 0 ? null : Uint8Array.from(index.actorKeys, (key) => (actorQueries.some((q) => key.includes(q)) ? 1 : 0));
  const claimMask = bitmask(state.claimStatuses.map((c) => CLAIM_STATUSES.indexOf(c)));
  const geoMask = bitmask(state.geoPrecisions);
  const timeMask = bitmask(state.timePrecisions);
  const sideMask = bitmask(state.sides.map((s) => BORDER_SIDES.indexOf(s)));
  const maxKm = state.maxDistanceKm;
  const window = options.ignoreTimeWindow ? null : timeWindow(state);

  let count = 0;
  let partialCount = 0;
  const { start, end } = index;
  for (let i = 0; i < n; i += 1) {
    if (eventAllowed && !eventAllowed[index.eventType[i]!]) continue;
    if (subAllowed && !subAllowed[index.subEventType[i]!]) continue;
    if (claimMask && !(claimMask & (1 << index.claim[i]!))) continue;
    if (geoMask && !(geoMask & (1 << index.geoPrecision[i]!))) continue;
    if (timeMask && !(timeMask & (1 << index.timePrecision[i]!))) continue;
    if (sideMask && !(sideMask & (1 << index.side[i]!))) continue;
    if (originAllowed && !originAllowed[index.origin[i]!]) continue;
    if (maxKm !== null && !(index.distanceKm[i]! <= maxKm)) continue; // NaN (unlocated) fails too
    let isPartial = false;
    if (window) {
      const s = start[i]!;
      if (s === NO_DAY) continue;
      const e = end[i]!;
      if (e <= window.start || s >= window.end) continue;
      isPartial = s < window.start || e > window.end;
    }
    if (actorAllowed && !anyIn(index.actorOffsets, index.actorCodes, i, actorAllowed)) continue;
    if (sourceAllowed && !anyIn(index.sourceOffsets, index.sourceCodes, i, sourceAllowed)) continue;
    visible[i] = 1;
    count += 1;
    if (isPartial) {
      partial[i] = 1;
      partialCount += 1;
    }
  }
  return { visible, partial, count, partialCount, total: n };
}

/** The ids of the visible rows, in row order. */
export function visibleIds(index: IncidentIndex, result: FilterResult): string[] {
  const ids: string[] = [];
  for (let i = 0; i < result.visible.length; i += 1) if (result.visible[i]) ids.push(index.ids[i]!);
  return ids;
}

/** The row numbers of the visible rows (for MapLibre feature-state or a filter expression on numeric ids). */
export function visibleRows(result: FilterResult): Uint32Array {
  const rows = new Uint32Array(result.count);
  let k = 0;
  for (let i = 0; i < result.visible.length; i += 1) if (result.visible[i]) rows[k++] = i;
  return rows;
}

/** The window as days [start, end), or null when neither end is set. A missing end is open. */
export function timeWindow(state: Pick<FilterState, 'from' | 'to'>): { start: number; end: number } | null {
  if (!state.from && !state.to) return null;
  const from = state.from ? parseIsoDay(state.from) : null;
  const to = state.to ? parseIsoDay(state.to) : null;
  return { start: from ?? -Infinity, end: to === null ? Infinity : to + 1 };
}

export interface HistogramBin {
  /** First day of the period (`YYYY-MM-DD`; a Monday for weeks). */
  start: string;
  /** Last day of the period, inclusive. */
  end: string;
  /** Per event type (`Histogram.eventTypes` order): incidents whose interval lies wholly in this period. */
  within: number[];
  /** Per event type: incidents less precise than the period that overlap it (a month-precision event in each of its weeks). */
  overlapping: number[];
}

export interface Histogram {
  period: 'week' | 'month';
  eventTypes: string[];
  bins: HistogramBin[];
}

export interface HistogramOptions {
  /** Apply the time window too (default false: the timeline shows the whole span, brush or not). */
  applyTimeWindow?: boolean;
  /** Days [start, end) to cover; default the span of the filtered incidents. */
  range?: { start: number; end: number };
}

/** Most bins a histogram makes (about 96 years of weeks): a stray date cannot make millions. */
export const MAX_BINS = 5000;

/**
 * Counts per week (ISO, Monday first) or calendar month, by event type, of the incidents that pass
 * the filters. Each incident is counted once as `within` the period holding its whole interval, or,
 * when its interval is longer than the period or straddles two, as `overlapping` in each period it
 * touches: a bar never puts a month-precision event on one day.
 */
export function histogram(index: IncidentIndex, state: FilterState, period: 'week' | 'month', options: HistogramOptions = {}): Histogram {
  const result = applyFilters(index, state, { ignoreTimeWindow: !options.applyTimeWindow });
  const types = index.eventTypes;
  let lo = Infinity;
  let hi = -Infinity;
  if (options.range) {
    lo = options.range.start;
    hi = options.range.end;
  } else {
    for (let i = 0; i < index.total; i += 1) {
      if (!result.visible[i] || index.start[i] === NO_DAY) continue;
      lo = Math.min(lo, index.start[i]!);
      hi = Math.max(hi, index.end[i]!);
    }
  }
  if (!(lo < hi)) return { period, eventTypes: [...types], bins: [] };
  const starts: number[] = [];
  const first = period === 'week' ? isoWeekStart(lo) : monthStart(lo);
  for (let day = first; day < hi && starts.length < MAX_BINS; day = period === 'week' ? day + 7 : nextMonthStart(day)) starts.push(day);
  const binEnd = (b: number) => (period === 'week' ? starts[b]! + 7 : nextMonthStart(starts[b]!));
  const within = new Uint32Array(starts.length * types.length);
  const overlapping = new Uint32Array(starts.length * types.length);
  const binOf = (day: number): number => {
    // Weeks are arithmetic; months are found by binary search over the bin starts.
    if (period === 'week') return Math.floor((day - first) / 7);
    let a = 0;
    let b = starts.length - 1;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (starts[mid]! <= day) a = mid;
      else b = mid - 1;
    }
    return day < first ? -1 : a;
  };
  for (let i = 0; i < index.total; i += 1) {
    if (!result.visible[i]) continue;
    const s = index.start[i]!;
    if (s === NO_DAY) continue;
    const e = index.end[i]!;
    const t = index.eventType[i]!;
    const b0 = binOf(s);
    const b1 = binOf(e - 1);
    if (b0 === b1) {
      if (b0 >= 0 && b0 < starts.length) within[b0 * types.length + t]! += 1;
      continue;
    }
    for (let b = Math.max(0, b0); b <= Math.min(starts.length - 1, b1); b += 1) overlapping[b * types.length + t]! += 1;
  }
  return {
    period,
    eventTypes: [...types],
    bins: starts.map((day, b) => ({
      start: isoDay(day),
      end: isoDay(binEnd(b) - 1),
      within: Array.from(within.subarray(b * types.length, (b + 1) * types.length)),
      overlapping: Array.from(overlapping.subarray(b * types.length, (b + 1) * types.length)),
    })),
  };
}

function allowedCodes(dictionary: readonly string[], wanted: readonly string[], same: (value: string, wanted: string) => boolean): Uint8Array | null {
  if (wanted.length === 0) return null;
  return Uint8Array.from(dictionary, (value) => (wanted.some((w) => same(value, w)) ? 1 : 0));
}

function bitmask(codes: readonly number[]): number {
  let mask = 0;
  for (const code of codes) if (code >= 0 && code < 31) mask |= 1 << code;
  return mask;
}

function anyIn(offsets: Uint32Array, codes: Uint32Array, row: number, allowed: Uint8Array): boolean {
  for (let k = offsets[row]!; k < offsets[row + 1]!; k += 1) if (allowed[codes[k]!]) return true;
  return false;
}
