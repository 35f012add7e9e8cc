import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBriefing, type Briefing } from '../../../../src/core/briefing/briefing-schema';
import { briefingEditorReducer, createEditorState, type BriefingEdit } from '../../../../src/core/briefing/edit-briefing';
import { deepFreeze } from './seed-dataset';

const parsed = parseBriefing('seed.json', readFileSync('data/briefings/kessiya-2024-05-mali-mauritanie.json', 'utf8'));
if (!parsed.ok) throw new Error('seed briefing does not parse');
const seed: Briefing = deepFreeze(parsed.briefing);
const ids = (briefing: Briefing) => briefing.slides.map((slide) => slide.id);
const run = (...edits: BriefingEdit[]) => edits.reduce(briefingEditorReducer, createEditorState(seed));

describe('briefingEditorReducer', () => {
  test('adds a slide at the end with a fresh id', () => {
    const { briefing } = run({ type: 'add', slide: { ...seed.slides[0]!, title: 'Vue de Bamako' } });
    expect(briefing.slides.at(-1)).toMatchObject({ id: 'slide-8', title: 'Vue de Bamako' });
  });

  test('retitles one slide', () => {
    expect(run({ type: 'retitle', index: 1, title: 'Mouvements armés' }).briefing.slides[1]!.title).toBe('Mouvements armés');
  });

  test('moves a slide to a new place, the others keeping their order', () => {
    const { briefing } = run({ type: 'move', from: 0, to: 2 });
    expect(ids(briefing)).toEqual([ids(seed)[1], ids(seed)[2], ids(seed)[0], ...ids(seed).slice(3)]);
  });

  test('deletes a slide', () => {
    expect(ids(run({ type: 'delete', index: 3 }).briefing)).toEqual(ids(seed).filter((_, i) => i !== 3));
  });

  test('keeps the last slide: a briefing has at least one', () => {
    const single = { ...seed, slides: [seed.slides[0]!] };
    const state = briefingEditorReducer(createEditorState(single), { type: 'delete', index: 0 });
    expect(state.briefing.slides).toHaveLength(1);
  });

  test('writes notes', () => {
    expect(run({ type: 'notes', index: 0, notes: 'Commencer par la carte.' }).briefing.slides[0]!.notes).toBe('Commencer par la carte.');
  });

  test('undo brings back the briefing before the last edit', () => {
    const state = run({ type: 'delete', index: 0 }, { type: 'move', from: 0, to: 1 }, { type: 'undo' });
    expect(ids(state.briefing)).toEqual(ids(seed).slice(1));
  });

  test('typing a title is one undo step, not one per key stroke', () => {
    const state = run({ type: 'retitle', index: 0, title: 'L' }, { type: 'retitle', index: 0, title: 'La' }, { type: 'retitle', index: 0, title: 'La r' }, { type: 'undo' });
    expect(state.briefing).toEqual(seed);
  });

  test('undo with nothing to undo changes nothing', () => {
    const state = createEditorState(seed);
    expect(briefingEditorReducer(state, { type: 'undo' })).toBe(state);
  });

  test('an edited briefing no longer claims to be the derivation script’s output', () => {
    expect(seed.provenance).toBeDefined();
    expect(run({ type: 'retitle', index: 0, title: 'Autre' }).briefing.provenance).toBeUndefined();
  });

  test('replacing by an imported briefing can be undone', () => {
    const other = { ...seed, title: 'Importé' };
    expect(run({ type: 'replace', briefing: other }, { type: 'undo' }).briefing).toBe(seed);
  });
});
