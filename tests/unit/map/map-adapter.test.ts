/**
 * The adapter's promise, without WebGL: it makes the few map calls a change needs and none for a
 * setter that changes nothing (each setFilter or setData makes MapLibre re-parse tiles). The map
 * class is injected: a fake map records every call that changes what the map shows.
 */
import type { FeatureCollection, Point } from 'geojson';
import { AttributionControl, type StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ALL_LAYERS_VISIBLE, type LayerVisibility } from '../../../src/core/vocabulary/layer-toggles';
import { MapAdapter, type MapAdapterOptions, type MapClass } from '../../../src/map/map-adapter';
import type { IncidentMapCollection } from '../../../src/map/incident-features';
import { CLICKABLE_LAYERS, LAYER, SOURCE, TOGGLE_LAYERS } from '../../../src/map/map-ids';
import { labelField } from '../../../src/map/map-style';
import { eventMapFeatures, type EventMapData } from '../../../src/map/event-features';
import { acledFeature } from '../../../src/core/acled/acled-features';
import { parseAcledCsv } from '../../../src/core/acled/parse-acled-csv';
import { applyFilters } from '../../../src/core/filters/apply-filters';
import { filters, type FilterState } from '../../../src/core/filters/filter-state';
import { buildIncidentIndex } from '../../../src/core/filters/incident-index';
import { borderLayersFrom, createBorderRelation } from '../../../src/core/geo/border-relation';
import { syntheticAcledCsv } from '../../fixtures/acled/synthetic-acled';
import { readFileSync } from 'node:fs';
import { parseIsoDay } from '../../../src/core/filters/time-interval';

type Call = [method: string, ...args: unknown[]];

/** Just enough of a MapLibre map for the adapter; `calls` are the ones that change the map. */
class FakeMap {
  static last: FakeMap | null = null;
  readonly calls: Call[] = [];
  private readonly handlers = new Map<string, Array<(event: unknown) => void>>();
  private readonly images = new Set<string>();
  readonly canvas = {
    style: { cursor: '' },
    toDataURL: (format: string, quality: number) => `data:${format};quality=${quality}`,
    attributes: {} as Record<string, string>,
    setAttribute(name: string, value: string) {
      this.attributes[name] = value;
    },
  };
  center = { lng: -10.123456789, lat: 16.987654321 };
  zoom = 5.43219;
  bearing = 12.3456;
  pitch = 0.04;
  readonly touchZoomRotate = { disableRotation() {} };
  readonly keyboard = { disableRotation() {} };

  constructor(readonly options: unknown) {
    FakeMap.last = this;
  }

  on(type: string, handler: (event: unknown) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    return this;
  }

  once(type: string, handler: (event: unknown) => void) {
    const wrapped = (event: unknown) => {
      this.handlers.set(type, (this.handlers.get(type) ?? []).filter((candidate) => candidate !== wrapped));
      handler(event);
    };
    return this.on(type, wrapped);
  }

  /** Fires a map event, as MapLibre would. */
  fire(type: string, event: unknown = {}) {
    for (const handler of [...(this.handlers.get(type) ?? [])]) handler(event);
  }

