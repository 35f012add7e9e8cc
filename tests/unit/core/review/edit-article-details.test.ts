import { describe, expect, test } from 'vitest';
import { editArticleDetails, type CorrectedMeta } from '../../../../src/core/review/edit-article-details';
import { reviewerAgent } from '../../../../src/core/review/reviewer';

const meta: CorrectedMeta = {
  id: 'opened-2026-12-02-bassikounou',
  title: 'La situation à Bassikounou',
  titleIsReconstructed: true,
  outlet: 'Unknown outlet',
  published: '2026-12-02',
  publishedPrecision: 'day',
  publishedIsLoadingDate: true,
  language: 'fr',
  url: null,
  sha256: 'a'.repeat(64),
  lengthUtf16: 1000,
};
const awa = reviewerAgent('Awa');
const at = '2026-12-02T10:00:00Z';

describe('editArticleDetails', () => {
  test('records each change with who and when, and marks what a person gave', () => {
    const outcome = editArticleDetails(meta, { title: 'Bassikounou : l’afflux continue', outlet: 'Cridem', published: '2024-06', url: 'https://cridem.org/x' }, awa, at);
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.meta).toMatchObject({ title: 'Bassikounou : l’afflux continue', titleIsReconstructed: false, outlet: 'Cridem', published: '2024-06', publishedPrecision: 'month', url: 'https://cridem.org/x' });
    expect(outcome.meta.publishedIsLoadingDate).toBeUndefined();
    expect(outcome.meta['bb:corrections']!.map((c) => [c.field, c.from, c.to])).toEqual([
      ['title', 'La situation à Bassikounou', 'Bassikounou : l’afflux continue'],
      ['outlet', 'Unknown outlet', 'Cridem'],
      ['published', '2026-12-02', '2024-06'],
      ['url', null, 'https://cridem.org/x'],
    ]);
    expect(outcome.meta['bb:corrections']![0]!.by).toEqual(awa);
    expect(outcome.meta.id).toBe(meta.id); // the id (and every annotation IRI) stays
  });

  test('refuses what is not a date or an http address, changing nothing, saying how to fix it', () => {
    const bad = editArticleDetails(meta, { published: '12/05/2024' }, awa, at);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.en).toMatch(/YYYY-MM-DD/);
    const script = editArticleDetails(meta, { url: 'javascript:alert(1)' }, awa, at);
    expect(script.ok).toBe(false);
    expect(editArticleDetails(meta, { title: '   ' }, awa, at).ok).toBe(false);
  });

  test('control characters are removed from a title; nothing changed records nothing', () => {
    const outcome = editArticleDetails(meta, { title: 'Titre\u0007 avec\u001b[31m bip' }, awa, at);
    expect(outcome.ok && outcome.meta.title).toBe('Titre avec [31m bip');
    const same = editArticleDetails({ ...meta, publishedIsLoadingDate: undefined }, { title: meta.title, published: meta.published }, awa, at);
    expect(same.ok && same.changed).toEqual([]);
  });
});
