import { describe, expect, test } from 'vitest';
import { drawIncidentIcon, incidentShape } from '../../../src/map/incident-icons';

const alphaAt = (data: Uint8ClampedArray, size: number, x: number, y: number) => data[(y * size + x) * 4 + 3];

describe('incident icons', () => {
  test('gives violence against civilians a triangle and strategic developments a diamond', () => {
    expect(incidentShape('Violence against civilians')).toBe('triangle');
    expect(incidentShape('Strategic developments')).toBe('diamond');
    expect(incidentShape('Something new')).toBe('circle');
  });
  test('fills the centre with the colour and leaves the corners transparent', () => {
    const size = 22;
    const data = drawIncidentIcon('diamond', size, [106, 61, 154]);
    const centre = (11 * size + 11) * 4;
    expect([...data.slice(centre, centre + 4)]).toEqual([106, 61, 154, 255]);
    expect(alphaAt(data, size, 0, 0)).toBe(0);
    expect(alphaAt(data, size, size - 1, size - 1)).toBe(0);
  });
  test('a triangle is wider at its base than at its apex', () => {
    const size = 22;
    const data = drawIncidentIcon('triangle', size, [0, 0, 0]);
    const width = (y: number) => Array.from({ length: size }, (_, x) => alphaAt(data, size, x, y)).filter((a) => a === 255).length;
    expect(width(17)).toBeGreaterThan(width(3));
  });
});
