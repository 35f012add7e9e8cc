// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { createStore } from '../../../src/state/store';
import { syncWithUrl } from '../../../src/state/url-sync';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('URL sync', () => {
  test('opens with the selection the hash names', () => {
    window.history.replaceState(null, '', '/#incident=visit-nouakchott');
    const store = createStore();
    const stop = syncWithUrl(store);
    expect(store.getState().selection).toEqual({ type: 'incident', id: 'visit-nouakchott' });
    stop();
  });
  test('writes each new selection into the hash', () => {
    const store = createStore();
    const stop = syncWithUrl(store);
    store.select({ type: 'place', id: 'bamako' });
    expect(window.location.hash).toBe('#place=bamako');
    stop();
  });
  test('follows the hash when the user goes back', () => {
    const store = createStore();
    const stop = syncWithUrl(store);
    store.select({ type: 'place', id: 'bamako' });
    window.history.replaceState(null, '', '/#place=nouakchott');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selection).toEqual({ type: 'place', id: 'nouakchott' });
    stop();
  });
});
