import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { mapSelection, regionBounds, selectionBounds } from '../core/views/camera';
import type { MapAdapterOptions, MapState } from '../map/map-adapter';
import { mapOverlays } from '../map/map-overlays';
import { importedPlaceFeatures } from '../map/imported-place-features';
import { selectVisibleIncidentIds } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { DashboardMapContext } from './dashboard-map-context';
import { t } from './i18n';
import { prefersReducedMotion } from './use-reduced-motion';
import { useMapAdapter } from './use-map-adapter';
import { useMapStyle } from './use-map-style';

const MAP_CREATED_MARK = 'border-brief:map-created';
const MAP_IDLE_MARK = 'border-brief:map-idle';

/**
 * The map panel. It creates the one MapAdapter (through useMapAdapter) and hands it state
 * changes; the camera stays uncontrolled (no view state in React). It publishes the map as the
 * test handle `window.borderBrief.map`, and lends the briefing its camera through
 * DashboardMapContext. Without WebGL it shows a message and the rest of the dashboard keeps working.
 */
export function MapView({ dataset, articles, onPlaceByHand }: { dataset: Dataset; articles: LoadedArticle[]; onPlaceByHand?: (annotationId: string, lngLat: [number, number]) => void }) {
  const store = useStoreApi();
  const dashboardMap = useContext(DashboardMapContext);
  const selection = useDashboard((s) => s.selection);
  const focusRequest = useDashboard((s) => s.focusRequest);
  const layers = useDashboard((s) => s.layers);
  const language = useDashboard((s) => s.language);
  const placingAnnotationId = useDashboard((s) => s.placingAnnotationId);
  const isPlacingIncident = useDashboard((s) => s.placingIncident !== null);
  const placeByHandRef = useRef<(lngLat: [number, number]) => void>(() => {});
  const containerRef = useRef<HTMLDivElement>(null);
  const [mapState, setMapState] = useState<MapState | 'unavailable'>('loading');

  const eventLayers = useDashboard((s) => s.eventLayers);
  const placeLayers = useDashboard((s) => s.placeLayers);
  const importedPlaces = useMemo(() => importedPlaceFeatures(placeLayers), [placeLayers]);
  const visibleIds = useDashboard(selectVisibleIncidentIds);
  const events = useMemo(() => eventLayers.flatMap((layer) => layer.features), [eventLayers]);
  const { incidents, articlePlaces } = useMemo(() => mapOverlays(dataset, articles, events, visibleIds), [dataset, articles, events, visibleIds]);
  const style = useMapStyle(dataset, store.getState().language, { incidents, articlePlaces });

  // The map is made once per base layers; data that changes later (an article added) reaches it
  // through the adapter's setters below, so it is not a reason to rebuild the map.
  const geo = dataset.geo;
  const options = useMemo(
    (): MapAdapterOptions => ({
      style,
      initialBounds: regionBounds({ geo }),
      initialLanguage: store.getState().language,
      knownPlaceIds: new Set(), // set by the effect below, and again when places change
      reducedMotion: prefersReducedMotion(),
      exposeAsTestHandle: 'dashboard',
    }),
    [style, store, geo],
  );

  // Made in a layout effect, before the browser first paints the dashboard: painting competes
  // with MapLibre's WebGL set-up for the GPU, and on software rendering that delayed the map by a
  // tenth of a second.
  const adapterRef = useMapAdapter(
    containerRef,
    options,
    {
      onPlaceClick: (id) => store.select({ type: 'place', id }),
      onIncidentClick: (id) => store.select({ type: 'incident', id }),
      onPlacingClick: (lngLat) => placeByHandRef.current(lngLat),
      onStateChange: (state) => {
        if (state === 'idle' && performance.getEntriesByName(MAP_IDLE_MARK).length === 0) performance.mark(MAP_IDLE_MARK);
        setMapState(state);
      },
    },
    {
      onCreated: (adapter) => {
        // Standard marks, read by the benchmark: when the map was created, and when it first went idle.
        if (performance.getEntriesByName(MAP_CREATED_MARK).length === 0) performance.mark(MAP_CREATED_MARK);
        return dashboardMap.attach(adapter);
      },
      onUnavailable: () => setMapState('unavailable'),
    },
  );

  useEffect(() => adapterRef.current?.setKnownPlaceIds(new Set(dataset.places.map((place) => place.id))), [adapterRef, dataset.places, options]);

  useEffect(() => adapterRef.current?.setIncidents(incidents), [adapterRef, incidents, options]);
  useEffect(() => adapterRef.current?.setArticlePlaces(articlePlaces), [adapterRef, articlePlaces, options]);
  useEffect(() => adapterRef.current?.setImportedPlaces(importedPlaces), [adapterRef, importedPlaces, options]);
  useEffect(() => adapterRef.current?.setLayerVisibility(layers), [adapterRef, layers]);
  useEffect(() => adapterRef.current?.setLanguage(language), [adapterRef, language]);
  // The camera moves only when the user asks (a new focus request), not when data changes under
  // the same selection (a review saved, an article added).
  // The map follows one frame after the text: the highlighted mentions paint first, then the map
  // redraws (a full WebGL frame, slow in software rendering) without holding them back.
  const framedRequest = useRef(0);
  useEffect(() => {
    const update = () => {
      const shouldFrame = focusRequest !== framedRequest.current;
      framedRequest.current = focusRequest;
      const bounds = shouldFrame ? (selection ? selectionBounds(dataset, selection) : regionBounds(dataset)) : null;
      adapterRef.current?.setSelection(mapSelection(dataset, selection), bounds);
      adapterRef.current?.settle();
    };
    adapterRef.current?.expectChange();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(update);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [adapterRef, dataset, selection, focusRequest]);

  useEffect(() => adapterRef.current?.setPlacingMode(placingAnnotationId !== null || isPlacingIncident), [adapterRef, placingAnnotationId, isPlacingIncident, options]);
  useEffect(() => {
    placeByHandRef.current = (lngLat) => {
      if (store.getState().placingIncident) return void store.placeIncidentAt(lngLat); // an incident's click: the store signs and places it
      if (placingAnnotationId) onPlaceByHand?.(placingAnnotationId, lngLat);
      store.setPlacing(null);
    };
  }, [placingAnnotationId, onPlaceByHand, store]);

  return (
    <div className="map-panel">
      <div
        className="map"
        ref={containerRef}
        data-testid="map"
        data-map-state={mapState === 'unavailable' ? 'unavailable' : mapState}
        role="region"
        aria-label={t('mapLabel', language)}
      />
      {mapState === 'unavailable' && (
        <div className="map-message" role="status">
          {t('mapUnavailable', language)}
        </div>
      )}
    </div>
  );
}

