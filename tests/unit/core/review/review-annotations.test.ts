import { beforeAll, describe, expect, it } from 'vitest';
import { toPlace } from '../../../../src/core/gazetteer/to-place';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { prepareArticle } from '../../../../src/core/ingest/prepare-article';
import { candidatePlaces } from '../../../../src/core/review/candidate-places';
import { createReviewState, nextAnnotationNumber, reviewAnnotations, type ReviewAction, type ReviewState } from '../../../../src/core/review/review-annotations';
import type { Agent } from '../../../../src/core/types';
import { annotationsFileSchema, placesFileSchema } from '../../../../src/core/validation/data-schemas';
import { loadAnnotationMusts } from '../../data/w3c-annotation-suite';

const gazetteer = bundledGazetteer();
const analyst: Agent = { id: 'urn:border-brief:agent:analyst', type: 'Person', name: 'Analyste' };
const at = '2024-06-02T09:15:00Z';
const text = 'Une délégation malienne est arrivée à Nouakchott. Les éleveurs de Kobenni ont traversé vers Nara, près de Ouadou Sarakolé et de Bamako.';
const { failedMusts } = loadAnnotationMusts();

let initial: ReviewState;
beforeAll(async () => {
  const prepared = await prepareArticle({ text, outlet: 'Cridem', date: '2024-06-01' }, { gazetteer, now: '2024-06-02T08:00:00Z' });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  initial = deepFreeze(createReviewState({ articleId: prepared.article.meta.id, text, sha256: prepared.article.meta.sha256, annotations: prepared.article.annotations, places: prepared.places }));
});

const idOf = (state: ReviewState, exact: string) => state.annotations.find((a) => a.target.selector[0].exact === exact)!.id;
const byAnalyst = { reviewer: analyst, at };
const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewAnnotations, state);

