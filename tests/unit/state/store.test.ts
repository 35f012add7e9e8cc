import { describe, expect, test, vi } from 'vitest';
import { createStore } from '../../../src/state/store';

describe('dashboard store', () => {
  test('holds one selection at a time', () => {
    const store = createStore();
    store.select({ type: 'place', id: 'nouakchott' });
    store.select({ type: 'incident', id: 'visit' });
    expect(store.getState().selection).toEqual({ type: 'incident', id: 'visit' });
  });
  test('asks the map to frame again when the same place is picked again', () => {
    const store = createStore();
    store.select({ type: 'place', id: 'bamako' });
    const before = store.getState().focusRequest;
    store.select({ type: 'place', id: 'bamako' });
    expect(store.getState().focusRequest).toBe(before + 1);
  });
  test('clearing returns to the overview and notifies once', () => {
    const store = createStore({ selection: { type: 'place', id: 'mali' } });
    const listener = vi.fn();
    store.subscribe(listener);
    store.clearSelection();
    store.clearSelection();
    expect(store.getState().selection).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
  test('toggles one layer without touching the others', () => {
    const store = createStore();
    store.toggleLayer('borderZone');
    expect(store.getState().layers).toMatchObject({ borderZone: false, border: true, capitals: true });
  });
  test('does not notify when the language does not change', () => {
    const store = createStore({ language: 'fr' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.setLanguage('fr');
    store.setLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
