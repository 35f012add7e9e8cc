/**
 * The coder's work must grow in proportion to its input. Wall-clock time is flaky on a shared
 * machine, so this counts the characters its string operations walk (`slice`, `indexOf`,
 * `lastIndexOf`) and the elements its array scans visit (`filter`, `find`, `some`, `map`), as
 * geoparse-growth.test.ts does: a
 * search over every earlier incident or every mention for each new one (what grouping and the
 * evidence lookup once did) makes the count grow with the square of the text and fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { toPlace } from '../../../../src/core/gazetteer/to-place';
import { createGeoparser } from '../../../../src/core/geoparse/create-geoparser';
import { codeIncidents } from '../../../../src/core/incidents/code-incidents';

const gazetteer = bundledGazetteer();
const geoparser = createGeoparser(gazetteer);
const places = new Map(gazetteer.places.map((p) => [p.id, toPlace(p)]));
const corpus = readdirSync('tests/fixtures/incidents-devset/texts')
  .filter((f) => f.endsWith('.fr.txt'))
  .sort()
  .map((f) => readFileSync(`tests/fixtures/incidents-devset/texts/${f}`, 'utf8'))
  .join('\n\n');

const proto = String.prototype;
const originals = { indexOf: proto.indexOf, lastIndexOf: proto.lastIndexOf, slice: proto.slice };
const arrayProto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const scans = ['filter', 'find', 'some', 'map'] as const;
const arrayOriginals = Object.fromEntries(scans.map((name) => [name, arrayProto[name]!]));
afterEach(() => {
  Object.assign(proto, originals);
  Object.assign(arrayProto, arrayOriginals);
});

function charactersWalked(copies: number): number {
  const text = Array.from({ length: copies }, () => corpus).join('\n\n');
  const mentions = geoparser.parse(text, { language: 'fr' }).mentions.map((m, i) => ({ annotationId: `urn:border-brief:annotation:growth:${i + 1}`, start: m.start, end: m.end, kind: m.kind, placeId: m.placeId }));
  let count = 0;
  proto.slice = function (this: string, start?: number, end?: number) {
    const result = originals.slice.call(this, start, end);
    count += result.length + 1;
    return result;
  };
  proto.indexOf = function (this: string, search: string, from = 0) {
    const found = originals.indexOf.call(this, search, from);
    count += (found === -1 ? this.length : found) - Math.max(0, from) + 1;
    return found;
  };
  proto.lastIndexOf = function (this: string, search: string, from = Infinity) {
    const found = originals.lastIndexOf.call(this, search, from);
    count += Math.min(this.length, from) - Math.max(0, found) + 1;
    return found;
  };
  for (const name of scans) {
    arrayProto[name] = function (this: unknown[], ...args: unknown[]) {
      count += this.length + 1;
      return arrayOriginals[name]!.apply(this, args);
    };
  }
  const incidents = codeIncidents({ text, language: 'fr', published: '2024-05-28', mentions, places, articleId: 'growth', outlet: 'Growth' });
  Object.assign(proto, originals);
  Object.assign(arrayProto, arrayOriginals);
  expect(incidents.length).toBeGreaterThan(copies);
  return count;
}

describe('incident coder growth', () => {
  it('walks about four times the characters for four times the text', () => {
    const one = charactersWalked(4);
    const four = charactersWalked(16);
    expect(four / one).toBeLessThan(4.6);
  });
});
