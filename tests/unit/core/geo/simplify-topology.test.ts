import { describe, expect, it } from 'vitest';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeArcs, simplifyTopology } from '../../../../src/core/geo/simplify-topology';
import { deepFreeze } from './helpers';
import { tinyTopology } from './tiny-topology';

describe('simplifyTopology', () => {
  it('drops vertices closer to the line than the tolerance', () => {
    const simplified = simplifyTopology(tinyTopology, { toleranceDeg: 0.6 });
    expect(simplified.arcs[1]).toEqual([[1, 1], [0, 1], [0, 0], [1, 0]]);
  });

  it('leaves the arcs listed in keepArcs as they are', () => {
    const simplified = simplifyTopology(tinyTopology, { toleranceDeg: 0.6, keepArcs: [~1] });
    expect(simplified.arcs[1]).toEqual(tinyTopology.arcs[1]);
  });

  it('keeps a closed arc a ring of at least four positions', () => {
    const simplified = simplifyTopology(tinyTopology, { toleranceDeg: 10 });
    expect(simplified.arcs[3]).toHaveLength(4);
  });

  it('keeps neighbours on one shared edge', () => {
    const simplified = simplifyTopology(tinyTopology, { toleranceDeg: 0.6 });
    const countries = simplified.objects.countries as GeometryCollection;
    const innerEdges = mesh(simplified, countries, (a, b) => a !== b);
    expect(innerEdges.coordinates).toEqual([[[1, 0], [1, 1]]]);
  });

  it('undoes quantization and delta encoding', () => {
    const quantized = deepFreeze({
      type: 'Topology',
      transform: { scale: [0.5, 2], translate: [-10, 5] },
      arcs: [[[2, 1], [1, 1], [-3, 0]]],
      objects: {},
    } as Topology);
    expect(decodeArcs(quantized)).toEqual([[[-9, 7], [-8.5, 9], [-10, 9]]]);
  });
});
