import { describe, expect, it } from 'vitest';
import { booleanClockwise } from '@turf/turf';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { borderZoneUnion, buildIncidents, type IncidentSource } from '../../../../src/core/incidents/build-incidents';
import type { IncidentProperties } from '../../../../src/core/types';

// Two unit squares side by side, the left one wound clockwise on purpose.
const zone: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { side: 'ML' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] } },
    { type: 'Feature', properties: { side: 'MR' }, geometry: { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] } },
  ],
};
const capitals: FeatureCollection<Point, { place_id: string }> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { place_id: 'nouakchott' }, geometry: { type: 'Point', coordinates: [-15.97851234567, 18.0858] } }],
};
const properties = (id: string): IncidentProperties => ({ id }) as IncidentProperties;

describe('buildIncidents', () => {
  it('draws a border-area incident as the union of both sides of the zone, counter-clockwise', () => {
    const geometry = borderZoneUnion(zone);
    expect(geometry.type).toBe('Polygon');
    expect(booleanClockwise((geometry as Polygon).coordinates[0]!)).toBe(false);
  });

  it('places a town-precise incident on its capital’s point, rounded to 6 decimals', () => {
    const source: IncidentSource = { article_id: 'a', incidents: [{ geometry_ref: { layer: 'capitals', place_id: 'nouakchott' }, properties: properties('visit') }] };
    expect(buildIncidents(source, { borderZone: zone, capitals }).features[0]!.geometry).toEqual({ type: 'Point', coordinates: [-15.978512, 18.0858] });
  });

  it('keeps an incident the article does not place, with a null geometry', () => {
    const source: IncidentSource = { article_id: 'a', incidents: [{ geometry_ref: null, properties: properties('unplaced') }] };
    const [feature] = buildIncidents(source, { borderZone: zone, capitals }).features;
    expect(feature).toMatchObject({ id: 'unplaced', geometry: null });
  });

  it('refuses a capital the layer does not have, naming the incident', () => {
    const source: IncidentSource = { article_id: 'a', incidents: [{ geometry_ref: { layer: 'capitals', place_id: 'kiffa' }, properties: properties('x') }] };
    expect(() => buildIncidents(source, { borderZone: zone, capitals })).toThrow(/"x".*kiffa/);
  });
});
