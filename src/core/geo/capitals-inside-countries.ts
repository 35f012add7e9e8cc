/**
 * A sanity check for place data: each capital must fall inside the polygon of its own country.
 * It catches the classic data-entry slip of swapped latitude and longitude (Nouakchott at
 * 15.9785 E, 18.0858 S lands in Angola... or in the sea) before it reaches the map. The loader
 * runs it on the committed layers; the geo tests run it on the derived ones.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LngLat } from '../types';

export interface CapitalOffender {
  placeId: string;
  isoA2: string;
  lngLat: LngLat;
  reason: 'outside-country' | 'country-missing';
}

/**
 * Returns the capitals that do not lie inside the country whose `iso_a2` they carry (an empty
 * array when all is well). A capital whose country is not in `countries` is an offender too.
 */
export function capitalsInsideCountries(
  capitals: FeatureCollection<Point, { place_id: string; iso_a2: string }>,
  countries: FeatureCollection<Polygon | MultiPolygon, { iso_a2: string | null }>,
): CapitalOffender[] {
  const offenders: CapitalOffender[] = [];
  for (const capital of capitals.features) {
    const { place_id: placeId, iso_a2: isoA2 } = capital.properties;
    const [lng, lat] = capital.geometry.coordinates as LngLat;
    const country = countries.features.find((f) => f.properties.iso_a2 === isoA2);
    if (!country) {
      offenders.push({ placeId, isoA2, lngLat: [lng, lat], reason: 'country-missing' });
    } else if (!booleanPointInPolygon([lng, lat], country)) {
      offenders.push({ placeId, isoA2, lngLat: [lng, lat], reason: 'outside-country' });
    }
  }
  return offenders;
}
