/**
 * The dashboard's map style, as data: an offline base map (sea, land, country lines and labels)
 * and the article layers (border, border zone, capitals, incidents). Every source is inline
 * GeoJSON and the labels use a font file served by the app (`font-faces`, no `glyphs` server),
 * so the map requests nothing from any other host. Place colours (src/core/views/place-colors.ts)
 * become a MapLibre expression here, not in src/core.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoLayers } from '../core/dataset';
import type { Language } from '../core/types';
import type { IncidentMapCollection } from './incident-features';
import { COLORS, FONT, LAYER, SOURCE } from './map-ids';
import { INCIDENT_ICON_HALO } from './incident-icons';
import { assignPlaceColors, baseMapPlaceIds, type PlaceColors } from '../core/views/place-colors';

export interface StyleInput {
  geo: GeoLayers;
  incidents: IncidentMapCollection;
  /** The shown articles' own places at start (see articlePlaceFeatures); later changes go through the adapter. */
  articlePlaces?: FeatureCollection<Point>;
  countryLabels: FeatureCollection<Point, { place_id: string; name_fr: string; name_en: string }>;
  language: Language;
  /** Absolute URLs of the label font files (woff2), latin first. */
  fontUrls: { latin: string; latinExt: string };
}

export const HATCH_IMAGE = 'incident-zone-hatch';
const CAPITAL_FALLBACK_COLOR = '#1d3557'; // a capital with no place colour of its own
export const NOTHING_SELECTED = '__none__';

