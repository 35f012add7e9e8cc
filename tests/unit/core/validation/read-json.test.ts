import { describe, expect, test } from 'vitest';
import { readJson } from '../../../../src/core/validation/read-json';
import { MAX_JSON_DEPTH } from '../../../../src/core/validation/limits';

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('readJson holds the nesting depth to the limit', () => {
  test('a file exactly at the limit is read', () => {
    const read = readJson('a.json', nested(MAX_JSON_DEPTH), 'en');
    expect(read.ok).toBe(true);
  });

  test('one level more is refused, where the first bracket too deep stands', () => {
    const read = readJson('a.json', `{"a":\n${nested(MAX_JSON_DEPTH)}}`, 'en');
    expect(read).toMatchObject({ ok: false, problem: { file: 'a.json', field: `line 2, column ${MAX_JSON_DEPTH}`, message: expect.stringMatching(/more than 64 levels deep/) } });
  });

  test('deep objects count as deep arrays do', () => {
    const read = readJson('a.geojson', `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`, 'fr');
    expect(read).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/plus de 64 niveaux/) } });
  });

  test('deep where a reviver runs (a __proto__ key) is refused before it could overflow the stack', () => {
    const read = readJson('a.json', `{"__proto__": 1, "a": ${nested(5000)}}`, 'en');
    expect(read).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/levels deep/) } });
  });

  test('a file both too deep and cut short is told it is too deep', () => {
    const read = readJson('a.json', '['.repeat(200), 'en');
    expect(read).toMatchObject({ ok: false, problem: { field: `line 1, column ${MAX_JSON_DEPTH + 1}`, message: expect.stringMatching(/levels deep/) } });
  });

  test('wide but shallow data is read whatever its size', () => {
    const read = readJson('a.json', JSON.stringify({ coordinates: Array.from({ length: 20_000 }, (_, i) => [[i, i]]) }), 'en');
    expect(read.ok).toBe(true);
  });
});
