import { describe, expect, test } from 'vitest';
import { briefingFromHash, hashWithBriefing } from '../../../../src/core/briefing/briefing-hash';

describe('briefingFromHash', () => {
  test('reads #brief=ID&slide=3 as the third slide (index 2)', () => {
    expect(briefingFromHash('#brief=seed&slide=3')).toEqual({ briefingId: 'seed', slideIndex: 2, isPresenter: false });
  });

  test('opens the first slide when the slide number is missing or not a number', () => {
    expect(briefingFromHash('#brief=seed')?.slideIndex).toBe(0);
    expect(briefingFromHash('#brief=seed&slide=x')?.slideIndex).toBe(0);
  });

  test('reads the presenter view flag', () => {
    expect(briefingFromHash('#brief=seed&slide=2&presenter=1')?.isPresenter).toBe(true);
  });

  test('is null without a briefing', () => {
    expect(briefingFromHash('#place=nouakchott')).toBeNull();
  });
});

describe('hashWithBriefing', () => {
  test('keeps the selection keys of the dashboard', () => {
    expect(hashWithBriefing('#place=nouakchott', { briefingId: 'seed', slideIndex: 0, isPresenter: false })).toBe('#place=nouakchott&brief=seed&slide=1');
  });

  test('removes only the briefing keys when leaving', () => {
    expect(hashWithBriefing('#place=bamako&brief=seed&slide=4', null)).toBe('#place=bamako');
  });
});
