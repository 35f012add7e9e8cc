/**
 * The recipe for every committed geo file: given the raw inputs (world-atlas topologies and
 * world-countries records, already read by the caller), returns each file's path and exact text.
 * `geo/scripts/derive-all.ts` writes them; the layer tests compare them with the committed bytes,
 * so a file can only change by re-running the recipe.
 *
 * Order matters: the regional countries are simplified with the border's arcs kept intact, the
 * border is taken from that same topology, and the border zone is clipped to those same country
 * polygons, so border, zone and countries share their vertices exactly.
 */
import { along, length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Place } from '../types';
import { borderZone } from './border-zone';
import { countryFeatures, type CountryFeature, type CountryRecord } from './country-features';
import { geojsonBbox, type Bbox } from './geojson-bbox';
import {
  ARTICLE_COUNTRIES,
  BORDER_PLACE,
  BORDER_ZONE_WIDTH_KM,
  CAPITALS,
  MALI_ID,
  MAURITANIA_ID,
  REGION_COUNTRY_IDS,
  REGION_DECIMALS,
  REGION_SIMPLIFY_TOLERANCE_DEG,
  WORLD_DECIMALS,
  WORLD_SIMPLIFY_TOLERANCE_DEG,
  ZONE_SIMPLIFY_TOLERANCE_DEG,
} from './geo-layer-spec';
import { rewindRfc7946 } from './rewind-rfc7946';
import { roundCoordinates } from './round-coordinates';
import { sharedBorder, sharedBorderArcs } from './shared-border';
import { simplifyTopology } from './simplify-topology';
import { splitAntimeridian } from './split-antimeridian';
import { roundNumber, stableStringify } from './stable-stringify';

export interface GeoInputs {
  countries10m: Topology; // world-atlas countries-10m.json
  countries110m: Topology; // world-atlas countries-110m.json
  countryRecords: readonly CountryRecord[]; // world-countries countries.json
  versions: { worldAtlas: string; worldCountries: string };
}

export interface DerivedFile {
  path: string; // relative to the repository root
  text: string; // the exact bytes to write (UTF-8)
}

export interface ProvenanceInput {
  package: string;
  version: string;
  file: string;
  source: string;
  licence: string;
}

/** Where a derived file comes from; no timestamp, so the bytes stay the same from run to run. */
export interface Provenance {
  script: string;
  command: string;
  inputs: ProvenanceInput[];
  method: string;
}

export type Layer<G extends Feature['geometry'] = Feature['geometry'], P = Record<string, unknown>> = FeatureCollection<NonNullable<G>, P> & { provenance: Provenance };

export const GEO_SCRIPT = 'geo/scripts/derive-all.ts';
export const GEO_COMMAND = 'npm run geo';

/** Derives every committed geo file from `inputs`: the layers under geo/ and data/places.json. */
export function deriveGeoLayers(inputs: GeoInputs): DerivedFile[] {
  const layers = buildGeoLayers(inputs);
  const geojson = (layer: unknown) => stableStringify(layer, { maxDecimals: 6 });
  return [
    { path: 'geo/border-ml-mr.geojson', text: geojson(layers.border) },
    { path: 'geo/border-zone.geojson', text: geojson(layers.borderZone) },
    { path: 'geo/countries-region.geojson', text: geojson(layers.countriesRegion) },
    { path: 'geo/world-110m.geojson', text: geojson(layers.world) },
    { path: 'geo/capitals.geojson', text: geojson(layers.capitals) },
    { path: 'data/places.json', text: geojson(layers.places) },
  ];
}

export interface BorderProperties {
  place_id: string;
  name_fr: string;
  name_en: string;
  length_km: number;
  geo_precision: 3;
}
export interface BorderZoneProperties {
  place_id: string;
  name_fr: string;
  name_en: string;
  side: string;
  width_km: number;
  geo_precision: 3;
}
export interface CapitalProperties {
  place_id: string;
  name_fr: string;
  name_en: string;
  iso_a2: string;
  geonames_id: number;
  wikidata_id: string;
  capital_of: string;
  geo_precision: 1;
}

export interface GeoLayers {
  border: Layer<LineString | MultiLineString, BorderProperties>;
  borderZone: Layer<Polygon | MultiPolygon, BorderZoneProperties>;
  countriesRegion: Layer<Polygon | MultiPolygon, CountryFeature['properties']>;
  world: Layer<Polygon | MultiPolygon, CountryFeature['properties']>;
  capitals: Layer<Point, CapitalProperties>;
  places: Place[];
}

