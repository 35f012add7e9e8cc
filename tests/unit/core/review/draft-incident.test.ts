import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../../src/core/dataset';
import { draftIncidentFromWords } from '../../../../src/core/review/draft-incident';
import { seedDataset } from '../briefing/seed-dataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await seedDataset();
});

describe('draftIncidentFromWords', () => {
  test('takes the sentences of the words as passages, and their most specific place, drawn honestly', () => {
    const article = dataset.articles[0]!;
    const start = article.text.indexOf('rencontres politiques');
    const draft = draftIncidentFromWords(article, start, start + 'rencontres politiques'.length, dataset, 'added-1');
    const sentence = article.sentences.find((s) => s.start <= start && start < s.end)!;
    const inSentence = article.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.annotationId);
    expect(draft.properties.annotation_ids).toEqual(inSentence);
    expect(['nouakchott', 'bamako']).toContain(draft.properties.place_ids[0]);
    expect(draft.geometry?.type).toBe('Point');
    expect(draft.properties.geo_precision).toBe(1);
    expect(draft.properties.event_date).toBe(article.meta.published);
    expect(draft.properties.notes).toBe('rencontres politiques');
  });

  test('words in a sentence that names no place give an unlocated draft, never an invented point', () => {
    const article = { ...dataset.articles[0]!, mentions: [] };
    const draft = draftIncidentFromWords(article, 0, 10, dataset, 'added-2');
    expect(draft.geometry).toBeNull();
    expect(draft.properties.place_ids).toEqual([]);
  });
});
