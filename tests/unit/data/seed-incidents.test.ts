import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { deriveIncidents } from '../../../data/scripts/derive-incidents';
import type { IncidentCollection, IncidentFeature, PlaceAnnotation } from '../../../src/core/types';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const dir = 'data/articles/kessiya-2024-05-mali-mauritanie/';
const committed = read(`${dir}incidents.geojson`);
const incidents = JSON.parse(committed) as IncidentCollection;
const annotations = JSON.parse(read(`${dir}annotations.jsonld`)) as PlaceAnnotation[];
const text = read(`${dir}text.txt`);
const capitals = JSON.parse(read('geo/capitals.geojson')) as FeatureCollection<Point, { place_id: string }>;
const byId = (id: string): IncidentFeature => {
  const feature = incidents.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no incident ${id}`);
  return feature;
};
const quotesOf = (feature: IncidentFeature): string =>
  feature.properties.annotation_ids
    .map((id) => annotations.find((a) => a.id === id)!.target.selector[1])
    .map(({ start }) => text.slice(text.lastIndexOf('.', start) + 1, text.indexOf('.', start) + 1))
    .join(' ');

describe('the seed article’s incidents', () => {
  it('are byte for byte what derive-incidents writes', () => {
    expect(deriveIncidents()).toBe(committed);
  });

  it('are valid RFC 7946 GeoJSON', () => {
    expect(() => check(committed)).not.toThrow();
  });

  it('are the six incidents the article reports', () => {
    expect(incidents.features.map((f) => f.properties.id)).toEqual([
      'armed-group-movements-border',
      'alleged-abuses-mauritanian-civilians',
      'abductions-border',
      'ministerial-meeting-nouakchott',
      'ministerial-meeting-bamako',
      'military-delegation-visit-nouakchott',
    ]);
  });

  it('cite passages that say what the incident is', () => {
    expect(quotesOf(byId('armed-group-movements-border'))).toMatch(/mouvements impliquant des groupes armés/);
    expect(quotesOf(byId('alleged-abuses-mauritanian-civilians'))).toMatch(/allégations d’exactions/);
    expect(quotesOf(byId('abductions-border'))).toMatch(/enlèvements de civils mauritaniens/);
    expect(quotesOf(byId('ministerial-meeting-nouakchott'))).toMatch(/délégations ministérielles à Nouakchott/);
    expect(quotesOf(byId('ministerial-meeting-bamako'))).toMatch(/à Bamako/);
    expect(quotesOf(byId('military-delegation-visit-nouakchott'))).toMatch(/jeudi 9 mai 2024/);
  });

  it('draw « à la frontière » as the border zone with geo_precision 3, not a point', () => {
    for (const id of ['armed-group-movements-border', 'abductions-border']) {
      expect(byId(id).geometry?.type).toBe('Polygon');
      expect(byId(id).properties.geo_precision).toBe(3);
    }
  });

  it('give « au cours des derniers mois » time_precision 3 and the visit its day', () => {
    expect(byId('armed-group-movements-border').properties.time_precision).toBe(3);
    expect(byId('military-delegation-visit-nouakchott').properties).toMatchObject({ event_date: '2024-05-09', time_precision: 1 });
  });

  it('attribute the movements to the Mauritanian government and show the abuses as unattributed allegations', () => {
    expect(byId('armed-group-movements-border').properties.claim_by).toBe('Gouvernement mauritanien');
    expect(byId('alleged-abuses-mauritanian-civilians').properties).toMatchObject({ claim_status: 'alleged', civilian_targeting: 'Civilian targeting' });
    expect(byId('alleged-abuses-mauritanian-civilians').properties.claim_by).toMatch(/non nommée/);
  });

  it('code the visit and the meetings as confirmed: public official acts (incidents-devset conventions)', () => {
    for (const id of ['military-delegation-visit-nouakchott', 'ministerial-meeting-nouakchott', 'ministerial-meeting-bamako']) expect(byId(id).properties.claim_status, id).toBe('confirmed');
    expect(byId('armed-group-movements-border').properties.claim_status).toBe('reported');
    expect(byId('abductions-border').properties.claim_status).toBe('reported');
  });

  it('leave the alleged abuses unlocated, since the article does not say where', () => {
    expect(byId('alleged-abuses-mauritanian-civilians').geometry).toBeNull();
    expect(byId('alleged-abuses-mauritanian-civilians').properties.unknown.en).toMatch(/where/);
  });

  it('place the meetings and the visit on the capitals’ points with geo_precision 1', () => {
    const point = (placeId: string) => capitals.features.find((f) => f.properties.place_id === placeId)!.geometry;
    expect(byId('ministerial-meeting-nouakchott').geometry).toEqual(point('nouakchott'));
    expect(byId('ministerial-meeting-bamako').geometry).toEqual(point('bamako'));
    expect(byId('military-delegation-visit-nouakchott').geometry).toEqual(point('nouakchott'));
    for (const id of ['ministerial-meeting-nouakchott', 'ministerial-meeting-bamako']) {
      expect(byId(id).properties).toMatchObject({ geo_precision: 1, time_precision: 3, event_type: 'Strategic developments' });
    }
  });

  it('give no fatality figure the article does not give', () => {
    expect(incidents.features.every((f) => f.properties.fatalities === null)).toBe(true);
  });
});
