import { describe, expect, test } from 'vitest';
import { nextSlideIndex, presentationKey } from '../../../../src/core/briefing/presentation-keys';

describe('presentationKey', () => {
  test.each(['ArrowRight', ' ', 'PageDown', 'Enter'])('%j goes to the next slide', (key) => {
    expect(presentationKey(key, '').command).toEqual({ type: 'next' });
  });

  test.each(['ArrowLeft', 'PageUp'])('%j goes to the previous slide', (key) => {
    expect(presentationKey(key, '').command).toEqual({ type: 'previous' });
  });

  test('Home and End go to the first and the last slide', () => {
    expect(presentationKey('Home', '').command).toEqual({ type: 'first' });
    expect(presentationKey('End', '').command).toEqual({ type: 'last' });
  });

  test('digits then Enter jump to that slide, counted from 1', () => {
    const first = presentationKey('1', '');
    const second = presentationKey('2', first.typed);
    expect(second).toMatchObject({ typed: '12', command: { type: 'none' } });
    expect(presentationKey('Enter', second.typed)).toEqual({ command: { type: 'goto', index: 11 }, typed: '', isHandled: true });
  });

  test('0 then Enter jumps nowhere', () => {
    expect(presentationKey('Enter', '0').command).toEqual({ type: 'none' });
  });

  test('B blanks the screen, in either case', () => {
    expect(presentationKey('b', '').command).toEqual({ type: 'blank' });
    expect(presentationKey('B', '').command).toEqual({ type: 'blank' });
  });

  test('Esc leaves', () => {
    expect(presentationKey('Escape', '').command).toEqual({ type: 'exit' });
  });

  test('another key is left to the browser and keeps the digits typed', () => {
    expect(presentationKey('Tab', '3')).toEqual({ command: { type: 'none' }, typed: '3', isHandled: false });
  });
});

describe('nextSlideIndex', () => {
  test('stops at the last slide', () => {
    expect(nextSlideIndex(6, { type: 'next' }, 7)).toBe(6);
  });

  test('stops at the first slide', () => {
    expect(nextSlideIndex(0, { type: 'previous' }, 7)).toBe(0);
  });

  test('a jump past the end lands on the last slide', () => {
    expect(nextSlideIndex(2, { type: 'goto', index: 40 }, 7)).toBe(6);
  });
});
