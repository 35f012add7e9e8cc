/**
 * The store's articles, reviews and briefing slices, driven as the UI drives them, on the real
 * data: each action changes what it says, and derived views (selectors) follow.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/core/dataset';
import { articleRecordFromLoaded } from '../../../src/core/exchange/article-record';
import { parseBriefing, type Briefing } from '../../../src/core/briefing/briefing-schema';
import { readFileSync } from 'node:fs';
import { selectBriefing, selectBriefings, selectCanUndoBriefing, selectDataset, selectShownArticle } from '../../../src/state/selectors';
import { createStore } from '../../../src/state/store';
import { annotationId, seedDataset, SEED_ARTICLE_ID } from '../core/briefing/seed-dataset';

let dataset: Dataset;
let seedBriefing: Briefing;
beforeAll(async () => {
  dataset = await seedDataset();
  const parsed = parseBriefing('seed.json', readFileSync(`data/briefings/${SEED_ARTICLE_ID}.json`, 'utf8'), dataset);
  if (!parsed.ok) throw new Error('seed briefing does not parse');
  seedBriefing = parsed.briefing;
});

/** A copy of the seed under another id: an article opened in the browser. */
function otherArticle(id: string) {
  const seed = dataset.articles[0]!;
  const record = articleRecordFromLoaded(seed, dataset.places);
  const annotations = record.annotations.map((annotation) => ({
    ...annotation,
    id: annotation.id.replace(SEED_ARTICLE_ID, id),
    target: { ...annotation.target, source: annotation.target.source.replace(SEED_ARTICLE_ID, id) },
  }));
  return { ...record, meta: { ...record.meta, id, title: `Copy ${id}` }, annotations, incidents: { type: 'FeatureCollection' as const, features: [] } };
}

const bundledStore = () => createStore({ bundled: dataset, isRestored: true });

describe('articles and reviews', () => {
  test('a review changes the record shown and can be undone, step by step', () => {
    const store = bundledStore();
    expect(store.review(SEED_ARTICLE_ID, { type: 'reject', annotationId: annotationId(1) }, '2024-06-01T10:00:00Z')).toBeNull();
    expect(store.review(SEED_ARTICLE_ID, { type: 'accept', annotationId: annotationId(2) }, '2024-06-01T10:01:00Z')).toBeNull();
    const status = (n: number) => selectShownArticle(store.getState())!.annotations.find((a) => a.id === annotationId(n))!['bb:status'];
    expect([status(1), status(2)]).toEqual(['rejected', 'accepted']);
    expect(store.getState().saves[SEED_ARTICLE_ID]).toBe('saving');
    store.review(SEED_ARTICLE_ID, { type: 'undo' });
    expect([status(1), status(2)]).toEqual(['rejected', 'proposed']);
    store.review(SEED_ARTICLE_ID, { type: 'undo' });
    expect(status(1)).toBe('proposed');
    expect(store.review(SEED_ARTICLE_ID, { type: 'undo' })).toMatch(/Nothing to undo/);
  });

  test('opening an article again replaces it and forgets the undo history of the old version', () => {
    const store = bundledStore();
    store.review(SEED_ARTICLE_ID, { type: 'reject', annotationId: annotationId(1) });
    store.openArticle(articleRecordFromLoaded(dataset.articles[0]!, dataset.places));
    expect(store.getState().reviewHistory[SEED_ARTICLE_ID]).toBeUndefined();
    store.review(SEED_ARTICLE_ID, { type: 'accept', annotationId: annotationId(2) });
    const record = store.getState().records.find((r) => r.meta.id === SEED_ARTICLE_ID)!;
    expect(record.annotations.find((a) => a.id === annotationId(1))!['bb:status']).toBe('proposed');
    expect(record.annotations.find((a) => a.id === annotationId(2))!['bb:status']).toBe('accepted');
  });

  test('placing by hand reviews the waiting mention and leaves placing mode', () => {
    const store = bundledStore();
    store.setReviewing(true);
    store.setPlacing(annotationId(3));
    store.placeByHand([-10.5, 16.2]);
    expect(store.getState().placingAnnotationId).toBeNull();
    const annotation = selectShownArticle(store.getState())!.annotations.find((a) => a.id === annotationId(3))!;
    expect(annotation.body.source).toMatch(/^urn:border-brief:place:user-/);
    expect(selectDataset(store.getState()).places.some((place) => annotation.body.source.endsWith(place.id))).toBe(true);
  });

  test('removing an opened article shows the first again and drops its selection', () => {
    const store = bundledStore();
    store.openArticle(otherArticle('copy-a'));
    store.select({ type: 'mention', id: 'urn:border-brief:annotation:copy-a:1' });
    expect(selectShownArticle(store.getState())!.meta.id).toBe('copy-a');
    store.removeArticle('copy-a');
    expect(selectShownArticle(store.getState())!.meta.id).toBe(SEED_ARTICLE_ID);
    expect(store.getState().selection).toBeNull();
  });
});