/** Builds the complete style. Call once; later changes go through the adapter's setters. */
export function buildMapStyle(input: StyleInput): StyleSpecification {
  const { geo, incidents, countryLabels, language, fontUrls } = input;
  const label = labelField(language);
  const style: StyleSpecification = {
    version: 8,
    name: 'Border Brief offline',
    'font-faces': {
      [FONT]: [
        { url: fontUrls.latin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'] },
        { url: fontUrls.latinExt },
      ],
    },
    sources: {
      [SOURCE.world]: { type: 'geojson', data: geo.world },
      // The countries' label points ride with their outlines: a source fewer to cut into tiles.
      [SOURCE.countries]: { type: 'geojson', data: { type: 'FeatureCollection', features: [...geo.countries.features, ...countryLabels.features] } as FeatureCollection },
      [SOURCE.borderZone]: { type: 'geojson', data: geo.borderZone },
      [SOURCE.border]: { type: 'geojson', data: geo.border, tolerance: 0.2 },
      [SOURCE.capitals]: { type: 'geojson', data: geo.capitals },
      [SOURCE.incidents]: { type: 'geojson', data: incidents as FeatureCollection, promoteId: 'id' },
      [SOURCE.articlePlaces]: { type: 'geojson', data: input.articlePlaces ?? { type: 'FeatureCollection', features: [] } },
      [SOURCE.importedPlaces]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      ...contextPlaceSources(),
      [SOURCE.events]: eventSource(),
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': COLORS.sea } },
      // Fills are not antialiased where a line layer draws their edge anyway: the outline pass
      // would cost a draw per tile and one more shader program, for nothing visible.
      { id: LAYER.worldFill, type: 'fill', source: SOURCE.world, paint: { 'fill-color': COLORS.land, 'fill-antialias': false } },
      { id: LAYER.worldLine, type: 'line', source: SOURCE.world, paint: { 'line-color': COLORS.countryLine, 'line-width': 0.6 } },
      { id: LAYER.countriesFill, type: 'fill', source: SOURCE.countries, filter: isArea(), paint: { 'fill-color': COLORS.landRegion, 'fill-antialias': false } },
      {
        id: LAYER.countriesHighlight,
        type: 'fill',
        source: SOURCE.countries,
        filter: placeFilter(NOTHING_SELECTED),
        paint: { 'fill-color': COLORS.highlight, 'fill-opacity': 0.35, 'fill-antialias': false },
      },
      { id: LAYER.countriesLine, type: 'line', source: SOURCE.countries, filter: isArea(), paint: { 'line-color': COLORS.countryLine, 'line-width': 1 } },
      // One layer per side with a constant colour: a colour read from the data would need a shader
      // program of its own, and each program costs tens of milliseconds to compile in software WebGL.
      { id: LAYER.borderZoneFillMali, type: 'fill', source: SOURCE.borderZone, filter: ['==', ['get', 'side'], 'ML'], paint: { 'fill-color': COLORS.borderZoneMl, 'fill-opacity': 0.16, 'fill-antialias': false } },
      { id: LAYER.borderZoneFillMauritania, type: 'fill', source: SOURCE.borderZone, filter: ['==', ['get', 'side'], 'MR'], paint: { 'fill-color': COLORS.borderZoneMr, 'fill-opacity': 0.16, 'fill-antialias': false } },
      {
        id: LAYER.borderZoneLine,
        type: 'line',
        source: SOURCE.borderZone,
        paint: { 'line-color': COLORS.border, 'line-width': 1, 'line-opacity': 0.55, 'line-dasharray': [2, 2] },
      },
      ...incidentZoneLayers(),
      eventZoneLayer(),
      { id: LAYER.borderCasing, type: 'line', source: SOURCE.border, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': COLORS.borderCasing, 'line-width': 6 } },
      {
        id: LAYER.borderHighlight,
        type: 'line',
        source: SOURCE.border,
        filter: placeFilter(NOTHING_SELECTED),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': COLORS.highlight, 'line-width': 14, 'line-opacity': 0.8 },
      },
      { id: LAYER.border, type: 'line', source: SOURCE.border, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': COLORS.border, 'line-width': 3.5 } },
      ...eventPointLayers(),
      {
        id: LAYER.countryLabels,
        type: 'symbol',
        source: SOURCE.countries,
        filter: isPoint(), // the label points, not the outlines (which would be labelled in every tile)
        layout: { 'text-field': label, 'text-font': [FONT], 'text-size': 13, 'text-transform': 'uppercase', 'text-letter-spacing': 0.08, 'text-max-width': 8 },
        paint: { 'text-color': '#5b5346', 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.5 },
      },
      ...contextPlaceLayers(label),
      ...articlePlaceLayers(label),
      {
        id: LAYER.capitalsHighlight,
        type: 'circle',
        source: SOURCE.capitals,
        filter: placeFilter(NOTHING_SELECTED),
        paint: { 'circle-radius': 15, 'circle-color': COLORS.highlight, 'circle-opacity': 0.85 },
      },
      {
        id: LAYER.capitals,
        type: 'circle',
        source: SOURCE.capitals,
        paint: placePointPaint(placeColorMatch(capitalColors(geo), CAPITAL_FALLBACK_COLOR), 7),
      },
      {
        id: LAYER.capitalLabels,
        type: 'symbol',
        source: SOURCE.capitals,
        layout: { 'text-field': label, 'text-font': [FONT], 'text-size': 15, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
        paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 2 },
      },
      {
        id: LAYER.incidentHighlight,
        type: 'circle',
        source: SOURCE.incidents,
        filter: ['all', isPoint(), ['==', ['get', 'id'], NOTHING_SELECTED]],
        paint: { 'circle-radius': 17, 'circle-color': COLORS.highlight, 'circle-opacity': 0.85 },
      },
      {
        id: LAYER.incidentSymbols,
        type: 'symbol',
        source: SOURCE.incidents,
        filter: isPoint(),
        layout: {
          'icon-image': ['concat', 'incident-', ['get', 'shape']] as ExpressionSpecification,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          // Several incidents at one town (a visit and a meeting in Nouakchott) fan out instead of hiding each other.
          'icon-offset': ['get', 'icon_offset'] as ExpressionSpecification,
        },
        // A proposal nobody reviewed yet is drawn fainter than a reviewed or hand-coded incident.
        paint: { 'icon-color': COLORS.incident, 'icon-halo-color': '#ffffff', 'icon-halo-width': INCIDENT_ICON_HALO, 'icon-opacity': ['case', ['==', ['get', 'proposed'], 1], 0.55, 1] as ExpressionSpecification },
      },
    ] satisfies LayerSpecification[],
  };
  return style;
}

/**
 * The context towns' source (src/core/views/context-places.ts): empty at start, filled by the
 * adapter once the gazetteer has loaded, so the first map costs nothing more.
 */
function contextPlaceSources(): StyleSpecification['sources'] {
  return { [SOURCE.contextPlaces]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } };
}

/**
 * Towns to orient by, under the data: small grey points, labelled by rank as the zoom allows
 * (admin-1 seats from the start, other cities from zoom 5, towns from zoom 6), the more
 * important placed first (symbol-sort-key) and always after the data's own labels (drawn below
 * them in the layer order, so placed later and dropped where they would collide).
 */
export function contextPlaceLayers(label: ExpressionSpecification): LayerSpecification[] {
  const rank = ['get', 'rank'] as ExpressionSpecification;
  const shownFrom = (name: ExpressionSpecification, hidden: ExpressionSpecification) =>
    ['step', ['zoom'], ['case', ['<=', rank, 1], name, hidden], 5, ['case', ['<=', rank, 2], name, hidden], 6, name] as ExpressionSpecification;
  return [
    {
      id: LAYER.contextPlaces,
      type: 'circle',
      source: SOURCE.contextPlaces,
      paint: {
        'circle-radius': shownFrom(['match', rank, 1, 3.5, 2.5], 0 as unknown as ExpressionSpecification),
        'circle-color': COLORS.contextPlace,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': shownFrom(1 as unknown as ExpressionSpecification, 0 as unknown as ExpressionSpecification),
      },
    },
    {
      id: LAYER.contextPlaceLabels,
      type: 'symbol',
      source: SOURCE.contextPlaces,
      layout: {
        'text-field': contextLabelText(label),
        'text-font': [FONT],
        'text-size': ['match', rank, 1, 12, 11] as ExpressionSpecification,
        'text-offset': [0, 0.6],
        'text-anchor': 'top',
        'text-optional': true,
        'symbol-sort-key': rank,
      },
      paint: { 'text-color': COLORS.contextLabel, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}

/** The context labels' `text-field` in the interface language (the names shown as the zoom allows). */
export function contextLabelField(language: Language): ExpressionSpecification {
  return contextLabelText(labelField(language));
}

function contextLabelText(label: ExpressionSpecification): ExpressionSpecification {
  const rank = ['get', 'rank'] as ExpressionSpecification;
  return ['step', ['zoom'], ['case', ['<=', rank, 1], label, ''], 5, ['case', ['<=', rank, 2], label, ''], 6, label] as ExpressionSpecification;
}

/**
 * Places an article names that no base layer draws (towns, regions, camps, features), as points
 * in their place colour, drawn by precision (placePointPaint).
 */
function articlePlaceLayers(label: ExpressionSpecification): LayerSpecification[] {
  return [
    // Places from the analyst's own files, under the article's: reference points, not claims.
    { id: LAYER.importedPlaces, type: 'circle', source: SOURCE.importedPlaces, paint: placePointPaint(['get', 'color'], 4) },
    {
      id: LAYER.importedPlaceLabels,
      type: 'symbol',
      source: SOURCE.importedPlaces,
      layout: { 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 11, 'text-offset': [0, 0.8], 'text-anchor': 'top', 'text-optional': true },
      paint: { 'text-color': '#555049', 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 2 },
    },
    {
      id: LAYER.articlePlacesHighlight,
      type: 'circle',
      source: SOURCE.articlePlaces,
      filter: placeFilter(NOTHING_SELECTED),
      paint: { 'circle-radius': 15, 'circle-color': COLORS.highlight, 'circle-opacity': 0.85 },
    },
    {
      id: LAYER.articlePlaces,
      type: 'circle',
      source: SOURCE.articlePlaces,
      paint: placePointPaint(['get', 'color'], 6),
    },
    {
      id: LAYER.articlePlaceLabels,
      type: 'symbol',
      source: SOURCE.articlePlaces,
      layout: { 'text-field': label, 'text-font': [FONT], 'text-size': 13, 'text-offset': [0, 1], 'text-anchor': 'top', 'text-optional': true },
      paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 2 },
    },
  ];
}

/**
 * How a place's point is drawn, by its precision: a town's own point is solid with a white edge;
 * an approximate point has a pale fill; a region without an outline (geo_precision 3) is a hollow
 * ring. A feature without geo_precision (a capital of the base layers) is a point of its own.
 * Capitals and the article's places share this one paint, so they share one shader program.
 */
function placePointPaint(color: ExpressionSpecification, pointRadius: number) {
  const precision = ['coalesce', ['get', 'geo_precision'], 1] as ExpressionSpecification;
  return {
    'circle-radius': ['match', precision, 3, 9, pointRadius] as ExpressionSpecification,
    'circle-color': color,
    'circle-opacity': ['match', precision, 1, 1, 2, 0.45, 0.08] as ExpressionSpecification,
    'circle-stroke-color': ['match', precision, 1, '#ffffff', color] as ExpressionSpecification,
    'circle-stroke-width': 2,
  };
}

/** Incidents known only to a zone are drawn as a hatched zone with a dashed edge, never a pin. */
function incidentZoneLayers(): LayerSpecification[] {
  return [
    { id: LAYER.incidentZoneFill, type: 'fill', source: SOURCE.incidents, filter: isArea(), paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.3, 'fill-antialias': false } },
    {
      id: LAYER.incidentZoneHighlight,
      type: 'fill',
      source: SOURCE.incidents,
      filter: ['all', isArea(), ['==', ['get', 'id'], NOTHING_SELECTED]],
      paint: { 'fill-color': COLORS.highlight, 'fill-opacity': 0.35, 'fill-antialias': false },
    },
    { id: LAYER.incidentZoneLine, type: 'line', source: SOURCE.incidents, filter: isArea(), paint: { 'line-color': COLORS.incident, 'line-width': 1.5, 'line-dasharray': [3, 2] } },
  ];
}

/** `text-field` for place names in the interface language. */
export function labelField(language: Language): ExpressionSpecification {
  return ['get', `name_${language}`];
}

/** Filter keeping the features of one place. */
export function placeFilter(placeId: string): ExpressionSpecification {
  return ['==', ['get', 'place_id'], placeId];
}

export function isPoint(): ExpressionSpecification {
  return ['==', ['geometry-type'], 'Point'];
}

function isArea(): ExpressionSpecification {
  return ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
}

/**
 * The capitals' colours. They are served first in every shown set (shownPlaceColors), so these
 * are the colours the text and the lists give them whatever articles are shown.
 */
export function capitalColors(geo: Pick<GeoLayers, 'capitals'>): PlaceColors {
  const ids = baseMapPlaceIds(geo);
  return assignPlaceColors(ids, ids);
}

/** Place colours (an assignment of src/core/views/place-colors.ts), as a MapLibre `match` expression on `place_id`. */
export function placeColorMatch(colors: PlaceColors, fallback: string): ExpressionSpecification {
  const pairs = [...colors.keys()].sort().flatMap((id) => [id, colors.get(id)!]);
  return (pairs.length ? ['match', ['get', 'place_id'], ...pairs, fallback] : ['literal', fallback]) as ExpressionSpecification;
}

// ── Event layers (ACLED, incidents from other tools): one clustered source ──────────────────────

/** Zoom beyond which events are never clustered: at 9 a town's surroundings fill the map. */
export const EVENT_CLUSTER_MAX_ZOOM = 8;
const EVENT_CLUSTER_RADIUS = 40; // pixels
export const NO_EVENT_ROW = -1;

/**
 * The event source: points only (event-features.ts), numeric ids = index rows, clustered where they
 * crowd. It holds the rows that pass the filters and the time window: filters reach it as
 * `updateData` diffs (the adapter's setEvents), so cluster counts count what is shown.
 */
function eventSource(): SourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterMaxZoom: EVENT_CLUSTER_MAX_ZOOM, clusterRadius: EVENT_CLUSTER_RADIUS };
}

const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];

