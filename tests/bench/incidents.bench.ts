/**
 * The incident coder's speed (`npm run bench`, never part of `npm test`): a 10 KB article warm
 * (target ≤ 20 ms), and 0.1, 0.5 and 1 MB of the dev-set articles repeated, to show linear growth.
 * The mentions come from the geoparser once, outside the timed part.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { bundledGazetteer } from '../../src/core/gazetteer/bundled-gazetteer';
import { toPlace } from '../../src/core/gazetteer/to-place';
import { createGeoparser } from '../../src/core/geoparse/create-geoparser';
import { codeIncidents } from '../../src/core/incidents/code-incidents';

const gazetteer = bundledGazetteer();
const geoparser = createGeoparser(gazetteer);
const places = new Map(gazetteer.places.map((p) => [p.id, toPlace(p)]));
const corpus = ['tests/fixtures/devset', 'tests/fixtures/incidents-devset/texts']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.fr.txt')).map((f) => readFileSync(`${dir}/${f}`, 'utf8')))
  .join('\n\n');

function input(bytes: number) {
  let text = corpus;
  while (new TextEncoder().encode(text).length < bytes) text += `\n\n${corpus}`;
  text = text.slice(0, bytes);
  const mentions = geoparser.parse(text, { language: 'fr' }).mentions.map((m, i) => ({ annotationId: `urn:border-brief:annotation:bench:${i + 1}`, start: m.start, end: m.end, kind: m.kind, placeId: m.placeId }));
  return { text, language: 'fr' as const, published: '2024-05-28', mentions, places, articleId: 'bench', outlet: 'Bench' };
}

describe('incident coder', () => {
  for (const [label, bytes] of [['10 KB', 10_000], ['0.1 MB', 100_000], ['0.5 MB', 500_000], ['1 MB', 1_000_000]] as const) {
    const prepared = input(bytes);
    codeIncidents(prepared); // warm
    bench(`${label} article`, () => void codeIncidents(prepared), { iterations: bytes > 100_000 ? 3 : 20, time: 0 });
  }
});
