/**
 * A slide's time window and filters in the briefing file: optional, so the files written before
 * slides had them (the seed, stored copies, exports) read as before; when present they are checked,
 * named in problems with a fix, kept through export and import, set and cleared as one undo step,
 * and taken from the dashboard when a slide is added from the view.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseBriefing, type Briefing } from '../../../../src/core/briefing/briefing-schema';
import { briefingEditorReducer, createEditorState } from '../../../../src/core/briefing/edit-briefing';
import { serializeBriefing } from '../../../../src/core/briefing/serialize-briefing';
import { slideFromView } from '../../../../src/core/briefing/slide-from-view';
import { patchSlideFilters, slideFilterState, toSlideFilters } from '../../../../src/core/briefing/slide-filters';
import type { Dataset } from '../../../../src/core/dataset';
import { filters } from '../../../../src/core/filters/filter-state';
import { ALL_LAYERS_VISIBLE } from '../../../../src/core/vocabulary/layer-toggles';
import { deepFreeze, seedDataset, SEED_ARTICLE_ID } from './seed-dataset';

const PATH = `data/briefings/${SEED_ARTICLE_ID}.json`;
const content = readFileSync(PATH, 'utf8');
let dataset: Dataset;
let seed: Briefing;
beforeAll(async () => {
  dataset = await seedDataset();
  const parsed = parseBriefing(PATH, content, dataset);
  if (!parsed.ok) throw new Error('the seed briefing does not parse');
  seed = deepFreeze(parsed.briefing);
});

const withFilters = (value: unknown, slide = 1) => {
  const json = JSON.parse(content);
  json.slides[slide].filters = value;
  return JSON.stringify(json);
};

describe('slide filters in the briefing file', () => {
  test('a file written before slides had filters loads, and no slide has any', () => {
    expect(content).not.toContain('"filters"');
    expect(seed.slides.every((slide) => slide.filters === undefined && slideFilterState(slide) === null)).toBe(true);
    // Written back, it is the same bytes: a briefing without filters gains no key.
    expect(serializeBriefing(seed)).toBe(content);
  });

  test('a slide with a window and filters loads, and exports and imports back equal', () => {
    const result = parseBriefing(PATH, withFilters({ from: '2024-03-01', to: '2024-05-31', subEventTypes: ['Attack'], sides: ['mauritania'], maxDistanceKm: 50 }), dataset);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const state = slideFilterState(result.briefing.slides[1]!)!;
    expect(state).toMatchObject({ from: '2024-03-01', to: '2024-05-31', subEventTypes: ['Attack'], sides: ['mauritania'], maxDistanceKm: 50, eventTypes: [], actors: [] });
    const again = parseBriefing(PATH, serializeBriefing(result.briefing), dataset);
    expect(again).toEqual(result);
  });

  test('a wrong day, an unknown side or an unknown key is named by slide, field and fix', () => {
    const badDay = parseBriefing('x.json', withFilters({ from: '2024-02-30' }));
    expect(badDay.ok ? null : badDay.problems[0]).toMatchObject({ file: 'x.json', field: 'slides[1].filters.from' });
    expect(badDay.ok ? '' : badDay.problems[0]!.message).toContain('(slide 2)');
    const badSide = parseBriefing('x.json', withFilters({ sides: ['senegal'] }));
    expect(badSide.ok ? null : badSide.problems[0]!.field).toBe('slides[1].filters.sides[0]');
    const unknown = parseBriefing('x.json', withFilters({ country: 'MR' }));
    expect(unknown.ok ? '' : `${unknown.problems[0]!.message} ${unknown.problems[0]!.fix}`).toMatch(/maxDistanceKm/);
  });
});

describe('slide filters and the filter state', () => {
  test('only the members that filter are stored, and they read back as the same state', () => {
    const state = filters({ from: '2024-03-01', actors: ['wagner'], geoPrecisions: [1, 2], maxDistanceKm: 0 });
    const stored = toSlideFilters(state)!;
    expect(stored).toEqual({ from: '2024-03-01', actors: ['wagner'], geoPrecisions: [1, 2], maxDistanceKm: 0 });
    expect(slideFilterState({ filters: stored })).toEqual(state);
    expect(toSlideFilters(filters())).toBeUndefined();
  });

  test('changing the last filter of a slide to nothing leaves no filters', () => {
    expect(patchSlideFilters({ from: '2024-03-01' }, { from: null })).toBeUndefined();
    expect(patchSlideFilters({ from: '2024-03-01' }, { to: '2024-03-31' })).toEqual({ from: '2024-03-01', to: '2024-03-31' });
  });

  test('setting and clearing a slide’s filters are undoable edits; clearing removes the key', () => {
    const set = briefingEditorReducer(createEditorState(seed), { type: 'filters', index: 2, filters: { sides: ['mali'] } });
    expect(set.briefing.slides[2]!.filters).toEqual({ sides: ['mali'] });
    expect(set.past).toHaveLength(1);
    const cleared = briefingEditorReducer(set, { type: 'filters', index: 2, filters: undefined });
    expect('filters' in cleared.briefing.slides[2]!).toBe(false);
    expect(briefingEditorReducer(cleared, { type: 'undo' }).briefing.slides[2]!.filters).toEqual({ sides: ['mali'] });
    // The same filters again change nothing and make no undo step.
    expect(briefingEditorReducer(set, { type: 'filters', index: 2, filters: { sides: ['mali'] } })).toBe(set);
  });

  test('a slide added from the view keeps the dashboard’s window and filters, and none when there are none', () => {
    const view = { selection: null, layers: { ...ALL_LAYERS_VISIBLE }, article: dataset.articles[0], camera: null, language: 'fr' as const };
    const filtered = slideFromView(seed, dataset, { ...view, filters: filters({ from: '2024-05-01', to: '2024-05-15', sides: ['mauritania'] }) }, 'Nouvelle');
    expect(filtered.filters).toEqual({ from: '2024-05-01', to: '2024-05-15', sides: ['mauritania'] });
    expect('filters' in slideFromView(seed, dataset, { ...view, filters: filters() }, 'Nouvelle')).toBe(false);
  });
});
