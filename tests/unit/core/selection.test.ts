import { describe, expect, test } from 'vitest';
import { hashWithSelection, isSameSelection, selectionFromHash } from '../../../src/core/selection';

describe('selection in the URL hash', () => {
  test('reads a place selection', () => {
    expect(selectionFromHash('#place=nouakchott')).toEqual({ type: 'place', id: 'nouakchott' });
  });
  test('reads an incident selection', () => {
    expect(selectionFromHash('#incident=visit-nouakchott')).toEqual({ type: 'incident', id: 'visit-nouakchott' });
  });
  test('reads nothing from an empty or unrelated hash', () => {
    expect(selectionFromHash('')).toBeNull();
    expect(selectionFromHash('#brief=seed&slide=3')).toBeNull();
  });
  test('writes a selection and keeps other parameters', () => {
    expect(hashWithSelection('#brief=seed&slide=3', { type: 'place', id: 'bamako' })).toBe('#brief=seed&slide=3&place=bamako');
  });
  test('replaces the previous selection instead of adding a second one', () => {
    expect(hashWithSelection('#place=bamako', { type: 'incident', id: 'x' })).toBe('#incident=x');
  });
  test('clearing the selection empties a hash that held only it', () => {
    expect(hashWithSelection('#place=bamako', null)).toBe('');
  });
  test('compares selections by type and id', () => {
    expect(isSameSelection({ type: 'place', id: 'a' }, { type: 'place', id: 'a' })).toBe(true);
    expect(isSameSelection({ type: 'place', id: 'a' }, { type: 'incident', id: 'a' })).toBe(false);
    expect(isSameSelection(null, null)).toBe(true);
    expect(isSameSelection(null, { type: 'place', id: 'a' })).toBe(false);
  });
});
