/**
 * Catches latitude and longitude written the wrong way round, which range checks miss whenever
 * both numbers are under 90 (Nouakchott at [18.0858, -15.9785] is a valid point in the Atlantic).
 * A place that claims a country must lie in that country: the country's bbox from
 * data/places.json, or its polygon from a countries layer when one is given.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { DataProblem } from '../dataset';
import type { LngLat, Place } from '../types';
import { SWAP_FIX } from './geojson-geometry-schema';

type CountryFeature = Feature<Polygon | MultiPolygon, { place_id: string; iso_a2?: string }>;

/**
 * Problems for places of `placesPath` whose point lies outside their country (the place of kind
 * 'country' with the same ISO code): by polygon when `countries` has it, else by bbox.
 */
export function checkPlacesInTheirCountry(placesPath: string, places: readonly Place[], countries: readonly CountryFeature[] = []): DataProblem[] {
  const countryByIso = new Map(places.filter((p) => p.kind === 'country' && p.iso).map((p) => [p.iso as string, p]));
  const problems: DataProblem[] = [];
  places.forEach((place, i) => {
    if (place.kind === 'country' || !place.iso || !place.lngLat) return;
    const country = countryByIso.get(place.iso);
    if (!country) return;
    const polygon = countries.find((f) => f.properties.place_id === country.id || f.properties.iso_a2 === place.iso);
    const isInside = (p: LngLat) => (polygon ? booleanPointInPolygon(p, polygon) : country.bbox ? insideBbox(p, country.bbox) : true);
    if (isInside(place.lngLat)) return;
    problems.push(swapProblem(placesPath, `[${i}].lngLat`, place.name.en, place.lngLat, country.name.en, isInside([place.lngLat[1], place.lngLat[0]])));
  });
  return problems;
}

/**
 * Problems for point features of a layer (`path`) outside the country they name through
 * `capital_of` (a country place id) or `iso_a2`, tested against the polygons of `countries`.
 */
export function checkPointsInTheirCountry(
  path: string,
  points: ReadonlyArray<Feature<Geometry, Record<string, unknown> | null>>,
  countries: readonly CountryFeature[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  points.forEach((feature, i) => {
    if (feature.geometry?.type !== 'Point' || !feature.properties) return;
    const { capital_of: capitalOf, iso_a2: iso, name_en: name } = feature.properties as { capital_of?: string; iso_a2?: string; name_en?: string };
    const country = countries.find((f) => (capitalOf && f.properties.place_id === capitalOf) || (iso && f.properties.iso_a2 === iso));
    if (!country) return;
    const point = feature.geometry.coordinates as LngLat;
    if (booleanPointInPolygon(point, country)) return;
    const swapped: LngLat = [point[1], point[0]];
    problems.push(swapProblem(path, `features[${i}].geometry.coordinates`, name ?? `feature ${i}`, point, country.properties.place_id, booleanPointInPolygon(swapped, country)));
  });
  return problems;
}

function swapProblem(file: string, field: string, name: string, point: LngLat, country: string, isSwappedInside: boolean): DataProblem {
  return {
    file,
    field,
    message: `${name} at [${point.join(', ')}] lies outside ${country}${isSwappedInside ? ', and read as [lat, lng] it would lie inside: latitude and longitude look swapped' : ''}.`,
    fix: isSwappedInside ? SWAP_FIX : `Check the coordinates against their source; ${name} should lie in ${country}.`,
  };
}

function insideBbox([x, y]: LngLat, [west, south, east, north]: [number, number, number, number]): boolean {
  const isInsideLng = west <= east ? x >= west && x <= east : x >= west || x <= east; // west > east: across the antimeridian
  return isInsideLng && y >= south && y <= north;
}
