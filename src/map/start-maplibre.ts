/**
 * MapLibre's start-up, called once from main.tsx before the first render: its stylesheet, its
 * worker's address (without it the bundled map never finds its worker and never becomes idle),
 * and its workers started early, while the data files are fetched and React starts.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

/** Points MapLibre at its bundled worker. Call before any map is made. */
export function setMapWorker(): void {
  setWorkerUrl(workerUrl);
}

/** Starts MapLibre's workers now, so the first map does not wait for them. */
export function prewarmMaps(): void {
  prewarm();
}
