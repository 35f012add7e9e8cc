/**
 * The only code that holds a MapLibre map, for the dashboard and for every slide's map (the
 * presentation, the presenter's preview, the handout images). It takes app data and state, works
 * out what changed, and makes the few map calls needed (setFilter, setLayoutProperty, fitBounds).
 * It turns raw map events into app words (onPlaceClick, onIncidentClick), and answers what the
 * rest of the app asks of the map (the camera now, the canvas as an image), so no MapLibre object
 * travels into the UI. The map class can be injected, so the diffing is unit-tested without WebGL.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { FilterSpecification, GeoJSONSource, LayerSpecification, MapGeoJSONFeature, MapOptions, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { EventMapData } from './event-features';
import type { Bounds, Padding } from '../core/views/camera';
import type { Selection } from '../core/selection';
import type { Language } from '../core/types';
import type { Slide } from '../core/briefing/briefing-schema';
import type { IncidentMapCollection } from './incident-features';
import type { LayerVisibility } from '../core/vocabulary/layer-toggles';
import { AREA_LAYERS, CLICKABLE_LAYERS, COLORS, LAYER, SOURCE, TOGGLE_LAYERS } from './map-ids';
import { drawIncidentIcon, iconId, type IncidentShape } from './incident-icons';
import { HATCH_IMAGE, NOTHING_SELECTED, NO_EVENT_ROW, contextLabelField, emptySourceIds, hideLayersOfEmptySources, isPoint, labelField } from './map-style';
import { LOCATED_SOURCE, MEASURE_SOURCE, locatedPlaceLayers, measureLayers } from './analyst-overlays';

export type MapState = 'loading' | 'idle';

/** A searched place's mark: where, and its name in the interface's language. */
export interface LocatedMark {
  lngLat: [lng: number, lat: number];
  name: string;
}

/** The map as drawn, and what a scale bar and a caption need (see snapshot). */
export interface MapSnapshot {
  dataUrl: string;
  /** CSS pixels; the image itself has the device's pixel ratio. */
  width: number;
  height: number;
  centerLatitude: number;
  zoom: number;
  /** [west, south, east, north] of the view. */
  bounds: [number, number, number, number];
  /** Who the map's data comes from, as the attribution control credits them. */
  attribution: string[];
}

const BASE_MAP_ATTRIBUTION = 'Natural Earth';

/** A saved view: a box to fit, or a centre ([lng, lat]) and zoom. Bearing and pitch in degrees. */
export type CameraView =
  | { bounds: Bounds; bearing?: number; pitch?: number }
  | { center: [lng: number, lat: number]; zoom: number; bearing?: number; pitch?: number };

/** What a slide's map shows: its layers, its highlights and its camera. */
export type SlideView = Pick<Slide, 'camera' | 'layers' | 'placeIds' | 'incidentIds'>;

