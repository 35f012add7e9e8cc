import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { deriveBriefingFile } from '../../../../data/scripts/derive-briefing';
import { briefingReferenceProblems } from '../../../../src/core/briefing/briefing-schema';
import { draftBriefing, formatEventDate, isStateToStateContact } from '../../../../src/core/briefing/draft-briefing';
import type { Dataset, LoadedArticle } from '../../../../src/core/dataset';
import { annotationId, deepFreeze, seedDataset, SEED_ARTICLE_ID } from './seed-dataset';

let dataset: Dataset;
let article: LoadedArticle;

beforeAll(async () => {
  dataset = deepFreeze(await seedDataset());
  article = dataset.articles.find((candidate) => candidate.meta.id === SEED_ARTICLE_ID)!;
});

describe('draftBriefing on the seed article', () => {
  test('the committed briefing is exactly what derive-briefing.ts makes', async () => {
    expect(await deriveBriefingFile(SEED_ARTICLE_ID)).toBe(readFileSync(`data/briefings/${SEED_ARTICLE_ID}.json`, 'utf8'));
  });

  test('opens on the region and its border, framing both capitals', () => {
    const [first] = draftBriefing(article, dataset.places).slides;
    expect(first!.id).toBe('region');
    expect(first!.placeIds[0]).toBe('border-ml-mr');
    const [west, south, east, north] = (first!.camera as { bounds: number[] }).bounds as [number, number, number, number];
    for (const [lng, lat] of [[-15.9785, 18.0858], [-8.0029, 12.6392]]) {
      expect(lng! > west && lng! < east && lat! > south && lat! < north).toBe(true);
    }
  });

  test('gives each reported tension its own slide, with precision and who makes the claim in the notes', () => {
    const tensions = article.incidents.filter((incident) => !isStateToStateContact(incident));
    expect(tensions.length).toBe(3);
    const slides = draftBriefing(article, dataset.places).slides;
    for (const incident of tensions) {
      const slide = slides.find((candidate) => candidate.incidentIds.length === 1 && candidate.incidentIds[0] === incident.properties.id);
      expect(slide?.title).toBe(incident.properties.title.fr);
      expect(slide?.annotationIds).toEqual(incident.properties.annotation_ids);
      expect(slide?.notes).toContain(incident.properties.claim_by);
    }
  });

  test('marks the abuses as an allegation in the notes', () => {
    const slide = draftBriefing(article, dataset.places).slides.find((candidate) => candidate.incidentIds.includes('alleged-abuses-mauritanian-civilians'));
    expect(slide?.notes.startsWith('Allégation')).toBe(true);
  });

  test('puts the meetings in Nouakchott and Bamako on one slide that frames both cities', () => {
    const slide = draftBriefing(article, dataset.places).slides.find((candidate) => candidate.id === 'meetings')!;
    expect(slide.incidentIds).toEqual(['ministerial-meeting-nouakchott', 'ministerial-meeting-bamako']);
    expect(slide.title).toBe('Les rencontres à Nouakchott et à Bamako');
    expect(slide.annotationIds).toEqual([annotationId(14), annotationId(15)]);
  });

  test('dates the visit of 9 May 2024 and quotes the sentences about the visit, not those about the border', () => {
    const slide = draftBriefing(article, dataset.places).slides.find((candidate) => candidate.id.startsWith('visit-'))!;
    expect(slide.title).toContain('9 mai 2024');
    expect(slide.annotationIds).toEqual([1, 2, 3, 16, 17].map(annotationId));
  });

  test('ends with what the two sides committed to: the visit’s sentences about the border', () => {
    const slides = draftBriefing(article, dataset.places).slides;
    const last = slides.at(-1)!;
    expect(last.title).toBe('Ce que les deux parties se sont engagées à faire');
    expect(last.annotationIds).toEqual([18, 19, 20].map(annotationId));
  });

  test('names only places, incidents and annotations that exist', () => {
    expect(briefingReferenceProblems('draft', draftBriefing(article, dataset.places), dataset)).toEqual([]);
  });

  test('writes titles and notes in English when asked', () => {
    const briefing = draftBriefing(article, dataset.places, article.incidents, { language: 'en' });
    expect(briefing.language).toBe('en');
    expect(briefing.slides.map((slide) => slide.title)).toContain('The meetings in Nouakchott and Bamako');
    expect(briefing.slides.find((slide) => slide.id === 'meetings')!.notes).toContain('What is known');
  });
});

describe('draftBriefing on another article', () => {
  test('an article with no incidents still gets its region slide', () => {
    const bare = { ...article, incidents: [] };
    const briefing = draftBriefing(bare, dataset.places);
    expect(briefing.slides.map((slide) => slide.id)).toEqual(['region']);
  });
});

describe('formatEventDate', () => {
  test('says a day-precise date in words, in the language asked', () => {
    expect(formatEventDate('2024-05-09', 'fr')).toBe('9 mai 2024');
    expect(formatEventDate('2024-05-09', 'en')).toBe('9 May 2024');
  });

  test('says only the month when the day is not known', () => {
    expect(formatEventDate('2024-05', 'fr')).toBe('mai 2024');
  });
});
