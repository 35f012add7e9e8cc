import { length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { sharedBorder, sharedBorderArcs } from '../../../../src/core/geo/shared-border';
import { loadAtlas } from './helpers';
import { tinyTopology } from './tiny-topology';

describe('sharedBorder', () => {
  it('returns the edge two features share, as one LineString', () => {
    expect(sharedBorder(tinyTopology, '001', '002').geometry).toEqual({ type: 'LineString', coordinates: [[1, 0], [1, 1]] });
  });

  it('gives the same line whichever id comes first', () => {
    expect(sharedBorder(tinyTopology, '002', '001').geometry).toEqual(sharedBorder(tinyTopology, '001', '002').geometry);
  });

  it('copes with features that have no id', () => {
    expect(sharedBorderArcs(tinyTopology, '001', '002')).toEqual([0]);
  });

  it('refuses an id written without its leading zeros', () => {
    expect(() => sharedBorder(tinyTopology, '1', '002')).toThrow(/no feature with id '1'.*leading zeros/);
  });

  it('refuses two features that share no edge', () => {
    expect(() => sharedBorder(tinyTopology, '001', '004')).toThrow(/share no edge/);
  });

  it('refuses the same id twice', () => {
    expect(() => sharedBorder(tinyTopology, '001', '001')).toThrow(/both '001'/);
  });

  it('measures the Mali–Mauritania border in Natural Earth 1:10m at 2,174 ± 20 km', () => {
    // The CIA World Factbook gives 2,237 km; the generalised 1:10m line is shorter (geo/README.md, Figures).
    const border = sharedBorder(loadAtlas('10m'), '466', '478');
    expect(length(border, { units: 'kilometers' })).toBeGreaterThan(2154);
    expect(length(border, { units: 'kilometers' })).toBeLessThan(2194);
  });
});
