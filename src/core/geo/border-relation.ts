/**
 * Where an incident lies relative to the Mali–Mauritania border: on which side (inside Mali,
 * inside Mauritania, astride the line, elsewhere) and how far from the line, in km. Data only:
 * the sentence on the card (« à 38 km de la frontière, côté mauritanien ») is the interface's.
 *
 * Fast enough for 100,000 incidents: the border line's segments and the country rings are flattened
 * into typed arrays once. A point's nearest point on the line is found by scanning the segments in
 * a local flat projection (skipping any whose bounding box is already farther than the best so
 * far), and the distance to it measured on the sphere with Turf's `distance`. Point in
 * country is an even-odd ray test over only the edges of the point's latitude band.
 *
 * A zone's distance is the nearest of its area: a disc of radius r around a point d km from the
 * line is max(0, d − r) away, and astride when d ≤ r; a polygon or line that crosses or touches the
 * line is astride at 0 km.
 */
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export type BorderSide = 'mali' | 'mauritania' | 'astride' | 'elsewhere' | 'unlocated';

export interface BorderRelationResult {
  side: BorderSide;
  /** Distance in km from the nearest part of the incident to the border line; 0 when it touches; null when unlocated. */
  distanceKm: number | null;
}

export interface BorderLayers {
  border: LineString | MultiLineString | Feature<LineString | MultiLineString, unknown>;
  mali: Polygon | MultiPolygon | Feature<Polygon | MultiPolygon, unknown>;
  mauritania: Polygon | MultiPolygon | Feature<Polygon | MultiPolygon, unknown>;
}

export interface BorderRelation {
  /** A point, or a disc of `radiusKm` around it (an ACLED precision zone). */
  relatePoint(lng: number, lat: number, radiusKm?: number): BorderRelationResult;
  /** Any incident geometry; `radiusKm` widens it by that much (0 for a shape that is its own extent). */
  relate(geometry: Geometry | null, radiusKm?: number): BorderRelationResult;
  /** km from the point to the border line. */
  distanceKm(lng: number, lat: number): number;
  /** Which country holds the point (of the two), or elsewhere. */
  sideOfPoint(lng: number, lat: number): 'mali' | 'mauritania' | 'elsewhere';
}

