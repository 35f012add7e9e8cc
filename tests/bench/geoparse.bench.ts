/**
 * Geoparser speed: gazetteer load, the seed article warm, and how time
 * grows with the input: 0.25, 1, 4 and 16 M characters made by repeating the development set,
 * each beside plain matching over the same names (fold the text and scan it once with the name
 * matcher's trie: no resolution, no context). Plain matching is linear, so the geoparser's time
 * divided by the baseline's should stay about the same at every size; a ratio that grows with
 * the size means something quadratic came back.
 * Run: node_modules/.bin/vitest bench --run tests/bench/geoparse.bench.ts
 * Targets: load ≤ 100 ms, seed ≤ 2 ms, ≥ 2 MB/s (1 MB in ≤ 500 ms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import gazetteerJson from '../../data/gazetteer/gazetteer.json';
import { createGazetteer } from '../../src/core/gazetteer/create-gazetteer';
import { foldText } from '../../src/core/gazetteer/fold-text';
import { createGeoparser } from '../../src/core/geoparse/create-geoparser';
import { createNameMatcher } from '../../src/core/geoparse/name-matcher';

const seed = readFileSync('tests/fixtures/seed/article.fr.txt', 'utf8');
const devset = readdirSync('tests/fixtures/devset')
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(`tests/fixtures/devset/${file}`, 'utf8'))
  .join('\n\n');
const gazetteer = createGazetteer(gazetteerJson);
const geoparser = createGeoparser(gazetteer);
const matcher = createNameMatcher(gazetteer);

/** `characters` UTF-16 code units of the devset repeated, cut at a paragraph break. */
function corpusOf(characters: number): string {
  const copies = Math.ceil(characters / (devset.length + 2));
  const text = Array.from({ length: copies }, () => devset).join('\n\n');
  const cut = text.lastIndexOf('\n', characters);
  return text.slice(0, cut > 0 ? cut : characters);
}

describe('gazetteer', () => {
  bench('load: validate the JSON and build the gazetteer and its name matcher', () => {
    createGeoparser(createGazetteer(gazetteerJson));
  });
});

describe('geoparse', () => {
  bench('seed article (2 KB), warm', () => {
    geoparser.parse(seed);
  });
});

// One describe per size so the report puts the geoparser and the baseline side by side. The
// larger sizes run once or twice: the point is the growth, and 16 M takes seconds.
const SIZES: Array<[label: string, characters: number, iterations: number]> = [
  ['0.25 M', 250_000, 5],
  ['1 M', 1_000_000, 3],
  ['4 M', 4_000_000, 2],
  ['16 M', 16_000_000, 1],
];
for (const [label, characters, iterations] of SIZES) {
  describe(`${label} characters`, () => {
    let corpus = '';
    const options = { iterations, time: 0, warmupIterations: 0, warmupTime: 0, setup: () => void (corpus ||= corpusOf(characters)) };
    bench(`geoparser, ${label} characters`, () => {
      geoparser.parse(corpus);
    }, options);
    bench(`plain matching (fold + one trie scan), ${label} characters`, () => {
      matcher.scan(corpus, foldText(corpus));
    }, options);
  });
}
