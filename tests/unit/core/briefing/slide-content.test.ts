import { beforeAll, describe, expect, test } from 'vitest';
import { slideCaveats, slideQuotes } from '../../../../src/core/briefing/slide-content';
import type { Dataset } from '../../../../src/core/dataset';
import { annotationId, seedDataset } from './seed-dataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await seedDataset();
});

const slide = (over: Partial<{ placeIds: string[]; incidentIds: string[]; annotationIds: string[] }>) => ({ placeIds: [], incidentIds: [], annotationIds: [], ...over });

describe('slideQuotes', () => {
  test('quotes each sentence once, with its paragraph, even when it holds several quoted mentions', () => {
    const quotes = slideQuotes(slide({ annotationIds: [4, 5, 6].map(annotationId) }), dataset.articles);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.quote.sentence.paragraphNumber).toBe(2);
    expect(quotes[0]!.text.startsWith('Au cours des derniers mois')).toBe(true);
  });
});

describe('slideCaveats', () => {
  test('says an incident at the border is placed only in the border zone', () => {
    const [caveat] = slideCaveats(slide({ incidentIds: ['abductions-border'] }), dataset);
    expect(caveat).toMatchObject({ place: 'border-zone', timePrecision: 3, claimStatus: 'reported' });
  });

  test('says an incident without a place is not on the map', () => {
    const [caveat] = slideCaveats(slide({ incidentIds: ['alleged-abuses-mauritanian-civilians'] }), dataset);
    expect(caveat).toMatchObject({ place: 'unlocated', claimStatus: 'alleged' });
  });

  test('gives a highlighted border a caveat, but not a country', () => {
    const caveats = slideCaveats(slide({ placeIds: ['border-ml-mr', 'mali'] }), dataset);
    expect(caveats.map((caveat) => caveat.subject.id)).toEqual(['border-ml-mr']);
  });
});