  hasImage(id: string) {
    return this.images.has(id);
  }
  addImage(id: string) {
    this.images.add(id);
  }
  getCanvas() {
    return this.canvas;
  }
  clusterExpansionZoom = 7;
  getSource(id: string) {
    return {
      setData: (data: unknown) => this.calls.push(['setData', id, data]),
      updateData: (diff: unknown) => {
        this.calls.push(['updateData', id, diff]);
        return Promise.resolve();
      },
      getClusterExpansionZoom: (clusterId: number) => {
        this.calls.push(['getClusterExpansionZoom', id, clusterId]);
        return Promise.resolve(this.clusterExpansionZoom);
      },
    };
  }
  setFilter(...args: unknown[]) {
    this.calls.push(['setFilter', ...args]);
  }
  setLayoutProperty(...args: unknown[]) {
    this.calls.push(['setLayoutProperty', ...args]);
  }
  fitBounds(...args: unknown[]) {
    this.calls.push(['fitBounds', ...args]);
  }
  easeTo(...args: unknown[]) {
    this.calls.push(['easeTo', ...args]);
  }
  triggerRepaint() {
    this.calls.push(['triggerRepaint']);
  }
  remove() {
    this.calls.push(['remove']);
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  getBearing() {
    return this.bearing;
  }
  getPitch() {
    return this.pitch;
  }
  /** The style's layers, as MapLibre reports them: only those a test lists here exist. */
  readonly layerIds = new Set<string>();
  getLayer(id: string) {
    return this.layerIds.has(id) ? { id } : undefined;
  }
  getLayoutProperty() {
    return 'visible';
  }
  readonly controls: unknown[] = [];
  addControl(control: unknown) {
    this.controls.push(control);
  }
  removeControl(control: unknown) {
    this.controls.splice(this.controls.indexOf(control), 1);
  }
  /** What queryRenderedFeatures finds under the pointer, as a test sets it. */
  rendered: unknown[] = [];
  queryRenderedFeatures() {
    return this.rendered;
  }
  /** MapLibre's interface words, as the map option `locale` patched them. */
  readonly _locale: Record<string, string> = { 'NavigationControl.ZoomIn': 'Zoom in' };
}

const INCIDENTS: IncidentMapCollection = { type: 'FeatureCollection', features: [] };
const ARTICLE_PLACES: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const STYLE = {
  version: 8,
  sources: { [SOURCE.incidents]: { type: 'geojson', data: INCIDENTS }, [SOURCE.articlePlaces]: { type: 'geojson', data: ARTICLE_PLACES } },
  layers: [],
} as unknown as StyleSpecification;

/** An adapter on a fake map; `loaded` fires the map's 'load' first. */
function makeAdapter(options: Partial<MapAdapterOptions> = {}, { loaded = true } = {}): { adapter: MapAdapter; map: FakeMap; states: string[] } {
  const states: string[] = [];
  const adapter = new MapAdapter(
    {} as HTMLElement,
    { style: STYLE, initialBounds: [-17, 10, -4, 26], knownPlaceIds: new Set(), reducedMotion: true, initialLanguage: 'fr', mapClass: FakeMap as unknown as MapClass, ...options },
    { onPlaceClick() {}, onIncidentClick() {}, onStateChange: (state) => states.push(state) },
  );
  const map = FakeMap.last!;
  if (loaded) map.fire('load');
  return { adapter, map, states };
}

const methods = (map: FakeMap) => map.calls.map(([method]) => method);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MapAdapter: a setter with nothing new makes no map call', () => {
  test('setHighlights: nothing highlighted at start, and the same highlights twice', () => {
    const { adapter, map } = makeAdapter();
    adapter.setHighlights([], []);
    expect(map.calls).toEqual([]);
    adapter.setHighlights(['nouakchott'], ['visit']);
    const made = map.calls.length;
    expect(made).toBeGreaterThan(0);
    adapter.setHighlights(['nouakchott'], ['visit']);
    expect(map.calls.length).toBe(made);
  });

  test('setLayerVisibility: every layer visible, as the style starts, and the same layers again', () => {
    const { adapter, map } = makeAdapter();
    adapter.setLayerVisibility({ ...ALL_LAYERS_VISIBLE });
    adapter.setLayerVisibility({ ...ALL_LAYERS_VISIBLE });
    expect(map.calls).toEqual([]);
  });

  test('setLanguage: the language the style was built with', () => {
    const { adapter, map } = makeAdapter();
    adapter.setLanguage('fr');
    expect(map.calls).toEqual([]);
  });

  test('setIncidents and setArticlePlaces: the data the style already holds, or the same new data twice', () => {
    const { adapter, map } = makeAdapter();
    adapter.setIncidents(INCIDENTS);
    adapter.setArticlePlaces(ARTICLE_PLACES);
    expect(map.calls).toEqual([]);
    const incidents: IncidentMapCollection = { type: 'FeatureCollection', features: [] };
    const places: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
    adapter.setIncidents(incidents);
    adapter.setArticlePlaces(places);
    adapter.setIncidents(incidents);
    adapter.setArticlePlaces(places);
    expect(map.calls).toEqual([
      ['setData', SOURCE.incidents, incidents],
      ['setData', SOURCE.articlePlaces, places],
    ]);
  });

