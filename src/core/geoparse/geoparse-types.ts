/**
 * What the geoparser returns: each mention with the place it chose, the candidates it weighed
 * and how sure it is. A mention it cannot place has `placeId: null` and stays in the list.
 */
import type { Language, MentionKind } from '../types';

export interface GeoparseCandidate {
  placeId: string;
  score: number; // relative: only the order and the gaps mean something
}

export interface GeoparseMention {
  start: number; // UTF-16 code units, inclusive
  end: number; // UTF-16 code units, exclusive
  surface: string; // text.slice(start, end)
  kind: MentionKind;
  placeId: string | null; // null: unlocated
  confidence: number; // 0–1, two decimals
  candidates: GeoparseCandidate[]; // best first; empty when nothing in the gazetteer fits
  /** Why the mention is unlocated, in words for the reviewer. */
  unlocatedReason?: string;
}

export interface GeoparseResult {
  language: Language;
  mentions: GeoparseMention[]; // text order
  /** Countries the article is about, heaviest first (ISO alpha-2 and weight). */
  countries: { iso: string; weight: number }[];
  geoparserVersion: string;
  gazetteerVersion: string;
}

export interface GeoparseOptions {
  language?: Language; // detected from the text when absent
}
