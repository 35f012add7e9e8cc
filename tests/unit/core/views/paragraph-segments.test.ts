import { describe, expect, test } from 'vitest';
import type { Mention } from '../../../../src/core/dataset';
import { paragraphSegments } from '../../../../src/core/views/paragraph-segments';
import type { Passage } from '../../../../src/core/types';

const text = 'Visite à Nouakchott, en Mauritanie.\nSuite.';
const paragraph: Passage = { id: 'p1', kind: 'paragraph', paragraphNumber: 1, start: 0, end: 35 };
const mention = (start: number, end: number, placeId: string): Mention => ({
  annotationId: `a${start}`,
  articleId: 'a',
  placeId,
  kind: 'city',
  start,
  end,
  exact: text.slice(start, end),
  paragraphNumber: 1,
  confidence: null,
  status: null,
});

describe('paragraphSegments', () => {
  test('joining the segments gives the paragraph back unaltered', () => {
    const segments = paragraphSegments(text, paragraph, [mention(9, 19, 'nouakchott'), mention(24, 34, 'mauritania')]);
    expect(segments.map((s) => s.text).join('')).toBe(text.slice(0, 35));
  });
  test('puts each mention in its own segment', () => {
    const segments = paragraphSegments(text, paragraph, [mention(9, 19, 'nouakchott')]);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['Nouakchott']);
  });
  test('ignores mentions of other paragraphs', () => {
    const segments = paragraphSegments(text, paragraph, [mention(36, 41, 'x')]);
    expect(segments.every((s) => s.mention === null)).toBe(true);
  });
  test('leaves an overlapping mention unmarked rather than splitting words twice', () => {
    const segments = paragraphSegments(text, paragraph, [mention(9, 19, 'nouakchott'), mention(12, 19, 'other')]);
    expect(segments.filter((s) => s.mention).map((s) => s.mention!.placeId)).toEqual(['nouakchott']);
  });
});