  test('setSelection: the same selection and no bounds', () => {
    const { adapter, map } = makeAdapter();
    adapter.setSelection({ type: 'place', id: 'bamako' }, null);
    const made = map.calls.length;
    adapter.setSelection({ type: 'place', id: 'bamako' }, null);
    expect(map.calls.length).toBe(made);
    adapter.setSelection(null, null);
    adapter.setSelection(null, null);
    expect(methods(map).slice(made).every((method) => method === 'setFilter')).toBe(true);
    const cleared = map.calls.length;
    adapter.setSelection(null, null);
    expect(map.calls.length).toBe(cleared);
  });
});

describe('MapAdapter: a change makes exactly the calls it needs', () => {
  test('one layer toggled: its layers’ visibility, and no other layer’s', () => {
    const { adapter, map } = makeAdapter();
    const layers: LayerVisibility = { ...ALL_LAYERS_VISIBLE, borderZone: false };
    adapter.setLayerVisibility(layers);
    expect(map.calls).toEqual(TOGGLE_LAYERS.borderZone.map((id) => ['setLayoutProperty', id, 'visibility', 'none']));
    map.calls.length = 0;
    adapter.setLayerVisibility({ ...layers });
    expect(map.calls).toEqual([]);
    adapter.setLayerVisibility({ ...ALL_LAYERS_VISIBLE });
    expect(map.calls).toEqual(TOGGLE_LAYERS.borderZone.map((id) => ['setLayoutProperty', id, 'visibility', 'visible']));
  });

  test('a new language: the text field of the three label layers', () => {
    const { adapter, map } = makeAdapter();
    adapter.setLanguage('en');
    expect(map.calls).toEqual([LAYER.countryLabels, LAYER.capitalLabels, LAYER.articlePlaceLabels].map((id) => ['setLayoutProperty', id, 'text-field', labelField('en')]));
  });

  test('new highlights: one filter on each highlight layer', () => {
    const { adapter, map } = makeAdapter();
    adapter.setHighlights(['fassala'], []);
    expect(map.calls.map(([method, layer]) => `${method} ${String(layer)}`).sort()).toEqual(
      [LAYER.countriesHighlight, LAYER.borderHighlight, LAYER.capitalsHighlight, LAYER.articlePlacesHighlight, LAYER.incidentHighlight, LAYER.incidentZoneHighlight].map((id) => `setFilter ${id}`).sort(),
    );
  });

  test('a selection with bounds frames them once', () => {
    const { adapter, map } = makeAdapter();
    adapter.setSelection({ type: 'place', id: 'bamako' }, [-9, 12, -7, 13]);
    expect(methods(map).filter((method) => method === 'fitBounds')).toHaveLength(1);
  });

  test('calls made before the map’s load are replayed once it loads, and only once', () => {
    const { adapter, map } = makeAdapter({}, { loaded: false });
    adapter.setLayerVisibility({ ...ALL_LAYERS_VISIBLE, incidents: false });
    adapter.setLanguage('en');
    adapter.setHighlights([], []);
    expect(map.calls).toEqual([]);
    map.fire('load');
    expect(map.calls).toEqual([
      ...TOGGLE_LAYERS.incidents.map((id) => ['setLayoutProperty', id, 'visibility', 'none']),
      ...[LAYER.countryLabels, LAYER.capitalLabels, LAYER.articlePlaceLabels].map((id) => ['setLayoutProperty', id, 'text-field', labelField('en')]),
    ]);
    const made = map.calls.length;
    map.fire('load');
    expect(map.calls.length).toBe(made);
  });
});

