import type { Feature, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { emptySourceIds, hideLayersOfEmptySources } from '../../../src/map/map-style';

const point: Feature<Point> = { type: 'Feature', geometry: { type: 'Point', coordinates: [-15.98, 18.09] }, properties: {} };
const style: StyleSpecification = {
  version: 8,
  sources: {
    full: { type: 'geojson', data: { type: 'FeatureCollection', features: [point] } },
    empty: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    remote: { type: 'geojson', data: 'places.geojson' },
  },
  layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#fff' } },
    { id: 'full-circle', type: 'circle', source: 'full' },
    { id: 'empty-circle', type: 'circle', source: 'empty' },
    { id: 'empty-label', type: 'symbol', source: 'empty', layout: { 'text-field': 'x' } },
    { id: 'remote-circle', type: 'circle', source: 'remote' },
  ],
};

describe('hideLayersOfEmptySources', () => {
  test('only a collection with no feature counts as empty (data by address is not known to be)', () => {
    expect([...emptySourceIds(style)]).toEqual(['empty']);
  });

  test('hides every layer of an empty source and keeps its layout; leaves the others as they were', () => {
    const hidden = hideLayersOfEmptySources(style);
    const visibility = Object.fromEntries(hidden.layers.map((layer) => [layer.id, (layer.layout as { visibility?: string } | undefined)?.visibility]));
    expect(visibility).toEqual({ bg: undefined, 'full-circle': undefined, 'empty-circle': 'none', 'empty-label': 'none', 'remote-circle': undefined });
    expect(hidden.layers.find((layer) => layer.id === 'empty-label')?.layout).toMatchObject({ 'text-field': 'x' });
    expect(style.layers.find((layer) => layer.id === 'empty-circle')?.layout).toBeUndefined(); // the given style is not changed
  });
});
