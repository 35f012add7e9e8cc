import { describe, expect, it } from 'vitest';
import { metersPerPixel, scaleBar } from '../../../../src/core/views/map-scale';

describe('metersPerPixel', () => {
  it('is the equator over 512 px at zoom 0, and halves with each zoom level', () => {
    expect(metersPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
    expect(metersPerPixel(0, 5)).toBeCloseTo(metersPerPixel(0, 4) / 2, 6);
  });
  it('shrinks with the cosine of the latitude', () => {
    expect(metersPerPixel(60, 3)).toBeCloseTo(metersPerPixel(0, 3) / 2, 6);
  });
});

describe('scaleBar', () => {
  it('picks the longest 1, 2 or 5 × 10ⁿ that fits', () => {
    expect(scaleBar(1000, 120)).toEqual({ meters: 100_000, pixels: 100 });
    expect(scaleBar(1000, 99)).toEqual({ meters: 50_000, pixels: 50 });
    expect(scaleBar(1000, 250)).toEqual({ meters: 200_000, pixels: 200 });
    expect(scaleBar(3, 100).meters).toBe(200);
  });
});
