import { area, centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

type Props = { place_id: string; name_fr: string; name_en: string };

/**
 * One label point per country, at the centre of mass of its largest polygon, so a country
 * with islands or enclaves is labelled once, on its mainland.
 */
export function countryLabelPoints(countries: FeatureCollection<Polygon | MultiPolygon, Props>): FeatureCollection<Point, Props> {
  const features = countries.features.map((country): Feature<Point, Props> => {
    const polygon = largestPolygon(country.geometry);
    const point = centerOfMass(polygon);
    const { place_id, name_fr, name_en } = country.properties;
    return { type: 'Feature', geometry: point.geometry, properties: { place_id, name_fr, name_en } };
  });
  return { type: 'FeatureCollection', features };
}

function largestPolygon(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] };
  let bestSize = -1;
  for (const coordinates of geometry.coordinates) {
    const size = area({ type: 'Polygon', coordinates });
    if (size > bestSize) {
      best = { type: 'Polygon', coordinates };
      bestSize = size;
    }
  }
  return best;
}