/** The same layers as objects, for callers that want to measure them rather than write them. */
export function buildGeoLayers(inputs: GeoInputs): GeoLayers {
  const atlas10m = atlasInput(inputs, 'countries-10m.json', 'Natural Earth 1:10m Admin 0 – Countries');
  const atlas110m = atlasInput(inputs, 'countries-110m.json', 'Natural Earth 1:110m Admin 0 – Countries');
  const countriesInput: ProvenanceInput = {
    package: 'world-countries',
    version: inputs.versions.worldCountries,
    file: 'countries.json',
    source: 'mledoze/countries: names (translations.fra.common), ISO codes, latlng',
    licence: 'ODbL 1.0',
  };

  const topology = simplifyTopology(inputs.countries10m, {
    toleranceDeg: REGION_SIMPLIFY_TOLERANCE_DEG,
    keepArcs: sharedBorderArcs(inputs.countries10m, MALI_ID, MAURITANIA_ID),
  });

  const countriesRegion = finish(countryFeatures(topology, inputs.countryRecords, { ids: [...REGION_COUNTRY_IDS] }), REGION_DECIMALS);
  const mali = countryByIso(countriesRegion, 'ML');
  const mauritania = countryByIso(countriesRegion, 'MR');

  const borderLine = finish(sharedBorder(topology, MALI_ID, MAURITANIA_ID), REGION_DECIMALS);
  const lengthKm = roundNumber(length(borderLine, { units: 'kilometers' }), 1);
  const borderFeature: Feature<LineString | MultiLineString, BorderProperties> = {
    type: 'Feature',
    properties: { place_id: BORDER_PLACE.placeId, name_fr: BORDER_PLACE.nameFr, name_en: BORDER_PLACE.nameEn, length_km: lengthKm, geo_precision: 3 },
    geometry: borderLine.geometry,
  };

  const sides = borderZone(
    borderLine,
    [
      { side: 'ML', country: mali },
      { side: 'MR', country: mauritania },
    ],
    { widthKm: BORDER_ZONE_WIDTH_KM, simplifyToleranceDeg: ZONE_SIMPLIFY_TOLERANCE_DEG },
  );
  const zoneFeatures = sides.map((side): Feature<Polygon | MultiPolygon, BorderZoneProperties> => {
    if (!side.geometry) throw new Error(`deriveGeoLayers: the border zone has nothing on side ${side.properties.side}`);
    const isMali = side.properties.side === 'ML';
    return finish(
      {
        type: 'Feature',
        properties: {
          place_id: BORDER_PLACE.placeId,
          name_fr: `Zone frontalière, côté ${isMali ? 'malien' : 'mauritanien'} (${BORDER_ZONE_WIDTH_KM} km)`,
          name_en: `Border zone, ${isMali ? 'Mali' : 'Mauritania'} side (${BORDER_ZONE_WIDTH_KM} km)`,
          side: side.properties.side,
          width_km: BORDER_ZONE_WIDTH_KM,
          geo_precision: 3,
        },
        geometry: side.geometry,
      },
      REGION_DECIMALS,
    );
  });

  const worldTopology = simplifyTopology(inputs.countries110m, { toleranceDeg: WORLD_SIMPLIFY_TOLERANCE_DEG });
  const worldCountries = countryFeatures(worldTopology, inputs.countryRecords);
  const world = finish({ ...worldCountries, features: worldCountries.features.map(splitAntimeridian) }, WORLD_DECIMALS);

  const capitals: Feature<Point, CapitalProperties>[] = CAPITALS.map((c) => ({
    type: 'Feature',
    properties: {
      place_id: c.placeId,
      name_fr: c.nameFr,
      name_en: c.nameEn,
      iso_a2: c.isoA2,
      geonames_id: c.geonamesId,
      wikidata_id: c.wikidataId,
      capital_of: c.capitalOf,
      geo_precision: 1,
    },
    geometry: { type: 'Point', coordinates: [...c.lngLat] },
  }));

  const zoneBbox = geojsonBbox({ type: 'FeatureCollection', features: zoneFeatures });
  const midpoint = along(borderLine as Feature<LineString>, length(borderLine) / 2).geometry.coordinates;

  return {
    border: layer([borderFeature], {
      inputs: [atlas10m],
      method: `topojson mesh of the arcs shared by ids '${MALI_ID}' (Mali) and '${MAURITANIA_ID}' (Mauritania), kept unsimplified; ${REGION_DECIMALS} decimals; length_km by turf length (geodesic, WGS 84 sphere)`,
    }),
    borderZone: layer(zoneFeatures, {
      inputs: [atlas10m],
      method:
        `turf buffer of the border line, ${BORDER_ZONE_WIDTH_KM} km, outer edge simplified at ${ZONE_SIMPLIFY_TOLERANCE_DEG}°, intersected with each country of geo/countries-region.geojson; ` +
        `the width is the product's display convention, not a legal zone: see geo/README.md`,
    }),
    countriesRegion: layer(countriesRegion.features, {
      inputs: [atlas10m, countriesInput],
      method: `countries ${REGION_COUNTRY_IDS.join(', ')} at 1:10m; each topology arc simplified once (Douglas–Peucker, ${REGION_SIMPLIFY_TOLERANCE_DEG}°) except the Mali–Mauritania border arcs, so neighbours share edges; ${REGION_DECIMALS} decimals`,
    }),
    world: layer(world.features, {
      inputs: [atlas110m, countriesInput],
      method: `every country at 1:110m; each topology arc simplified once (Douglas–Peucker, ${WORLD_SIMPLIFY_TOLERANCE_DEG}°), so neighbours share edges; polygons crossing the antimeridian (Russia, Fiji, Antarctica) cut at ±180°; ${WORLD_DECIMALS} decimals`,
    }),
    capitals: layer(capitals, {
      inputs: [],
      method: 'Coordinates and ids as GeoNames gives them: Nouakchott 2377450 (Wikidata Q3688), Bamako 2460596 (Wikidata Q3703)',
    }),
    places: [
      ...ARTICLE_COUNTRIES.map((c) => countryPlace(c, inputs, c.isoA2 === 'RU' ? countryByIso(world, 'RU') : countryByIso(countriesRegion, c.isoA2))),
      ...CAPITALS.map(
        (c): Place => ({
          id: c.placeId,
          kind: 'city',
          name: { fr: c.nameFr, en: c.nameEn },
          iso: c.isoA2,
          geonamesId: c.geonamesId,
          wikidataId: c.wikidataId,
          lngLat: [...c.lngLat],
          bbox: null,
          geoPrecision: 1,
          coordSource: `GeoNames ${c.geonamesId}`,
        }),
      ),
      {
        id: BORDER_PLACE.placeId,
        kind: 'border',
        name: { fr: BORDER_PLACE.nameFr, en: BORDER_PLACE.nameEn },
        iso: null,
        countries: [...BORDER_PLACE.countries],
        geonamesId: null,
        wikidataId: null,
        lngLat: [roundNumber(midpoint[0] as number, REGION_DECIMALS), roundNumber(midpoint[1] as number, REGION_DECIMALS)],
        bbox: roundBbox(zoneBbox, REGION_DECIMALS),
        geoPrecision: 3,
        coordSource: `lngLat: halfway along the border line (geo/border-ml-mr.geojson, Natural Earth 1:10m via world-atlas ${inputs.versions.worldAtlas}); bbox: the ${BORDER_ZONE_WIDTH_KM} km border zone (geo/border-zone.geojson)`,
      } satisfies Place,
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

function atlasInput(inputs: GeoInputs, file: string, source: string): ProvenanceInput {
  return { package: 'world-atlas', version: inputs.versions.worldAtlas, file, source, licence: 'Natural Earth: public domain; world-atlas packaging: ISC' };
}

function layer<G extends Feature['geometry'], P>(features: Feature<NonNullable<G>, P>[], provenance: Omit<Provenance, 'script' | 'command'>): Layer<G, P> {
  return { type: 'FeatureCollection', features, provenance: { script: GEO_SCRIPT, command: GEO_COMMAND, ...provenance } };
}

/** Rounding first, then winding: rounding can flip a tiny ring, rewinding last guarantees RFC 7946. */
function finish<T extends Feature | FeatureCollection>(geojson: T, decimals: number): T {
  return rewindRfc7946(roundCoordinates(geojson, decimals));
}

function countryByIso(countries: FeatureCollection<Polygon | MultiPolygon, CountryFeature['properties']>, isoA2: string): CountryFeature {
  const country = countries.features.find((f) => f.properties.iso_a2 === isoA2);
  if (!country) throw new Error(`deriveGeoLayers: no country with iso_a2 '${isoA2}' in the layer`);
  return country;
}

function countryPlace(spec: (typeof ARTICLE_COUNTRIES)[number], inputs: GeoInputs, polygon: CountryFeature): Place {
  const record = inputs.countryRecords.find((r) => r.cca2 === spec.isoA2);
  if (!record) throw new Error(`deriveGeoLayers: world-countries has no record '${spec.isoA2}'`);
  // world-countries writes latlng as [lat, lng]; places are [lng, lat].
  const [lat, lng] = record.latlng as [number, number];
  const layerFile = spec.isoA2 === 'RU' ? 'geo/world-110m.geojson' : 'geo/countries-region.geojson';
  return {
    id: polygon.properties.place_id,
    kind: 'country',
    name: { fr: polygon.properties.name_fr, en: polygon.properties.name_en },
    iso: spec.isoA2,
    geonamesId: spec.geonamesId,
    wikidataId: spec.wikidataId,
    lngLat: [lng, lat],
    bbox: roundBbox(geojsonBbox(polygon), REGION_DECIMALS),
    geoPrecision: 3,
    coordSource: `lngLat: world-countries ${inputs.versions.worldCountries} latlng (approximate centre); bbox: the polygon in ${layerFile}`,
  };
}

function roundBbox(bbox: Bbox, decimals: number): Bbox {
  return bbox.map((n) => roundNumber(n, decimals)) as Bbox;
}
