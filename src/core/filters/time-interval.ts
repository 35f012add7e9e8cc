/**
 * When an incident happened, as an interval of whole days, from its `event_date` and
 * `time_precision`. Days are counted from 1970-01-01 (UTC, so no time zone shifts a day), and an
 * interval is `[start, end)`: `end` is the first day after it.
 *
 * What each precision means (ACLED codebook, `time_precision`):
 * - 1, the day is known: that day.
 * - 2, only the week is known: ACLED then codes one day of that week as `event_date`; the
 *   interval is the ISO week (Monday to Sunday) containing it. A week that straddles two months
 *   straddles them here too.
 * - 3, only the month (or a longer span) is known: the whole calendar month of `event_date`.
 *   ACLED says "or longer" without saying how long, so the month is the most this data can tell.
 * An `event_date` written with less detail than its precision claims (an article's `'2024-05'`,
 * whatever its precision) is the span it is written to: `'2024-05'` is May, `'2024'` the year.
 */
import type { TimePrecision } from '../types';

export interface DayInterval {
  /** First day, counted from 1970-01-01. */
  start: number;
  /** First day after the interval (exclusive). */
  end: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The day number of a valid calendar date, or null (`dayNumber(2024, 2, 30)` is null). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  if (year < 100) date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of a `YYYY-MM-DD` string, or null when it is not a real day. */
export function parseIsoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Monday of the ISO week containing `day`. */
export function isoWeekStart(day: number): number {
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** First day of the month containing `day`. */
export function monthStart(day: number): number {
  const date = new Date(day * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS);
}

/** First day of the month after the one containing `day`. */
export function nextMonthStart(day: number): number {
  const date = new Date(day * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS);
}

/**
 * The interval an incident covers, or null when `eventDate` is not `YYYY`, `YYYY-MM` or a real
 * `YYYY-MM-DD`.
 * @example incidentInterval('2024-05-09', 1) // May 9: { start: 19852, end: 19853 }
 * @example incidentInterval('2024-05-09', 2) // Monday 6 to Sunday 12 May 2024
 * @example incidentInterval('2024-05', 3)    // the whole of May 2024
 */
export function incidentInterval(eventDate: string, timePrecision: TimePrecision | number): DayInterval | null {
  const m = ISO_DATE.exec(eventDate);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    const start = dayNumber(year, 1, 1);
    const end = dayNumber(year + 1, 1, 1);
    return start === null || end === null ? null : { start, end };
  }
  const month = Number(m[2]);
  if (m[3] === undefined) {
    const start = dayNumber(year, month, 1);
    return start === null ? null : { start, end: nextMonthStart(start) };
  }
  const day = dayNumber(year, month, Number(m[3]));
  if (day === null) return null;
  if (timePrecision === 2) {
    const start = isoWeekStart(day);
    return { start, end: start + 7 };
  }
  if (timePrecision === 3) return { start: monthStart(day), end: nextMonthStart(day) };
  return { start: day, end: day + 1 };
}
