/**
 * The border zone: the band of a given width either side of a border line, split by side. Each
 * side is the buffer of the line clipped to that side's country, so the Mali side never spills
 * into Mauritania (or Senegal, or Algeria) and the two sides meet exactly on the border.
 *
 * The width is a display convention, not a legal zone: see geo/README.md.
 */
import { buffer, featureCollection, intersect, simplify } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export interface BorderZoneSide {
  side: string; // what the caller calls this side, e.g. 'ML'
  country: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon;
}

export interface BorderZoneOptions {
  widthKm: number; // depth of the band on each side of the line, in kilometres
  steps?: number; // segments per quarter circle at the band's rounded ends
  simplifyToleranceDeg?: number; // simplifies the band's outer edge before clipping (0.005° is about 500 m); 0 keeps it as buffered
}

/**
 * Returns one feature per side, in the order given, with properties `{ side }`. A side whose
 * country does not touch the band gets a null geometry rather than disappearing.
 * @example borderZone(border, [{ side: 'ML', country: mali }, { side: 'MR', country: mauritania }], { widthKm: 50 })
 */
export function borderZone(
  border: Feature<LineString | MultiLineString> | LineString | MultiLineString,
  sides: readonly BorderZoneSide[],
  options: BorderZoneOptions,
): Feature<Polygon | MultiPolygon | null, { side: string }>[] {
  const { widthKm, steps = 8, simplifyToleranceDeg = 0 } = options;
  if (!(widthKm > 0)) throw new RangeError(`borderZone: widthKm must be a positive number of kilometres, got ${widthKm}`);
  if (!(simplifyToleranceDeg >= 0)) throw new RangeError(`borderZone: simplifyToleranceDeg must be ≥ 0, got ${simplifyToleranceDeg}`);
  const band = buffer(border, widthKm, { units: 'kilometers', steps });
  if (!band) throw new Error('borderZone: the border line could not be buffered (is it empty?)');
  // Simplifying the band before clipping moves only its outer edge: the edge along the border
  // comes from the country polygon, so it stays exactly on the border line.
  const outline = simplifyToleranceDeg > 0 ? simplify(band, { tolerance: simplifyToleranceDeg, highQuality: true }) : band;
  return sides.map(({ side, country }) => {
    const countryFeature: Feature<Polygon | MultiPolygon> = country.type === 'Feature' ? country : { type: 'Feature', properties: {}, geometry: country };
    const clipped = intersect(featureCollection<Polygon | MultiPolygon>([outline, countryFeature]));
    return { type: 'Feature', properties: { side }, geometry: clipped ? clipped.geometry : null };
  });
}