describe('briefings', () => {
  const loaded = () => {
    const store = bundledStore();
    store.loadBriefings([seedBriefing], [], []);
    return store;
  };

  test('the briefing shown follows the article shown: an opened article gets its own draft', () => {
    const store = loaded();
    expect(selectBriefing(store.getState())!.id).toBe(seedBriefing.id);
    store.openArticle(otherArticle('copy-b'));
    expect(selectBriefing(store.getState())!.articleId).toBe('copy-b');
  });

  test('a slide added from the view of an opened article goes to that article’s briefing, with its passages', () => {
    const store = loaded();
    store.openArticle(otherArticle('copy-c'));
    store.select({ type: 'place', id: 'nouakchott' });
    store.addSlideFromView({ center: [-15.9, 18.1], zoom: 6 }, 'New slide');
    const briefing = selectBriefing(store.getState())!;
    const slide = briefing.slides.at(-1)!;
    expect(briefing.articleId).toBe('copy-c');
    expect(slide.placeIds).toEqual(['nouakchott']);
    expect(slide.annotationIds.length).toBe(3);
    expect(slide.annotationIds.every((id) => id.includes(':copy-c:'))).toBe(true);
    expect(selectCanUndoBriefing(store.getState())).toBe(true);
  });

  test('a briefing imported under its own id is offered and shown, and stays after other edits', () => {
    const store = loaded();
    const imported: Briefing = { ...seedBriefing, id: 'my-briefing', title: 'Mine' };
    store.importBriefing({ ok: true, briefing: imported });
    expect(selectBriefing(store.getState())!.id).toBe('my-briefing');
    store.editBriefing({ type: 'retitle', index: 0, title: 'Renamed' });
    expect(selectBriefings(store.getState()).map((b) => b.id)).toContain('my-briefing');
    expect(selectBriefing(store.getState())!.slides[0]!.title).toBe('Renamed');
  });

  test('a refused import says why and changes nothing', () => {
    const store = loaded();
    const before = selectBriefing(store.getState());
    store.importBriefing({ ok: false, problems: [{ file: 'x.json', field: 'slides', message: 'is missing.', fix: 'Add slides.' }] });
    expect(selectBriefing(store.getState())).toBe(before);
    expect(store.getState().briefing.problems).toHaveLength(1);
  });

  test('reset goes back to the original and forgets the history', () => {
    const store = loaded();
    store.editBriefing({ type: 'delete', index: 1 });
    store.resetBriefing();
    expect(selectBriefing(store.getState())).toBe(seedBriefing);
    expect(selectCanUndoBriefing(store.getState())).toBe(false);
  });

  test('an address naming an unknown briefing says so once the briefings are read', () => {
    const store = bundledStore();
    store.followLocation(null, { briefingId: 'nobody', slideIndex: 0, isPresenter: false });
    expect(store.getState().briefing.mode).toEqual({ type: 'presenting', index: 0 });
    store.loadBriefings([seedBriefing], [], []);
    expect(store.getState().briefing.mode.type).toBe('panel');
    expect(store.getState().briefing.problems[0]!.file).toBe('#brief=nobody');
  });
});

describe('nothing lost by a click', () => {
  test('removing an article can be undone, with its corrections and undo history', () => {
    const store = bundledStore();
    store.openArticle(otherArticle('copy-d'));
    store.review('copy-d', { type: 'reject', annotationId: 'urn:border-brief:annotation:copy-d:1' });
    store.removeArticle('copy-d');
    expect(store.getState().records.some((r) => r.meta.id === 'copy-d')).toBe(false);
    store.undoRemove();
    const back = store.getState().records.find((r) => r.meta.id === 'copy-d')!;
    expect(back.annotations.find((a) => a.id.endsWith(':1'))!['bb:status']).toBe('rejected');
    expect(store.getState().reviewHistory['copy-d']).toHaveLength(1);
    expect(selectShownArticle(store.getState())!.meta.id).toBe('copy-d');
    expect(store.getState().removed).toBeNull();
  });

  test('an article’s details are corrected in its record, and a bad date is refused', () => {
    const store = bundledStore();
    expect(store.editArticleDetails(SEED_ARTICLE_ID, { outlet: 'Kessiya.com' })).toBeNull();
    expect(selectShownArticle(store.getState())!.meta.outlet).toBe('Kessiya.com');
    expect(store.editArticleDetails(SEED_ARTICLE_ID, { published: 'hier' })?.en).toMatch(/not a date/);
    expect(selectShownArticle(store.getState())!.meta.published).toBe(dataset.articles[0]!.meta.published);
  });
});

describe('incident review in the store', () => {
  test('a review of an incident is made over the record shown, saved, and undone', () => {
    const store = bundledStore();
    expect(store.reviewIncident(SEED_ARTICLE_ID, { type: 'reject-incident', id: 'abductions-border' })).toBeNull();
    const status = () => (selectShownArticle(store.getState())!.incidents.find((i) => i.properties.id === 'abductions-border')!.properties as { 'bb:status'?: string })['bb:status'];
    expect(status()).toBe('rejected');
    expect(store.getState().saves[SEED_ARTICLE_ID]).toBe('saving');
    store.reviewIncident(SEED_ARTICLE_ID, { type: 'undo-incidents' });
    expect(status()).toBeUndefined();
  });
});

describe('re-attaching an orphan by hand', () => {
  test('an annotation is pointed at the words the reviewer chose, signed, and undone', () => {
    const store = bundledStore();
    const article = dataset.articles[0]!;
    const words = 'délégation'; // words no other mention covers
    const start = article.text.indexOf(words);
    const target = article.annotations.find((a) => a.body.source.endsWith(':nouakchott'))!;
    const before = target.target.selector[1].start;
    expect(store.review(SEED_ARTICLE_ID, { type: 'reattach', annotationId: target.id, start, end: start + words.length })).toBeNull();
    const moved = selectShownArticle(store.getState())!.annotations.find((a) => a.id === target.id)!;
    if (start !== before) expect(moved.target.selector[1]).toMatchObject({ start, end: start + words.length });
    expect(moved.target.selector[0].exact).toBe(words);
    expect(moved.creator.type).toBe('Person');
    expect(store.review(SEED_ARTICLE_ID, { type: 'reattach', annotationId: target.id, start: 0, end: 0 })).toMatch(/not a non-empty span/);
    store.review(SEED_ARTICLE_ID, { type: 'undo' });
    expect(selectShownArticle(store.getState())!.annotations.find((a) => a.id === target.id)!.target.selector[1].start).toBe(before);
  });
});
