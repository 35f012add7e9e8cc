import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnnotationsAgainstText } from '../../../../src/core/validation/check-annotations-against-text';
import type { ArticleMeta, PlaceAnnotation } from '../../../../src/core/types';

const root = new URL('../../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const dir = 'data/articles/kessiya-2024-05-mali-mauritanie/';
const annotations = JSON.parse(read(`${dir}annotations.jsonld`)) as PlaceAnnotation[];
const meta = JSON.parse(read(`${dir}meta.json`)) as ArticleMeta;
const changed = read('tests/fixtures/broken/text-quote-changed.txt');
const problems = checkAnnotationsAgainstText(`${dir}annotations.jsonld`, annotations, changed, meta);

describe('checkAnnotationsAgainstText', () => {
  it('finds nothing to report for the text the annotations were made on', () => {
    expect(checkAnnotationsAgainstText(`${dir}annotations.jsonld`, annotations, read(`${dir}text.txt`), meta)).toEqual([]);
  });

  it('reports every annotation whose quote moved, with where it re-anchors by quote', () => {
    const nouakchott = problems.find((p) => p.field === '[1].target.selector');
    expect(nouakchott?.message).toMatch(/re-anchors by quote at \[169, 179\) « Nouakchott »/);
  });

  it('orphans the annotation whose quote « Bamako » is gone, and says so', () => {
    const bamako = problems.find((p) => p.field === '[14].target.selector');
    expect(bamako?.message).toMatch(/« Bamako ».*orphaned/);
    expect(bamako?.fix).toMatch(/mark the mention again/);
  });

  it('never re-anchors an annotation on the words that replaced its quote', () => {
    expect(problems.some((p) => /re-anchors.*« Kayes »/.test(p.message))).toBe(false);
  });

  it('reports every one of the 22 annotations, since every offset shifted', () => {
    expect(problems).toHaveLength(22);
  });
});
