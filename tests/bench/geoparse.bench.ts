/**
 * Geoparser speed: gazetteer load, the seed article warm, and throughput on a
 * corpus of at least 1 MB made by repeating the development set.
 * Run: node_modules/.bin/vitest bench --run tests/bench/geoparse.bench.ts
 * Targets: load ≤ 100 ms, seed ≤ 2 ms, ≥ 2 MB/s (1 MB in ≤ 500 ms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import gazetteerJson from '../../data/gazetteer/gazetteer.json';
import { createGazetteer } from '../../src/core/gazetteer/create-gazetteer';
import { createGeoparser } from '../../src/core/geoparse/create-geoparser';

const seed = readFileSync('tests/fixtures/seed/article.fr.txt', 'utf8');
const devset = readdirSync('tests/fixtures/devset')
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(`tests/fixtures/devset/${file}`, 'utf8'))
  .join('\n\n');
const corpusParts: string[] = [];
let corpusBytes = 0;
while (corpusBytes < 1_048_576) {
  corpusParts.push(devset);
  corpusBytes += Buffer.byteLength(devset) + 2;
}
const corpus = corpusParts.join('\n\n');
const geoparser = createGeoparser(createGazetteer(gazetteerJson));
console.log(`corpus: ${Buffer.byteLength(corpus)} bytes of UTF-8 (${corpus.length} UTF-16 code units)`);

describe('gazetteer', () => {
  bench('load: validate the JSON and build the gazetteer and its name matcher', () => {
    createGeoparser(createGazetteer(gazetteerJson));
  });
});

describe('geoparse', () => {
  bench('seed article (2 KB), warm', () => {
    geoparser.parse(seed);
  });

  bench(`corpus of ${(Buffer.byteLength(corpus) / 1_048_576).toFixed(2)} MiB from the devset`, () => {
    geoparser.parse(corpus);
  }, { iterations: 5, time: 0 });
});
