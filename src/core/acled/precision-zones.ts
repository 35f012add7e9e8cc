/**
 * How far from its coordinates an ACLED event may have happened, by `geo_precision`, and the
 * zone drawn for it. ACLED gives one coordinate pair for every event, but its precision code
 * says what the pair stands for, so a precision 2 or 3 event is a disc, never a pin:
 *
 * | geo_precision | ACLED's meaning | radius | drawn as |
 * |---|---|---|---|
 * | 1 | the town itself | 0 km | a point |
 * | 2 | near a town, or a small area: ACLED takes the nearest town's coordinates | 25 km | a disc |
 * | 3 | only a larger region is known: ACLED takes the region's (admin1/admin2) coordinates | 100 km | a disc |
 *
 * 25 km is the reach of "near" for a town in the Sahel (a day's walk, a district); 100 km is the
 * radius of a disc about the size of a mid-sized admin2 cercle or moughataa. They are display and
 * matching conventions, not ACLED's: ACLED publishes no radius. No openly licensed admin-1 layer
 * exists for Mali and Mauritania (see DESIGN.md), so a precision 3 event is a disc around its
 * coordinates, not its region's polygon.
 */
import { circle } from '@turf/turf';
import type { Point, Polygon } from 'geojson';
import type { GeoPrecision } from '../types';
import { rewindRfc7946 } from '../geo/rewind-rfc7946';
import { roundCoordinates } from '../geo/round-coordinates';

export const UNCERTAINTY_RADIUS_KM: Readonly<Record<GeoPrecision, number>> = { 1: 0, 2: 25, 3: 100 };

/** Vertices of a drawn disc: 32 keeps a 100 km disc within 0.5 % of its radius, at 33 positions a zone. */
export const ZONE_STEPS = 32;

/** The radius in km for a `geo_precision` (an unknown code counts as the least precise). */
export function uncertaintyRadiusKm(geoPrecision: number): number {
  return UNCERTAINTY_RADIUS_KM[geoPrecision as GeoPrecision] ?? UNCERTAINTY_RADIUS_KM[3];
}

/**
 * The geometry drawn for an event at `[lng, lat]`: the point itself at precision 1, else a disc of
 * the precision's radius (RFC 7946: counter-clockwise, 6 decimals).
 */
export function precisionZone(lng: number, lat: number, geoPrecision: number): Point | Polygon {
  const radius = uncertaintyRadiusKm(geoPrecision);
  if (radius === 0) return { type: 'Point', coordinates: [round6(lng), round6(lat)] };
  const disc = circle([lng, lat], radius, { units: 'kilometers', steps: ZONE_STEPS }).geometry;
  return roundCoordinates(rewindRfc7946(disc), 6) as Polygon;
}

/**
 * For a map that draws discs as circles rather than polygons: the circle radius in pixels at zoom
 * 0 (512-pixel tiles, Web Mercator) of a `radiusKm` disc at latitude `lat`. The radius at zoom z
 * is this times 2^z, which an exponential (base 2) zoom interpolation of circle-radius gives.
 */
export function zoneRadiusPixelsAtZoom0(radiusKm: number, lat: number): number {
  const metresPerPixelAtZoom0 = (2 * Math.PI * 6_378_137 * Math.cos((lat * Math.PI) / 180)) / 512;
  return (radiusKm * 1000) / metresPerPixelAtZoom0;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * How far beyond its drawn geometry an incident may lie, in km: an ACLED feature's own
 * `uncertainty_km`; for an article's incident placed at a point, the radius of its geo_precision;
 * for one drawn as a zone (the border zone), 0, since the zone itself is the extent.
 */
export function incidentUncertaintyKm(feature: { geometry: { type: string } | null; properties: { geo_precision: number } }): number {
  const own = (feature.properties as { uncertainty_km?: unknown }).uncertainty_km;
  if (typeof own === 'number' && Number.isFinite(own)) return own;
  if (feature.geometry?.type === 'Point' || feature.geometry?.type === 'MultiPoint') return uncertaintyRadiusKm(feature.properties.geo_precision);
  return 0;
}