/**
 * An event known only to a zone (geo_precision 2 or 3) is a pale disc of its zone's true radius on
 * the ground (`r` pixels at zoom 0, doubled at each zoom), with an edge: never a pin. Under the
 * border line, like the articles' zones.
 */
function eventZoneLayer(): LayerSpecification {
  return {
    id: LAYER.eventZones,
    type: 'circle',
    source: SOURCE.events,
    filter: ['all', ['!', IS_CLUSTER], ['>', ['get', 'r'], 0]],
    paint: {
      'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'r'], 22, ['*', ['get', 'r'], 2 ** 22]],
      'circle-color': COLORS.incident,
      'circle-opacity': 0.08,
      'circle-stroke-color': COLORS.incident,
      'circle-stroke-width': 1,
      'circle-stroke-opacity': 0.45,
      'circle-pitch-alignment': 'map',
    },
  };
}

/** Clusters (a count in a disc sized by it), the selected event's halo, and the precision 1 events' dots. */
function eventPointLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.eventHighlight,
      type: 'circle',
      source: SOURCE.events,
      filter: ['==', ['id'], NO_EVENT_ROW],
      paint: { 'circle-radius': 11, 'circle-color': COLORS.highlight, 'circle-opacity': 0.85 },
    },
    {
      id: LAYER.eventPoints,
      type: 'circle',
      source: SOURCE.events,
      filter: ['all', ['!', IS_CLUSTER], ['==', ['get', 'p'], 1]],
      paint: { 'circle-radius': 4, 'circle-color': COLORS.incident, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
    {
      id: LAYER.eventClusters,
      type: 'circle',
      source: SOURCE.events,
      filter: IS_CLUSTER,
      paint: {
        'circle-radius': ['step', ['get', 'point_count'], 12, 10, 15, 100, 19, 1000, 24, 10000, 29],
        'circle-color': COLORS.incident,
        'circle-opacity': 0.82,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYER.eventClusterCounts,
      type: 'symbol',
      source: SOURCE.events,
      filter: IS_CLUSTER,
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [FONT], 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}

/**
 * The style with every layer of an empty GeoJSON source hidden: MapLibre cuts and lays out no
 * tiles for a source none of whose layers is shown, and at start three of the dashboard map's ten
 * sources are empty (the events, the analyst's own places, the context towns until the gazetteer
 * has loaded). Measured side by side (tests/bench/compare-builds.ts): the first idle ~150 ms sooner
 * in software WebGL.
 * MapAdapter shows the layers again when their source gets features.
 */
export function hideLayersOfEmptySources(style: StyleSpecification): StyleSpecification {
  const empty = emptySourceIds(style);
  if (empty.size === 0) return style;
  const layers = style.layers.map((layer): LayerSpecification => ('source' in layer && typeof layer.source === 'string' && empty.has(layer.source) ? ({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification) : layer));
  return { ...style, layers };
}

/** The GeoJSON sources of `style` whose inline data is a collection with no feature. */
export function emptySourceIds(style: StyleSpecification): Set<string> {
  const empty = new Set<string>();
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type !== 'geojson' || typeof source.data !== 'object' || source.data === null) continue;
    if (source.data.type === 'FeatureCollection' && source.data.features.length === 0) empty.add(id);
  }
  return empty;
}