describe('MapAdapter: a source with no feature has its layers hidden', () => {
  const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
  const ONE_PLACE: FeatureCollection<Point> = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-15.98, 18.09] }, properties: { place_id: 'nouakchott' } }] };
  const styleWithImported = {
    ...STYLE,
    sources: { ...STYLE.sources, [SOURCE.importedPlaces]: { type: 'geojson', data: EMPTY } },
    layers: [
      { id: LAYER.importedPlaces, type: 'circle', source: SOURCE.importedPlaces },
      { id: LAYER.importedPlaceLabels, type: 'symbol', source: SOURCE.importedPlaces },
    ],
  } as unknown as StyleSpecification;
  const importedLayers: string[] = [LAYER.importedPlaces, LAYER.importedPlaceLabels];
  const visibilityCalls = (map: FakeMap) => map.calls.filter(([method, , property]) => method === 'setLayoutProperty' && property === 'visibility');

  test('the map is made with them hidden, and shows them when features arrive and hides them when they go', () => {
    const { adapter, map } = makeAdapter({ style: styleWithImported });
    const made = (map.options as { style: StyleSpecification }).style;
    expect(made.layers.map((layer) => (layer.layout as { visibility?: string } | undefined)?.visibility)).toEqual(['none', 'none']);
    adapter.setImportedPlaces(ONE_PLACE);
    expect(visibilityCalls(map)).toEqual(importedLayers.map((id) => ['setLayoutProperty', id, 'visibility', 'visible']));
    map.calls.length = 0;
    adapter.setImportedPlaces({ ...ONE_PLACE });
    expect(visibilityCalls(map)).toEqual([]); // still some features: no call
    adapter.setImportedPlaces(EMPTY);
    expect(visibilityCalls(map)).toEqual(importedLayers.map((id) => ['setLayoutProperty', id, 'visibility', 'none']));
  });

  test('a layer toggled off stays hidden when its features arrive, and shows when toggled on again', () => {
    const { adapter, map } = makeAdapter({ style: styleWithImported });
    adapter.setLayerVisibility({ ...ALL_LAYERS_VISIBLE, capitals: false });
    expect(visibilityCalls(map).map(([, id]) => id)).not.toContain(LAYER.importedPlaces); // hidden already
    map.calls.length = 0;
    adapter.setImportedPlaces(ONE_PLACE);
    expect(visibilityCalls(map)).toEqual([]);
    adapter.setLayerVisibility({ ...ALL_LAYERS_VISIBLE });
    expect(visibilityCalls(map).filter(([, id]) => importedLayers.includes(id as string))).toEqual(importedLayers.map((id) => ['setLayoutProperty', id, 'visibility', 'visible']));
  });
});

describe('MapAdapter: what the briefing asks of the map', () => {
  test('showSlide applies the layers, highlights and camera, and resolves when the map is idle there', async () => {
    const { adapter, map } = makeAdapter();
    let isSettled = false;
    const showing = adapter.showSlide({ camera: { bounds: [-12, 14, -4, 18] }, layers: { ...ALL_LAYERS_VISIBLE, incidents: false }, placeIds: ['fassala'], incidentIds: [] }).then(() => (isSettled = true));
    expect(methods(map)).toContain('fitBounds');
    expect(methods(map)).toContain('triggerRepaint');
    expect(map.calls.filter(([method, , property]) => method === 'setLayoutProperty' && property === 'visibility')).toHaveLength(TOGGLE_LAYERS.incidents.length);
    await Promise.resolve();
    expect(isSettled).toBe(false);
    map.fire('idle');
    await showing;
    expect(isSettled).toBe(true);
  });

  test('showSlide before the map loads waits for it, then moves the camera', async () => {
    const { adapter, map } = makeAdapter({}, { loaded: false });
    const showing = adapter.showSlide({ camera: { center: [-5.5, 15.5], zoom: 6 }, layers: { ...ALL_LAYERS_VISIBLE }, placeIds: [], incidentIds: [] });
    expect(map.calls).toEqual([]);
    map.fire('load');
    expect(methods(map)).toEqual(['easeTo', 'triggerRepaint']);
    map.fire('idle');
    await showing;
  });

  test('currentCamera rounds as a slide saves it', () => {
    const { adapter } = makeAdapter();
    expect(adapter.currentCamera()).toEqual({ center: [-10.123457, 16.987654], zoom: 5.43, bearing: 12.3, pitch: 0 });
  });

  test('canvasImage hands back the canvas in the asked format and quality', () => {
    const { adapter } = makeAdapter();
    expect(adapter.canvasImage('image/jpeg', 0.8)).toBe('data:image/jpeg;quality=0.8');
    expect(adapter.canvasImage()).toBe('data:image/png;quality=0.9');
  });

  test('the dashboard’s map is the test handle window.borderBrief.map until it is destroyed; a slide map is not', () => {
    vi.stubGlobal('window', {});
    const { adapter, map } = makeAdapter({ exposeAsTestHandle: 'dashboard' });
    expect(window.borderBrief?.map).toBe(map);
    const slide = makeAdapter();
    expect(window.borderBrief?.map).toBe(map);
    slide.adapter.destroy();
    adapter.destroy();
    expect(window.borderBrief?.map).toBeUndefined();
  });
});

