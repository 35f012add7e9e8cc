/**
 * The text the incident coder reads: sentences (from the article's own passage splitter, so the
 * evidence spans are the passages the dashboard shows), a headline flag, and a folded copy of
 * each sentence for matching. Folding lowercases, strips accents and straightens apostrophes one
 * UTF-16 code unit for one, so an offset in the folded copy is the same offset in the text: the
 * patterns are written once, unaccented, and still match « enlèvement », « enlevement » and
 * « ENLÈVEMENT ».
 */
import { splitPassages } from '../article/split-passages';

export interface CoderSentence {
  index: number; // 0-based, text order
  id: string; // passage id, 'p2.s1'
  paragraph: number; // 1-based
  start: number;
  end: number;
  text: string; // text.slice(start, end)
  folded: string; // fold(text), same length
  /** The article's first line when it reads as a headline (no final punctuation, more follows). */
  isHeadline: boolean;
}

const foldCache = new Map<string, string>();

/** One code unit for one: lowercase, no diacritics, ’ → ', œ → o (kept one unit long). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldUnit(text[i]!);
  return out;
}

function foldUnit(ch: string): string {
  if (ch.charCodeAt(0) < 128) return ch.toLowerCase();
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded = ch;
  if (ch === '’' || ch === 'ʼ' || ch === '‘') folded = "'";
  else if (ch === '«' || ch === '»' || ch === '“' || ch === '”') folded = '"';
  else if (ch === '–' || ch === '—') folded = '-';
  else if (ch === 'œ' || ch === 'Œ') folded = 'o';
  else if (ch === '\u00A0' || ch === '\u202F') folded = ' ';
  else {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  foldCache.set(ch, folded);
  return folded;
}

/** The sentences of `text` with their folded copies. */
export function coderSentences(text: string): CoderSentence[] {
  const { paragraphs, sentences } = splitPassages(text);
  const firstParagraph = paragraphs[0];
  const headline = firstParagraph !== undefined && paragraphs.length > 1 && !/[.!?…»"”)]\s*$/.test(text.slice(firstParagraph.start, firstParagraph.end));
  return sentences.map((s, index) => {
    const sentenceText = text.slice(s.start, s.end);
    return { index, id: s.id, paragraph: s.paragraphNumber, start: s.start, end: s.end, text: sentenceText, folded: fold(sentenceText), isHeadline: headline && s.paragraphNumber === 1 };
  });
}

/** A span inside a sentence: offsets relative to the sentence's start. */
export interface LocalSpan {
  start: number;
  end: number;
}

// Where one event's clause ends and another's begins: a semicolon, or a subordinator of time.
const CLAUSE_BREAK = /;|,?\s(?:after|before|while|apres que|apres l'|apres la|apres le|apres les|alors que|tandis que|avant que|avant de)\s/g;

/** The clauses of a folded sentence, as local spans covering it. */
export function clauseSpans(folded: string): LocalSpan[] {
  const spans: LocalSpan[] = [];
  let start = 0;
  for (const match of folded.matchAll(CLAUSE_BREAK)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index;
  }
  spans.push({ start, end: folded.length });
  return spans;
}

/** The comma-delimited segment of `folded` around `offset`. */
export function segmentAround(folded: string, offset: number): LocalSpan {
  const before = folded.lastIndexOf(',', offset - 1);
  const after = folded.indexOf(',', offset);
  return { start: before === -1 ? 0 : before + 1, end: after === -1 ? folded.length : after };
}

/** The words just before `offset` in `folded` (at most `count`), lowercase, nearest last. */
export function wordsBefore(folded: string, offset: number, count: number): string[] {
  const words = folded.slice(Math.max(0, offset - 60), offset).match(/[a-z0-9'-]+/g) ?? [];
  return words.slice(-count);
}

/** The words just after `offset` in `folded` (at most `count`). */
export function wordsAfter(folded: string, offset: number, count: number): string[] {
  return (folded.slice(offset, offset + 60).match(/[a-z0-9'-]+/g) ?? []).slice(0, count);
}
