import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { mapSelection, regionBounds, selectionBounds } from '../core/views/camera';
import { articlePlaceFeatures } from '../core/views/article-place-features';
import { MapAdapter, type MapState } from '../map/map-adapter';
import { incidentMapFeatures } from '../map/incident-features';
import { useDashboard, useStoreApi } from '../state/use-store';
import { t } from './i18n';
import { prefersReducedMotion } from './use-reduced-motion';
import { useMapStyle } from './use-map-style';

const MAP_CREATED_MARK = 'border-brief:map-created';
const MAP_IDLE_MARK = 'border-brief:map-idle';

declare global {
  interface Window {
    /** Handles for automation and tests: the live MapLibre map. */
    borderBrief?: { map?: MapAdapter['map'] };
  }
}

/**
 * The map panel. It creates the one MapAdapter and hands it state changes; the camera stays
 * uncontrolled (no view state in React). Without WebGL it shows a message and the rest of the
 * dashboard keeps working.
 */
export function MapView({ dataset, articles, onPlaceByHand }: { dataset: Dataset; articles: LoadedArticle[]; onPlaceByHand?: (annotationId: string, lngLat: [number, number]) => void }) {
  const store = useStoreApi();
  const selection = useDashboard((s) => s.selection);
  const focusRequest = useDashboard((s) => s.focusRequest);
  const layers = useDashboard((s) => s.layers);
  const language = useDashboard((s) => s.language);
  const placingAnnotationId = useDashboard((s) => s.placingAnnotationId);
  const placeByHandRef = useRef<(lngLat: [number, number]) => void>(() => {});
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const [mapState, setMapState] = useState<MapState | 'unavailable'>('loading');

  const incidents = useMemo(() => incidentMapFeatures(articles.flatMap((article) => article.incidents)), [articles]);
  const articlePlaces = useMemo(() => articlePlaceFeatures(dataset, articles), [dataset, articles]);
  const style = useMapStyle(dataset, store.getState().language, { incidents, articlePlaces });

  // The map is made once per base layers; data that changes later (an article added) reaches it
  // through the adapter's setters below, so it is not a reason to rebuild the map.
  const geo = dataset.geo;
  const initialBounds = useMemo(() => regionBounds({ geo }), [geo]);

  // Made before the browser first paints the dashboard: painting competes with MapLibre's WebGL
  // set-up for the GPU, and on software rendering that delayed the map by a tenth of a second.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter(
        container,
        {
          style,
          initialBounds,
          initialLanguage: store.getState().language,
          knownPlaceIds: new Set(), // set by the effect below, and again when places change
          reducedMotion: prefersReducedMotion(),
        },
        {
          onPlaceClick: (id) => store.select({ type: 'place', id }),
          onIncidentClick: (id) => store.select({ type: 'incident', id }),
          onPlacingClick: (lngLat) => placeByHandRef.current(lngLat),
          onStateChange: (state) => {
            if (state === 'idle' && performance.getEntriesByName(MAP_IDLE_MARK).length === 0) performance.mark(MAP_IDLE_MARK);
            setMapState(state);
          },
        },
      );
    } catch (error) {
      // No WebGL2 (MapLibre's own check, which is cheaper than probing a second context here),
      // or a blocked GPU: reported after this commit, like any other event from the map.
      console.warn('Map unavailable:', error);
      queueMicrotask(() => setMapState('unavailable'));
      return;
    }
    // Standard marks, read by the benchmark: when the map was created, and when it first went idle.
    if (performance.getEntriesByName(MAP_CREATED_MARK).length === 0) performance.mark(MAP_CREATED_MARK);
    adapterRef.current = adapter;
    window.borderBrief = { ...window.borderBrief, map: adapter.map };
    return () => {
      adapter.destroy();
      adapterRef.current = null;
    };
  }, [style, store, initialBounds]);

  useEffect(() => adapterRef.current?.setKnownPlaceIds(new Set(dataset.places.map((place) => place.id))), [dataset.places, style]);

  useEffect(() => adapterRef.current?.setIncidents(incidents), [incidents, style]);
  useEffect(() => adapterRef.current?.setArticlePlaces(articlePlaces), [articlePlaces, style]);
  useEffect(() => adapterRef.current?.setLayerVisibility(layers), [layers]);
  useEffect(() => adapterRef.current?.setLanguage(language), [language]);
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
  }, [dataset, selection, focusRequest]);

  useEffect(() => adapterRef.current?.setPlacingMode(placingAnnotationId !== null), [placingAnnotationId, style]);
  useEffect(() => {
    placeByHandRef.current = (lngLat) => {
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

