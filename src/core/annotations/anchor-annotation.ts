/**
 * Finds an annotation's words again in the current text, as Hypothesis does. Texts get corrected
 * and re-published, so a stored offset may now point at other words. In order:
 * 1. the TextPositionSelector, trusted only when the words there are the quote in its context;
 * 2. the quote itself anywhere, scored by how well the recorded prefix/suffix agree around it;
 * 3. a close match of the quote (approx-string-match), searched only near where the words are
 *    expected, and scored by context the same way.
 * Every candidate is snapped to whole words (a match never covers part of a word) and must sit in
 * a context like the recorded one; when nothing is trustworthy the annotation is orphaned with a
 * reason. It is never dropped and never attached to other words: when in doubt, orphan.
 */
import search from 'approx-string-match';
import type { AnchorResult, PlaceAnnotation, TextPositionSelector, TextQuoteSelector } from '../types';
import { QUOTE_CONTEXT_LENGTH } from './create-place-annotation';

export interface AnchorOptions {
  /** Errors allowed in a fuzzy match, per code unit of the quote (at least one from 4 code units). */
  maxErrorRate?: number; // default 0.2: one typo in a 5-letter word, two in « Nouakchott »
  /** Least similarity (0–1) between the recorded prefix/suffix and the text around a candidate found by search. */
  minContextSimilarity?: number; // default 0.6
  /**
   * Where the words are expected now (UTF-16 offset), when the caller knows better than the old
   * position: `reanchorAnnotations` passes the old position shifted as its neighbours moved.
   */
  expectedStart?: number;
}

const DEFAULTS = { maxErrorRate: 0.2, minContextSimilarity: 0.6 };

/**
 * How far from the expected position a close match is looked for, in code units each side: room
 * for an inserted sentence or two, not the whole text (a typo'd quote found three paragraphs
 * away, in a context that happens to look alike, is other words).
 */
const FUZZY_MARGIN = 600;

/**
 * Anchors one annotation in `text`. Offsets in the result are UTF-16 code units, `end` exclusive.
 *
 * @example
 * anchorAnnotation(annotation, text)
 * // → { status: 'anchored', start: 158, end: 168, method: 'position' }
 * // → { status: 'orphaned', reason: 'the quote « Nouakchott » is no longer in the text …' }
 */
export function anchorAnnotation(annotation: PlaceAnnotation, text: string, options: AnchorOptions = {}): AnchorResult {
  const settings = { ...DEFAULTS, ...options };
  const selectors = annotation.target?.selector ?? [];
  const quote = selectors.find((s): s is TextQuoteSelector => s?.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s?.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string' || quote.exact.length === 0) {
    return { status: 'orphaned', reason: 'the annotation has no TextQuoteSelector with a non-empty exact quote, so its words cannot be checked' };
  }
  const exact = quote.exact;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const bounds = { start: !isWordChar(prefix.at(-1)) || !isWordChar(exact.at(0)), end: !isWordChar(suffix.at(0)) || !isWordChar(exact.at(-1)) };

  // 1. The position, when the quote and its whole recorded context are still there.
  if (position && text.slice(position.start, position.end) === exact && contextSimilarity(text, position.start, position.end, prefix, suffix) === 1) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position' };
  }
  const expected = settings.expectedStart ?? position?.start;
  const maxErrors = exact.length >= 4 ? Math.max(1, Math.floor(exact.length * settings.maxErrorRate)) : 0;
  const judge = (raw: readonly Candidate[]) => best(raw, { text, exact, prefix, suffix, bounds, expected, maxErrors, minContext: settings.minContextSimilarity });

  // 2. The quote, word for word, wherever it is, in its recorded context.
  const occurrences = exactCandidates(text, exact);
  const byQuote = judge(occurrences);
  if (byQuote) {
    const isPosition = position !== undefined && byQuote.start === position.start && byQuote.end === position.end;
    const isWordForWord = text.slice(byQuote.start, byQuote.end) === exact;
    return { status: 'anchored', start: byQuote.start, end: byQuote.end, method: isWordForWord ? (isPosition ? 'position' : 'quote') : 'fuzzy' };
  }

  // 3. A close match, near where the words are expected.
  if (maxErrors > 0 && expected !== undefined) {
    const fuzzy = judge(fuzzyCandidatesNear(text, exact, maxErrors, expected));
    if (fuzzy) return { status: 'anchored', start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' };
  }

  const changes = `${maxErrors} changed character${maxErrors === 1 ? '' : 's'}`;
  const reason =
    occurrences.length > 0
      ? `the quote « ${exact} » occurs ${occurrences.length} time${occurrences.length === 1 ? '' : 's'} in the text but never in its recorded context, and no close match (at most ${changes}) does`
      : `the quote « ${exact} » is no longer in the text: no exact match, and no close match (at most ${changes}) in its recorded context nearby`;
  return { status: 'orphaned', reason };
}