/** The two countries and the border line from the project's layers (`geo/countries-region.geojson`, `geo/border-ml-mr.geojson`). */
export function borderLayersFrom(countries: FeatureCollection<Geometry | null, { place_id?: string } | null>, border: FeatureCollection<Geometry | null, unknown>): BorderLayers {
  const country = (placeId: string) => {
    const found = countries.features.find((f) => f.properties?.place_id === placeId);
    if (!found?.geometry || (found.geometry.type !== 'Polygon' && found.geometry.type !== 'MultiPolygon')) throw new Error(`borderLayersFrom: the countries layer has no polygon with place_id "${placeId}".`);
    return found.geometry;
  };
  const line = border.features.find((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString');
  if (!line?.geometry) throw new Error('borderLayersFrom: the border layer has no line.');
  return { border: line.geometry as LineString | MultiLineString, mali: country('mali'), mauritania: country('mauritania') };
}

/**
 * The rule for words: no decimals, since the border line (Natural Earth 1:10m) is good to about a
 * kilometre; under 100 km to the kilometre, beyond that to 10 km. 0 reads « on the border ».
 * @example roundDistanceKm(37.6) // 38
 * @example roundDistanceKm(263.4) // 260
 */
export function roundDistanceKm(km: number | null): number | null {
  if (km === null || !Number.isFinite(km)) return null;
  if (km < 100) return Math.round(km);
  return Math.round(km / 10) * 10;
}

export function createBorderRelation(layers: BorderLayers): BorderRelation {
  const line = createSegmentSet(linesOf(geometryOf(layers.border)));
  const mali = createPolygonTest(geometryOf(layers.mali));
  const mauritania = createPolygonTest(geometryOf(layers.mauritania));
  const borderVertices = linesOf(geometryOf(layers.border)).flat();

  const sideOfPoint = (lng: number, lat: number) => (mali.contains(lng, lat) ? 'mali' : mauritania.contains(lng, lat) ? 'mauritania' : 'elsewhere');

  const relatePoint = (lng: number, lat: number, radiusKm = 0): BorderRelationResult => {
    const d = line.distanceKm(lng, lat);
    if (radiusKm > 0 && d <= radiusKm) return { side: 'astride', distanceKm: 0 };
    return { side: sideOfPoint(lng, lat), distanceKm: Math.max(0, d - radiusKm) };
  };

  const relate = (geometry: Geometry | null, radiusKm = 0): BorderRelationResult => {
    if (!geometry) return { side: 'unlocated', distanceKm: null };
    if (geometry.type === 'Point') return relatePoint(geometry.coordinates[0]!, geometry.coordinates[1]!, radiusKm);
    if (geometry.type === 'GeometryCollection') {
      const parts = geometry.geometries.map((g) => relate(g, radiusKm));
      return combine(parts);
    }
    const vertices = verticesOf(geometry);
    if (vertices.length === 0) return { side: 'unlocated', distanceKm: null };
    const sides = new Set<string>();
    let nearest = Infinity;
    for (const [lng, lat] of vertices) {
      sides.add(sideOfPoint(lng!, lat!));
      nearest = Math.min(nearest, line.distanceKm(lng!, lat!));
    }
    let touches = sides.has('mali') && sides.has('mauritania');
    if (!touches && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
      // A polygon may hold part of the line without a vertex on each side of it.
      const shape = createPolygonTest(geometry);
      const edges = createSegmentSet(ringsOf(geometry));
      for (const [lng, lat] of borderVertices) {
        if (shape.contains(lng!, lat!)) {
          touches = true;
          break;
        }
        nearest = Math.min(nearest, edges.distanceKm(lng!, lat!));
      }
    }
    if (touches || nearest <= radiusKm) return { side: 'astride', distanceKm: 0 };
    const side = sides.has('mali') ? 'mali' : sides.has('mauritania') ? 'mauritania' : 'elsewhere';
    return { side, distanceKm: Math.max(0, nearest - radiusKm) };
  };

  return { relatePoint, relate, distanceKm: (lng, lat) => line.distanceKm(lng, lat), sideOfPoint };
}

function combine(parts: BorderRelationResult[]): BorderRelationResult {
  const located = parts.filter((p) => p.side !== 'unlocated');
  if (located.length === 0) return { side: 'unlocated', distanceKm: null };
  const sides = new Set(located.map((p) => p.side));
  const distanceKm = Math.min(...located.map((p) => p.distanceKm ?? Infinity));
  if (sides.has('astride') || (sides.has('mali') && sides.has('mauritania'))) return { side: 'astride', distanceKm: 0 };
  return { side: sides.has('mali') ? 'mali' : sides.has('mauritania') ? 'mauritania' : 'elsewhere', distanceKm };
}

// --- shared low-level helpers (also used by incident matching) ---

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/** Segments of polylines as a flat array, for distance queries from many points. */
export interface SegmentSet {
  /** km from the point to the nearest segment (Infinity when there is none). */
  distanceKm(lng: number, lat: number): number;
}

export function createSegmentSet(lines: readonly Position[][]): SegmentSet {
  const coords: number[] = [];
  for (const l of lines) for (let i = 0; i + 1 < l.length; i += 1) coords.push(l[i]![0]!, l[i]![1]!, l[i + 1]![0]!, l[i + 1]![1]!);
  const seg = Float64Array.from(coords);
  const count = seg.length / 4;
  // Runs of CHUNK consecutive segments share a bounding box: a run farther than the second best
  // so far is skipped whole, so a query reads a few boxes and a few dozen segments, not all 300.
  const CHUNK = 16;
  const chunks = Math.ceil(count / CHUNK);
  const box = new Float64Array(chunks * 4);
  for (let c = 0; c < chunks; c += 1) {
    let [w, so, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let s = c * CHUNK; s < Math.min(count, (c + 1) * CHUNK); s += 1) {
      for (const k of [s * 4, s * 4 + 2]) {
        w = Math.min(w, seg[k]!);
        e = Math.max(e, seg[k]!);
        so = Math.min(so, seg[k + 1]!);
        n = Math.max(n, seg[k + 1]!);
      }
    }
    box.set([w, so, e, n], c * 4);
  }
  const bound = new Float64Array(chunks);
  return {
    distanceKm(lng, lat) {
      if (count === 0) return Infinity;
      const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
      let d1 = Infinity;
      let d2 = Infinity;
      let s1 = -1;
      let s2 = -1;
      let t1 = 0;
      let t2 = 0;
      // The run with the nearest box goes first, so the bound prunes the others from the start.
      let nearest = 0;
      for (let c = 0; c < chunks; c += 1) {
        const b = c * 4;
        const bx = Math.max(0, box[b]! - lng, lng - box[b + 2]!) * kx;
        const by = Math.max(0, box[b + 1]! - lat, lat - box[b + 3]!) * KM_PER_DEGREE;
        bound[c] = bx * bx + by * by;
        if (bound[c]! < bound[nearest]!) nearest = c;
      }
      for (let k = -1; k < chunks; k += 1) {
        const c = k < 0 ? nearest : k;
        if ((k >= 0 && c === nearest) || bound[c]! >= d2) continue;
        const last = Math.min(count, (c + 1) * CHUNK);
      for (let s = c * CHUNK; s < last; s += 1) {
        const o = s * 4;
        const x1 = (seg[o]! - lng) * kx;
        const y1 = (seg[o + 1]! - lat) * KM_PER_DEGREE;
        const x2 = (seg[o + 2]! - lng) * kx;
        const y2 = (seg[o + 3]! - lat) * KM_PER_DEGREE;
        // Bounding-box lower bound: skip a segment that cannot beat the second best.
        const bx = x1 > 0 && x2 > 0 ? Math.min(x1, x2) : x1 < 0 && x2 < 0 ? -Math.max(x1, x2) : 0;
        const by = y1 > 0 && y2 > 0 ? Math.min(y1, y2) : y1 < 0 && y2 < 0 ? -Math.max(y1, y2) : 0;
        if (bx * bx + by * by >= d2) continue;
        const dx = x2 - x1;
        const dy = y2 - y1;
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len));
        const px = x1 + t * dx;
        const py = y1 + t * dy;
        const d = px * px + py * py;
        if (d < d1) {
          [d2, s2, t2] = [d1, s1, t1];
          [d1, s1, t1] = [d, s, t];
        } else if (d < d2) {
          [d2, s2, t2] = [d, s, t];
        }
      }
      }
      // The flat projection (true to scale at the point's latitude) finds the nearest point of
      // the line; Turf measures the distance to it on the sphere. Near the minimum the distance
      // barely changes with the foot's position, so the projection's small error hardly shows.
      // The runner-up is measured too when the projection cannot tell the two apart.
      const foot = (s: number, t: number): number => {
        const o = s * 4;
        const footLng = seg[o]! + t * (seg[o + 2]! - seg[o]!);
        const footLat = seg[o + 1]! + t * (seg[o + 3]! - seg[o + 1]!);
        return distance([lng, lat], [footLng, footLat], { units: 'kilometers' });
      };
      let km = foot(s1, t1);
      if (s2 >= 0 && Math.sqrt(d2) - Math.sqrt(d1) <= 0.01 * Math.sqrt(d1) + 0.5) km = Math.min(km, foot(s2, t2));
      return km;
    },
  };
}

