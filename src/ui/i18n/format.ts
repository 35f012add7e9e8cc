/**
 * Locale formatting by the platform (Intl), and the typography of each interface language:
 * dates in words at their precision, numbers, percentages, plurals, lists, country names,
 * quotation marks and the space before a colon. French typography in French, English in English,
 * whatever the language of the words quoted.
 */
import type { Language, TimePrecision } from '../../core/types';

/** The locale each interface language formats in: French of France, British English (day before month, as the articles date). */
export const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const satisfies Record<Language, string>;

/** A PDF handout's language, as jsPDF names it (its list has 'fr' but no 'fr-FR'). */
export const PDF_LANGUAGES = { fr: 'fr', en: 'en-GB' } as const satisfies Record<Language, string>;

/** A no-break space: French puts one inside « » and before a colon. */
export const NBSP = '\u00A0';
/** A narrow no-break space: French puts one before ; ? ! (and Intl before %). */
export const NNBSP = '\u202F';

// Making an Intl formatter costs far more than using one (toLocaleString makes one per call),
// and a card or a handout formats dates and numbers by the dozen: each formatter is made once per
// language and options, and kept.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

// ---- Typography ----

/** The colon after a label: « Source : » in French (no-break space before it), "Source: " in English. */
export function colon(language: Language): string {
  return language === 'fr' ? `${NBSP}: ` : ': ';
}

/** The separator of a list whose items hold commas: « ; » in French (narrow no-break space before it). */
export function semicolon(language: Language): string {
  return language === 'fr' ? `${NNBSP}; ` : '; ';
}

/** Opening and closing quotation marks: « … » with no-break spaces inside in French, “…” in English. */
export function quoteMarks(language: Language): { open: string; close: string } {
  return language === 'fr' ? { open: `«${NBSP}`, close: `${NBSP}»` } : { open: '“', close: '”' };
}

/** Text in the interface language's quotation marks: « Atar » / “Atar”. */
export function quote(text: string, language: Language): string {
  const { open, close } = quoteMarks(language);
  return `${open}${text}${close}`;
}

/**
 * French spacing in interface words written with ordinary spaces: a no-break space before a
 * colon and inside « », a narrow no-break space before ; ? !. Applied to the tables' own words
 * once, never to data (a title is shown as it was written).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ :/g, `${NBSP}:`)
    .replace(/ ([;?!])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

// ---- Dates ----

/** How precisely a date is known, as it is said: « 9 mai 2024 », « semaine du 6 mai 2024 », « mai 2024 », « 2024 ». */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

const TIME_PRECISION_DATE: Record<TimePrecision, DatePrecision> = { 1: 'day', 2: 'week', 3: 'month' };

/** An ACLED event_date at its time_precision (1 day, 2 week, 3 month): '2024-05-09', 2 → « semaine du 6 mai 2024 ». */
export function formatEventDate(isoDate: string, timePrecision: TimePrecision, language: Language): string {
  return formatDate(isoDate, TIME_PRECISION_DATE[timePrecision], language);
}

/**
 * A date in words at its precision. An ISO date ('2024', '2024-05', '2024-05-09') is never said
 * more precisely than it is written; a Date is taken on this machine's calendar (the day a handout
 * is made). A week is the week from Monday that holds the date.
 */
export function formatDate(date: string | Date, precision: DatePrecision, language: Language): string {
  const parsed = typeof date === 'string' ? parseIsoDate(date) : { utc: new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())), known: 'day' as const };
  if (!parsed) return String(date); // not a date we can read: shown as written
  const known = PRECISION_RANK[parsed.known] < PRECISION_RANK[precision] ? parsed.known : precision;
  if (known === 'year') return String(parsed.utc.getUTCFullYear());
  if (known === 'month') return monthFormat(language).format(parsed.utc);
  if (known === 'day') return formatDay(parsed.utc, language);
  const monday = new Date(parsed.utc.getTime() - ((parsed.utc.getUTCDay() + 6) % 7) * 86_400_000);
  return language === 'fr' ? `semaine du ${formatDay(monday, language)}` : `week of ${formatDay(monday, language)}`;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };

function parseIsoDate(iso: string): { utc: Date; known: DatePrecision } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return null;
  const [, year, month, day] = match;
  return { utc: new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1)), known: day ? 'day' : month ? 'month' : 'year' };
}

