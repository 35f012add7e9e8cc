/**
 * A topology a reviewer can check by eye: squares A ('001', x 0–1) and B ('002', x 1–2) share the
 * edge x = 1 (arc 0); an island with no id lies apart, as a few Natural Earth features do, and so does island D ('004').
 */
import type { Topology } from 'topojson-specification';
import { deepFreeze } from './helpers';

export const tinyTopology = deepFreeze({
  type: 'Topology',
  arcs: [
    [[1, 0], [1, 1]],
    [[1, 1], [0, 1], [0.5, 0.5], [0, 0], [1, 0]],
    [[1, 0], [2, 0], [2, 1], [1, 1]],
    [[5, 5], [6, 5], [6, 6], [5, 5]],
    [[8, 8], [9, 8], [9, 9], [8, 8]],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '001', properties: { name: 'A' }, arcs: [[0, 1]] },
        { type: 'Polygon', id: '002', properties: { name: 'B' }, arcs: [[2, -1]] },
        { type: 'Polygon', properties: { name: 'Island' }, arcs: [[3]] },
        { type: 'Polygon', id: '004', properties: { name: 'D' }, arcs: [[4]] },
      ],
    },
  },
} as Topology);