export interface PolygonTest {
  contains(lng: number, lat: number): boolean;
}

/** Even-odd point in polygon (holes and parts included), over the edges of the point's latitude band only. */
export function createPolygonTest(geometry: Polygon | MultiPolygon): PolygonTest {
  const edges: number[] = [];
  for (const ring of ringsOf(geometry)) for (let i = 0; i + 1 < ring.length; i += 1) edges.push(ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!);
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (let i = 0; i < edges.length; i += 2) {
    west = Math.min(west, edges[i]!);
    east = Math.max(east, edges[i]!);
    south = Math.min(south, edges[i + 1]!);
    north = Math.max(north, edges[i + 1]!);
  }
  const bandCount = 256;
  const bandHeight = (north - south) / bandCount || 1;
  const bands: number[][] = Array.from({ length: bandCount }, () => []);
  for (let e = 0; e < edges.length / 4; e += 1) {
    const y1 = edges[e * 4 + 1]!;
    const y2 = edges[e * 4 + 3]!;
    const first = Math.max(0, Math.floor((Math.min(y1, y2) - south) / bandHeight));
    const last = Math.min(bandCount - 1, Math.floor((Math.max(y1, y2) - south) / bandHeight));
    for (let b = first; b <= last; b += 1) bands[b]!.push(e);
  }
  const flatBands = bands.map((list) => Uint32Array.from(list));
  const flat = Float64Array.from(edges);
  return {
    contains(lng, lat) {
      if (lng < west || lng > east || lat < south || lat > north) return false;
      const band = flatBands[Math.min(bandCount - 1, Math.floor((lat - south) / bandHeight))]!;
      let inside = false;
      for (let k = 0; k < band.length; k += 1) {
        const o = band[k]! * 4;
        const x1 = flat[o]!;
        const y1 = flat[o + 1]!;
        const x2 = flat[o + 2]!;
        const y2 = flat[o + 3]!;
        if (y1 > lat !== y2 > lat && lng < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
      }
      return inside;
    },
  };
}

function geometryOf<G extends Geometry>(value: G | Feature<G, unknown>): G {
  return value.type === 'Feature' ? value.geometry : value;
}

function linesOf(geometry: LineString | MultiLineString): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function verticesOf(geometry: Exclude<Geometry, { type: 'GeometryCollection' }>): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}
