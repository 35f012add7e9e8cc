/**
 * Derives the passages of an article: its paragraphs (`p1` …) and their sentences (`p1.s1` …),
 * with offsets into the unaltered text. Cards quote passages and the dashboard marks paragraphs
 * with `data-passage-id`, so the ids must be stable for a given text.
 */
import type { Passage } from '../types';

/**
 * Splits `text` into paragraphs (one per line; blank lines are skipped, not numbered) and each
 * paragraph into sentences. Offsets are UTF-16 code units, `end` exclusive, with no surrounding
 * whitespace or line break inside a passage.
 *
 * @example
 * splitPassages('Un. Deux.\nTrois.')
 * // → paragraphs p1 [0, 9), p2 [10, 16); sentences p1.s1 [0, 3), p1.s2 [4, 9), p2.s1 [10, 16)
 */
export function splitPassages(text: string): { paragraphs: Passage[]; sentences: Passage[] } {
  const paragraphs: Passage[] = [];
  const sentences: Passage[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const span = trimSpan(text, lineStart, lineEnd);
    if (span) {
      const paragraphNumber = paragraphs.length + 1;
      const id = `p${paragraphNumber}`;
      paragraphs.push({ id, kind: 'paragraph', paragraphNumber, start: span[0], end: span[1] });
      sentenceSpans(text, span[0], span[1]).forEach(([start, end], i) => {
        sentences.push({ id: `${id}.s${i + 1}`, kind: 'sentence', paragraphNumber, start, end });
      });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { paragraphs, sentences };
}

/** The passage of `passages` that contains `offset` (UTF-16 code units), or undefined. */
export function passageAt(passages: readonly Passage[], offset: number): Passage | undefined {
  return passages.find((p) => offset >= p.start && offset < p.end);
}

// Sentence end: terminal punctuation, optional closing quote or bracket, then whitespace and
// something that can open a sentence (a capital, a digit, an opening quote or a dash).
const SENTENCE_BREAK = /[.!?…]+[»"”’)\]]?(?=\s+[«"“(\-–—\p{Lu}\p{N}])/gu;

// French and English abbreviations that end with a period but rarely end a sentence.
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gén', 'gal', 'col', 'cdt', 'lt', 'cne', 'sgt', 'mr', 'mrs', 'ms', 'gen', 'capt', 'no', 'vs', 'etc', 'cf', 'av', 'bd', 'p', 'pp']);

function sentenceSpans(text: string, start: number, end: number): Array<[number, number]> {
  const paragraph = text.slice(start, end);
  const spans: Array<[number, number]> = [];
  let sentenceStart = 0;
  for (const match of paragraph.matchAll(SENTENCE_BREAK)) {
    const breakAt = match.index + match[0].length;
    if (match[0].startsWith('.') && isAbbreviation(paragraph, match.index)) continue;
    const span = trimSpan(text, start + sentenceStart, start + breakAt);
    if (span) spans.push(span);
    sentenceStart = breakAt;
  }
  const last = trimSpan(text, start + sentenceStart, end);
  if (last) spans.push(last);
  return spans;
}

function isAbbreviation(paragraph: string, periodIndex: number): boolean {
  const word = /([\p{L}]+)$/u.exec(paragraph.slice(Math.max(0, periodIndex - 12), periodIndex));
  if (!word?.[1]) return false;
  // A single capital letter before a period is an initial ("O. Diarra").
  if (word[1].length === 1 && /\p{Lu}/u.test(word[1])) return true;
  return ABBREVIATIONS.has(word[1].toLowerCase());
}

function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return s < e ? [s, e] : null;
}
