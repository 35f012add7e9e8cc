import { check } from '@placemarkio/check-geojson';
import { booleanClockwise } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../../../../src/core/acled/acled-codebook';
import type { AcledEvent } from '../../../../src/core/acled/acled-event';
import { acledFeature } from '../../../../src/core/acled/acled-features';
import { acledCsv, acledGeoJson } from '../../../../src/core/acled/export-acled';
import { matchIncidents, MIN_MATCH_KM } from '../../../../src/core/acled/match-incidents';
import { parseAcledCsv } from '../../../../src/core/acled/parse-acled-csv';
import { UNCERTAINTY_RADIUS_KM } from '../../../../src/core/acled/precision-zones';
import { buildIncidentIndex } from '../../../../src/core/filters/incident-index';
import { syntheticAcledCsv } from '../../../fixtures/acled/synthetic-acled';
import { border, SEED_ARTICLE, seedIncidents } from '../filters/acled-test-data';

const parse = (text: string) => {
  const result = parseAcledCsv(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
};

describe('ACLED features', () => {
  const [one, two, three] = ([1, 2, 3] as const).map((geo_precision) => acledFeature({ ...parse(syntheticAcledCsv({ rows: 1 })).events[0]!, geo_precision }));

  it('draw precision 1 as a point and 2 and 3 as discs of 25 and 100 km, never a pin', () => {
    expect(one!.geometry.type).toBe('Point');
    for (const [feature, radius] of [[two!, UNCERTAINTY_RADIUS_KM[2]], [three!, UNCERTAINTY_RADIUS_KM[3]]] as const) {
      const ring = (feature.geometry as Polygon).coordinates[0]!;
      expect(booleanClockwise(ring)).toBe(false);
      expect(feature.properties.uncertainty_km).toBe(radius);
      // The disc's vertices lie at its radius from ACLED's coordinates (1 degree of latitude ≈ 111.2 km).
      const north = Math.max(...ring.map((c) => c[1]!));
      expect((north - feature.properties.latitude) * 111.2).toBeCloseTo(radius, -1);
    }
  });

  it("carry ACLED's names, its id as feature id, and say ACLED reports, with who", () => {
    expect(two!.id).toBe(two!.properties.event_id_cnty);
    expect(two!.properties).toMatchObject({ source_kind: 'acled', claim_status: 'reported', annotation_ids: [] });
    expect(two!.properties.claim_by).toBe(two!.properties.source);
    expect(three!.properties.unknown.en).toContain('only the region is known');
  });
});

describe('export', () => {
  it('CSV → features → CSV gives the same bytes (codebook order, quotes, line breaks in notes, ; sources)', () => {
    const csv = syntheticAcledCsv({ rows: 400, seed: 21 });
    const again = acledCsv(parse(csv).events.map((e) => acledFeature(e)));
    expect(again).toBe(csv);
    expect(again.slice(1, again.indexOf('\r\n'))).toBe(ACLED_COLUMNS.join(','));
  });

  it('guards formula-looking text, and reading it back takes the guard off', () => {
    const event: AcledEvent = { ...parse(syntheticAcledCsv({ rows: 1 })).events[0]!, actor1: '=HYPERLINK("http://example.invalid")', notes: '+SYNTHETIC', source: '@a; -b' };
    const csv = acledCsv([acledFeature(event)]);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(csv).toContain(",'+SYNTHETIC,");
    expect(parse(csv).events[0]).toEqual(event);
  });

  it("writes an article's incidents too: slug as id, month as its first day, a point on its zone, empty when unlocated", () => {
    const rows = parse(acledCsv(seedIncidents.filter((f) => f.geometry))).events;
    expect(rows.map((r) => r.event_id_cnty)).toEqual(seedIncidents.filter((f) => f.geometry).map((f) => f.id));
    expect(rows[0]).toMatchObject({ event_date: '2024-05-01', time_precision: 3, geo_precision: 3 });
    const unlocated = acledCsv(seedIncidents.filter((f) => !f.geometry));
    expect(parseAcledCsv(unlocated)).toMatchObject({ ok: true, summary: { loaded: 0, rejected: 1 } });
  });

  it('GeoJSON is RFC 7946 (valid, counter-clockwise, ≤ 6 decimals) with the precision as properties', () => {
    const features = [...parse(syntheticAcledCsv({ rows: 50, seed: 4 })).events.map((e) => acledFeature(e)), ...seedIncidents];
    const collection = acledGeoJson(features);
    const text = JSON.stringify(collection);
    expect(() => check(JSON.stringify({ ...collection, features: collection.features.filter((f) => f.geometry) }))).not.toThrow();
    expect(text).not.toMatch(/\d\.\d{7,}/);
    for (const feature of collection.features) {
      expect(feature.properties).toHaveProperty('geo_precision');
      expect(feature.properties).toHaveProperty('uncertainty_km');
      if (feature.geometry?.type === 'Polygon') expect(booleanClockwise(feature.geometry.coordinates[0]!)).toBe(false);
    }
    const visit = collection.features.find((f) => f.id === 'military-delegation-visit-nouakchott')!;
    expect(visit.properties).toMatchObject({ interval_start: '2024-05-09', interval_end: '2024-05-09', uncertainty_km: 0 });
    const abductions = collection.features.find((f) => f.id === 'abductions-border')!;
    expect(abductions.properties).toMatchObject({ interval_start: '2024-05-01', interval_end: '2024-05-31', uncertainty_km: 0 });
  });
});

describe('matchIncidents', () => {
  const base = parse(syntheticAcledCsv({ rows: 1 })).events[0]!;
  const event = (id: string, overrides: Partial<AcledEvent>): AcledEvent => ({ ...base, event_id_cnty: id, ...overrides });
  const events = [
    // Adel Bagrou, 4 km from the line, inside the border zone: the same kind of event in May.
    event('SYN-M1', { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', event_date: '2024-05-20', time_precision: 1, latitude: 15.5333, longitude: -7.0667, geo_precision: 1 }),
    // Same place and month, another type.
    event('SYN-M2', { event_type: 'Battles', sub_event_type: 'Armed clash', event_date: '2024-05-20', time_precision: 1, latitude: 15.5333, longitude: -7.0667, geo_precision: 1 }),
    // Same type and place, June.
    event('SYN-M3', { event_type: 'Violence against civilians', sub_event_type: 'Attack', event_date: '2024-06-02', time_precision: 1, latitude: 15.5333, longitude: -7.0667, geo_precision: 1 }),
    // Nouakchott, a strategic development known to the week of 30 April, which reaches into May.
    event('SYN-M4', { event_type: 'Strategic developments', sub_event_type: 'Other', event_date: '2024-04-30', time_precision: 2, latitude: 18.0858, longitude: -15.9785, geo_precision: 2 }),
    // Nouakchott, 9 May, but 40 km away at town precision: beyond 5 km.
    event('SYN-M5', { event_type: 'Strategic developments', sub_event_type: 'Other', event_date: '2024-05-09', time_precision: 1, latitude: 18.45, longitude: -15.9785, geo_precision: 1 }),
  ];
  const index = buildIncidentIndex([{ origin: 'acled', features: events.map((e) => acledFeature(e)) }, { origin: SEED_ARTICLE, features: seedIncidents }], border);
  const result = matchIncidents(seedIncidents, index);

  it('matches on overlapping days, places within the larger uncertainty and the same type, both ways', () => {
    expect(result.byIncident.get('abductions-border')?.map((m) => m.eventId)).toEqual(['SYN-M1']);
    expect(result.byEvent.get('SYN-M1')?.map((m) => m.incidentId)).toEqual(['abductions-border']);
    expect(result.byEvent.has('SYN-M2')).toBe(false);
    expect(result.byEvent.has('SYN-M3')).toBe(false);
    expect(result.byEvent.has('SYN-M5')).toBe(false);
    // The zone is the extent: a point inside it is 0 km away.
    expect(result.byIncident.get('abductions-border')![0]!.reason).toMatchObject({ distanceKm: 0, toleranceKm: MIN_MATCH_KM, eventType: 'Violence against civilians', days: { from: '2024-05-20', to: '2024-05-20' } });
  });

  it('a week-precision event matches the month incidents its week overlaps, and says which days', () => {
    const matches = result.byEvent.get('SYN-M4')!.map((m) => m.incidentId).sort();
    // Its week is Monday 29 April – Sunday 5 May: the May meeting overlaps it, the 9 May visit does not.
    expect(matches).toEqual(['ministerial-meeting-nouakchott']);
    const meeting = result.byEvent.get('SYN-M4')!.find((m) => m.incidentId === 'ministerial-meeting-nouakchott')!;
    expect(meeting.reason.days).toEqual({ from: '2024-05-01', to: '2024-05-05' });
    expect(meeting.reason.toleranceKm).toBe(25);
  });

  it('an unlocated incident matches nothing', () => {
    expect(result.byIncident.has('alleged-abuses-mauritanian-civilians')).toBe(false);
  });
});
