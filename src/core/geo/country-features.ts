/**
 * Country polygons with the names and codes the dashboard shows, from a Natural Earth topology
 * (world-atlas) joined to `world-countries` records on the ISO 3166-1 numeric code. French
 * names come from world-countries' `translations.fra.common`.
 *
 * Natural Earth ids are numeric codes as strings ('012'); the few features without one (Kosovo,
 * Somaliland, N. Cyprus) are joined by name where world-countries knows it, else named from the
 * small table below, and get null codes.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { placeSlug } from '../vocabulary/slug';

/** The members of a `world-countries` record that this module reads. */
export interface CountryRecord {
  cca2: string;
  ccn3: string;
  latlng: number[]; // [lat, lng] — world-countries puts latitude first
  name: { common: string };
  translations: { fra?: { common: string } };
}

export interface CountryProperties {
  place_id: string;
  name_fr: string;
  name_en: string;
  iso_a2: string | null;
  iso_n3: string | null;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface CountryFeaturesOptions {
  objectName?: string; // the topology object holding the countries
  ids?: string[]; // keep only these ISO numeric ids; undefined keeps every feature
}

/** Returns one feature per country polygon, sorted by `place_id`. Throws for a requested id that is missing. */
export function countryFeatures(topology: Topology, records: readonly CountryRecord[], options: CountryFeaturesOptions = {}): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const { objectName = 'countries', ids } = options;
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`countryFeatures: topology has no GeometryCollection named '${objectName}'`);
  }
  const wanted = ids ? new Set(ids) : null;
  for (const id of wanted ?? []) {
    if (!object.geometries.some((g) => g.id === id)) throw new Error(`countryFeatures: no feature with id '${id}' in '${objectName}'`);
  }
  const byNumeric = new Map(records.filter((r) => r.ccn3 !== '').map((r) => [r.ccn3, r]));
  const byName = new Map(records.map((r) => [r.name.common, r]));
  const features = object.geometries
    .filter((g) => (wanted ? typeof g.id === 'string' && wanted.has(g.id) : true))
    .filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon')
    .map((g) => countryFeature(topology, g as GeometryObject<object>, byNumeric, byName));
  features.sort((a, b) => (a.properties.place_id < b.properties.place_id ? -1 : a.properties.place_id > b.properties.place_id ? 1 : 0));
  return { type: 'FeatureCollection', features };
}

/** Names for Natural Earth features that have no ISO code and no world-countries record. */
const UNCODED_NAMES: Record<string, { en: string; fr: string }> = {
  'N. Cyprus': { en: 'Northern Cyprus', fr: 'Chypre du Nord' },
  Somaliland: { en: 'Somaliland', fr: 'Somaliland' },
};

function countryFeature(topology: Topology, geometry: GeometryObject<object>, byNumeric: Map<string, CountryRecord>, byName: Map<string, CountryRecord>): CountryFeature {
  const neName = String((geometry.properties as { name?: unknown } | undefined)?.name ?? '');
  const id = typeof geometry.id === 'string' ? geometry.id : null;
  const record = (id !== null ? byNumeric.get(id) : undefined) ?? byName.get(neName);
  const names = record
    ? { en: record.name.common, fr: record.translations.fra?.common ?? record.name.common }
    : (UNCODED_NAMES[neName] ?? { en: neName, fr: neName });
  const polygon = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
  return {
    type: 'Feature',
    properties: {
      place_id: placeSlug(names.en),
      name_fr: names.fr,
      name_en: names.en,
      iso_a2: record?.cca2 ?? null,
      iso_n3: record && record.ccn3 !== '' ? record.ccn3 : null,
    },
    geometry: polygon.geometry,
  };
}
