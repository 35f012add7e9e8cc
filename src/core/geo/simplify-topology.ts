/**
 * Topology-preserving simplification: each arc of a TopoJSON topology is simplified once
 * (Douglas–Peucker, via Turf), so two neighbours that share an arc still share exactly the same
 * simplified edge — no slivers, no gaps between countries. Arcs listed in `keepArcs` (a border
 * drawn as its own layer) are kept as they are, so that layer and the countries coincide.
 *
 * The result carries absolute coordinates (no `transform`), ready for topojson's `feature` and `mesh`.
 */
import { lineString, simplify } from '@turf/turf';
import type { Position } from 'geojson';
import type { Arc, Topology } from 'topojson-specification';

export interface SimplifyTopologyOptions {
  toleranceDeg: number; // Douglas–Peucker tolerance in degrees (0.01° is about 1 km)
  keepArcs?: Iterable<number>; // arc indexes left untouched; `~i` (a reversed arc) is accepted too
}

/** Returns a new, unquantized topology whose arcs are simplified; `topology` is not changed. */
export function simplifyTopology<T extends Topology>(topology: T, options: SimplifyTopologyOptions): T {
  const { toleranceDeg } = options;
  if (!(toleranceDeg >= 0)) throw new RangeError(`simplifyTopology: toleranceDeg must be ≥ 0, got ${toleranceDeg}`);
  const keep = new Set([...(options.keepArcs ?? [])].map((i) => (i < 0 ? ~i : i)));
  const arcs = decodeArcs(topology).map((arc, i) => (keep.has(i) || toleranceDeg === 0 ? arc : simplifyArc(arc, toleranceDeg)));
  const { transform: _transform, ...rest } = topology;
  return { ...rest, arcs: arcs as Arc[] } as T;
}

/** The arcs of `topology` in absolute coordinates (undoing delta encoding and quantization). */
export function decodeArcs(topology: Topology): Position[][] {
  const transform = topology.transform;
  return topology.arcs.map((arc) => {
    if (!transform) return arc.map((p) => [p[0] as number, p[1] as number]);
    const [kx, ky] = transform.scale;
    const [dx, dy] = transform.translate;
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0] as number;
      y += p[1] as number;
      return [x * kx + dx, y * ky + dy];
    });
  });
}

function simplifyArc(arc: Position[], toleranceDeg: number): Position[] {
  if (arc.length <= 2) return arc;
  const simplified = simplify(lineString(arc), { tolerance: toleranceDeg, highQuality: true }).geometry.coordinates;
  const first = arc[0] as Position;
  const last = arc[arc.length - 1] as Position;
  const isClosed = first[0] === last[0] && first[1] === last[1];
  // A closed arc is a whole ring (an island): below 4 positions it would no longer be a ring, so keep it as drawn.
  if (isClosed && simplified.length < 4) return arc;
  return simplified;
}
