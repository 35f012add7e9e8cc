import { describe, expect, test } from 'vitest';
import { drawIncidentIcon, incidentShape, INCIDENT_ICON_HALO } from '../../../src/map/incident-icons';

const alphaAt = (data: Uint8ClampedArray, size: number, x: number, y: number) => data[(y * size + x) * 4 + 3]!;

describe('incident icons', () => {
  test('gives violence against civilians a triangle and strategic developments a diamond', () => {
    expect(incidentShape('Violence against civilians')).toBe('triangle');
    expect(incidentShape('Strategic developments')).toBe('diamond');
    expect(incidentShape('Something new')).toBe('circle');
  });
  test('is a distance field: solid inside, 0.75 on the edge, fading 1/8 per pixel outside, empty in the corners', () => {
    const size = 26;
    const data = drawIncidentIcon('square', size);
    const c = (size - 1) / 2;
    expect(alphaAt(data, size, 13, 13)).toBe(255);
    const diamond = drawIncidentIcon('diamond', size);
    expect(alphaAt(diamond, size, 0, 0)).toBe(0);
    expect(alphaAt(diamond, size, size - 1, size - 1)).toBe(0);
    // Along the middle row, the square's edge lies 0.85 × radius from the centre.
    const radius = c - INCIDENT_ICON_HALO - 1;
    const edgeX = c + radius * 0.85;
    const alpha = (x: number) => alphaAt(data, size, x, 13) / 255;
    const x = Math.ceil(edgeX);
    expect(alpha(x)).toBeCloseTo(0.75 - (x - edgeX) / 8, 1);
    expect(alpha(x) - alpha(x + 1)).toBeCloseTo(1 / 8, 2);
    // The halo (drawn by the map down to 0.75 - halo/8) fits inside the image.
    expect(alphaAt(data, size, size - 1, 13) / 255).toBeLessThan(0.75 - INCIDENT_ICON_HALO / 8);
  });
  test('a triangle is wider at its base than at its apex', () => {
    const size = 26;
    const data = drawIncidentIcon('triangle', size);
    const width = (y: number) => Array.from({ length: size }, (_, x) => alphaAt(data, size, x, y)).filter((a) => a >= 191).length;
    expect(width(19)).toBeGreaterThan(width(6));
  });
});