export interface AnchoredAnnotation {
  annotation: PlaceAnnotation;
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
}
export interface OrphanedAnnotation {
  annotation: PlaceAnnotation;
  reason: string;
}

/**
 * Anchors every annotation of an article in `text`, keeping input order in both lists.
 * Orphans are returned, not dropped, so the interface can list them for review.
 */
export function anchorAnnotations(
  annotations: readonly PlaceAnnotation[],
  text: string,
  options: AnchorOptions = {},
): { anchored: AnchoredAnnotation[]; orphaned: OrphanedAnnotation[] } {
  const anchored: AnchoredAnnotation[] = [];
  const orphaned: OrphanedAnnotation[] = [];
  for (const outcome of reanchorAnnotations(annotations, text, options).outcomes) {
    if (outcome.status === 'orphaned') orphaned.push({ annotation: outcome.annotation, reason: outcome.reason });
    else anchored.push({ annotation: outcome.annotation, start: outcome.start, end: outcome.end, method: outcome.method });
  }
  return { anchored, orphaned };
}

/** What became of one annotation in a changed text. */
export type ReanchorOutcome =
  | { status: 'anchored'; annotation: PlaceAnnotation; start: number; end: number; method: 'position' } // unchanged
  | { status: 'moved'; annotation: PlaceAnnotation; start: number; end: number; method: 'position' | 'quote' | 'fuzzy'; shift: number } // shift: new start − old start, code units
  | { status: 'orphaned'; annotation: PlaceAnnotation; reason: string };

export interface ReanchorReport {
  outcomes: ReanchorOutcome[]; // input order
  counts: { anchored: number; moved: number; orphaned: number };
}

/**
 * Re-anchors the annotations of another version of the text in `text`. Each comes back anchored
 * (same span), moved (the span and how far) or orphaned (why). An annotation not found word for
 * word is looked for again where its neighbours in the text moved to: a sentence inserted above
 * shifts every later mention, and a close match is only searched near where it is expected.
 *
 * @example
 * reanchorAnnotations(annotations, editedText).counts // → { anchored: 12, moved: 9, orphaned: 2 }
 */
export function reanchorAnnotations(annotations: readonly PlaceAnnotation[], text: string, options: AnchorOptions = {}): ReanchorReport {
  const first = annotations.map((annotation) => anchorAnnotation(annotation, text, options));
  // Shifts of the annotations found, by old position, to place the others where they should be.
  const known = annotations
    .map((annotation, i) => ({ old: positionOf(annotation)?.start, result: first[i]! }))
    .flatMap(({ old, result }) => (old !== undefined && result.status === 'anchored' ? [{ old, shift: result.start - old }] : []))
    .sort((a, b) => a.old - b.old);
  const outcomes = annotations.map((annotation, i): ReanchorOutcome => {
    let result = first[i]!;
    const old = positionOf(annotation);
    if (result.status === 'orphaned' && old && options.expectedStart === undefined) {
      const shift = neighbourShift(known, old.start);
      if (shift !== 0) {
        const retry = anchorAnnotation(annotation, text, { ...options, expectedStart: old.start + shift });
        if (retry.status === 'anchored') result = retry;
      }
    }
    if (result.status === 'orphaned') return { status: 'orphaned', annotation, reason: result.reason };
    if (old && result.start === old.start && result.end === old.end && result.method === 'position') return { status: 'anchored', annotation, start: result.start, end: result.end, method: 'position' };
    return { status: 'moved', annotation, start: result.start, end: result.end, method: result.method, shift: result.start - (old?.start ?? result.start) };
  });
  const counts = { anchored: 0, moved: 0, orphaned: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return { outcomes, counts };
}

/**
 * Re-targets an annotation (an orphan, typically) at the span [start, end) of `text` that a
 * person chose: fresh TextQuoteSelector (quote and 32 code units of context) and
 * TextPositionSelector, and the text's sha256. Everything else (id, body, creator, status) is
 * kept, so the link to its place and its review history survive.
 * @throws Error when [start, end) is not a non-empty span of `text` or splits a surrogate pair.
 */
export function retargetAnnotation(annotation: PlaceAnnotation, text: string, start: number, end: number, sha256: string): PlaceAnnotation {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new Error(`retargetAnnotation: [${start}, ${end}) is not a non-empty span of the text (0…${text.length}, end exclusive).`);
  }
  if (isLowSurrogate(text.charCodeAt(start)) || isLowSurrogate(text.charCodeAt(end))) {
    throw new Error(`retargetAnnotation: [${start}, ${end}) splits a surrogate pair; offsets count UTF-16 code units and must fall between characters.`);
  }
  let from = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(from))) from += 1; // never begin the context with half a pair
  let to = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return { ...annotation, target: { ...annotation.target, selector: [quote, position] }, 'bb:articleSha256': sha256 };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function positionOf(annotation: PlaceAnnotation): TextPositionSelector | undefined {
  return (annotation.target?.selector ?? []).find((s): s is TextPositionSelector => s?.type === 'TextPositionSelector');
}