/** The camera as a slide saves it: centre ([lng, lat], 6 decimals), zoom (2), bearing and pitch (1). */
export interface CurrentCamera {
  center: [lng: number, lat: number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The map class the adapter makes: MapLibre's, or a fake in the unit tests. */
export type MapClass = new (options: MapOptions) => MapLibreMap;

declare global {
  interface Window {
    /** Handles for automation, tests and the benchmarks: the dashboard's live MapLibre map. No product code reads it. */
    borderBrief?: { map?: MapLibreMap };
    /** The presentation's live MapLibre map, for the same readers. */
    borderBriefPresentation?: { map: MapLibreMap };
  }
}

/** One thing a click can select: a place or an incident. */
export interface MapPick {
  type: 'place' | 'incident';
  id: string;
}

/** A point on the map, in CSS pixels from its top-left corner. */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface MapCallbacks {
  onPlaceClick(placeId: string): void;
  onIncidentClick(incidentId: string): void;
  onStateChange(state: MapState): void;
  /** In placing mode, a click anywhere gives its [lng, lat] instead of picking a feature. */
  onPlacingClick?(lngLat: [lng: number, lat: number]): void;
  /** What the pointer is over (most specific first), or nothing ([] and null) when it leaves it. */
  onHover?(candidates: readonly MapPick[], point: ScreenPoint | null): void;
  /** A click on several things at once (a capital and an incident, incidents sharing a zone): the user chooses. */
  onPickMany?(candidates: readonly MapPick[], point: ScreenPoint): void;
}

export interface MapAdapterOptions {
  style: StyleSpecification;
  initialBounds: Bounds;
  /** Place ids that can be selected; a click on any other feature does nothing. */
  knownPlaceIds: ReadonlySet<string>;
  reducedMotion: boolean;
  /** The label language the style was built with. */
  initialLanguage?: Language;
  /** Keep each frame readable after it is shown (for image export); slower, so off by default. */
  preserveDrawingBuffer?: boolean;
  /**
   * Publish the live map for automation and tests: 'dashboard' as `window.borderBrief.map`,
   * 'presentation' as `window.borderBriefPresentation.map`; removed again by destroy().
   */
  exposeAsTestHandle?: 'dashboard' | 'presentation';
  /** The map class to make; MapLibre's unless a test injects a fake. */
  mapClass?: MapClass;
  /** MapLibre's own interface words (its controls' names), in the interface's language; see MapLibre's default locale for the keys. */
  locale?: Record<string, string>;
  /** A scale bar (metric) and zoom buttons: the dashboard's map has them, a slide map none unless asked. */
  controls?: { scale?: boolean; zoom?: boolean };
  /** The padding that keeps a framed box clear of what lies over the map (the legend), asked at each framing. */
  framePadding?: () => Padding;
}

const INCIDENT_ICON_SIZE = 26; // pixels, halo included
const FIT_PADDING = 48; // pixels kept clear around a framed selection
const MAX_FOCUS_ZOOM = 6.5; // closer than this the base map (1:10m) has nothing more to show
const SETTLE_TIMEOUT_MS = 20_000; // never leave an export waiting on a map that will not go idle
const TOGGLED_LAYER_IDS = Object.values(TOGGLE_LAYERS).flat();
const TOGGLE_OF_LAYER = new Map((Object.entries(TOGGLE_LAYERS) as Array<[keyof LayerVisibility, readonly string[]]>).flatMap(([toggle, ids]) => ids.map((id) => [id, toggle] as const)));

export class MapAdapter {
  private readonly map: MapLibreMap;
  private language: Language | null;
  /** What the map shows now, so a setter that changes nothing costs nothing. */
  private highlightKey = highlightKey([], []); // the style starts with nothing highlighted
  private readonly sourceData = new Map<string, unknown>();
  private layers: LayerVisibility | null = null;
  /** The source each layer of the style draws from. */
  private readonly layerSources = new Map<string, string>();
  /** Sources with no feature now: their layers are hidden (hideLayersOfEmptySources), so no tiles are made for them. */
  private readonly emptySources: Set<string>;
  /** Each layer's visibility as last set, or as the style starts it (shown where not said). */
  private readonly shownLayers = new Map<string, boolean>();
  /** The layers whose visibility the adapter sets: those of the legend's toggles, and those of the style's sources. */
  private readonly governedLayerIds: readonly string[];
  private readonly options: MapAdapterOptions;
  private knownPlaceIds: ReadonlySet<string>;
  private isLoaded = false;
  private isPlacing = false;
  /** The sources of the context towns, credited beside the base map's. */
  private contextAttribution: readonly string[] = [];
  /** The event rows the event source holds now (EventMapData and which rows), for diffing filters into updateData. */
  private events: { data: EventMapData; shown: Uint8Array } | null = null;
  private highlightedEventRow = NO_EVENT_ROW;
  /** Calls made before the style loaded, replayed once it has (MapLibre rejects them earlier). */
  private readonly pending: Array<() => void> = [];

  /** @throws when the browser cannot create a WebGL context (the UI then shows the map message). */
  constructor(container: HTMLElement, options: MapAdapterOptions, private readonly callbacks: MapCallbacks) {
    this.options = options;
    this.knownPlaceIds = options.knownPlaceIds;
    this.language = options.initialLanguage ?? null;
    for (const id of [SOURCE.incidents, SOURCE.articlePlaces, SOURCE.importedPlaces]) {
      const source = options.style.sources[id];
      if (source?.type === 'geojson') this.sourceData.set(id, source.data);
    }
    const style = hideLayersOfEmptySources(options.style);
    this.emptySources = emptySourceIds(style);
    for (const layer of style.layers) {
      if ('source' in layer && typeof layer.source === 'string') this.layerSources.set(layer.id, layer.source);
      this.shownLayers.set(layer.id, layer.layout?.visibility !== 'none');
    }
    this.governedLayerIds = [...new Set([...TOGGLED_LAYER_IDS, ...this.layerSources.keys()])];
    const MapClass = options.mapClass ?? MapLibreMap;
    this.map = new MapClass({
      container,
      style,
      bounds: options.initialBounds,
      fitBoundsOptions: { padding: options.framePadding?.() ?? 24 },
      // The credits are made with the other controls (addControls), so they too are made again in a new language.
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
      dragRotate: false,
      pitchWithRotate: false,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    // Icons and the hatch are drawn in code and added before any tile is laid out (a pattern
    // added later shows only in tiles made after it); styleimagemissing covers any other path.
    for (const id of [HATCH_IMAGE, ...(['triangle', 'diamond', 'square', 'circle'] as IncidentShape[]).map(iconId)]) this.addImage(id);
    this.map.on('styleimagemissing', (event) => this.addImage(event.id));
    this.map.once('load', () => {
      this.isLoaded = true;
      for (const action of this.pending.splice(0)) action();
    });
    this.bindEvents();
    this.addControls(options.controls);
    if (options.exposeAsTestHandle === 'dashboard') window.borderBrief = { ...window.borderBrief, map: this.map };
    if (options.exposeAsTestHandle === 'presentation') window.borderBriefPresentation = { map: this.map };
  }

  /** The centre of the view, [lng, lat]: where a place is put by keyboard (arrow keys, then Enter). */
  centerLngLat(): [lng: number, lat: number] {
    const center = this.map.getCenter();
    return [center.lng, center.lat];
  }

  /** Gives the keyboard to the map's canvas, whose arrow keys pan it and + and − zoom it. */
  focus(): void {
    this.map.getCanvas().focus();
  }

  /** Shows a selection: highlights it, and frames `bounds` when given. */
  setSelection(selection: Selection, bounds: Bounds | null): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setSelection(selection, bounds));
    this.setHighlights(selection?.type === 'place' ? [selection.id] : [], selection?.type === 'incident' ? [selection.id] : []);
    if (bounds) this.frame(bounds);
  }

  /** Highlights places and incidents (one for a selection, several on a briefing slide). */
  setHighlights(placeIds: readonly string[], incidentIds: readonly string[]): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setHighlights(placeIds, incidentIds));
    const key = highlightKey(placeIds, incidentIds);
    if (key === this.highlightKey) return; // each setFilter makes MapLibre re-parse the layer's tiles
    this.highlightKey = key;
    const places: FilterSpecification = ['in', ['get', 'place_id'], ['literal', placeIds.length ? [...placeIds] : [NOTHING_SELECTED]]];
    const incidents: FilterSpecification = ['in', ['get', 'id'], ['literal', incidentIds.length ? [...incidentIds] : [NOTHING_SELECTED]]];
    for (const layer of [LAYER.countriesHighlight, LAYER.borderHighlight, LAYER.capitalsHighlight, LAYER.articlePlacesHighlight]) this.map.setFilter(layer, places);
    this.map.setFilter(LAYER.incidentHighlight, ['all', isPoint(), incidents]);
    this.map.setFilter(LAYER.incidentZoneHighlight, ['all', ['!', isPoint()], incidents]);
    this.highlightEvent(incidentIds);
  }

