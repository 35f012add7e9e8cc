/**
 * Which ACLED events an article's incidents are, as far as the data can tell, and the other way
 * round. An article incident and an event match when all three hold:
 * - time: their day intervals overlap (each widened by its time precision: a month-precision
 *   incident overlaps every event of that month);
 * - place: the distance from the event's coordinates to the incident's geometry (0 inside a zone)
 *   is at most the larger of their uncertainty radii (`precision-zones.ts`), and never less than
 *   MIN_MATCH_KM, since two coders place the same town a few km apart;
 * - type: the same ACLED event_type.
 * Each match carries its reason (overlapping days, distance, tolerance, type), for the card to say
 * why. An unlocated or undated incident matches nothing.
 *
 * The events are sorted by day once per index, so each incident looks only at the events of its
 * type whose days can overlap its own: matching a few hundred incidents against 100,000 events
 * costs a search per incident, not a pass over every event.
 */
import { distance as turfDistance } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { IncidentFeature } from '../types';
import { createPolygonTest, createSegmentSet, ringsOf } from '../geo/border-relation';
import type { IncidentIndex } from '../filters/incident-index';
import { NO_DAY } from '../filters/incident-index';
import { incidentInterval, isoDay } from '../filters/time-interval';
import { incidentUncertaintyKm, uncertaintyRadiusKm } from './precision-zones';

export const MIN_MATCH_KM = 5;

export interface IncidentMatch {
  /** The article's incident. */
  incidentId: string;
  /** The ACLED event (its event_id_cnty). */
  eventId: string;
  reason: {
    /** First and last day both intervals share, inclusive. */
    days: { from: string; to: string };
    distanceKm: number;
    toleranceKm: number;
    eventType: string;
  };
}

export interface MatchResult {
  byIncident: Map<string, IncidentMatch[]>;
  byEvent: Map<string, IncidentMatch[]>;
}

export interface MatchOptions {
  /** Index origins that hold the events to match against. Default ['acled']. */
  eventOrigins?: readonly string[];
}

export function matchIncidents(incidents: readonly IncidentFeature[], index: IncidentIndex, options: MatchOptions = {}): MatchResult {
  const byTime = eventTimeIndex(index, options.eventOrigins ?? ['acled']);
  const byIncident = new Map<string, IncidentMatch[]>();
  const byEvent = new Map<string, IncidentMatch[]>();
  for (const incident of incidents) {
    const p = incident.properties;
    const interval = incidentInterval(p.event_date, p.time_precision);
    const distanceTo = shapeDistance(incident.geometry);
    const candidates = byTime.byType.get(p.event_type);
    if (!interval || !distanceTo || !candidates) continue;
    const incidentRadius = incidentUncertaintyKm(incident);
    const id = String(incident.id ?? p.id);
    // Only the events whose interval can overlap: those starting less than the longest event
    // before this interval, up to its end. A binary search finds the first; the rest are in order.
    const { rows, starts } = candidates;
    for (let k = firstAtLeast(starts, interval.start - byTime.longest + 1); k < rows.length && starts[k]! < interval.end; k += 1) {
      const i = rows[k]!;
      const s = starts[k]!;
      const e = index.end[i]!;
      if (e <= interval.start) continue;
      const tolerance = Math.max(MIN_MATCH_KM, incidentRadius, uncertaintyRadiusKm(index.geoPrecision[i]!));
      const km = distanceTo(index.lng[i]!, index.lat[i]!, tolerance);
      if (km > tolerance) continue;
      const match: IncidentMatch = {
        incidentId: id,
        eventId: index.ids[i]!,
        reason: { days: { from: isoDay(Math.max(s, interval.start)), to: isoDay(Math.min(e, interval.end) - 1) }, distanceKm: km, toleranceKm: tolerance, eventType: p.event_type },
      };
      push(byIncident, id, match);
      push(byEvent, match.eventId, match);
    }
  }
  return { byIncident, byEvent };
}

/** An index's dated, located events of some origins, by event type, in order of their first day. */
interface EventTimeIndex {
  byType: Map<string, { rows: Uint32Array; starts: Int32Array }>;
  /** The longest event interval, in days: how far before a window an overlapping event can start. */
  longest: number;
}

// Made once per index and set of origins: 100,000 events are sorted once, not once per incident.
const timeIndexes = new WeakMap<IncidentIndex, Map<string, EventTimeIndex>>();

function eventTimeIndex(index: IncidentIndex, origins: readonly string[]): EventTimeIndex {
  const key = [...origins].sort().join('\n');
  let cached = timeIndexes.get(index);
  if (!cached) timeIndexes.set(index, (cached = new Map()));
  const known = cached.get(key);
  if (known) return known;
  const wanted = new Set(origins);
  const originOk = Uint8Array.from(index.origins, (o) => (wanted.has(o) ? 1 : 0));
  const lists = new Map<number, number[]>();
  let longest = 1;
  for (let i = 0; i < index.total; i += 1) {
    if (!originOk[index.origin[i]!] || index.start[i] === NO_DAY || Number.isNaN(index.lng[i]!)) continue;
    longest = Math.max(longest, index.end[i]! - index.start[i]!);
    const type = index.eventType[i]!;
    const list = lists.get(type);
    if (list) list.push(i);
    else lists.set(type, [i]);
  }
  const byType = new Map<string, { rows: Uint32Array; starts: Int32Array }>();
  for (const [type, list] of lists) {
    const rows = Uint32Array.from(list).sort((a, b) => index.start[a]! - index.start[b]!);
    byType.set(index.eventTypes[type]!, { rows, starts: Int32Array.from(rows, (i) => index.start[i]!) });
  }
  const made = { byType, longest };
  cached.set(key, made);
  return made;
}

/** The first position in the sorted `values` whose value is at least `day`. */
function firstAtLeast(values: Int32Array, day: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type DistanceTo = (lng: number, lat: number, within: number) => number;

/** km from a point to the geometry (0 inside a polygon), or null for no geometry. */
function shapeDistance(geometry: Geometry | null): DistanceTo | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point': {
      const [x, y] = geometry.coordinates as [number, number];
      return (lng, lat, within) => {
        // A cheap bound first: a degree of latitude is about 111 km.
        if (Math.abs(lat - y) * 111 > within + 1) return Infinity;
        return turfDistance([x, y], [lng, lat], { units: 'kilometers' });
      };
    }
    case 'LineString':
    case 'MultiLineString': {
      const set = createSegmentSet(geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates);
      return (lng, lat) => set.distanceKm(lng, lat);
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const inside = createPolygonTest(geometry);
      const edges = createSegmentSet(ringsOf(geometry));
      return (lng, lat) => (inside.contains(lng, lat) ? 0 : edges.distanceKm(lng, lat));
    }
    case 'MultiPoint': {
      const parts = geometry.coordinates.map((c) => shapeDistance({ type: 'Point', coordinates: c })!);
      return (lng, lat, within) => Math.min(...parts.map((f) => f(lng, lat, within)));
    }
    case 'GeometryCollection': {
      const parts = geometry.geometries.map(shapeDistance).filter((f): f is DistanceTo => f !== null);
      return parts.length === 0 ? null : (lng, lat, within) => Math.min(...parts.map((f) => f(lng, lat, within)));
    }
  }
}

function push(map: Map<string, IncidentMatch[]>, key: string, match: IncidentMatch) {
  const list = map.get(key);
  if (list) list.push(match);
  else map.set(key, [match]);
}
