import type { LayerToggleId } from '../core/vocabulary/layer-toggles';

/** Source and layer ids, in one place so no component spells them twice. */
export const SOURCE = {
  world: 'world',
  countries: 'countries',
  borderZone: 'border-zone',
  border: 'border',
  capitals: 'capitals',
  incidents: 'incidents',
  articlePlaces: 'article-places',
  importedPlaces: 'imported-places',
  /** Added on first use: the place search's mark and the measure lines. */
  located: 'located-place',
  measure: 'measure',
  contextPlaces: 'context-places',
  /** The event layers' rows (ACLED, incidents from other tools), clustered: see event-features.ts. */
  events: 'events',
} as const;

export const LAYER = {
  background: 'background',
  worldFill: 'world-fill',
  worldLine: 'world-line',
  countriesFill: 'countries-fill',
  countriesHighlight: 'countries-highlight',
  countriesLine: 'countries-line',
  borderZoneFillMali: 'border-zone-fill-ml',
  borderZoneFillMauritania: 'border-zone-fill-mr',
  borderZoneLine: 'border-zone-line',
  incidentZoneFill: 'incident-zone-fill',
  incidentZoneHighlight: 'incident-zone-highlight',
  incidentZoneLine: 'incident-zone-line',
  borderCasing: 'border-casing',
  borderHighlight: 'border-highlight',
  border: 'border-line',
  countryLabels: 'country-labels',
  contextPlaces: 'context-places-circle',
  contextPlaceLabels: 'context-places-label',
  articlePlacesHighlight: 'article-places-highlight',
  articlePlaces: 'article-places-circle',
  importedPlaces: 'imported-places-circle',
  importedPlaceLabels: 'imported-places-label',
  articlePlaceLabels: 'article-places-label',
  capitalsHighlight: 'capitals-highlight',
  capitals: 'capitals-circle',
  capitalLabels: 'capitals-label',
  incidentHighlight: 'incident-highlight',
  incidentSymbols: 'incident-symbols',
  measureLine: 'measure-line',
  measureEnds: 'measure-ends',
  measureLabels: 'measure-labels',
  locatedPlace: 'located-place-circle',
  locatedPlaceLabel: 'located-place-label',
  eventZones: 'event-zones',
  eventPoints: 'event-points',
  eventHighlight: 'event-highlight',
  eventClusters: 'event-clusters',
  eventClusterCounts: 'event-cluster-counts',
} as const;

/** The layers drawn from the event source (see eventLayers in map-style.ts). */
export const EVENT_LAYERS = [LAYER.eventZones, LAYER.eventHighlight, LAYER.eventPoints, LAYER.eventClusters, LAYER.eventClusterCounts] as const;

/** Which map layers each legend toggle shows or hides. */
export const TOGGLE_LAYERS: Record<LayerToggleId, readonly string[]> = {
  countries: [LAYER.countriesFill, LAYER.countriesHighlight, LAYER.countryLabels],
  borderZone: [LAYER.borderZoneFillMali, LAYER.borderZoneFillMauritania, LAYER.borderZoneLine],
  border: [LAYER.borderCasing, LAYER.borderHighlight, LAYER.border],
  capitals: [LAYER.capitalsHighlight, LAYER.capitals, LAYER.capitalLabels, LAYER.articlePlacesHighlight, LAYER.articlePlaces, LAYER.articlePlaceLabels, LAYER.importedPlaces, LAYER.importedPlaceLabels],
  incidents: [LAYER.incidentZoneFill, LAYER.incidentZoneHighlight, LAYER.incidentZoneLine, LAYER.incidentHighlight, LAYER.incidentSymbols, ...EVENT_LAYERS],
};

/** Layers a click can pick something on, most specific first. */
export const CLICKABLE_LAYERS = [
  LAYER.capitals,
  LAYER.capitalLabels,
  LAYER.articlePlaces,
  LAYER.articlePlaceLabels,
  LAYER.incidentSymbols,
  LAYER.eventClusters,
  LAYER.eventPoints,
  LAYER.border,
  LAYER.incidentZoneFill,
  LAYER.eventZones,
  LAYER.borderZoneFillMali,
  LAYER.borderZoneFillMauritania,
  LAYER.countriesFill,
  LAYER.worldFill,
] as const;

/** Clickable layers that are areas under everything else: they count only where nothing more specific is hit. */
export const AREA_LAYERS = [LAYER.borderZoneFillMali, LAYER.borderZoneFillMauritania, LAYER.countriesFill, LAYER.worldFill] as const;

export const COLORS = {
  sea: '#c6dcea',
  land: '#f2ede2',
  landRegion: '#f7f3ea',
  countryLine: '#9d927c',
  border: '#c1121f',
  borderCasing: '#ffffff',
  borderZoneMl: '#d55e00',
  borderZoneMr: '#009e73',
  highlight: '#ffb703',
  measure: '#1d3557',
  incident: '#6a3d9a',
  label: '#2b2b2b',
  labelHalo: '#ffffff',
  contextPlace: '#7a7264',
  contextLabel: '#5b5346',
} as const;

export const FONT = 'Noto Sans Regular';
