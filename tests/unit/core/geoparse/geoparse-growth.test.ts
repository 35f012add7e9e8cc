/**
 * The geoparser's work must grow in proportion to its input (issue 9: 16 M characters took
 * ~56 s where 1 M took 0.5 s). Wall-clock time is flaky on a shared machine, so this counts the
 * characters the geoparser's string operations read instead: every `charCodeAt`, and for
 * `indexOf`/`lastIndexOf`/`slice` the span they walk. A search that goes back to the start of the
 * text for each mention (what `lastIndexOf('!')` did in a text with no '!') makes the count grow
 * with the square of the input and fails here. Regex scans over the whole text are native and
 * uncounted, but they run once per text, not once per mention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { createGeoparser } from '../../../../src/core/geoparse/create-geoparser';

const geoparser = createGeoparser(bundledGazetteer());
const devset = readdirSync('tests/fixtures/devset')
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(`tests/fixtures/devset/${file}`, 'utf8'))
  .join('\n\n');
const repeated = (copies: number) => Array.from({ length: copies }, () => devset).join('\n\n');

const proto = String.prototype;
const originals = { charCodeAt: proto.charCodeAt, indexOf: proto.indexOf, lastIndexOf: proto.lastIndexOf, slice: proto.slice };
afterEach(() => Object.assign(proto, originals));

/** Characters read by the geoparser's string operations while parsing `text`. */
function charactersRead(text: string): number {
  let count = 0;
  proto.charCodeAt = function (this: string, index: number) {
    count += 1;
    return originals.charCodeAt.call(this, index);
  };
  proto.indexOf = function (this: string, search: string, from = 0) {
    const found = originals.indexOf.call(this, search, from);
    count += (found === -1 ? this.length : found) - Math.max(0, from);
    return found;
  };
  proto.lastIndexOf = function (this: string, search: string, from = Infinity) {
    const found = originals.lastIndexOf.call(this, search, from);
    count += Math.min(from, this.length) - Math.max(found, 0);
    return found;
  };
  proto.slice = function (this: string, start?: number, end?: number) {
    const result = originals.slice.call(this, start, end);
    count += result.length;
    return result;
  };
  try {
    geoparser.parse(text);
  } finally {
    Object.assign(proto, originals);
  }
  return count;
}

describe('geoparser: work grows linearly with the input', () => {
  it('reads about 16 times as many characters for a text 16 times as long', () => {
    const small = repeated(4);
    const large = repeated(64);
    const base = charactersRead(small);
    const grown = charactersRead(large);
    // Linear work gives a ratio of ~16 (a little more or less as passages join); quadratic, ~256.
    expect(grown / base).toBeGreaterThan(12);
    expect(grown / base).toBeLessThan(20);
  });

  it('finds in a repeated text the mentions of each copy, at each copy’s offsets', () => {
    const one = geoparser.parse(devset).mentions.map((m) => [m.start, m.end, m.surface]);
    const three = geoparser.parse(repeated(3)).mentions.map((m) => [m.start, m.end, m.surface]);
    const shifted = [0, 1, 2].flatMap((k) => one.map(([start, end, surface]) => [(start as number) + k * (devset.length + 2), (end as number) + k * (devset.length + 2), surface]));
    expect(three).toEqual(shifted);
  });
});
