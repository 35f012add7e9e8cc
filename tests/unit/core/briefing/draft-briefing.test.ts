import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { deriveBriefingFile } from '../../../../data/scripts/derive-briefing';
import { briefingReferenceProblems, briefingSchema } from '../../../../src/core/briefing/briefing-schema';
import { draftBriefing, formatEventDate, isStateToStateContact, MAX_PLACE_SLIDES } from '../../../../src/core/briefing/draft-briefing';
import { serializeAnnotations } from '../../../../src/core/annotations/serialize-annotations';
import { sha256Hex } from '../../../../src/core/article/sha256-hex';
import { buildDataset } from '../../../../src/core/build-dataset';
import type { Dataset, LoadedArticle, RawDataFiles } from '../../../../src/core/dataset';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { toPlace } from '../../../../src/core/gazetteer/to-place';
import { createGeoparser } from '../../../../src/core/geoparse/create-geoparser';
import { geoparseAnnotations } from '../../../../src/core/geoparse/geoparse-annotations';
import { readBundledDataFiles } from '../../../../src/cli/check-bundled-data';
import { annotationId, deepFreeze, seedDataset, SEED_ARTICLE_ID } from './seed-dataset';

const BASSIKOUNOU = 'tests/fixtures/devset/01-cridem-bassikounou.fr.txt';
const gazetteer = bundledGazetteer();
const resolvePlace = (id: string) => {
  const entry = gazetteer.get(id);
  return entry && toPlace(entry);
};

/** An opened article, as the dashboard makes it: the geoparser's proposed annotations, no incidents. */
async function ingestedArticle(path: string, id: string): Promise<RawDataFiles['articles'][number]> {
  const text = readFileSync(path, 'utf8');
  const sha256 = await sha256Hex(text);
  const geoparser = createGeoparser(gazetteer);
  const annotations = geoparseAnnotations(geoparser.parse(text).mentions, { articleId: id, text, sha256, created: '2026-11-29T00:00:00Z', creator: geoparser.agent });
  const meta = { id, title: 'Bassikounou', titleIsReconstructed: false, outlet: 'Cridem', published: '2024-06', publishedPrecision: 'month', language: 'fr', url: null, sha256, lengthUtf16: text.length };
  const base = `data/articles/${id}`;
  return {
    meta: { path: `${base}/meta.json`, content: JSON.stringify(meta) },
    text: { path: `${base}/text.txt`, content: text },
    annotations: { path: `${base}/annotations.jsonld`, content: serializeAnnotations(annotations) },
    incidents: null,
  };
}

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

describe('draftBriefing on an article without incidents', () => {
  test('gives the region, then a slide for each place the article names most, in the article’s order', () => {
    const bare = { ...article, incidents: [] };
    const slides = draftBriefing(bare, dataset.places).slides;
    expect(slides[0]!.id).toBe('region');
    const placeSlides = slides.slice(1);
    expect(placeSlides.length).toBeGreaterThan(1);
    expect(placeSlides.length).toBeLessThanOrEqual(MAX_PLACE_SLIDES);
    expect(placeSlides.every((slide) => slide.id.startsWith('place-') && slide.placeIds.length === 1 && slide.incidentIds.length === 0)).toBe(true);
    // The border is the region slide's; it gets no slide of its own.
    expect(placeSlides.map((slide) => slide.placeIds[0])).not.toContain('border-ml-mr');
    expect(placeSlides.map((slide) => slide.placeIds[0])).toEqual(expect.arrayContaining(['nouakchott', 'bamako']));
    const firstMention = (placeId: string) => bare.mentions.find((mention) => mention.placeId === placeId)!.start;
    const starts = placeSlides.map((slide) => firstMention(slide.placeIds[0]!));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(briefingReferenceProblems('draft', { ...draftBriefing(bare, dataset.places) }, dataset)).toEqual([]);
  });

  test('a place’s slide quotes its mentions, is framed on it, and says in the notes how often the article names it', () => {
    const bare = { ...article, incidents: [] };
    const slide = draftBriefing(bare, dataset.places).slides.find((candidate) => candidate.id === 'place-nouakchott')!;
    const mentions = bare.mentions.filter((mention) => mention.placeId === 'nouakchott');
    expect(slide.title).toBe('Nouakchott');
    expect(slide.annotationIds).toEqual(mentions.slice(0, 4).map((mention) => mention.annotationId));
    const [west, south, east, north] = (slide.camera as { bounds: [number, number, number, number] }).bounds;
    expect(-15.9785 > west && -15.9785 < east && 18.0858 > south && 18.0858 < north).toBe(true);
    expect(east - west).toBeLessThan(10); // framed on the city, not on the region
    expect(slide.notes).toContain(`${mentions.length} fois`);
  });

  test('an opened article (Bassikounou, geoparsed) gets a slide for each place it names most, Bassikounou (named three times) first', async () => {
    const result = await buildDataset({ ...readBundledDataFiles(), articles: [...readBundledDataFiles().articles, await ingestedArticle(BASSIKOUNOU, 'cridem-bassikounou')] }, { resolvePlace });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const opened = result.dataset.articles.find((candidate) => candidate.meta.id === 'cridem-bassikounou')!;
    expect(opened.incidents).toEqual([]);
    const briefing = draftBriefing(opened, result.dataset.places);
    expect(briefing.slides.length).toBeGreaterThan(1);
    expect(briefing.slides.length).toBeLessThanOrEqual(MAX_PLACE_SLIDES + 1);
    expect(briefing.slides[1]!.id).toBe('place-bassikounou');
    expect(briefingReferenceProblems('draft', briefing, result.dataset)).toEqual([]);
    expect(briefingSchema.safeParse(briefing).success).toBe(true);
  });

  test('leaves out rejected mentions: a place whose every mention is rejected gets no slide', () => {
    const bare = { ...article, incidents: [], mentions: article.mentions.map((mention) => (mention.placeId === 'bamako' ? { ...mention, status: 'rejected' as const } : mention)) };
    expect(draftBriefing(bare, dataset.places).slides.map((slide) => slide.id)).not.toContain('place-bamako');
  });

  test('an article with incidents keeps its incident slides and gets no place slides', () => {
    expect(draftBriefing(article, dataset.places).slides.some((slide) => slide.id.startsWith('place-'))).toBe(false);
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
