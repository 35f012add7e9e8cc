import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { evaluateMentions, scoreCounts } from '../../../../src/core/geoparse/evaluate-geoparse';
import type { GeoparseMention } from '../../../../src/core/geoparse/geoparse-types';
import { evaluateDevset, loadDevset } from '../../../../scripts/devset-eval';

const mention = (start: number, end: number, placeId: string | null): GeoparseMention => ({ start, end, surface: 'x', kind: 'town', placeId, confidence: 1, candidates: [] });

describe('evaluateMentions', () => {
  it('counts a place within 25 km of the gold one as resolved', () => {
    // Kayes the region is drawn at Kayes the town.
    const { counts } = evaluateMentions([mention(0, 5, 'kayes-region')], [{ start: 0, end: 5, surface: 'Kayes', placeId: 'kayes' }], bundledGazetteer());
    expect(counts.resolvedCorrectly).toBe(1);
  });

  it('counts a span that differs by one character as a miss and an extra', () => {
    const { counts } = evaluateMentions([mention(0, 4, 'kiffa')], [{ start: 0, end: 5, surface: 'Kiffa', placeId: 'kiffa' }], bundledGazetteer());
    expect(scoreCounts(counts)).toMatchObject({ precision: 0, recall: 0 });
  });
});

describe('the development set', () => {
  const articles = loadDevset();

  it('has at least 8 articles in French and English whose gold spans quote their text', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['fr', 'en']));
    for (const article of articles) for (const g of article.gold) expect(article.text.slice(g.start, g.end)).toBe(g.surface);
  });

  it('is geoparsed with mention F1 ≥ 0.95 and resolution accuracy ≥ 0.95', () => {
    const { total } = evaluateDevset(articles);
    expect(total.f1).toBeGreaterThanOrEqual(0.95);
    expect(total.resolutionAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
