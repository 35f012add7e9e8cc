import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/core/article/sha256-hex';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { createGeoparser } from '../../../../src/core/geoparse/create-geoparser';
import { geoparseAnnotations } from '../../../../src/core/geoparse/geoparse-annotations';
import type { GeoparseMention } from '../../../../src/core/geoparse/geoparse-types';
import { mentionRecord } from '../../../../src/core/geoparse/mention-record';
import { placeAnnotationSchema } from '../../../../src/core/validation/data-schemas';

const geoparser = createGeoparser(bundledGazetteer());
const text = readFileSync('tests/fixtures/seed/article.fr.txt', 'utf8');

describe('geoparseAnnotations', () => {
  it('makes one proposed annotation per mention, by the geoparser, valid for the data schema', async () => {
    const result = geoparser.parse(text);
    const annotations = geoparseAnnotations(result.mentions, { articleId: 'kessiya-2024-05-mali-mauritanie', text, sha256: await sha256Hex(text), created: '2024-05-31T00:00:00Z', creator: geoparser.agent });
    expect(annotations).toHaveLength(22);
    expect(annotations[1]).toMatchObject({ id: 'urn:border-brief:annotation:kessiya-2024-05-mali-mauritanie:2', 'bb:status': 'proposed', creator: { type: 'Software' }, body: { source: 'urn:border-brief:place:nouakchott' } });
    for (const annotation of annotations) expect(placeAnnotationSchema.safeParse(annotation).success).toBe(true);
  });

  it('numbers the mentions in text order, whatever order they come in', async () => {
    const [first, second] = geoparser.parse(text).mentions as [GeoparseMention, GeoparseMention];
    const annotations = geoparseAnnotations([second, first], { articleId: 'a', text, sha256: await sha256Hex(text), created: '2024-05-31T00:00:00Z', creator: geoparser.agent });
    expect(annotations.map((a) => [a.id, a.target.selector[1].start])).toEqual([
      ['urn:border-brief:annotation:a:1', first.start],
      ['urn:border-brief:annotation:a:2', second.start],
    ]);
  });

  it('refuses overlapping mentions, since one word cannot name two places', async () => {
    const nouakchott = geoparser.parse(text).mentions[1]!;
    const overlapping: GeoparseMention = { ...nouakchott, start: nouakchott.start + 2, end: nouakchott.end + 2, surface: text.slice(nouakchott.start + 2, nouakchott.end + 2) };
    const input = { articleId: 'a', text, sha256: await sha256Hex(text), created: '2024-05-31T00:00:00Z', creator: geoparser.agent };
    expect(() => geoparseAnnotations([overlapping, nouakchott], input)).toThrow(/\[158, 168\) and \[160, 170\) overlap/);
    // Touching is not overlapping: `end` is exclusive.
    const next: GeoparseMention = { ...nouakchott, start: nouakchott.end, end: nouakchott.end + 1, surface: text.slice(nouakchott.end, nouakchott.end + 1) };
    expect(geoparseAnnotations([nouakchott, next], input)).toHaveLength(2);
  });
});

describe('mentionRecord', () => {
  it('has the shape the geoparse command prints', () => {
    const mention = geoparser.parse(text).mentions[1]!;
    expect(mentionRecord(mention, bundledGazetteer(), 'fr')).toEqual({
      start: 158, end: 168, surface: 'Nouakchott', kind: 'city', place: { id: 'nouakchott', name: 'Nouakchott', lat: 18.0858, lng: -15.9785, iso: 'MR' }, confidence: 0.98,
    });
  });

  it('gives a border its two countries', () => {
    const border = geoparser.parse(text).mentions.find((m) => m.kind === 'border')!;
    expect(mentionRecord(border, bundledGazetteer(), 'fr').place).toMatchObject({ id: 'border-ml-mr', countries: ['ML', 'MR'], iso: null });
  });
});
