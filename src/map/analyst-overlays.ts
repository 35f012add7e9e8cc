/**
 * The layers of the analyst's own marks on the map: the place found with the search (a gazetteer
 * entry no article names) and the measure lines with their distances. They are not in the start-up
 * style: the adapter adds them the first time one is shown, so they cost the first paint nothing
 * (each layer type is a shader program to compile, slow under software WebGL).
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { COLORS, FONT, LAYER, SOURCE } from './map-ids';

export const LOCATED_SOURCE: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
export const MEASURE_SOURCE: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };

export function locatedPlaceLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.locatedPlace,
      type: 'circle',
      source: SOURCE.located,
      // A ring, not a filled town dot: a place looked up, not one the article names.
      paint: { 'circle-radius': 9, 'circle-color': '#ffffff', 'circle-opacity': 0.6, 'circle-stroke-color': COLORS.measure, 'circle-stroke-width': 3 },
    },
    {
      id: LAYER.locatedPlaceLabel,
      type: 'symbol',
      source: SOURCE.located,
      layout: { 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 14, 'text-offset': [0, 1.2], 'text-anchor': 'top' },
      paint: { 'text-color': COLORS.measure, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 2 },
    },
  ];
}

export function measureLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.measureLine,
      type: 'line',
      source: SOURCE.measure,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': COLORS.measure, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    },
    {
      id: LAYER.measureEnds,
      type: 'circle',
      source: SOURCE.measure,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': COLORS.measure, 'circle-stroke-width': 2 },
    },
    {
      id: LAYER.measureLabels,
      type: 'symbol',
      source: SOURCE.measure,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'symbol-placement': 'line-center', 'text-field': ['get', 'label'], 'text-font': [FONT], 'text-size': 14, 'text-offset': [0, -0.8], 'text-allow-overlap': true },
      paint: { 'text-color': COLORS.measure, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 2.5 },
    },
  ];
}
