/**
 * RFC 7946 geometry checks zod does not do by itself: every position is [lng, lat] within range
 * with at most 6 decimals, rings are closed with at least four positions, and exterior rings
 * run counter-clockwise. Problems carry the path down to the offending number.
 */
import * as z from 'zod';

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
// Depth of position nesting for each geometry type: a Point's coordinates are a position (0).
const DEPTH: Record<(typeof GEOMETRY_TYPES)[number], number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

export const SWAP_FIX = 'Check that the coordinates are [lng, lat], not [lat, lng].';

/** A GeoJSON geometry (GeometryCollection is not used by the project). */
export const geometrySchema = z
  .looseObject({
    type: z.enum(GEOMETRY_TYPES),
    coordinates: z.array(z.unknown()),
  })
  .check((ctx) => {
    const { type, coordinates } = ctx.value;
    checkNesting(coordinates, DEPTH[type], ['coordinates'], ctx.issues, ctx.value);
    if (type === 'Polygon') checkPolygon(coordinates, ['coordinates'], ctx.issues, ctx.value);
    if (type === 'MultiPolygon') coordinates.forEach((polygon, i) => Array.isArray(polygon) && checkPolygon(polygon, ['coordinates', i], ctx.issues, ctx.value));
  });

type Issues = Array<z.core.$ZodRawIssue>;
type Path = Array<string | number>;

/** The range and precision problems of one [lng, lat] position, as plain words. */
export function positionProblems(position: unknown): Array<{ index: number | null; message: string; fix: string }> {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return [{ index: null, message: `${JSON.stringify(position)} is not a position.`, fix: 'Write a position as [lng, lat] with two finite numbers.' }];
  }
  const [lng, lat] = position as [number, number];
  const problems: Array<{ index: number | null; message: string; fix: string }> = [];
  if (lng < -180 || lng > 180) problems.push({ index: 0, message: `longitude ${lng} is outside −180…180.`, fix: SWAP_FIX });
  if (lat < -90 || lat > 90) problems.push({ index: 1, message: `latitude ${lat} is outside −90…90.`, fix: SWAP_FIX });
  (position as number[]).forEach((n, i) => {
    if (decimals(n) > 6) problems.push({ index: i, message: `${n} has ${decimals(n)} decimals; RFC 7946 asks for at most 6 (about 10 cm).`, fix: 'Round coordinates to 6 decimals; precision is a property (geo_precision), not digits.' });
  });
  return problems;
}

// Runs once per position of every layer at start-up (tens of thousands): a sound position is
// passed with a few comparisons, and paths and messages are only built for a problem.
function checkNesting(value: unknown, depth: number, path: Path, issues: Issues, input: unknown): void {
  if (depth === 0) {
    if (isSoundPosition(value)) return;
    for (const p of positionProblems(value)) issues.push(issue(p.index === null ? path : [...path, p.index], p.message, p.fix, input));
    return;
  }
  if (!Array.isArray(value)) {
    issues.push(issue(path, 'should be an array of coordinates.', 'Nest the coordinates as RFC 7946 §3.1 describes for this geometry type.', input));
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const child: unknown = value[i];
    if (depth === 1 && isSoundPosition(child)) continue;
    checkNesting(child, depth - 1, [...path, i], issues, input);
  }
}

/** A [lng, lat] (or [lng, lat, z]) in range with at most 6 decimals: what positionProblems passes. */
function isSoundPosition(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return false;
  const [lng, lat] = value as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) return false;
  return value.every((n) => typeof n === 'number' && Number.isFinite(n) && hasAtMostSixDecimals(n));
}

// A number written with at most 6 decimals parses to the double nearest that decimal, which is
// also what rounding its millionths gives back; any other number differs.
function hasAtMostSixDecimals(n: number): boolean {
  return Math.round(n * 1e6) / 1e6 === n;
}

function checkPolygon(rings: unknown[], path: Path, issues: Issues, input: unknown): void {
  rings.forEach((ring, i) => {
    if (!Array.isArray(ring) || !ring.every(isPosition)) return; // reported by checkNesting
    if (ring.length < 4) {
      issues.push(issue([...path, i], `ring has ${ring.length} positions; a closed ring needs at least 4.`, 'Close the ring: repeat the first position at the end.', input));
      return;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      issues.push(issue([...path, i], 'ring is not closed: its last position differs from its first.', 'Repeat the first position at the end of the ring.', input));
    }
    const isClockwise = signedArea(ring as number[][]) < 0;
    if (i === 0 && isClockwise) issues.push(issue([...path, i], 'exterior ring runs clockwise; RFC 7946 §3.1.6 wants counter-clockwise.', 'Rewind the polygon (@turf/rewind, or the geo scripts’ rewindRfc7946).', input));
    if (i > 0 && !isClockwise) issues.push(issue([...path, i], 'hole runs counter-clockwise; RFC 7946 §3.1.6 wants clockwise.', 'Rewind the polygon (@turf/rewind, or the geo scripts’ rewindRfc7946).', input));
  });
}

function isPosition(value: unknown): value is number[] {
  return Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');
}

// Shoelace formula in degrees: positive for counter-clockwise rings.
function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const text = String(n);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0]?.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

function issue(path: Path, message: string, fix: string, input: unknown): z.core.$ZodRawIssue {
  return { code: 'custom', path, message, input, params: { fix } };
}
