/**
 * A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601),
 * with plausible months and days. Articles' publication dates and ACLED `event_date`s are written
 * so, and an article opened with a date is checked against the same pattern as the data files.
 */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
