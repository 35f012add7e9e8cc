/**
 * The only code that holds a MapLibre map, for the dashboard and for every slide's map (the
 * presentation, the presenter's preview, the handout images). It takes app data and state, works
 * out what changed, and makes the few map calls needed (setFilter, setLayoutProperty, fitBounds).
 * It turns raw map events into app words (onPlaceClick, onIncidentClick), and answers what the
 * rest of the app asks of the map (the camera now, the canvas as an image), so no MapLibre object
 * travels into the UI. The map class can be injected, so the diffing is unit-tested without WebGL.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { FilterSpecification, GeoJSONSource, MapGeoJSONFeature, MapOptions, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Bounds } from '../core/views/camera';
import type { Selection } from '../core/selection';
import type { Language } from '../core/types';
import type { Slide } from '../core/briefing/briefing-schema';
import type { IncidentMapCollection } from './incident-features';
import type { LayerVisibility } from '../core/vocabulary/layer-toggles';
import { CLICKABLE_LAYERS, COLORS, LAYER, SOURCE, TOGGLE_LAYERS } from './map-ids';
import { drawIncidentIcon, iconId, type IncidentShape } from './incident-icons';
import { HATCH_IMAGE, NOTHING_SELECTED, isPoint, labelField } from './map-style';

export type MapState = 'loading' | 'idle';

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

export interface MapCallbacks {
  onPlaceClick(placeId: string): void;
  onIncidentClick(incidentId: string): void;
  onStateChange(state: MapState): void;
  /** In placing mode, a click anywhere gives its [lng, lat] instead of picking a feature. */
  onPlacingClick?(lngLat: [lng: number, lat: number]): void;
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
  /** MapLibre's own words (control labels, the canvas's name) in the interface language. */
  locale?: Record<string, string>;
}

const INCIDENT_ICON_SIZE = 26; // pixels, halo included
const FIT_PADDING = 48; // pixels kept clear around a framed selection
const MAX_FOCUS_ZOOM = 6.5; // closer than this the base map (1:10m) has nothing more to show
const SETTLE_TIMEOUT_MS = 20_000; // never leave an export waiting on a map that will not go idle

export class MapAdapter {
  private readonly map: MapLibreMap;
  private language: Language | null;
  /** What the map shows now, so a setter that changes nothing costs nothing. */
  private highlightKey = highlightKey([], []); // the style starts with nothing highlighted
  private readonly sourceData = new Map<string, unknown>();
  private layers: LayerVisibility | null = null;
  private readonly options: MapAdapterOptions;
  private knownPlaceIds: ReadonlySet<string>;
  private isLoaded = false;
  private isPlacing = false;
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
    const MapClass = options.mapClass ?? MapLibreMap;
    this.map = new MapClass({
      container,
      style: options.style,
      bounds: options.initialBounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
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
    this.map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: MAX_FOCUS_ZOOM, duration: this.options.reducedMotion ? 0 : 600 });
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
    for (const [toggle, layerIds] of Object.entries(TOGGLE_LAYERS) as Array<[keyof LayerVisibility, readonly string[]]>) {
      const isVisible = this.layers ? this.layers[toggle] : true; // the style starts with every layer visible
      if (isVisible === layers[toggle]) continue;
      for (const id of layerIds) this.map.setLayoutProperty(id, 'visibility', layers[toggle] ? 'visible' : 'none');
    }
    this.layers = { ...layers };
  }

  setLanguage(language: Language): void {
    if (!this.isLoaded) return void this.pending.push(() => this.setLanguage(language));
    if (language === this.language) return;
    this.language = language;
    for (const id of [LAYER.countryLabels, LAYER.capitalLabels, LAYER.articlePlaceLabels]) this.map.setLayoutProperty(id, 'text-field', labelField(language));
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
      const pick = this.pick(features);
      if (pick?.type === 'place') this.callbacks.onPlaceClick(pick.id);
      if (pick?.type === 'incident') this.callbacks.onIncidentClick(pick.id);
    });
    map.on('mousemove', (event) => {
      if (this.isPlacing) return;
      const features = map.queryRenderedFeatures(event.point, { layers: this.visibleClickableLayers() });
      map.getCanvas().style.cursor = this.pick(features) ? 'pointer' : '';
    });
  }

  /**
   * What a click on these features selects, by layer priority (CLICKABLE_LAYERS), not drawing
   * order: a capital's circle wins over an incident symbol beside it. Several incidents sharing a
   * zone select nothing themselves, so the click falls through to the border, whose card lists them.
   */
  private pick(features: MapGeoJSONFeature[]): Selection {
    for (const layerId of CLICKABLE_LAYERS) {
      const hits = features.filter((feature) => feature.layer.id === layerId);
      if (hits.length === 0) continue;
      if (layerId === LAYER.incidentSymbols) return { type: 'incident', id: String(hits[0]!.properties.id) };
      if (layerId === LAYER.incidentZoneFill) {
        const ids = new Set(hits.map((feature) => String(feature.properties.id)));
        if (ids.size === 1) return { type: 'incident', id: [...ids][0]! };
        continue;
      }
      const placeId = hits.map((feature) => feature.properties.place_id).find((id): id is string => typeof id === 'string' && this.knownPlaceIds.has(id));
      if (placeId) return { type: 'place', id: placeId };
    }
    return null;
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