describe('reviewAnnotations', () => {
  it('accepts a proposal: the reviewer becomes creator, the date is recorded, the machine’s guess stays readable', () => {
    const state = run(initial, { type: 'accept', annotationId: idOf(initial, 'Nouakchott'), ...byAnalyst });
    const annotation = state.annotations.find((a) => a.id === idOf(initial, 'Nouakchott'))!;
    expect(annotation).toMatchObject({ creator: analyst, modified: at, 'bb:status': 'accepted', 'bb:proposedBy': { type: 'Software' }, 'bb:proposedPlace': 'urn:border-brief:place:nouakchott', 'bb:confidence': 0.98 });
    expect(annotation.created).toBe('2024-06-02T08:00:00Z');
  });

  it('rejects a proposal and keeps the place it named as the proposed place', () => {
    const state = run(initial, { type: 'reject', annotationId: idOf(initial, 'Kobenni'), ...byAnalyst });
    expect(state.annotations.find((a) => a.id === idOf(initial, 'Kobenni'))).toMatchObject({ 'bb:status': 'rejected', 'bb:proposedPlace': 'urn:border-brief:place:kobenni', creator: analyst });
  });

  it('offers the geoparser’s candidates and switches the mention to the one chosen', () => {
    const nara = initial.annotations.find((a) => a.id === idOf(initial, 'Nara'))!;
    const candidates = candidatePlaces(nara, gazetteer);
    expect(candidates.map((c) => [c.place.id, c.isCurrent])).toEqual([['nara', true], ['nara-region', false]]);
    const state = run(initial, { type: 'choose-place', annotationId: nara.id, place: candidates[1]!.place, ...byAnalyst });
    const chosen = state.annotations.find((a) => a.id === nara.id)!;
    expect(chosen).toMatchObject({ body: { source: 'urn:border-brief:place:nara-region' }, 'bb:status': 'accepted', 'bb:proposedPlace': 'urn:border-brief:place:nara', 'bb:proposedConfidence': 0.68 });
    expect(chosen['bb:confidence']).toBeUndefined();
    expect(state.places.map((p) => p.id)).toContain('nara-region');
  });

  it('switches a mention to any place found by the gazetteer search', () => {
    const [found] = gazetteer.search('Sélibaby', { limit: 1 });
    const state = run(initial, { type: 'choose-place', annotationId: idOf(initial, 'Kobenni'), place: toPlace(found!), ...byAnalyst });
    expect(state.annotations.find((a) => a.id === idOf(initial, 'Kobenni'))?.body.source).toBe(`urn:border-brief:place:${found!.id}`);
  });

  it('places a mention by hand with a user place that says who put it there', () => {
    const state = run(initial, { type: 'place-by-hand', annotationId: idOf(initial, 'Kobenni'), lngLat: [-10.123456789, 15.87654321], ...byAnalyst });
    expect(state.annotations.find((a) => a.id === idOf(initial, 'Kobenni'))?.body.source).toBe('urn:border-brief:place:user-kobenni');
    expect(state.places.find((p) => p.id === 'user-kobenni')).toEqual({
      id: 'user-kobenni', kind: 'town', name: { fr: 'Kobenni', en: 'Kobenni' }, iso: null, geonamesId: null, wikidataId: null,
      lngLat: [-10.12346, 15.87654], bbox: null, geoPrecision: 2, coordSource: 'placed by hand by Analyste on 2024-06-02',
    });
    expect(placesFileSchema.safeParse(state.places).success).toBe(true);
  });

  it('wraps a click on a repeated world copy back into −180…180', () => {
    const state = run(initial, { type: 'place-by-hand', annotationId: idOf(initial, 'Kobenni'), lngLat: [349.5, 15.5], ...byAnalyst });
    expect(state.places.find((p) => p.id === 'user-kobenni')?.lngLat).toEqual([-10.5, 15.5]);
  });

  it('gives the same words placed at another point a new user place', () => {
    const state = run(initial, { type: 'place-by-hand', annotationId: idOf(initial, 'Kobenni'), lngLat: [-10, 15], ...byAnalyst }, { type: 'place-by-hand', annotationId: idOf(initial, 'Kobenni'), lngLat: [-11, 16], ...byAnalyst });
    expect(state.places.filter((p) => p.id.startsWith('user-')).map((p) => p.id)).toEqual(['user-kobenni', 'user-kobenni-2']);
  });

  it('adds a missed mention from a selection, trimmed, numbered after the article’s last annotation', () => {
    const start = text.indexOf('Ouadou Sarakolé') - 1;
    const state = run(initial, { type: 'add-mention', start, end: start + 1 + 'Ouadou Sarakolé'.length + 1, placeId: null, kind: 'town', ...byAnalyst });
    const added = state.annotations.find((a) => a.target.selector[0].exact === 'Ouadou Sarakolé')!;
    expect(added).toMatchObject({ id: `urn:border-brief:annotation:${initial.articleId}:6`, creator: analyst, created: at, 'bb:status': 'accepted', body: { source: 'urn:border-brief:place:unlocated' } });
    expect(state.annotations.map((a) => a.target.selector[1].start)).toEqual([...state.annotations.map((a) => a.target.selector[1].start)].sort((a, b) => a - b));
  });

  it('refuses a selection overlapping a marked mention, saying what to do, and changes nothing', () => {
    const start = text.indexOf('Nouakchott');
    const state = run(initial, { type: 'add-mention', start: start - 4, end: start + 3, placeId: 'nouakchott', kind: 'city', ...byAnalyst });
    expect(state.annotations).toBe(initial.annotations);
    expect(state.notice).toMatch(/overlaps the mention « Nouakchott »/);
  });

  it('undoes changes one at a time, back to the geoparser’s proposals', () => {
    const changed = run(initial, { type: 'reject', annotationId: idOf(initial, 'Nara'), ...byAnalyst }, { type: 'place-by-hand', annotationId: idOf(initial, 'Kobenni'), lngLat: [-10, 15], ...byAnalyst });
    const once = reviewAnnotations(changed, { type: 'undo' });
    expect(once.places.some((p) => p.id === 'user-kobenni')).toBe(false);
    expect(once.annotations.find((a) => a.id === idOf(initial, 'Nara'))?.['bb:status']).toBe('rejected');
    const twice = reviewAnnotations(once, { type: 'undo' });
    expect(twice.annotations).toEqual(initial.annotations);
    expect(reviewAnnotations(twice, { type: 'undo' }).notice).toBe('Nothing to undo.');
  });

  it('keeps every reviewed annotation valid for the data schema and the W3C MUST assertions', () => {
    const start = text.indexOf('Ouadou Sarakolé');
    const state = run(
      initial,
      { type: 'accept', annotationId: idOf(initial, 'Nouakchott'), ...byAnalyst },
      { type: 'reject', annotationId: idOf(initial, 'Bamako'), ...byAnalyst },
      { type: 'place-by-hand', annotationId: idOf(initial, 'Kobenni'), lngLat: [-10, 15], ...byAnalyst },
      { type: 'add-mention', start, end: start + 'Ouadou Sarakolé'.length, placeId: null, kind: 'town', ...byAnalyst },
    );
    expect(annotationsFileSchema.safeParse(state.annotations).success).toBe(true);
    for (const annotation of state.annotations) expect(failedMusts(annotation)).toEqual([]);
  });

  it('refuses a reviewer that is not a person', () => {
    const machine: Agent = { id: 'urn:border-brief:agent:geoparser:0.1.0', type: 'Software', name: 'geoparser' };
    expect(() => reviewAnnotations(initial, { type: 'accept', annotationId: idOf(initial, 'Nara'), reviewer: machine, at })).toThrow(/Person/);
  });

  it('numbers new annotations after the highest id in use, not after the count', () => {
    expect(nextAnnotationNumber([{ id: 'urn:border-brief:annotation:a:1' }, { id: 'urn:border-brief:annotation:a:7' }] as never)).toBe(8);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
