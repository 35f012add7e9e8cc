/**
 * When: the time expressions of a sentence resolved against the publication date, as ACLED's
 * `event_date` and `time_precision` (1 day, 2 week, 3 month or longer). A date written out is
 * its day; a weekday is the latest such day on or before publication; « la semaine dernière »
 * the Monday of the week before; « le week-end », "over the weekend" the Saturday before; « ces
 * derniers jours » a week before; "a fortnight ago" two weeks before (precision 2); a month
 * (« en juin », « début mai », "last month", « au cours des derniers mois ») is the month,
 * precision 3. A relative day needs a known publication day: with only the month, the month is
 * returned at precision 3 and `undecided` says why. « les 5 et 6 mars » gives two days.
 *
 * A date whose year is written and earlier than the publication's, more than a month before it
 * (« en février 2024 », "On 5 March 2022" in a 2025 article), or a year alone (« en 2023 », « il y
 * a trois ans »), dates background the article recalls, not news: `isBackgroundDate`,
 * `backgroundYears`. « Le même jour », « le lendemain », "the same day", "the next day" name no
 * date of their own but one relative to the date told before them: `findDateAnaphora`.
 */
import type { TimePrecision } from '../types';

export interface ResolvedDate {
  date: string; // YYYY-MM-DD or YYYY-MM
  precision: TimePrecision;
  start: number; // local span of the expression in the sentence
  end: number;
  /** Set when the expression could not be resolved as precisely as it reads. */
  undecided?: string;
  confidence: number;
  /** The year as written (« le 5 mars 2022 »), or inherited from the date « le même jour » refers to. */
  explicitYear?: number;
}

const MONTHS_FR = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SHORT_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_ALT = [...MONTHS_FR, ...MONTHS_EN].join('|');

interface Published {
  year: number;
  month: number; // 1–12
  day: number | null;
}

/** The publication date as parts; null when it is not YYYY-MM or YYYY-MM-DD. */
export function parsePublished(published: string): Published | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(published);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null };
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (year: number, month: number) => `${year}-${pad(month)}`;
const monthIndex = (name: string) => {
  const fr = MONTHS_FR.indexOf(name);
  if (fr !== -1) return fr + 1;
  const en = MONTHS_EN.indexOf(name);
  return en !== -1 ? en + 1 : MONTH_SHORT_EN.indexOf(name.slice(0, 3)) + 1;
};

/** The month of publication, precision 3: the date of an event that has no time of its own. */
export function publicationMonth(published: string): ResolvedDate {
  const p = parsePublished(published);
  return { date: p ? ym(p.year, p.month) : published.slice(0, 7), precision: 3, start: -1, end: -1, confidence: 0.5 };
}