/** « 9 mai 2024 », « 1er décembre 2024 » (French writes the first of the month as an ordinal); "9 May 2024". */
function formatDay(utc: Date, language: Language): string {
  const format = cached(`day|${language}`, () => new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  if (language !== 'fr' || utc.getUTCDate() !== 1) return format.format(utc);
  return format
    .formatToParts(utc)
    .map((part) => (part.type === 'day' ? '1er' : part.value))
    .join('');
}

function monthFormat(language: Language): Intl.DateTimeFormat {
  return cached(`month|${language}`, () => new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }));
}

// ---- Numbers ----

/** A number with a fixed count of decimals: 18.0858 → « 18,0858 » / "18.0858". */
export function formatDecimal(value: number, decimals: number, language: Language): string {
  return cached(`decimal|${language}|${decimals}`, () => new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals })).format(value);
}

/** A whole number: 1200 → « 1 200 » / "1,200". */
export function formatInteger(value: number, language: Language): string {
  return cached(`integer|${language}`, () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 })).format(value);
}

/** A fraction as a whole percentage: 0.95 → « 95 % » / "95%". */
export function formatPercent(fraction: number, language: Language): string {
  return cached(`percent|${language}`, () => new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 })).format(fraction);
}

/**
 * A point as latitude and longitude in degrees, the hemisphere named rather than signed (a minus
 * sign is easy to miss): [-15.9785, 18.0858] → « 18,0858° N ; 15,9785° O » / "18.0858° N, 15.9785° W".
 * French separates them with a semicolon, since its decimal mark is the comma.
 */
export function formatLngLat([lng, lat]: readonly [number, number], language: Language): string {
  const hemispheres = language === 'fr' ? { n: 'N', s: 'S', e: 'E', w: 'O' } : { n: 'N', s: 'S', e: 'E', w: 'W' };
  const latitude = `${formatDecimal(Math.abs(lat), 4, language)}°${NBSP}${lat < 0 ? hemispheres.s : hemispheres.n}`;
  const longitude = `${formatDecimal(Math.abs(lng), 4, language)}°${NBSP}${lng < 0 ? hemispheres.w : hemispheres.e}`;
  return language === 'fr' ? `${latitude}${semicolon(language)}${longitude}` : `${latitude}, ${longitude}`;
}

/** A clock's reading of elapsed seconds: 83 → '01:23', 3723 → '1:02:03'. */
export function formatElapsed(seconds: number, language: Language): string {
  const two = cached(`two-digits|${language}`, () => new Intl.NumberFormat(LOCALES[language], { minimumIntegerDigits: 2, useGrouping: false }));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}:${two.format(m)}:${two.format(s)}` : `${two.format(m)}:${two.format(s)}`;
}

// ---- Plurals, lists, names ----

/** The plural category of a count in the language ('one' covers 0 and 1 in French, only 1 in English). */
export function pluralCategory(count: number, language: Language): Intl.LDMLPluralRule {
  return cached(`plural|${language}`, () => new Intl.PluralRules(LOCALES[language])).select(count);
}

/** « 1, 2 et 5 » / "1, 2 and 5". */
export function formatList(items: readonly string[], language: Language): string {
  return cached(`list|${language}`, () => new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' })).format(items);
}

/** « Attaque ou Enlèvement » / "Attack or Abduction": values of which any will do (a filter's). */
export function formatAlternatives(items: readonly string[], language: Language): string {
  return cached(`or|${language}`, () => new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'disjunction' })).format(items);
}

/** A country's name from its ISO 3166-1 alpha-2 code, in the language: 'MR' → « Mauritanie » / "Mauritania"; an unknown code as written. */
export function countryName(isoCode: string, language: Language): string {
  try {
    return cached(`region|${language}`, () => new Intl.DisplayNames([LOCALES[language]], { type: 'region', fallback: 'code' })).of(isoCode) ?? isoCode;
  } catch {
    return isoCode; // not a well-formed code
  }
}

const shortMonthFormats = new Map<Language, Intl.DateTimeFormat>();
/** « déc. 2021 », "Dec 2021": a month on a crowded axis. */
export function formatShortMonth(isoMonth: string, language: Language): string {
  let format = shortMonthFormats.get(language);
  if (!format) shortMonthFormats.set(language, (format = new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`));
}
