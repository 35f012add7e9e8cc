import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation, anchorAnnotations, contextSimilarity, reanchorAnnotations, retargetAnnotation } from '../../../../src/core/annotations/anchor-annotation';
import { createPlaceAnnotation } from '../../../../src/core/annotations/create-place-annotation';
import type { MentionKind, PlaceAnnotation } from '../../../../src/core/types';

const fixtures = new URL('../../../fixtures/anchoring/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');
const original = read('original.txt');
const mentions = JSON.parse(read('mentions.json')) as Array<{ surface: string; placeId: string; kind: MentionKind }>;

const annotations: PlaceAnnotation[] = mentions.map((m, i) =>
  deepFreeze(
    createPlaceAnnotation({
      articleId: 'anchoring-fixture',
      text: original,
      sha256: '0'.repeat(64),
      index: i + 1,
      start: original.indexOf(m.surface),
      end: original.indexOf(m.surface) + m.surface.length,
      placeId: m.placeId,
      mentionKind: m.kind,
      creator: { id: 'urn:border-brief:agent:test', type: 'Person', name: 'Test' },
      created: '2024-05-31T00:00:00Z',
    }),
  ),
);
const bySurface = (surface: string): PlaceAnnotation => annotations[mentions.findIndex((m) => m.surface === surface)]!;
const edited = (name: string): string => read(`in/${name}.txt`);