describe('MapAdapter: orientation — picking, hovering, the context towns, MapLibre’s words', () => {
  const feature = (layer: string, properties: Record<string, unknown>) => ({ layer: { id: layer }, properties });
  const zoneIncident = (id: string) => feature(LAYER.incidentZoneFill, { id });

  function pickingAdapter() {
    const events: string[] = [];
    const adapter = new MapAdapter(
      {} as HTMLElement,
      { style: STYLE, initialBounds: [-17, 10, -4, 26], knownPlaceIds: new Set(['nouakchott', 'border-ml-mr', 'mauritania']), reducedMotion: true, mapClass: FakeMap as unknown as MapClass },
      {
        onPlaceClick: (id) => events.push(`place ${id}`),
        onIncidentClick: (id) => events.push(`incident ${id}`),
        onStateChange() {},
        onPickMany: (candidates, point) => events.push(`choose ${candidates.map((pick) => `${pick.type}:${pick.id}`).join(' ')} at ${point.x},${point.y}`),
        onHover: (candidates, point) => events.push(`hover ${candidates.map((pick) => pick.id).join(' ')}${point ? '' : ' (left)'}`),
      },
    );
    const map = FakeMap.last!;
    for (const id of CLICKABLE_LAYERS) map.layerIds.add(id);
    map.fire('load');
    const click = (...rendered: unknown[]) => {
      map.rendered = rendered;
      map.fire('click', { point: { x: 10, y: 20 }, lngLat: { lng: -8, lat: 16 } });
    };
    return { adapter, map, events, click };
  }

  test('a click inside a hatched zone picks its incident, not the border zone under it', () => {
    const { events, click } = pickingAdapter();
    click(zoneIncident('zone-1'), feature(LAYER.borderZoneFillMauritania, { place_id: 'border-ml-mr' }), feature(LAYER.countriesFill, { place_id: 'mauritania' }));
    expect(events).toEqual(['incident zone-1']);
  });

  test('several incidents sharing a zone: the chooser lists each once, and nothing is selected yet', () => {
    const { events, click } = pickingAdapter();
    click(zoneIncident('zone-1'), zoneIncident('zone-2'), zoneIncident('zone-1'), feature(LAYER.borderZoneFillMali, { place_id: 'border-ml-mr' }));
    expect(events).toEqual(['choose incident:zone-1 incident:zone-2 at 10,20']);
  });

  test('a capital and an incident under the pointer: the chooser, the capital first', () => {
    const { events, click } = pickingAdapter();
    click(feature(LAYER.incidentSymbols, { id: 'visit' }), feature(LAYER.capitals, { place_id: 'nouakchott' }), feature(LAYER.capitalLabels, { place_id: 'nouakchott' }));
    expect(events).toEqual(['choose place:nouakchott incident:visit at 10,20']);
  });

  test('only areas under the pointer: the most specific known one is selected (the border zone before the country)', () => {
    const { events, click } = pickingAdapter();
    click(feature(LAYER.countriesFill, { place_id: 'mauritania' }), feature(LAYER.borderZoneFillMauritania, { place_id: 'border-ml-mr' }));
    click(feature(LAYER.worldFill, { place_id: 'russia' })); // not a known place: nothing
    expect(events).toEqual(['place border-ml-mr']);
  });

  test('hovering reports what is under the pointer and sets the pointer cursor; leaving reports once', () => {
    const { map, events } = pickingAdapter();
    map.rendered = [feature(LAYER.capitals, { place_id: 'nouakchott' })];
    map.fire('mousemove', { point: { x: 5, y: 6 } });
    expect(map.canvas.style.cursor).toBe('pointer');
    map.rendered = [];
    map.fire('mousemove', { point: { x: 50, y: 60 } });
    map.fire('mousemove', { point: { x: 51, y: 61 } });
    map.fire('mouseout');
    expect(map.canvas.style.cursor).toBe('');
    expect(events).toEqual(['hover nouakchott', 'hover  (left)']);
  });

  test('without a chooser (a slide map), a click on several things selects the most specific one', () => {
    const incidents: string[] = [];
    new MapAdapter({} as HTMLElement, { style: STYLE, initialBounds: [-17, 10, -4, 26], knownPlaceIds: new Set(), reducedMotion: true, mapClass: FakeMap as unknown as MapClass }, { onPlaceClick() {}, onIncidentClick: (id) => incidents.push(id), onStateChange() {} });
    const map = FakeMap.last!;
    for (const id of CLICKABLE_LAYERS) map.layerIds.add(id);
    map.fire('load');
    map.rendered = [zoneIncident('zone-2'), zoneIncident('zone-1')];
    map.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: 0, lat: 0 } });
    expect(incidents).toEqual(['zone-2']);
  });

  test('the context towns: their data once, with their sources as the source’s attribution, the map loading until drawn; labels follow the language', () => {
    const { adapter, map, states } = makeAdapter();
    map.getSource = ((id: string) => {
      const source = { setData: (data: unknown) => map.calls.push(['setData', id, data, source.attribution]), attribution: '' };
      return source;
    }) as unknown as FakeMap['getSource'];
    map.layerIds.add(LAYER.contextPlaceLabels);
    const towns: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
    adapter.setContextPlaces(towns, ['GeoNames (CC BY 4.0)']);
    adapter.setContextPlaces(towns, ['GeoNames (CC BY 4.0)']);
    expect(map.calls).toEqual([['setData', SOURCE.contextPlaces, towns, 'GeoNames (CC BY 4.0)']]);
    expect(states).toEqual(['loading']); // the 'idle' after their tiles says they are drawn
    map.calls.length = 0;
    adapter.setLanguage('en');
    expect(map.calls.map(([, layer]) => layer)).toContain(LAYER.contextPlaceLabels);
  });

  test('MapLibre’s words follow the interface’s language: every control made again, the canvas renamed; the same words change nothing', () => {
    // No zoom buttons nor scale asked for (MapLibre makes those with the DOM): the credits, which every map has.
    const { adapter, map } = makeAdapter();
    const [credits, ...others] = map.controls;
    expect(credits).toBeInstanceOf(AttributionControl);
    expect(others).toEqual([]);
    adapter.setLocale({ 'NavigationControl.ZoomIn': 'Zoom avant', 'Map.Title': 'Carte' });
    expect(map._locale['NavigationControl.ZoomIn']).toBe('Zoom avant');
    expect(map.canvas.attributes['aria-label']).toBe('Carte');
    // MapLibre names the credits button only when it is made: a new one, in the new words.
    expect(map.controls).toHaveLength(1);
    expect(map.controls[0]).toBeInstanceOf(AttributionControl);
    expect(map.controls[0]).not.toBe(credits);
    const second = [...map.controls];
    adapter.setLocale({ 'NavigationControl.ZoomIn': 'Zoom avant', 'Map.Title': 'Carte' });
    expect(map.controls).toEqual(second);
  });
});

