import { describe, expect, it } from 'vitest';
import { incidentInterval, isoDay, isoWeekStart, parseIsoDay } from '../../../../src/core/filters/time-interval';

const span = (date: string, precision: number) => {
  const interval = incidentInterval(date, precision);
  return interval && [isoDay(interval.start), isoDay(interval.end - 1)];
};

describe('incident intervals', () => {
  it('a day is that day, a week its ISO week (Monday to Sunday), a month the whole month', () => {
    expect(span('2024-05-09', 1)).toEqual(['2024-05-09', '2024-05-09']);
    expect(span('2024-05-09', 2)).toEqual(['2024-05-06', '2024-05-12']);
    expect(span('2024-05-31', 2)).toEqual(['2024-05-27', '2024-06-02']); // a week across two months
    expect(span('2024-05-12', 2)).toEqual(['2024-05-06', '2024-05-12']); // Sunday ends its week
    expect(span('2024-02-10', 3)).toEqual(['2024-02-01', '2024-02-29']);
  });

  it("an article's month-only date is the month, whatever its precision says; a year is the year", () => {
    expect(span('2024-05', 3)).toEqual(['2024-05-01', '2024-05-31']);
    expect(span('2024-05', 1)).toEqual(['2024-05-01', '2024-05-31']);
    expect(span('2024', 3)).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('refuses what is not a date', () => {
    expect(incidentInterval('2024-02-30', 1)).toBeNull();
    expect(incidentInterval('9 May 2024', 1)).toBeNull();
    expect(parseIsoDay('2024-13-01')).toBeNull();
  });

  it('weeks start on Monday', () => {
    expect(isoDay(isoWeekStart(parseIsoDay('1970-01-01')!))).toBe('1969-12-29');
    expect(isoDay(isoWeekStart(parseIsoDay('2024-01-01')!))).toBe('2024-01-01');
  });
});
