/**
 * Liveblogs: entries opened by a time of day (« 18h05 – », « 21 h 15 – », "17:10 GMT —",
 * "[16h10]"), newest first. An entry that gives no day of its own happened on the blog's day —
 * the publication day, or the day of the last date heading above it (« Vendredi 9 mai ») — so
 * the coder dates it to that day, precision 1, and resolves its relative words (« hier », "this
 * morning") against that day. The time of day is no part of what the entry reports: it is
 * trimmed off the entry's first sentence, so that its words open the sentence.
 */
import type { CoderSentence } from './incident-text';
import { findDates, publicationDay, type ResolvedDate } from './resolve-event-date';

/** What the coder reads of a liveblog: its sentences without their time stamps, and each entry's day. */
export interface Liveblog {
  sentences: CoderSentence[];
  /** The blog's day for the entry a sentence belongs to, by paragraph number; null when only the month is known. */
  entryDay: ReadonlyMap<number, ResolvedDate | null>;
}

// On folded text (dashes folded to '-'): hours and minutes, an optional zone, then a separator.
const TIME_STAMP = /^\[?(?:[01]?\d|2[0-3])(?: ?h ?(?:[0-5]\d)?| ?[:.] ?[0-5]\d)(?: ?(?:gmt|utc|am|pm))?\]?(?: ?[-·•|:]| (?=\S))\s*/;
// Two entries make a liveblog: one stamped paragraph is a schedule or a quote.
const MIN_ENTRIES = 2;
// A date heading between entries is short (« Vendredi 9 mai 2025 », "Friday, May 9").
const HEADING_MAX = 40;

/** The liveblog `sentences` form, or null when the article is not one. */
export function readLiveblog(sentences: readonly CoderSentence[], published: string): Liveblog | null {
  const firstOfParagraph = sentences.filter((s, i) => i === 0 || sentences[i - 1]!.paragraph !== s.paragraph);
  const count = new Map<number, number>(); // sentences per paragraph
  for (const s of sentences) count.set(s.paragraph, (count.get(s.paragraph) ?? 0) + 1);
  const stamped = new Map<number, number>(); // paragraph → length of its stamp
  for (const s of firstOfParagraph) {
    const m = TIME_STAMP.exec(s.folded);
    if (m && m[0].length < s.folded.length) stamped.set(s.paragraph, m[0].length);
  }
  if (stamped.size < MIN_ENTRIES) return null;
  const entryDay = new Map<number, ResolvedDate | null>();
  let day = publicationDay(published);
  for (const s of firstOfParagraph) {
    if (!stamped.has(s.paragraph)) {
      // A heading that is only a day: the entries below it are of that day.
      const heading = s.folded.length <= HEADING_MAX && count.get(s.paragraph) === 1 ? findDates(s.folded, published).find((d) => d.precision === 1) : undefined;
      if (heading) day = { ...heading, start: -1, end: -1 };
      continue;
    }
    entryDay.set(s.paragraph, day);
  }
  const firsts = new Set(firstOfParagraph);
  const trimmed = sentences.map((s) => {
    const cut = stamped.get(s.paragraph);
    if (cut === undefined || !firsts.has(s)) return s;
    return { ...s, start: s.start + cut, text: s.text.slice(cut), folded: s.folded.slice(cut) };
  });
  return { sentences: trimmed, entryDay };
}