// The shift of the nearest annotation found before `old` (else after it): the text between them
// is the least likely to have changed.
function neighbourShift(known: ReadonlyArray<{ old: number; shift: number }>, old: number): number {
  let before: { old: number; shift: number } | undefined;
  let after: { old: number; shift: number } | undefined;
  for (const entry of known) {
    if (entry.old <= old) before = entry;
    else {
      after = entry;
      break;
    }
  }
  return (before ?? after)?.shift ?? 0;
}

/**
 * How well the text around [start, end) matches the recorded prefix and suffix: 1 identical,
 * 0 nothing alike. Each side is compared with an edit distance over a window of its own
 * length, weighted by that length; an empty side (text start or end) agrees trivially. White
 * space runs and quote marks are compared loosely (a re-flowed line, « » made ""), so only
 * a change of words weighs.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  return sideSimilarities(text, start, end, prefix, suffix).overall;
}

function sideSimilarities(text: string, start: number, end: number, recordedPrefix: string, recordedSuffix: string): { overall: number; before: number; after: number } {
  const [prefix, suffix] = withinParagraph(recordedPrefix, recordedSuffix);
  const loosePrefix = loosen(prefix);
  const looseSuffix = loosen(suffix);
  const total = loosePrefix.length + looseSuffix.length;
  if (total === 0) return { overall: 1, before: 1, after: 1 };
  // Twice the window, then cut to the loosened length: loosening only shortens.
  const before = loosePrefix.length === 0 ? '' : loosen(text.slice(Math.max(0, start - 2 * prefix.length), start)).slice(-loosePrefix.length);
  const after = loosen(text.slice(end, end + 2 * suffix.length)).slice(0, looseSuffix.length);
  const prefixErrors = editDistance(loosePrefix, before);
  const suffixErrors = editDistance(looseSuffix, after);
  return {
    overall: Math.max(0, 1 - (prefixErrors + suffixErrors) / total),
    before: loosePrefix.length ? Math.max(0, 1 - prefixErrors / loosePrefix.length) : 1,
    after: looseSuffix.length ? Math.max(0, 1 - suffixErrors / looseSuffix.length) : 1,
  };
}

/**
 * The recorded context cut at line breaks: what lies in another paragraph can move, be deleted
 * or have a paragraph inserted before it without the mention's own words changing (a mention
 * that ends its paragraph is followed by whatever paragraph comes next). Kept whole when the cut
 * would leave too little to tell one occurrence from another.
 */
function withinParagraph(prefix: string, suffix: string): [string, string] {
  const lineStart = prefix.lastIndexOf('\n');
  const lineEnd = suffix.indexOf('\n');
  const before = lineStart === -1 ? prefix : prefix.slice(lineStart + 1);
  const after = lineEnd === -1 ? suffix : suffix.slice(0, lineEnd);
  return before.trim().length + after.trim().length >= MIN_PARAGRAPH_CONTEXT ? [before, after] : [prefix, suffix];
}

