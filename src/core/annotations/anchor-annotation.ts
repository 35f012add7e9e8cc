/**
 * Finds an annotation's words again in the current text. Texts get corrected and re-published,
 * so a stored offset may now point at other words: anchoring trusts the TextPositionSelector only
 * when the words there still read as the quote (exact and context), then looks for the quote
 * itself, then for a close match of it (approx-string-match, as Hypothesis does). Any candidate
 * found by search must also sit in a context like the one recorded. When nothing is trustworthy
 * the annotation is orphaned with a reason: it is never dropped and never attached to other words.
 */
import search from 'approx-string-match';
import type { AnchorResult, PlaceAnnotation, TextPositionSelector, TextQuoteSelector } from '../types';

export interface AnchorOptions {
  /** Errors allowed in a fuzzy match, per code unit of the quote (Hypothesis allows more, then scores). */
  maxErrorRate?: number; // default 0.2: one typo in a 5-letter word, two in « Nouakchott »
  /** Least similarity (0–1) between the recorded prefix/suffix and the text around a candidate found by search. */
  minContextSimilarity?: number; // default 0.5
}

const DEFAULTS: Required<AnchorOptions> = { maxErrorRate: 0.2, minContextSimilarity: 0.5 };

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
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';

  if (position && text.slice(position.start, position.end) === quote.exact && contextSimilarity(text, position.start, position.end, prefix, suffix) === 1) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position' };
  }

  const occurrences = exactCandidates(text, quote.exact);
  const exact = bestCandidate(occurrences, text, prefix, suffix, position, settings.minContextSimilarity);
  if (exact) {
    const atPosition = position !== undefined && exact.start === position.start && exact.end === position.end;
    return { status: 'anchored', start: exact.start, end: exact.end, method: atPosition ? 'position' : 'quote' };
  }

  const maxErrors = Math.floor(quote.exact.length * settings.maxErrorRate);
  if (maxErrors > 0) {
    const fuzzy =
      (position && bestCandidate(fuzzyCandidatesNear(text, quote.exact, maxErrors, position), text, prefix, suffix, position, settings.minContextSimilarity)) ||
      bestCandidate(search(text, quote.exact, maxErrors), text, prefix, suffix, position, settings.minContextSimilarity);
    if (fuzzy) return { status: 'anchored', start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' };
  }

  const changes = `${maxErrors} changed character${maxErrors === 1 ? '' : 's'}`;
  const reason =
    occurrences.length > 0
      ? `the quote « ${quote.exact} » occurs ${occurrences.length} time${occurrences.length === 1 ? '' : 's'} in the text but never in its recorded context, and no close match (at most ${changes}) does`
      : `the quote « ${quote.exact} » is no longer in the text: no exact match, and no close match (at most ${changes}) in its recorded context`;
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
  for (const annotation of annotations) {
    const result = anchorAnnotation(annotation, text, options);
    if (result.status === 'anchored') anchored.push({ annotation, start: result.start, end: result.end, method: result.method });
    else orphaned.push({ annotation, reason: result.reason });
  }
  return { anchored, orphaned };
}

/**
 * How well the text around [start, end) matches the recorded prefix and suffix: 1 identical,
 * 0 nothing alike. Each side is compared with an edit distance over a window of its own
 * length, weighted by that length; an empty side (text start or end) agrees trivially.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const prefixErrors = editDistance(prefix, before);
  const suffixErrors = editDistance(suffix, after);
  return Math.max(0, 1 - (prefixErrors + suffixErrors) / total);
}

interface Candidate {
  start: number;
  end: number;
  errors?: number;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push({ start: at, end: at + exact.length });
  return found;
}

// approx-string-match returns only the lowest-error matches of the whole text, so a closer copy
// elsewhere could hide the right one; searching near the old position first avoids that.
function fuzzyCandidatesNear(text: string, exact: string, maxErrors: number, position: TextPositionSelector): Candidate[] {
  const margin = 2 * exact.length + 64; // room for small edits around the passage
  const from = Math.max(0, Math.min(text.length, position.start - margin));
  const to = Math.min(text.length, Math.max(from, position.end + margin));
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

// Best by context, then fewest errors, then nearest the old position (the tie-break Hypothesis
// uses when a passage is repeated word for word). Below the context threshold nothing is trusted.
function bestCandidate(
  candidates: readonly Candidate[],
  text: string,
  prefix: string,
  suffix: string,
  position: TextPositionSelector | undefined,
  minContextSimilarity: number,
): Candidate | undefined {
  let best: { candidate: Candidate; similarity: number; distance: number } | undefined;
  for (const candidate of candidates) {
    const similarity = contextSimilarity(text, candidate.start, candidate.end, prefix, suffix);
    if (similarity < minContextSimilarity) continue;
    const distance = position ? Math.abs(candidate.start - position.start) : 0;
    const better =
      !best ||
      similarity > best.similarity ||
      (similarity === best.similarity && (candidate.errors ?? 0) < (best.candidate.errors ?? 0)) ||
      (similarity === best.similarity && (candidate.errors ?? 0) === (best.candidate.errors ?? 0) && distance < best.distance);
    if (better) best = { candidate, similarity, distance };
  }
  return best?.candidate;
}

// Levenshtein distance; the strings are context windows of at most a few dozen code units.
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
