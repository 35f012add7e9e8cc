import { describe, expect, it } from 'vitest';
import { createPlaceAnnotation } from '../../../../src/core/annotations/create-place-annotation';
import type { Agent } from '../../../../src/core/types';

const creator: Agent = { id: 'urn:border-brief:agent:test', type: 'Software', name: 'Test' };
const text = 'Une délégation malienne est arrivée à Nouakchott, en Mauritanie, le jeudi 9 mai 2024 au matin.';
const start = text.indexOf('Nouakchott');
const base = {
  articleId: 'test-article',
  text,
  sha256: 'a'.repeat(64),
  index: 2,
  start,
  end: start + 'Nouakchott'.length,
  placeId: 'nouakchott',
  mentionKind: 'city' as const,
  creator,
  created: '2024-05-31T00:00:00Z',
};

describe('createPlaceAnnotation', () => {
  it('quotes the span with 32 code units of context on each side', () => {
    const [quote, position] = createPlaceAnnotation(base).target.selector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Nouakchott', prefix: text.slice(start - 32, start), suffix: text.slice(base.end, base.end + 32) });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: base.end });
  });

  it('clips the context at the start of the text', () => {
    const quote = createPlaceAnnotation({ ...base, start: 0, end: 3 }).target.selector[0];
    expect(quote.prefix).toBe('');
  });

  it('names the place, the article and the annotation with urn IRIs', () => {
    const annotation = createPlaceAnnotation(base);
    expect(annotation.id).toBe('urn:border-brief:annotation:test-article:2');
    expect(annotation.body).toEqual({ type: 'SpecificResource', purpose: 'identifying', source: 'urn:border-brief:place:nouakchott' });
    expect(annotation.target.source).toBe('urn:border-brief:article:test-article');
  });

  it('links an unlocated mention to the unlocated IRI instead of dropping it', () => {
    expect(createPlaceAnnotation({ ...base, placeId: null }).body.source).toBe('urn:border-brief:place:unlocated');
  });

  it('rejects an empty or out-of-range span with a message naming the offsets', () => {
    expect(() => createPlaceAnnotation({ ...base, end: start })).toThrow(/offsets/);
    expect(() => createPlaceAnnotation({ ...base, end: text.length + 1 })).toThrow(/offsets/);
    expect(() => createPlaceAnnotation({ ...base, start: -1 })).toThrow(/offsets/);
  });

  it('rejects a span that splits a surrogate pair', () => {
    const emoji = 'a😊b';
    expect(() => createPlaceAnnotation({ ...base, text: emoji, start: 0, end: 2 })).toThrow(/surrogate/);
  });

  it('rejects an index below 1', () => {
    expect(() => createPlaceAnnotation({ ...base, index: 0 })).toThrow(/index/);
  });

  it('records confidence and status only when given', () => {
    expect(createPlaceAnnotation(base)).not.toHaveProperty('bb:confidence');
    const proposed = createPlaceAnnotation({ ...base, confidence: 0.9, status: 'proposed' });
    expect(proposed['bb:confidence']).toBe(0.9);
    expect(proposed['bb:status']).toBe('proposed');
  });
});