describe('MapAdapter: the event layers (ACLED), filtered without sending the data again', () => {
  const border = createBorderRelation(borderLayersFrom(JSON.parse(readFileSync('geo/countries-region.geojson', 'utf8')), JSON.parse(readFileSync('geo/border-ml-mr.geojson', 'utf8'))));
  const parsed = parseAcledCsv(syntheticAcledCsv({ rows: 2000, seed: 11 }));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const index = buildIncidentIndex([{ origin: 'acled', features: parsed.events.map((event) => acledFeature(event)) }], border);
  const events = eventMapFeatures(index);
  const visibleUnder = (state: FilterState) => applyFilters(index, state).visible;

  /** The rows a fake event source holds after its setData and updateData calls, applied in order. */
  function heldRows(map: FakeMap): Set<number> {
    const rows = new Set<number>();
    for (const [method, source, payload] of map.calls) {
      if (source !== SOURCE.events) continue;
      if (method === 'setData') {
        rows.clear();
        for (const feature of (payload as FeatureCollection).features) rows.add(Number(feature.id));
      }
      if (method === 'updateData') {
        const diff = payload as { remove: number[]; add: Array<{ id: number }> };
        for (const id of diff.remove) rows.delete(id);
        for (const feature of diff.add) rows.add(feature.id);
      }
    }
    return rows;
  }
  const rowsOf = (visible: Uint8Array) => new Set([...visible.keys()].filter((row) => visible[row]));
  const sourceCalls = (map: FakeMap) => map.calls.filter(([, source]) => source === SOURCE.events).map(([method]) => method);

  test('a file opened: one setData with the rows that pass the filters, as points with their precision', () => {
    const { adapter, map } = makeAdapter();
    const visible = visibleUnder(filters({ sides: ['mauritania'] }));
    adapter.setEvents(events, visible);
    expect(sourceCalls(map)).toEqual(['setData']);
    expect(heldRows(map)).toEqual(rowsOf(visible));
    const sent = (map.calls[0]![2] as FeatureCollection).features;
    expect(sent.every((feature) => feature.geometry.type === 'Point' && typeof feature.id === 'number')).toBe(true);
    expect(Object.keys(sent[0]!.properties!).sort()).toEqual(['p', 'r']); // slim: nothing the map does not draw
    expect(sent.filter((feature) => feature.properties!.p === 1).every((feature) => feature.properties!.r === 0)).toBe(true);
    expect(sent.filter((feature) => feature.properties!.p === 3).every((feature) => feature.properties!.r > 1)).toBe(true);
  });

  test('filter and time-window changes: no setData, one updateData each, and the source holds what applyFilters passes', () => {
    const { adapter, map } = makeAdapter();
    adapter.setEvents(events, null);
    expect(heldRows(map).size).toBe(events.features.filter(Boolean).length);
    const steps: FilterState[] = [
      filters({ eventTypes: ['Battles'] }),
      filters({ eventTypes: ['Battles'], from: '2023-01-01', to: '2023-03-31' }),
      filters({ eventTypes: ['Battles'], from: '2023-02-01', to: '2023-04-30' }), // the brush moved
      filters({ sides: ['mali'], maxDistanceKm: 50, claimStatuses: ['reported'], geoPrecisions: [1, 2] }),
      filters({ actors: ['wagner'] }),
    ];
    for (const state of steps) {
      const before = map.calls.length;
      const visible = visibleUnder(state);
      adapter.setEvents(events, visible);
      expect(sourceCalls({ calls: map.calls.slice(before) } as FakeMap)).toEqual(['updateData']);
      expect(heldRows(map), JSON.stringify(state)).toEqual(rowsOf(visible));
    }
    const before = map.calls.length;
    adapter.setEvents(events, null); // reset
    expect(methods(map).slice(before)).toEqual(['updateData']);
    expect(heldRows(map).size).toBe(index.total);
  });

  test('the diff names only the rows that changed: a brush step removes the days it left and adds those it reached', () => {
    const { adapter, map } = makeAdapter();
    adapter.setEvents(events, visibleUnder(filters({ from: '2023-01-01', to: '2023-01-31' })));
    adapter.setEvents(events, visibleUnder(filters({ from: '2023-01-08', to: '2023-02-07' })));
    const [, , diff] = map.calls.at(-1)! as [string, string, { remove: number[]; add: Array<{ id: number }> }];
    const day = (iso: string) => parseIsoDay(iso)!;
    // Rows that left ended before the new window's first day; rows that came reach past the old window's last.
    expect(diff.remove.length).toBeGreaterThan(0);
    expect(diff.remove.every((row) => index.end[row]! <= day('2023-01-08'))).toBe(true);
    expect(diff.add.length).toBeGreaterThan(0);
    expect(diff.add.every((feature) => index.end[feature.id]! > day('2023-02-01'))).toBe(true);
    expect(diff.remove.length + diff.add.length).toBeLessThan(index.total / 5);
  });

  test('the same rows again (a new array with the same content), or the same filters: no call', () => {
    const { adapter, map } = makeAdapter();
    const state = filters({ timePrecisions: [1] });
    adapter.setEvents(events, visibleUnder(state));
    const made = map.calls.length;
    adapter.setEvents(events, visibleUnder(state));
    adapter.setEvents(events, visibleUnder(state));
    expect(map.calls.length).toBe(made);
  });

  test('no events at start: no call; new events (another file): setData, not a diff', () => {
    const { adapter, map } = makeAdapter();
    const empty: EventMapData = { ids: [], features: [] };
    adapter.setEvents(empty, null);
    expect(map.calls).toEqual([]);
    adapter.setEvents(events, null);
    const other = eventMapFeatures(index);
    adapter.setEvents(other, null);
    expect(sourceCalls(map)).toEqual(['setData', 'setData']);
  });

  test('a click on a cluster asks where it splits and zooms there; a click on an event’s dot selects its incident', async () => {
    const picked: string[] = [];
    const adapter = new MapAdapter(
      {} as HTMLElement,
      { style: STYLE, initialBounds: [-17, 10, -4, 26], knownPlaceIds: new Set(), reducedMotion: true, mapClass: FakeMap as unknown as MapClass },
      { onPlaceClick() {}, onIncidentClick: (id) => picked.push(id), onStateChange() {} },
    );
    const map = FakeMap.last!;
    map.fire('load');
    adapter.setEvents(events, null);
    map.rendered = [{ layer: { id: LAYER.eventClusters }, geometry: { type: 'Point', coordinates: [-7, 15.5] }, properties: { cluster_id: 42, point_count: 120 } }];
    map.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: -7, lat: 15.5 } });
    await Promise.resolve();
    await Promise.resolve();
    expect(map.calls.filter(([method]) => method === 'getClusterExpansionZoom')).toEqual([['getClusterExpansionZoom', SOURCE.events, 42]]);
    expect(map.calls.filter(([method]) => method === 'easeTo')).toEqual([['easeTo', { center: [-7, 15.5], zoom: 7, duration: 0 }]]);
    expect(picked).toEqual([]);
    const row = events.features.findIndex((feature) => feature?.properties.p === 1);
    map.rendered = [{ layer: { id: LAYER.eventPoints }, id: row, properties: {} }];
    map.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: -7, lat: 15.5 } });
    expect(picked).toEqual([index.ids[row]]);
  });

  test('the selected incident, when it is an event row, is ringed by one setFilter; the same selection again, none', () => {
    const { adapter, map } = makeAdapter();
    adapter.setEvents(events, null);
    const made = map.calls.length;
    adapter.setHighlights([], [index.ids[5]!]);
    expect(map.calls.slice(made).filter(([, layer]) => layer === LAYER.eventHighlight)).toEqual([['setFilter', LAYER.eventHighlight, ['all', ['!', ['has', 'point_count']], ['==', ['id'], 5]]]]);
    const after = map.calls.length;
    adapter.setHighlights([], [index.ids[5]!]);
    expect(map.calls.length).toBe(after);
  });
});
