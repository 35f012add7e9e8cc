/**
 * Cuts polygons at the antimeridian for flat (Web Mercator) renderers. world-atlas keeps rings
 * that cross ±180° as one ring jumping from 180 to -180 (Russia's Chukotka, Fiji) and winds
 * Antarctica round the pole; d3 draws those on the sphere, but MapLibre draws the jump as a
 * band right across the world. Each such ring is unwrapped into continuous longitudes (a ring
 * round a pole is closed through the pole), clipped to 360°-wide windows and shifted back, so
 * the pieces meet on the ±180 meridian (RFC 7946 §3.1.9 asks for exactly this cut).
 */
import { bboxClip } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Returns `feature` with any polygon that crosses the antimeridian split into pieces within [-180, 180]. */
export function splitAntimeridian<P>(feature: Feature<Polygon | MultiPolygon, P>): Feature<Polygon | MultiPolygon, P> {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  if (!polygons.some((rings) => rings.some(hasJump))) return feature;
  const pieces = polygons.flatMap((rings) => (rings.some(hasJump) ? splitPolygon(rings) : [rings]));
  const geometry: Polygon | MultiPolygon = pieces.length === 1 && pieces[0] ? { type: 'Polygon', coordinates: pieces[0] } : { type: 'MultiPolygon', coordinates: pieces };
  return { ...feature, geometry };
}

function hasJump(ring: Position[]): boolean {
  return ring.some((p, i) => i > 0 && Math.abs((p[0] as number) - (ring[i - 1]![0] as number)) > 180);
}

function splitPolygon(rings: Position[][]): Position[][][] {
  const unwrapped = rings.map(unwrapRing);
  const lngs = unwrapped.flat().map((p) => p[0] as number);
  const west = lngs.reduce((a, b) => Math.min(a, b));
  const east = lngs.reduce((a, b) => Math.max(a, b));
  const pieces: Position[][][] = [];
  for (let k = Math.floor((west + 180) / 360); k * 360 - 180 < east; k++) {
    const offset = k * 360;
    const clipped = bboxClip({ type: 'Polygon', coordinates: unwrapped }, [offset - 180, -90, offset + 180, 90]).geometry.coordinates as Position[][];
    const rings = clipped.filter((ring) => ring.length >= 4).map((ring) => ring.map(([lng, lat]) => [(lng as number) - offset, lat as number]));
    if (rings.length > 0 && (rings[0]?.length ?? 0) >= 4) pieces.push(rings);
  }
  return pieces;
}

/** Makes longitudes continuous; a ring that winds round a pole comes back 360° away and is closed through that pole. */
function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  const out: Position[] = ring.map((p, i) => {
    if (i > 0) {
      const step = (p[0] as number) - (ring[i - 1]![0] as number);
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return [(p[0] as number) + offset, p[1] as number];
  });
  if (offset === 0) return out;
  const first = out[0] as Position;
  const last = out[out.length - 1] as Position;
  const meanLat = out.reduce((sum, p) => sum + (p[1] as number), 0) / out.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...out.slice(0, -1), last, [last[0] as number, pole], [first[0] as number, pole], first];
}
