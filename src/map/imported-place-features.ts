/**
 * The places of the analyst's imported layers as the map draws them: one point each (a polygon's
 * centre of mass, since a reference place is a label, not a claim of extent), named, in one muted
 * colour so they never pass for the article's own places.
 */
import { centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';

const IMPORTED_PLACE_COLOR = '#6b6455';

export function importedPlaceFeatures(layers: ReadonlyArray<{ features: ReadonlyArray<Feature<Geometry | null, Record<string, unknown>>> }>): FeatureCollection<Point> {
  const features: Array<Feature<Point>> = [];
  for (const layer of layers) {
    for (const feature of layer.features) {
      if (!feature.geometry) continue;
      const point = feature.geometry.type === 'Point' ? feature.geometry : centerOfMass(feature as Feature<Geometry>).geometry;
      const props = feature.properties ?? {};
      const name = [props.name, props.name_fr, props.name_en, props.title, props.label, feature.id].find((value) => typeof value === 'string' || typeof value === 'number');
      features.push({ type: 'Feature', geometry: point, properties: { name: String(name ?? ''), color: IMPORTED_PLACE_COLOR, geo_precision: 1 } });
    }
  }
  return { type: 'FeatureCollection', features };
}
