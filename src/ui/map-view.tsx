import { useCallback, useContext, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { IncidentFeature } from '../core/types';
import { articlePlacesBounds, mapSelection, paddingClearOf, pointBounds, regionBounds, selectionBounds, type Padding, type ScreenRect } from '../core/views/camera';
import { contextPlaces } from '../core/views/context-places';
import { baseMapPlaceIds } from '../core/views/place-colors';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import type { MapAdapter, MapAdapterOptions, MapPick, MapState, ScreenPoint } from '../map/map-adapter';
import { mapOverlays } from '../map/map-overlays';
import { importedPlaceFeatures } from '../map/imported-place-features';
import { incidentById, selectEventRows, selectEventVisibility, selectVisibleIncidentIds } from '../state/selectors';
import { eventMapFeatures, NO_EVENTS } from '../map/event-features';
import { useDashboard, useStoreApi } from '../state/use-store';
import { DashboardMapContext } from './dashboard-map-context';
import { mapLibreLocale, t } from './i18n';
import { MAP_DESCRIPTION_ID } from './map-description';
import { prefersReducedMotion } from './use-reduced-motion';
import { useMapAdapter } from './use-map-adapter';
import { useMapStyle } from './use-map-style';
import { useAnalystMarks } from './use-analyst-marks';
import { describePicks, MapTooltip } from './map-tooltip';
import { FeatureChooser } from './feature-chooser';

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
  const located = useDashboard((s) => s.located);
  const isPickingMeasure = useDashboard((s) => s.measure?.isPicking ?? false);
  const isPlacingIncident = useDashboard((s) => s.placingIncident !== null);
  const placeByHandRef = useRef<(lngLat: [number, number]) => void>(() => {});
  const containerRef = useRef<HTMLDivElement>(null);
  const [mapState, setMapState] = useState<MapState | 'unavailable'>('loading');
  const [hasBeenIdle, setBeenIdle] = useState(false); // the map has drawn its data once
  const [hover, setHover] = useState<{ candidates: readonly MapPick[]; point: ScreenPoint } | null>(null);
  const [choice, setChoice] = useState<{ candidates: readonly MapPick[]; point: ScreenPoint } | null>(null);

  const eventLayers = useDashboard((s) => s.eventLayers);
  const placeLayers = useDashboard((s) => s.placeLayers);
  const importedPlaces = useMemo(() => importedPlaceFeatures(placeLayers), [placeLayers]);
  const visibleIds = useDashboard(selectVisibleIncidentIds);
  // Events are drawn from a clustered source of their own (setEvents below); only the shapes of
  // other tools' incident layers (a polygon is not a point to cluster) join the articles' incidents.
  const shapeEvents = useMemo(() => eventLayers.flatMap((layer) => (layer.kind === 'acled' ? [] : layer.features.filter((feature) => feature.geometry && feature.geometry.type !== 'Point'))), [eventLayers]);
  const { incidents, articlePlaces } = useMemo(() => mapOverlays(dataset, articles, shapeEvents, visibleIds), [dataset, articles, shapeEvents, visibleIds]);
  const eventRows = useDashboard(selectEventRows);
  const eventData = useMemo(() => (eventRows ? eventMapFeatures(eventRows.index, eventRows.drawn) : NO_EVENTS), [eventRows]);
  const eventVisibility = useDashboard(selectEventVisibility);
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
      // Orientation: a scale bar and zoom buttons, in the interface's words, and framing kept
      // clear of what lies over the map (the legend, the zoom buttons), measured at each framing.
      controls: { scale: true, zoom: true },
      locale: mapLibreLocale(store.getState().language),
      framePadding: () => framePaddingOf(containerRef.current),
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
      onHover: (candidates, point) => setHover(candidates.length && point ? { candidates, point } : null),
      onPickMany: (candidates, point) => {
        setHover(null);
        setChoice({ candidates, point });
      },
      onStateChange: (state) => {
        if (state === 'idle' && performance.getEntriesByName(MAP_IDLE_MARK).length === 0) performance.mark(MAP_IDLE_MARK);
        if (state === 'idle') setBeenIdle(true);
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
  useEffect(() => adapterRef.current?.setEvents(eventData, eventVisibility), [adapterRef, eventData, eventVisibility, options]);
  useEffect(() => adapterRef.current?.setArticlePlaces(articlePlaces), [adapterRef, articlePlaces, options]);
  useEffect(() => adapterRef.current?.setImportedPlaces(importedPlaces), [adapterRef, importedPlaces, options]);
  useEffect(() => adapterRef.current?.setLayerVisibility(layers), [adapterRef, layers]);
  useEffect(() => adapterRef.current?.setLanguage(language), [adapterRef, language]);
  useEffect(() => adapterRef.current?.setLocale(mapLibreLocale(language)), [adapterRef, language, options]);
  useContextPlaces(adapterRef, options, geo, hasBeenIdle);
  useFrameOpenedArticle(adapterRef, dataset, articles);
  const findIncident = useCallback((id: string): IncidentFeature | null => incidentById(articles, eventLayers, id)?.incident ?? null, [articles, eventLayers]);
  const hoverWords = useMemo(() => (hover ? describePicks(hover.candidates, dataset, articles, findIncident, language) : []), [hover, dataset, articles, findIncident, language]);
  const choiceWords = useMemo(() => (choice ? describePicks(choice.candidates, dataset, articles, findIncident, language) : []), [choice, dataset, articles, findIncident, language]);
  const closeChooser = useCallback(() => {
    setChoice(null);
    containerRef.current?.querySelector<HTMLElement>('canvas')?.focus();
  }, []);
  // The camera moves only when the user asks (a new focus request), not when data changes under
  // the same selection (a review saved, an article added).
  // The map follows one frame after the text: the highlighted mentions paint first, then the map
  // redraws (a full WebGL frame, slow in software rendering) without holding them back.
  const framedRequest = useRef(0);
  useEffect(() => {
    const update = () => {
      const shouldFrame = focusRequest !== framedRequest.current;
      framedRequest.current = focusRequest;
      const bounds = shouldFrame ? (located ? pointBounds(located.lngLat) : selection ? selectionBounds(dataset, selection) : regionBounds(dataset)) : null;
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
  }, [adapterRef, dataset, selection, located, focusRequest]);
  useAnalystMarks(adapterRef, options);

  // A map click places the mention or incident waiting for it, or ends the measure being drawn.
  useEffect(() => adapterRef.current?.setPlacingMode(placingAnnotationId !== null || isPlacingIncident || isPickingMeasure), [adapterRef, placingAnnotationId, isPlacingIncident, isPickingMeasure, options]);
  // Placing by keyboard: the map takes the keys (arrows pan it under the cross), Enter places.
  useEffect(() => {
    if (placingAnnotationId) adapterRef.current?.focus();
  }, [adapterRef, placingAnnotationId]);
  useEffect(() => {
    placeByHandRef.current = (lngLat) => {
      if (store.getState().placingIncident) return void store.placeIncidentAt(lngLat); // an incident's click: the store signs and places it
      if (isPickingMeasure && !placingAnnotationId) return void store.setMeasureTarget({ lngLat, name: null });
      if (placingAnnotationId) onPlaceByHand?.(placingAnnotationId, lngLat);
      store.setPlacing(null);
    };
  }, [placingAnnotationId, isPickingMeasure, onPlaceByHand, store]);

  return (
    <div className="map-panel">
      <div
        className="map"
        ref={containerRef}
        data-testid="map"
        data-map-state={mapState === 'unavailable' ? 'unavailable' : mapState}
        role="region"
        aria-label={t('mapLabel', language)}
        aria-describedby={MAP_DESCRIPTION_ID}
        onKeyDown={(event) => {
          const adapter = adapterRef.current;
          if (event.key !== 'Enter' || !placingAnnotationId || !adapter) return;
          event.preventDefault();
          placeByHandRef.current(adapter.centerLngLat());
        }}
      />
      <MapTooltip items={choice ? [] : hoverWords} point={hover?.point ?? null} />
      {choice && choiceWords.length > 0 && (
        <FeatureChooser
          items={choiceWords}
          point={choice.point}
          language={language}
          onClose={closeChooser}
          onChoose={(pick) => {
            closeChooser();
            store.select(pick);
          }}
        />
      )}
      {placingAnnotationId && <div className="placing-cross" role="img" aria-label={t('placingCross', language)} data-testid="placing-cross" />}
      {mapState === 'unavailable' && (
        <div className="map-message" role="status">
          {t('mapUnavailable', language)}
        </div>
      )}
    </div>
  );
}


const FRAME_MARGIN = 40; // CSS pixels kept clear around a framed box, besides what covers the map

function framePaddingOf(container: HTMLElement | null): Padding {
  if (!container) return { top: FRAME_MARGIN, right: FRAME_MARGIN, bottom: FRAME_MARGIN, left: FRAME_MARGIN };
  const box = container.getBoundingClientRect();
  const overlays = [...(container.closest('.map-column')?.querySelectorAll<HTMLElement>('[data-map-overlay], .maplibregl-ctrl-top-right .maplibregl-ctrl') ?? [])];
  const rects = overlays.map((element): ScreenRect => {
    const rect = element.getBoundingClientRect();
    return { left: rect.left - box.left, top: rect.top - box.top, width: rect.width, height: rect.height };
  });
  return paddingClearOf(box.width, box.height, rects, FRAME_MARGIN);
}

/**
 * The towns to orient by, drawn once the map has first gone idle and the browser is idle too:
 * the gazetteer (its places, and the schema it is checked with) is a chunk of its own, and
 * loading it while the map draws its data took the main thread from the map.
 */
function useContextPlaces(adapterRef: RefObject<MapAdapter | null>, options: MapAdapterOptions, geo: Dataset['geo'], hasBeenIdle: boolean) {
  useEffect(() => {
    if (!hasBeenIdle) return;
    let isCurrent = true;
    const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200));
    const handle = whenIdle(() => {
      void loadGazetteer().then((gazetteer) => {
        if (!isCurrent) return;
        const context = contextPlaces(gazetteer.places, new Set(baseMapPlaceIds(geo)));
        adapterRef.current?.setContextPlaces(context.features, context.attribution);
      });
    });
    return () => {
      isCurrent = false;
      if (typeof cancelIdleCallback === 'function' && typeof handle === 'number') cancelIdleCallback(handle);
    };
  }, [adapterRef, options, geo, hasBeenIdle]);
}

/** After an article is opened (the shown articles change), the map frames all of its places. */
function useFrameOpenedArticle(adapterRef: RefObject<MapAdapter | null>, dataset: Dataset, articles: readonly LoadedArticle[]) {
  const key = articles.map((article) => article.meta.id).join(' ');
  const framedKey = useRef(key); // the articles shown at start are framed by the region
  useEffect(() => {
    if (key === framedKey.current) return;
    framedKey.current = key;
    const bounds = articlePlacesBounds(dataset, articles);
    if (bounds) adapterRef.current?.frame(bounds);
    // Only a change of the articles shown frames them, not a review saved in the same article.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
