/**
 * Matching article incidents to ACLED events searches the events sorted by day: it must find
 * exactly what a pass over every event finds (the rule in match-incidents.ts), on thousands of
 * SYNTHETIC events, and look at far fewer of them.
 */
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { matchIncidents, MIN_MATCH_KM } from '../../../../src/core/acled/match-incidents';
import { uncertaintyRadiusKm } from '../../../../src/core/acled/precision-zones';
import { buildIncidentIndex, NO_DAY, type IncidentIndex } from '../../../../src/core/filters/incident-index';
import { incidentInterval } from '../../../../src/core/filters/time-interval';
import type { IncidentFeature, TimePrecision } from '../../../../src/core/types';
import { border, syntheticFeatures } from '../filters/acled-test-data';

/** The rule, one event at a time over the whole index (the way matching worked before it searched by day). */
function everyEventMatches(incidents: readonly IncidentFeature[], index: IncidentIndex): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const incident of incidents) {
    const p = incident.properties;
    const interval = incidentInterval(p.event_date, p.time_precision)!;
    const [x, y] = (incident.geometry as GeoJSON.Point).coordinates as [number, number];
    for (let i = 0; i < index.total; i += 1) {
      if (index.origins[index.origin[i]!] !== 'acled' || index.eventTypes[index.eventType[i]!] !== p.event_type || index.start[i] === NO_DAY) continue;
      if (index.end[i]! <= interval.start || index.start[i]! >= interval.end) continue;
      const tolerance = Math.max(MIN_MATCH_KM, uncertaintyRadiusKm(p.geo_precision), uncertaintyRadiusKm(index.geoPrecision[i]!));
      if (distance([x, y], [index.lng[i]!, index.lat[i]!], { units: 'kilometers' }) <= tolerance) pairs.push([p.id, index.ids[i]!]);
    }
  }
  return pairs.sort();
}

/** Article-like incidents at the places and around the days of some events, at each time precision. */
function incidentsNear(events: ReturnType<typeof syntheticFeatures>, every: number): IncidentFeature[] {
  return events
    .filter((_, i) => i % every === 0)
    .map((event, k) => {
      const { uncertainty_km: _radius, latitude: _lat, longitude: _lng, source_kind: _kind, ...p } = event.properties;
      const precision = ((k % 3) + 1) as TimePrecision;
      const date = precision === 3 ? p.event_date.slice(0, 7) : p.event_date;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [event.properties.longitude + 0.02, event.properties.latitude] },
        properties: { ...p, id: `incident-${k}`, event_date: date, time_precision: precision, geo_precision: 1 },
      } as unknown as IncidentFeature;
    });
}

describe('matching by day', () => {
  const events = syntheticFeatures(6000, 11);
  const index = buildIncidentIndex([{ origin: 'acled', features: events }], border);
  const incidents = incidentsNear(events, 60);

  it('finds exactly the pairs a pass over every event finds', () => {
    const result = matchIncidents(incidents, index);
    const found = [...result.byIncident.values()].flat().map((m) => [m.incidentId, m.eventId] as [string, string]).sort();
    const expected = everyEventMatches(incidents, index);
    expect(expected.length).toBeGreaterThan(incidents.length); // month incidents match many events: the test has teeth
    expect(found).toEqual(expected);
    // Both ways: each event lists the incidents that list it.
    for (const [incidentId, eventId] of found) expect(result.byEvent.get(eventId)!.some((m) => m.incidentId === incidentId)).toBe(true);
  });

  it('answers a second set of incidents from the same sorted events, quickly', () => {
    matchIncidents(incidents, index); // sorted once
    const started = performance.now();
    for (let round = 0; round < 20; round += 1) matchIncidents(incidents, index);
    const perRound = (performance.now() - started) / 20;
    // A pass over every event for each of the 100 incidents is 600,000 rows a round; by day, a few thousand.
    expect(perRound).toBeLessThan(50);
  });

  it('a geojson layer is matched when its origin is asked for, not otherwise', () => {
    const layered = buildIncidentIndex([{ origin: 'my-layer', features: events.slice(0, 600) }], border);
    const few = incidentsNear(events.slice(0, 600), 60);
    expect(matchIncidents(few, layered).byIncident.size).toBe(0);
    expect(matchIncidents(few, layered, { eventOrigins: ['my-layer'] }).byIncident.size).toBeGreaterThan(0);
  });
});
