/**
 * Benchmark baseline: a bare MapLibre page that fetches and draws the same base map data as the
 * dashboard (same files, same font), with no React, no article and no checks. The dashboard's
 * navigation-to-idle time is compared with this page's, in the same run.
 *
 * With `?points=1` it also has an empty source and a circle layer for points that
 * tests/bench/scale-browser.ts hands it (`window.bareBench`): the same synthetic ACLED rows the
 * app opens, each with the numbers a filter reads (`s` border side code, `a`/`b` first day and day
 * after), drawn as plain circles and filtered the plainest MapLibre way, one setFilter.
 */
import { Map as MapLibreMap, setWorkerUrl, type FilterSpecification, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import latinUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import worldUrl from '../../../geo/world-110m.geojson?url';
import countriesUrl from '../../../geo/countries-region.geojson?url';
import borderUrl from '../../../geo/border-ml-mr.geojson?url';
import borderZoneUrl from '../../../geo/border-zone.geojson?url';
import capitalsUrl from '../../../geo/capitals.geojson?url';

setWorkerUrl(workerUrl);
const json = (url: string) => fetch(url).then((response) => response.json());
const [world, countries, border, borderZone, capitals] = await Promise.all([worldUrl, countriesUrl, borderUrl, borderZoneUrl, capitalsUrl].map(json));
const container = document.getElementById('map')!;
const withPoints = new URLSearchParams(location.search).has('points');
const map = new MapLibreMap({
  container,
  bounds: [-17.2, 11.4, -3.2, 26.6],
  style: {
    version: 8,
    'font-faces': { 'Noto Sans Regular': [{ url: new URL(latinUrl, location.href).href }] },
    sources: {
      world: { type: 'geojson', data: world },
      countries: { type: 'geojson', data: countries },
      borderZone: { type: 'geojson', data: borderZone },
      border: { type: 'geojson', data: border },
      capitals: { type: 'geojson', data: capitals },
      ...(withPoints ? { points: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } } : {}),
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#c6dcea' } },
      { id: 'world', type: 'fill', source: 'world', paint: { 'fill-color': '#f2ede2' } },
      { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#f7f3ea' } },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#9d927c' } },
      { id: 'zone', type: 'fill', source: 'borderZone', paint: { 'fill-color': '#d55e00', 'fill-opacity': 0.16 } },
      { id: 'border', type: 'line', source: 'border', paint: { 'line-color': '#c1121f', 'line-width': 3.5 } },
      { id: 'capitals', type: 'circle', source: 'capitals', paint: { 'circle-radius': 7, 'circle-color': '#0072b2' } },
      { id: 'labels', type: 'symbol', source: 'capitals', layout: { 'text-field': ['get', 'name_fr'], 'text-font': ['Noto Sans Regular'], 'text-offset': [0, 1.1], 'text-anchor': 'top' } },
      ...(withPoints ? [{ id: 'points', type: 'circle' as const, source: 'points', paint: { 'circle-radius': 4, 'circle-color': '#6a3d9a' } }] : []),
    ],
  },
});
performance.mark('border-brief:map-created');
map.once('idle', () => {
  performance.mark('border-brief:map-idle');
  container.setAttribute('data-map-state', 'idle');
});

/** Resolves at the first 'idle' after `change` (a frame is asked for, so one comes even if nothing moved). */
function timeToIdle(change: () => void): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    change();
    map.once('idle', () => resolve(performance.now() - start));
    map.triggerRepaint();
  });
}

if (withPoints) {
  (window as unknown as { bareBench: unknown }).bareBench = {
    /** ms from the points given to the map idle with them drawn. */
    draw: (points: GeoJSON.FeatureCollection) => timeToIdle(() => (map.getSource('points') as GeoJSONSource).setData(points)),
    /** ms from a filter given to the map idle with it applied. */
    filter: (filter: FilterSpecification) => timeToIdle(() => map.setFilter('points', filter)),
  };
}
