import { describe, expect, it } from 'vitest';
import { roundNumber, stableStringify } from '../../../../src/core/geo/stable-stringify';

describe('stableStringify', () => {
  it('gives the same bytes whatever order the keys were inserted in', () => {
    expect(stableStringify({ b: 1, a: { d: 2, c: 3 } })).toBe(stableStringify({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('sorts keys at every depth', () => {
    expect(stableStringify({ z: { y: 1, x: 2 }, a: 0 })).toBe('{\n  "a": 0,\n  "z": {\n    "x": 2,\n    "y": 1\n  }\n}\n');
  });

  it('ends with exactly one newline', () => {
    expect(stableStringify([1])).toMatch(/[^\n]\n$/);
  });

  it('rounds every non-integer number to maxDecimals', () => {
    expect(stableStringify({ length_km: 2174.12449158, coords: [-12.263522635226337, 14.7756] }, { maxDecimals: 6 })).toBe(
      '{\n  "coords": [-12.263523,14.7756],\n  "length_km": 2174.124492\n}\n',
    );
  });

  it('keeps a line of positions on one line', () => {
    expect(stableStringify({ coordinates: [[0, 0], [1, 1]] })).toBe('{\n  "coordinates": [[0,0],[1,1]]\n}\n');
  });

  it('drops undefined members as JSON does', () => {
    expect(stableStringify({ a: undefined, b: null })).toBe('{\n  "b": null\n}\n');
  });

  it('writes negative zero as 0', () => {
    expect(stableStringify([-0.0000001], { maxDecimals: 6 })).toBe('[0]\n');
  });

  it('refuses NaN, which JSON cannot hold', () => {
    expect(() => stableStringify({ lat: Number.NaN })).toThrow(/not valid JSON/);
  });

  it('parses back to the same value', () => {
    const value = { type: 'Feature', properties: { name_fr: 'Frontière', n: 3 }, geometry: { type: 'Point', coordinates: [-15.9785, 18.0858] } };
    expect(JSON.parse(stableStringify(value))).toEqual(value);
  });
});

describe('roundNumber', () => {
  it('prints with no more decimals than asked', () => {
    expect(String(roundNumber(0.1 + 0.2, 6))).toBe('0.3');
  });
});