  /**
   * Says the map is about to change (an update is scheduled): the map state reads 'loading' until
   * the idle that follows the update (see settle).
   */
  expectChange(): void {
    this.callbacks.onStateChange('loading');
  }

  /** Asks for a frame, so an 'idle' follows the last update even when it changed nothing on screen. */
  settle(): void {
    this.map.triggerRepaint();
  }

  /** Frames a box, smoothly unless the user prefers reduced motion. */
  frame(bounds: Bounds): void {
    this.callbacks.onStateChange('loading');
    this.map.fitBounds(bounds, { padding: this.options.framePadding?.() ?? FIT_PADDING, maxZoom: MAX_FOCUS_ZOOM, duration: this.options.reducedMotion ? 0 : 600 });
  }

  /**
   * Moves the camera to a saved view (a briefing slide's): a box to fit, or a centre and zoom,
   * with bearing and pitch. Smooth unless reduced motion is asked for; `onSettled` runs when the
   * map is idle at the new view.
   */
  showCamera(camera: CameraView, onSettled?: () => void): void {
    if (!this.isLoaded) return void this.pending.push(() => this.showCamera(camera, onSettled));
    const duration = this.options.reducedMotion ? 0 : 900;
    this.callbacks.onStateChange('loading');
    if (onSettled) this.map.once('idle', () => onSettled());
    if ('bounds' in camera) {
      this.map.fitBounds(camera.bounds, { padding: FIT_PADDING, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0, duration });
    } else {
      this.map.easeTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0, duration });
    }
  }

  /**
   * Shows a slide: its layers, its highlights and its camera. Resolves once the map is idle there,
   * or after a timeout (an export must not wait for ever on a map that never goes idle).
   */
  showSlide(slide: SlideView): Promise<void> {
    this.setLayerVisibility(slide.layers);
    this.setHighlights(slide.placeIds, slide.incidentIds);
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
      this.showCamera(slide.camera, () => {
        clearTimeout(timer);
        resolve();
      });
      // An unchanged camera draws no frame, so no idle would come: ask for one.
      this.whenLoaded(() => this.map.triggerRepaint());
    });
  }

  /** The camera now, rounded as a slide saves it (a slide added from the view). */
  currentCamera(): CurrentCamera {
    const center = this.map.getCenter();
    return { center: [round(center.lng, 6), round(center.lat, 6)], zoom: round(this.map.getZoom(), 2), bearing: round(this.map.getBearing(), 1), pitch: round(this.map.getPitch(), 1) };
  }

  /**
   * The map as drawn now, as a data URL. Needs `preserveDrawingBuffer` (or a call right after a
   * frame), or the canvas reads blank.
   */
  canvasImage(format: 'image/png' | 'image/jpeg' = 'image/png', quality = 0.9): string {
    return this.map.getCanvas().toDataURL(format, quality);
  }

  setLayerVisibility(layers: LayerVisibility): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setLayerVisibility(layers));
    this.layers = { ...layers };
    this.applyVisibility();
  }

  /** A layer is shown where its legend toggle is on (every toggle is, at start) and its source has features. */
  private applyVisibility(): void {
    for (const id of this.governedLayerIds) {
      const toggle = TOGGLE_OF_LAYER.get(id);
      const source = this.layerSources.get(id);
      const isShown = (toggle && this.layers ? this.layers[toggle] : true) && !(source && this.emptySources.has(source));
      if ((this.shownLayers.get(id) ?? true) === isShown) continue;
      this.shownLayers.set(id, isShown);
      this.map.setLayoutProperty(id, 'visibility', isShown ? 'visible' : 'none');
    }
  }

  /** Notes whether a source is now empty, and shows or hides its layers when that changed. */
  private noteEmpty(sourceId: string, isEmpty: boolean): void {
    if (isEmpty === this.emptySources.has(sourceId)) return;
    if (isEmpty) this.emptySources.add(sourceId);
    else this.emptySources.delete(sourceId);
    this.applyVisibility();
  }

  setLanguage(language: Language): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setLanguage(language));
    if (language === this.language) return;
    this.language = language;
    for (const id of [LAYER.countryLabels, LAYER.capitalLabels, LAYER.articlePlaceLabels]) this.map.setLayoutProperty(id, 'text-field', labelField(language));
    this.setContextLabelLanguage(language);
  }

  /** Placing mode: the next click places a mention by hand (a crosshair says so). */
  setPlacingMode(isPlacing: boolean): void {
    this.isPlacing = isPlacing;
    this.map.getCanvas().style.cursor = isPlacing ? 'crosshair' : '';
  }

  /** The places a click may select (places of articles added later join them). */
  setKnownPlaceIds(placeIds: ReadonlySet<string>): void {
    this.knownPlaceIds = placeIds;
  }

  /** Shows the incidents of the shown articles. */
  setIncidents(incidents: IncidentMapCollection): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setIncidents(incidents));
    this.setSourceData(SOURCE.incidents, incidents as FeatureCollection);
  }

  /** Shows the places the shown articles name that no base layer draws. */
  setArticlePlaces(places: FeatureCollection<Point>): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setArticlePlaces(places));
    this.setSourceData(SOURCE.articlePlaces, places);
  }

  /** Shows the places of the analyst's own files (GeoJSON from other tools), as reference points. */
  setImportedPlaces(places: FeatureCollection<Point>): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setImportedPlaces(places));
    this.setSourceData(SOURCE.importedPlaces, places);
  }

  private setSourceData(sourceId: string, data: FeatureCollection): void {
    if (this.sourceData.get(sourceId) === data) return;
    this.sourceData.set(sourceId, data);
    const source = this.map.getSource<GeoJSONSource>(sourceId);
    source?.setData(data);
    this.noteEmpty(sourceId, data.features.length === 0);
  }

  // ---- The analyst's own marks: the searched place and the measures (layers added on first use) ----

  /** Marks a place found with the search (a gazetteer entry no article names); null takes the mark away. */
  setLocatedPlace(place: LocatedMark | null): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setLocatedPlace(place));
    if (place === null && !this.map.getSource(SOURCE.located)) return;
    this.ensureOverlay(SOURCE.located, LOCATED_SOURCE, locatedPlaceLayers());
    const data: FeatureCollection = { type: 'FeatureCollection', features: place ? [{ type: 'Feature', properties: { name: place.name }, geometry: { type: 'Point', coordinates: place.lngLat } }] : [] };
    this.setSourceData(SOURCE.located, data);
  }

  /** Draws measure lines with their distances (measureFeatures); an empty collection clears them. */
  setMeasure(lines: FeatureCollection): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setMeasure(lines));
    if (lines.features.length === 0 && !this.map.getSource(SOURCE.measure)) return;
    this.ensureOverlay(SOURCE.measure, MEASURE_SOURCE, measureLayers());
    this.setSourceData(SOURCE.measure, lines);
  }

  /**
   * The map as drawn at its next frame, with what a scale bar needs, for the view export. Read in
   * the frame's own render event, so the dashboard's map needs no preserveDrawingBuffer (which
   * would slow every frame).
   */
  snapshot(): Promise<MapSnapshot> {
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const canvas = this.map.getCanvas();
        const bounds = this.map.getBounds();
        resolve({
          dataUrl: canvas.toDataURL('image/png'),
          width: canvas.clientWidth,
          height: canvas.clientHeight,
          centerLatitude: this.map.getCenter().lat,
          zoom: this.map.getZoom(),
          bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
          attribution: [BASE_MAP_ATTRIBUTION, ...this.contextAttribution],
        });
      });
      this.map.triggerRepaint();
    });
  }

  private ensureOverlay(sourceId: string, source: SourceSpecification, layers: LayerSpecification[]): void {
    if (this.map.getSource(sourceId)) return;
    this.map.addSource(sourceId, source);
    for (const layer of layers) this.map.addLayer(layer);
  }

  // ── Event layers (ACLED, incidents from other tools): a clustered source of their own ─────────

  /**
   * Shows the event layers' rows that pass the filters and the time window (`visible`, by row;
   * null for all). New rows (a file opened) are sent once with setData; a filter change afterwards
   * is one `updateData` that removes the rows leaving and adds those entering, so the map's worker
   * never gets the whole data again and re-clusters what is shown: cluster counts count the
   * filtered events. (Layer filters, global-state ones included, would leave clusters counting
   * what is filtered out; a source's `filter` is applied only when data is set.) Nothing changed,
   * no call.
   */
  setEvents(data: EventMapData, visible: Uint8Array | null): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setEvents(data, visible));
    const source = this.map.getSource<GeoJSONSource>(SOURCE.events);
    if (!source) return;
    const shown = new Uint8Array(data.features.length);
    for (let row = 0; row < shown.length; row += 1) shown[row] = data.features[row] && (!visible || visible[row]) ? 1 : 0;
    const current = this.events;
    this.events = { data, shown };
    if (!current || current.data !== data) {
      const features = data.features.filter((feature, row) => feature && shown[row]);
      if (!current && features.length === 0) return; // the style starts empty
      source.setData({ type: 'FeatureCollection', features: features as GeoJSON.Feature[] });
      this.noteEmpty(SOURCE.events, features.length === 0);
      return;
    }
    const remove: number[] = [];
    const add: GeoJSON.Feature[] = [];
    for (let row = 0; row < shown.length; row += 1) {
      if (shown[row] === current.shown[row]) continue;
      if (shown[row]) add.push(data.features[row]!);
      else remove.push(row);
    }
    if (remove.length || add.length) void source.updateData({ remove, add });
    this.noteEmpty(SOURCE.events, !shown.includes(1));
  }

  /** Rings the selected incident when it is an event row (none otherwise); one setFilter when it changes. */
  private highlightEvent(incidentIds: readonly string[]): void {
    const ids = this.events?.data.ids;
    const row = ids && incidentIds.length === 1 ? ids.indexOf(incidentIds[0]!) : NO_EVENT_ROW;
    if (row === this.highlightedEventRow) return;
    this.highlightedEventRow = row;
    this.map.setFilter(LAYER.eventHighlight, ['all', ['!', ['has', 'point_count']], ['==', ['id'], row]]);
  }

  /**
   * A click on a cluster zooms to where it splits, and at least one zoom closer (the split zoom is
   * a whole number, and can be a fraction away), smoothly unless reduced motion: true when it was one.
   */
  private zoomIntoCluster(features: MapGeoJSONFeature[]): boolean {
    const cluster = features.find((feature) => feature.layer.id === LAYER.eventClusters);
    if (!cluster || cluster.geometry.type !== 'Point') return false;
    const center = cluster.geometry.coordinates as [number, number];
    const source = this.map.getSource<GeoJSONSource>(SOURCE.events);
    void source?.getClusterExpansionZoom(Number(cluster.properties.cluster_id)).then((splitZoom) => {
      this.callbacks.onStateChange('loading');
      this.map.easeTo({ center, zoom: Math.max(splitZoom, this.map.getZoom() + 1), duration: this.options.reducedMotion ? 0 : 500 });
    });
    return true;
  }

  destroy(): void {
    if (this.options.exposeAsTestHandle) {
      if (window.borderBrief?.map === this.map) delete window.borderBrief.map;
      if (window.borderBriefPresentation?.map === this.map) delete window.borderBriefPresentation;
    }
    this.map.remove();
  }

  private whenLoaded(action: () => void): void {
    if (this.isLoaded) action();
    else this.pending.push(action);
  }

  private addImage(id: string): void {
    if (this.map.hasImage(id)) return;
    if (id === HATCH_IMAGE) {
      this.map.addImage(id, hatchPattern(12, hexToRgb(COLORS.incident)));
      return;
    }
    const shape = (['triangle', 'diamond', 'square', 'circle'] as IncidentShape[]).find((candidate) => iconId(candidate) === id);
    if (shape) this.map.addImage(id, { width: INCIDENT_ICON_SIZE, height: INCIDENT_ICON_SIZE, data: drawIncidentIcon(shape, INCIDENT_ICON_SIZE) }, { sdf: true });
  }

  private bindEvents(): void {
    const map = this.map;
    map.on('idle', () => this.callbacks.onStateChange('idle'));
    map.on('movestart', () => this.callbacks.onStateChange('loading'));
    map.on('click', (event) => {
      if (this.isPlacing) {
        this.callbacks.onPlacingClick?.([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const features = map.queryRenderedFeatures(event.point, { layers: this.visibleClickableLayers() });
      if (this.zoomIntoCluster(features)) return;
      this.choose(this.pickAll(features), { x: event.point.x, y: event.point.y });
    });
    map.on('mousemove', (event) => {
      if (this.isPlacing) return;
      const features = map.queryRenderedFeatures(event.point, { layers: this.visibleClickableLayers() });
      const candidates = this.pickAll(features);
      map.getCanvas().style.cursor = candidates.length || features.some((feature) => feature.layer.id === LAYER.eventClusters) ? 'pointer' : '';
      this.reportHover(candidates, { x: event.point.x, y: event.point.y });
    });
    map.on('mouseout', () => this.reportHover([], null));
    map.on('movestart', () => this.reportHover([], null));
  }

  /**
   * Everything a click on these features could select, most specific first (by layer priority,
   * CLICKABLE_LAYERS, not drawing order): the points, symbols and lines, and the incidents whose
   * zone is under the pointer, each once. Only where none of these is hit does an area below
   * count (the border zone, a country), so a click inside a hatched zone picks its incident.
   */
  pickAll(features: MapGeoJSONFeature[]): MapPick[] {
    const picks: MapPick[] = [];
    const seen = new Set<string>();
    const add = (pick: MapPick) => {
      const key = `${pick.type}:${pick.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      picks.push(pick);
    };
    for (const layerId of CLICKABLE_LAYERS) {
      if ((AREA_LAYERS as readonly string[]).includes(layerId)) continue;
      for (const feature of features) {
        if (feature.layer.id !== layerId) continue;
        if (layerId === LAYER.eventPoints || layerId === LAYER.eventZones) {
          const id = this.events?.data.ids[Number(feature.id)];
          if (id !== undefined) add({ type: 'incident', id });
        } else if (layerId === LAYER.incidentSymbols || layerId === LAYER.incidentZoneFill) add({ type: 'incident', id: String(feature.properties.id) });
        else if (this.isKnownPlace(feature.properties.place_id)) add({ type: 'place', id: feature.properties.place_id });
      }
    }
    if (picks.length) return picks;
    for (const layerId of AREA_LAYERS) {
      const hit = features.find((feature) => feature.layer.id === layerId && this.isKnownPlace(feature.properties.place_id));
      if (hit) return [{ type: 'place', id: String(hit.properties.place_id) }];
    }
    return [];
  }

  /** One candidate is selected; several are offered to choose from (or the first, with no chooser). */
  private choose(candidates: readonly MapPick[], point: ScreenPoint): void {
    if (candidates.length > 1 && this.callbacks.onPickMany) return this.callbacks.onPickMany(candidates, point);
    const pick = candidates[0];
    if (pick?.type === 'place') this.callbacks.onPlaceClick(pick.id);
    if (pick?.type === 'incident') this.callbacks.onIncidentClick(pick.id);
  }

  private hoverKey = '';
  /** Reports what is under the pointer: each move while over something, once when it leaves. */
  private reportHover(candidates: readonly MapPick[], point: ScreenPoint | null): void {
    const key = candidates.map((pick) => `${pick.type}:${pick.id}`).join(',');
    if (!key && !this.hoverKey) return;
    this.hoverKey = key;
    this.callbacks.onHover?.(candidates, candidates.length ? point : null);
  }

  private isKnownPlace(placeId: unknown): placeId is string {
    return typeof placeId === 'string' && this.knownPlaceIds.has(placeId);
  }

  private controls: Array<AttributionControl | NavigationControl | ScaleControl> = [];
  /**
   * The credits (compact, bottom right; every map has them), the scale bar (metric, above the
   * credits) and the zoom buttons (top right; no compass: rotation is off).
   */
  private addControls(controls: MapAdapterOptions['controls']): void {
    // The credits first: MapLibre puts each later bottom control above the earlier ones.
    this.controls.push(new AttributionControl({ compact: true, customAttribution: BASE_MAP_ATTRIBUTION }));
    if (controls?.zoom) this.controls.push(new NavigationControl({ showCompass: false, showZoom: true }));
    if (controls?.scale) this.controls.push(new ScaleControl({ unit: 'metric', maxWidth: 120 }));
    for (const control of this.controls) this.map.addControl(control, control instanceof NavigationControl ? 'top-right' : 'bottom-right');
  }

  /**
   * MapLibre's own words in the interface's new language: its controls read them when they are
   * made, so they are made again, and the canvas, named once when the map was made, is renamed.
   */
  setLocale(locale: Record<string, string>): void {
    const current = this.map._locale as Record<string, string> | undefined;
    if (!current || Object.entries(locale).every(([key, words]) => current[key] === words)) return;
    Object.assign(current, locale);
    const made = this.controls.splice(0);
    for (const control of made) this.map.removeControl(control);
    this.addControls(this.options.controls);
    if (locale['Map.Title']) this.map.getCanvas().setAttribute('aria-label', locale['Map.Title']);
  }

  /** Shows the towns to orient by (contextPlaces), crediting their sources in the attribution. */
  setContextPlaces(places: FeatureCollection<Point>, attribution: readonly string[]): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setContextPlaces(places, attribution));
    if (this.sourceData.get(SOURCE.contextPlaces) === places) return;
    this.sourceData.set(SOURCE.contextPlaces, places);
    const source = this.map.getSource<GeoJSONSource>(SOURCE.contextPlaces);
    if (!source) return;
    // A source's attribution is what MapLibre's attribution control lists: set it before the data, which redraws it.
    source.attribution = attribution.join(' · ');
    this.contextAttribution = [...attribution];
    // The towns come after the first idle: the map reads 'loading' again until they are drawn.
    this.callbacks.onStateChange('loading');
    source.setData(places);
    this.noteEmpty(SOURCE.contextPlaces, places.features.length === 0);
  }

  private setContextLabelLanguage(language: Language): void {
    if (this.map.getLayer(LAYER.contextPlaceLabels)) this.map.setLayoutProperty(LAYER.contextPlaceLabels, 'text-field', contextLabelField(language));
  }

  private visibleClickableLayers(): string[] {
    return CLICKABLE_LAYERS.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function highlightKey(placeIds: readonly string[], incidentIds: readonly string[]): string {
  return `${placeIds.join(',')}|${incidentIds.join(',')}`;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Diagonal hatching, the conventional cartographic sign for an uncertain area. */
function hatchPattern(size: number, rgb: [number, number, number]): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size > 2) continue;
      const i = (y * size + x) * 4;
      data.set([rgb[0], rgb[1], rgb[2], 255], i);
    }
  }
  return { width: size, height: size, data };
}