// Ordered: longer, more specific expressions first; each match takes its words.
const PATTERNS: Array<{ re: RegExp; resolve: (m: RegExpExecArray, p: Published) => ResolvedDate[] | ResolvedDate | null }> = [
  // « les 5 et 6 mars » → two days
  { re: new RegExp(`\\b(?:les |on )?(\\d{1,2})(?:er)? (?:et|and) (\\d{1,2})(?:er)? (${MONTH_ALT})(?: (\\d{4}))?`, 'g'), resolve: (m, p) => [dayOf(p, Number(m[1]), m[3]!, m[4], m), dayOf(p, Number(m[2]), m[3]!, m[4], m)].filter((d): d is ResolvedDate => d !== null) },
  // « le jeudi 9 mai 2024 », « le 2 juin », "2 June", "on 18 November"
  { re: new RegExp(`\\b(?:le |on )?(?:(?:${[...DAYS_FR, ...DAYS_EN].join('|')}),? )?(\\d{1,2})(?:er)? (${MONTH_ALT})(?: (\\d{4}))?\\b`, 'g'), resolve: (m, p) => dayOf(p, Number(m[1]), m[2]!, m[3], m) },
  // "June 2", "on June 2, 2024"
  { re: new RegExp(`\\b(?:on )?(${MONTHS_EN.join('|')}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'g'), resolve: (m, p) => dayOf(p, Number(m[2]), m[1]!, m[3], m) },
  { re: /\b(?:avant-hier|the day before yesterday)\b/g, resolve: (m, p) => relativeDays(p, -2, 1, m) },
  { re: /\b(?:hier soir|hier|yesterday|last night)\b/g, resolve: (m, p) => relativeDays(p, -1, 1, m) },
  { re: /\b(?:aujourd'hui|ce matin|today|this morning)\b/g, resolve: (m, p) => relativeDays(p, 0, 1, m) },
  { re: /\b(?:il y a (?:deux|2) semaines|a fortnight ago|two weeks ago|2 weeks ago|il y a une quinzaine de jours)\b/g, resolve: (m, p) => relativeDays(p, -14, 2, m) },
  { re: /\b(?:depuis une semaine|il y a une semaine|a week ago|one week ago)\b/g, resolve: (m, p) => relativeDays(p, -7, 2, m) },
  { re: /\b(?:ces derniers jours|au cours des derniers jours|in recent days|in the past few days|over the past few days|these past days)\b/g, resolve: (m, p) => relativeDays(p, -7, 2, m) },
  { re: /\b(?:il y a (\d+|deux|trois|quatre|cinq) jours|(\d+|two|three|four|five) days ago)\b/g, resolve: (m, p) => relativeDays(p, -numberWord(m[1] ?? m[2] ?? '0'), 1, m) },
  { re: /\b(?:la semaine derniere|la semaine passee|last week)\b/g, resolve: (m, p) => lastWeekMonday(p, m) },
  { re: /\b(?:(?:le|ce) week-end(?: dernier)?|(?:over|at|during) the weekend|last weekend|this weekend)\b/g, resolve: (m, p) => lastSaturday(p, m) },
  { re: /\b(?:le mois dernier|le mois passe|last month|au cours du mois dernier)\b/g, resolve: (m, p) => monthOffset(p, -1, m) },
  { re: /\b(?:ce mois-ci|this month|depuis le debut du mois|au cours des derniers mois|ces derniers mois|in recent months|in the past months|over the past months|depuis plusieurs semaines|in recent weeks|ces dernieres semaines)\b/g, resolve: (m, p) => monthOffset(p, 0, m) },
  { re: new RegExp(`\\b(?:debut|mi-|fin|early|mid-|late|en|in|au mois de|courant) ?(${MONTH_ALT})(?: (\\d{4}))?\\b`, 'g'), resolve: (m, p) => namedMonth(p, m[1]!, m[2], m) },
  // « l'attaque de janvier 2023 », "the May 2023 attack": with its year, a month needs no preposition.
  { re: new RegExp(`\\b(${MONTH_ALT}) (\\d{4})\\b`, 'g'), resolve: (m, p) => namedMonth(p, m[1]!, m[2], m) },
  { re: new RegExp(`\\b(?:(${DAYS_FR.join('|')})|(?:on |last )?(${DAYS_EN.join('|')}))\\b`, 'g'), resolve: (m, p) => weekday(p, m[1] ?? m[2]!, m) },
];

/**
 * The dates a folded sentence states, in text order (a dateline such as "NOUAKCHOTT, April 12 -"
 * is the publication's, not an event's, and is skipped).
 */
export function findDates(folded: string, published: string): ResolvedDate[] {
  const p = parsePublished(published);
  if (!p) return [];
  const taken: Array<[number, number]> = [];
  const dates: ResolvedDate[] = [];
  const dateline = /^[a-z' -]{2,30}, (?:[a-z]{3,9}\.? \d{1,2}|\d{1,2} [a-z]{3,9})(?: \([a-z]+\))? ?- /.exec(folded);
  if (dateline) taken.push([0, dateline[0].length]);
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // « avant la fin du mois », « dès lundi »: a deadline or a plan, not when something happened.
      if (/\b(?:avant|des|d'ici|jusqu'a|by|until|before|next|prochain)\s*(?:la |le |the )?$/.test(folded.slice(Math.max(0, start - 12), start))) continue;
      const resolved = resolve(m, p);
      if (!resolved) continue;
      taken.push([start, end]);
      for (const r of Array.isArray(resolved) ? resolved : [resolved]) dates.push(r);
    }
  }
  return dates.sort((a, b) => a.start - b.start);
}

function span(m: RegExpExecArray) {
  return { start: m.index, end: m.index + m[0].length };
}

function dayOf(p: Published, day: number, monthName: string, yearText: string | undefined, m: RegExpExecArray): ResolvedDate | null {
  const month = monthIndex(monthName);
  if (month < 1 || day < 1 || day > 31) return null;
  let year = yearText ? Number(yearText) : p.year;
  // No year written: the latest such date not after publication (a January article's « le 28 décembre »).
  if (!yearText && (month > p.month || (month === p.month && p.day !== null && day > p.day))) year -= 1;
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 1, ...span(m), confidence: 0.95, ...(yearText ? { explicitYear: year } : {}) };
}

function needsDay(p: Published, m: RegExpExecArray, what: string): ResolvedDate | null {
  if (p.day !== null) return null;
  return { date: ym(p.year, p.month), precision: 3, ...span(m), confidence: 0.4, undecided: `« ${m[0].trim()} » (${what}) needs the day of publication; only the month is known, so the month is given at precision 3.` };
}

function fromPublished(p: Published, offsetDays: number): Date {
  return new Date(Date.UTC(p.year, p.month - 1, (p.day ?? 1) + offsetDays));
}

function relativeDays(p: Published, offset: number, precision: TimePrecision, m: RegExpExecArray): ResolvedDate {
  return needsDay(p, m, 'a relative day') ?? { date: ymd(fromPublished(p, offset)), precision, ...span(m), confidence: precision === 1 ? 0.85 : 0.7 };
}

function weekday(p: Published, name: string, m: RegExpExecArray): ResolvedDate {
  const target = Math.max(DAYS_FR.indexOf(name), DAYS_EN.indexOf(name));
  const early = needsDay(p, m, 'a weekday');
  if (early) return early;
  const pub = fromPublished(p, 0);
  const back = (pub.getUTCDay() - target + 7) % 7;
  return { date: ymd(fromPublished(p, -back)), precision: 1, ...span(m), confidence: 0.85 };
}

function lastWeekMonday(p: Published, m: RegExpExecArray): ResolvedDate {
  const early = needsDay(p, m, 'last week');
  if (early) return early;
  const pub = fromPublished(p, 0);
  const sinceMonday = (pub.getUTCDay() + 6) % 7;
  return { date: ymd(fromPublished(p, -sinceMonday - 7)), precision: 2, ...span(m), confidence: 0.75 };
}

function lastSaturday(p: Published, m: RegExpExecArray): ResolvedDate {
  const early = needsDay(p, m, 'a weekend');
  if (early) return early;
  const pub = fromPublished(p, 0);
  const back = ((pub.getUTCDay() - 6 + 7) % 7) || (pub.getUTCDay() === 6 ? 0 : 7);
  return { date: ymd(fromPublished(p, -back)), precision: 2, ...span(m), confidence: 0.75 };
}

function monthOffset(p: Published, offset: number, m: RegExpExecArray): ResolvedDate {
  const d = new Date(Date.UTC(p.year, p.month - 1 + offset, 1));
  return { date: ym(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: 3, ...span(m), confidence: 0.7 };
}

function namedMonth(p: Published, name: string, yearText: string | undefined, m: RegExpExecArray): ResolvedDate | null {
  const month = monthIndex(name);
  if (month < 1) return null;
  // "may" is also a modal verb: only "in May", "early May", « en mai », « début mai » reach here.
  let year = yearText ? Number(yearText) : p.year;
  if (!yearText && month > p.month) year -= 1;
  return { date: ym(year, month), precision: 3, ...span(m), confidence: 0.8, ...(yearText ? { explicitYear: year } : {}) };
}

function numberWord(word: string): number {
  const words: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, two: 2, three: 3, four: 4, five: 5 };
  return words[word] ?? Number(word);
}

// ── background and dates told relative to another ─────────────────────────

// How long before publication a date of the previous year is still news: a January article's
// "On 30 December 2024" reports a recent event, its « le 14 avril 2024 » recalls an old one.
const NEWS_WINDOW_DAYS = 31;
const DAY_MS = 86_400_000;

/** Whether `date` is background: its year written, earlier than publication's, and over a month before it. */
export function isBackgroundDate(date: ResolvedDate, published: string): boolean {
  const p = parsePublished(published);
  if (!p || date.explicitYear === undefined || date.explicitYear >= p.year) return false;
  const [year, month, day] = date.date.split('-').map(Number) as [number, number, number | undefined];
  // The last day the expression covers: its day, or the end of its month.
  const last = day !== undefined ? Date.UTC(year, month - 1, day) : Date.UTC(year, month, 0);
  return (Date.UTC(p.year, p.month - 1, p.day ?? 1) - last) / DAY_MS > NEWS_WINDOW_DAYS;
}

// A year alone, as a time (« en 2023 », "in 2023", "back in 2019"), or years counted back
// (« il y a trois ans », "two years ago", « l'an dernier », "last year"). « depuis 2022 », "since
// 2022" say how long something lasts, not when it happened, and are not read.
const YEAR_ALONE = /\b(?:en|in|back in|au cours de l'annee|durant l'annee|during|debut|fin|mi-|courant|early|late|mid-|au printemps|a l'ete|a l'automne|en hiver|a l'hiver|in the (?:spring|summer|autumn|fall|winter) of|in (?:spring|summer|autumn|fall|winter)) ?((?:19|20)\d\d)\b(?! ?[-/])/g;
const YEARS_AGO = /\b(?:il y a (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|\d+) ans|(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) years ago|l'an dernier|l'an passe|l'annee derniere|l'annee passee|last year)\b/g;

/**
 * The spans of a folded sentence that date it to an earlier year than publication without a
 * day or a month: « en 2023 », "three years ago", « l'an dernier » (which, in a January article,
 * may still be news: it is read only from February on).
 */
export function backgroundYears(folded: string, published: string): Array<{ start: number; end: number }> {
  const p = parsePublished(published);
  if (!p) return [];
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of folded.matchAll(YEAR_ALONE)) if (Number(m[1]) < p.year) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of folded.matchAll(YEARS_AGO)) if (!/last year|l'an(?:nee)? (?:dernier|derniere|passe|passee)/.test(m[0]) || p.month > 1) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

/** A date told relative to one before it: the same day (0), the next day (1), the day before (-1). */
export interface DateAnaphor {
  start: number;
  end: number;
  shift: -1 | 0 | 1;
}

const ANAPHORA: Array<{ re: RegExp; shift: -1 | 0 | 1 }> = [
  { re: /\b(?:le meme jour|ce meme jour|le jour meme|dans la meme journee|au cours de la meme journee|ce jour-la|plus (?:tard|tot) dans la journee|le soir meme|ce soir-la|cette nuit-la|(?:on )?(?:that )?(?:the )?same day|on that day|(?:later|earlier) (?:that|the same) day|that (?:evening|night))\b/g, shift: 0 },
  { re: /\b(?:le lendemain|the next day|the following day|a day later|the day after|un jour plus tard)\b/g, shift: 1 },
  // « à la veille du scrutin » is "just before the vote", not a day: only « la veille » alone.
  { re: /\b(?:la veille(?! d[eu'])|the day before(?! yesterday)|the previous day|the eve(?! of))\b/g, shift: -1 },
];

/** The relative dates of a folded sentence (« Le même jour », "the next day"), in text order. */
export function findDateAnaphora(folded: string): DateAnaphor[] {
  const found: DateAnaphor[] = [];
  for (const { re, shift } of ANAPHORA) for (const m of folded.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, shift });
  return found.sort((a, b) => a.start - b.start);
}

/** `antecedent` moved by `anaphor.shift` days (a week or a month stays as it is), at the anaphor's span. */
export function resolveAnaphor(anaphor: DateAnaphor, antecedent: ResolvedDate): ResolvedDate {
  let date = antecedent.date;
  if (antecedent.precision === 1 && anaphor.shift !== 0) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    date = ymd(new Date(Date.UTC(y, m - 1, d + anaphor.shift)));
  }
  return {
    date,
    precision: antecedent.precision,
    start: anaphor.start,
    end: anaphor.end,
    confidence: Math.min(antecedent.confidence, 0.8),
    ...(antecedent.undecided ? { undecided: antecedent.undecided } : {}),
    ...(antecedent.explicitYear !== undefined ? { explicitYear: antecedent.explicitYear } : {}),
  };
}

/** The publication day as a date, precision 1 (a liveblog entry with no day of its own); null when only the month is known. */
export function publicationDay(published: string): ResolvedDate | null {
  const p = parsePublished(published);
  if (!p || p.day === null) return null;
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, precision: 1, start: -1, end: -1, confidence: 0.7 };
}