/** Least context (code units, within the paragraph) that identifies an occurrence on its own. */
const MIN_PARAGRAPH_CONTEXT = 16;

// White space runs to one space, typographic quotes and apostrophes to plain ones.
function loosen(s: string): string {
  return s.replace(/[\s\u2028\u2029]+/gu, ' ').replace(/[«»“”„‟"]/gu, '"').replace(/[’‘‛ʼ`´]/gu, "'").replace(/" | "/gu, '"');
}

interface Candidate {
  start: number;
  end: number;
}

interface Judging {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  bounds: { start: boolean; end: boolean }; // whether the quote began / ended on a word boundary
  expected: number | undefined;
  maxErrors: number;
  minContext: number;
}

/**
 * The most trustworthy candidate, or none. Each is snapped to whole words, then must read as the
 * quote (at most `maxErrors` edits) and sit in an agreeing context: overall similarity at least
 * `minContext`, and neither side wholly different. Ranked as Hypothesis does: quote similarity,
 * then context, then nearness to where it is expected. Two different spans that rank equal on
 * quote and context and are as near: doubt, so none.
 */
function best(candidates: readonly Candidate[], judging: Judging): Candidate | undefined {
  const { text, exact, prefix, suffix, expected, maxErrors, minContext } = judging;
  const scored: Array<{ candidate: Candidate; score: number; distance: number }> = [];
  const seen = new Set<string>();
  // Nearest first, so that once a perfect candidate (the quote word for word, its context
  // unchanged) is found, farther ones need no edit distances: a quote repeated thousands of
  // times in a long text stays cheap to anchor.
  const byDistance = expected === undefined ? candidates : [...candidates].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected));
  let perfectDistance = Infinity;
  for (const raw of byDistance) {
    if (expected !== undefined && Math.abs(raw.start - expected) > perfectDistance) break;
    const candidate = snapToWords(text, raw, judging.bounds);
    const key = `${candidate.start}:${candidate.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = text.slice(candidate.start, candidate.end);
    const errors = words === exact ? 0 : editDistance(exact, words, maxErrors);
    if (errors > maxErrors) continue;
    const context = sideSimilarities(text, candidate.start, candidate.end, prefix, suffix);
    if (context.overall < minContext || Math.min(context.before, context.after) < 0.25) continue;
    const quoteSimilarity = 1 - errors / exact.length;
    const distance = expected === undefined ? 0 : Math.abs(candidate.start - expected);
    if (errors === 0 && context.overall === 1) perfectDistance = Math.min(perfectDistance, distance);
    scored.push({ candidate, score: 50 * quoteSimilarity + 40 * context.overall, distance });
  }
  scored.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const [top, second] = scored;
  if (!top) return undefined;
  if (second && !overlaps(top.candidate, second.candidate) && Math.abs(top.score - second.score) < 1e-9 && top.distance === second.distance) return undefined;
  return top.candidate;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

// Grows a span to whole words on each side where the quote itself began or ended on a word
// boundary: a match inside « Nouakchottois » or a typo'd quote « Nouakchot » found inside the
// corrected « Nouakchott » becomes the whole word, which must then still read as the quote.
function snapToWords(text: string, candidate: Candidate, bounds: { start: boolean; end: boolean }): Candidate {
  let { start, end } = candidate;
  if (bounds.start) while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start -= 1;
  if (bounds.end) while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end += 1;
  // A fuzzy match may begin or end on the space next to the word: trim it off.
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push({ start: at, end: at + exact.length });
  return found;
}

// approx-string-match returns only the lowest-error matches of what it searches, so a closer copy
// elsewhere could hide the right one; searching only near the expected position avoids that, and
// keeps a typo'd quote from being "found" paragraphs away.
function fuzzyCandidatesNear(text: string, exact: string, maxErrors: number, expected: number): Candidate[] {
  const margin = FUZZY_MARGIN + 2 * exact.length;
  const from = Math.max(0, Math.min(text.length, expected - margin));
  const to = Math.min(text.length, Math.max(from, expected + exact.length + margin));
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from }));
}

// Levenshtein distance, stopping early once every path exceeds `limit`; the strings are quotes
// and context windows of at most a few dozen code units.
function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

