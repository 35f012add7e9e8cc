import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorAnnotations } from '../../../src/core/annotations/anchor-annotation';
import { placeIdFromIri } from '../../../src/core/annotations/create-place-annotation';
import type { ArticleMeta, PlaceAnnotation } from '../../../src/core/types';
import { deriveSeedAnnotations } from '../../../data/scripts/derive-seed-annotations';
import { loadAnnotationMusts } from './w3c-annotation-suite';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const articleDir = 'data/articles/kessiya-2024-05-mali-mauritanie/';
const text = read(`${articleDir}text.txt`);
const meta = JSON.parse(read(`${articleDir}meta.json`)) as ArticleMeta;
const committed = read(`${articleDir}annotations.jsonld`);
const annotations = JSON.parse(committed) as PlaceAnnotation[];
const marks = JSON.parse(read('tests/fixtures/seed/article.fr.places.json')) as Array<{ start: number; end: number; surface: string; kind: string; place: string }>;

const EXPECTED_PLACE: Record<string, string> = {
  Mali: 'mali',
  Mauritania: 'mauritania',
  Russia: 'russia',
  Nouakchott: 'nouakchott',
  Bamako: 'bamako',
  'Mali–Mauritania border': 'border-ml-mr',
};

describe('the seed article’s annotations', () => {
  it('meet every MUST assertion of the W3C annotation test suite', () => {
    const { failedMusts } = loadAnnotationMusts();
    for (const annotation of annotations) expect(failedMusts(annotation), annotation.id).toEqual([]);
  });

  it('cover exactly the 22 marked mentions, in text order, and nothing else', () => {
    const spans = annotations.map((a) => [a.target.selector[1].start, a.target.selector[1].end]);
    expect(spans).toEqual(marks.map((m) => [m.start, m.end]));
    expect(annotations).toHaveLength(22);
  });

  it('link each mention to the place the reviewer marked (a nationality word to its country, a border phrase to the border)', () => {
    const placeIds = annotations.map((a) => placeIdFromIri(a.body.source));
    expect(placeIds).toEqual(marks.map((m) => EXPECTED_PLACE[m.place]));
    expect(annotations.map((a) => a['bb:mentionKind'])).toEqual(marks.map((m) => m.kind));
  });

  it('have position selectors whose slice of the text is the quote', () => {
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it('have a prefix and suffix equal to up to 32 code units around the quote', () => {
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      expect(text.slice(Math.max(0, position.start - 32), position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + 32)).toBe(quote.suffix);
    }
  });

  it('are numbered 1 to 22 in text order and carry the article’s sha256', () => {
    expect(annotations.map((a) => a.id)).toEqual(annotations.map((_, i) => `urn:border-brief:annotation:kessiya-2024-05-mali-mauritanie:${i + 1}`));
    for (const a of annotations) expect(a['bb:articleSha256']).toBe(meta.sha256);
  });

  it('all anchor by position in the unaltered text', () => {
    const { anchored, orphaned } = anchorAnnotations(annotations, text);
    expect(orphaned).toEqual([]);
    expect(anchored.every((a) => a.method === 'position')).toBe(true);
  });

  it('are byte for byte what derive-seed-annotations writes', async () => {
    expect(await deriveSeedAnnotations()).toBe(committed);
  });
});