describe('anchorAnnotation', () => {
  it('keeps every annotation at its position when the text is unchanged', () => {
    for (const a of annotations) expect(anchorAnnotation(a, original)).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('re-anchors by quote when a word is inserted before the passage', () => {
    const text = edited('word-inserted-before');
    const result = anchorAnnotation(bySurface('Nouakchott'), text);
    expect(result).toEqual({ status: 'anchored', method: 'quote', start: text.indexOf('Nouakchott'), end: text.indexOf('Nouakchott') + 10 });
  });

  it('finds the words by fuzzy search when the passage has a typo', () => {
    const text = edited('typo-in-passage');
    const result = anchorAnnotation(bySurface('Nouakchott'), text);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    if (result.status === 'anchored') expect(text.slice(result.start, result.end)).toBe('Nouakchot');
  });

  it('orphans the annotations of a deleted passage, with a reason', () => {
    const result = anchorAnnotation(bySurface('frontière'), edited('passage-deleted'));
    expect(result.status).toBe('orphaned');
    if (result.status === 'orphaned') expect(result.reason).toContain('« frontière »');
  });

  it('orphans an annotation whose old position now holds other words and whose quote is gone', () => {
    expect(anchorAnnotation(bySurface('Nouakchott'), edited('quote-replaced')).status).toBe('orphaned');
    expect(anchorAnnotation(bySurface('mauritaniens'), edited('quote-gone-position-shifted')).status).toBe('orphaned');
  });

  it('does not move an annotation to the same word in another context', () => {
    expect(anchorAnnotation(bySurface('Nouakchott'), edited('quote-only-elsewhere')).status).toBe('orphaned');
  });

  it('picks the occurrence whose context matches when the quote is repeated', () => {
    const text = edited('quote-repeated-earlier');
    const result = anchorAnnotation(bySurface('frontière'), text);
    expect(result).toMatchObject({ status: 'anchored', start: text.lastIndexOf('frontière') });
  });

  it('orphans an annotation without a quote rather than trusting its position alone', () => {
    const positionOnly = { ...annotations[0]!, target: { ...annotations[0]!.target, selector: [annotations[0]!.target.selector[1]] } } as unknown as PlaceAnnotation;
    expect(anchorAnnotation(positionOnly, original).status).toBe('orphaned');
  });

  it('never anchors a span whose words are neither the quote nor a close variant of it', () => {
    for (const name of readdirSync(new URL('in/', fixtures))) {
      const text = read(`in/${name}`);
      for (const a of annotations) {
        const result = anchorAnnotation(a, text);
        if (result.status !== 'anchored') continue;
        const words = text.slice(result.start, result.end);
        const exact = a.target.selector[0].exact;
        expect(words === exact || result.method === 'fuzzy', `${name}: ${exact} → ${words}`).toBe(true);
      }
    }
  });
});

describe('anchorAnnotations', () => {
  it('returns anchored and orphaned lists in input order, dropping none', () => {
    const { anchored, orphaned } = anchorAnnotations(annotations, edited('passage-deleted'));
    expect(anchored.map((a) => a.annotation.id)).toEqual(annotations.slice(0, 3).map((a) => a.id));
    expect(orphaned.map((a) => a.annotation.id)).toEqual(annotations.slice(3).map((a) => a.id));
  });

  it.each(readdirSync(new URL('in/', fixtures)).map((f) => f.replace(/\.txt$/, '')))('matches the reviewed result for %s', async (name) => {
    const text = edited(name);
    const results = annotations.map((a) => {
      const r = anchorAnnotation(a, text);
      return r.status === 'anchored' ? { id: a.id, ...r, words: text.slice(r.start, r.end) } : { id: a.id, ...r };
    });
    await expect(`${JSON.stringify(results, null, 2)}\n`).toMatchFileSnapshot(`../../../fixtures/anchoring/out/${name}.json`);
  });
});

describe('reanchorAnnotations', () => {
  it('says of each annotation whether it stayed, moved (and how far) or was orphaned, with counts', () => {
    const text = edited('word-inserted-before');
    const report = reanchorAnnotations(annotations, text);
    const shift = text.indexOf('Nouakchott') - original.indexOf('Nouakchott');
    expect(report.outcomes.map((o) => o.status)).toEqual(['moved', 'moved', 'moved', 'moved', 'moved']);
    expect(report.outcomes[1]).toMatchObject({ status: 'moved', method: 'quote', shift, start: text.indexOf('Nouakchott') });
    expect(report.counts).toEqual({ anchored: 0, moved: 5, orphaned: 0 });
    expect(reanchorAnnotations(annotations, original).counts).toEqual({ anchored: 5, moved: 0, orphaned: 0 });
    expect(reanchorAnnotations(annotations, edited('passage-deleted')).counts).toEqual({ anchored: 3, moved: 0, orphaned: 2 });
  });

  it('never covers part of a word: a typo fixed inside the quoted word gives the whole word', () => {
    const typo = createPlaceAnnotation({ articleId: 'a', text: 'La délégation à Nouakchot mardi.', sha256: '0'.repeat(64), index: 1, start: 16, end: 25, placeId: 'nouakchott', mentionKind: 'city', creator: { id: 'urn:x', type: 'Person', name: 'T' }, created: '2024-05-31T00:00:00Z' });
    const fixed = 'La délégation à Nouakchott mardi.';
    expect(reanchorAnnotations([typo], fixed).outcomes[0]).toMatchObject({ status: 'moved', start: 16, end: 26, method: 'fuzzy', shift: 0 });
  });

  it('looks for a changed quote where its neighbours moved to', () => {
    const text = `${'Une phrase ajoutée en tête, assez longue pour décaler tout le reste du texte. '.repeat(10)}${edited('typo-in-passage')}`;
    const outcome = reanchorAnnotations(annotations, text).outcomes[1]!;
    expect(outcome).toMatchObject({ status: 'moved', method: 'fuzzy' });
    if (outcome.status === 'moved') expect(text.slice(outcome.start, outcome.end)).toBe('Nouakchot');
  });
});

describe('retargetAnnotation', () => {
  it('points an orphan at the words a person chose, with fresh selectors and the text’s sha256, keeping the rest', () => {
    const text = edited('quote-replaced');
    const start = text.indexOf('Kaédi-Gorgol');
    const result = retargetAnnotation(bySurface('Nouakchott'), text, start, start + 'Kaédi-Gorgol'.length, 'f'.repeat(64));
    expect(result.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Kaédi-Gorgol', prefix: text.slice(start - 32, start), suffix: text.slice(start + 12, start + 44) },
      { type: 'TextPositionSelector', start, end: start + 12 },
    ]);
    expect(result['bb:articleSha256']).toBe('f'.repeat(64));
    expect({ ...result, target: undefined, 'bb:articleSha256': undefined }).toEqual({ ...bySurface('Nouakchott'), target: undefined, 'bb:articleSha256': undefined });
    expect(anchorAnnotation(result, text)).toMatchObject({ status: 'anchored', method: 'position', start });
  });

  it('refuses a span that is empty, outside the text or splits a surrogate pair', () => {
    expect(() => retargetAnnotation(annotations[0]!, 'abc', 2, 2, '0'.repeat(64))).toThrow(/non-empty span/);
    expect(() => retargetAnnotation(annotations[0]!, 'abc', 1, 9, '0'.repeat(64))).toThrow(/non-empty span/);
    expect(() => retargetAnnotation(annotations[0]!, 'a😀b', 2, 4, '0'.repeat(64))).toThrow(/surrogate pair/);
  });
});

describe('contextSimilarity', () => {
  it('is 1 when the prefix and suffix are found unchanged around the span', () => {
    expect(contextSimilarity('abcXYZdef', 3, 6, 'abc', 'def')).toBe(1);
  });

  it('drops with each changed character of the context', () => {
    expect(contextSimilarity('abcXYZdeg', 3, 6, 'abc', 'def')).toBeCloseTo(5 / 6);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
