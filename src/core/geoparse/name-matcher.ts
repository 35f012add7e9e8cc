/**
 * Finds every gazetteer name and border phrase in a text in one left-to-right pass over the
 * folded text (see foldText: same offsets as the original), walking a trie of folded names from
 * each word start and keeping the longest name that ends on a word boundary. One pass keeps a
 * megabyte of news well under a second; a regex of thousands of alternatives would not.
 */
import type { Gazetteer, NameEntry } from '../gazetteer/create-gazetteer';
import { FOLDED_SKIP, FOLDED_SPACE, isWordCode, normalizeName } from '../gazetteer/fold-text';
import { BORDER_EXCLUDED_AFTER, BORDER_EXCLUDED_BEFORE, BORDER_PHRASES } from './border-phrases';

export interface RawMatch {
  start: number; // UTF-16 code units, inclusive
  end: number; // exclusive
  entries: readonly NameEntry[]; // empty for a border phrase
  isBorder: boolean;
}

export interface NameMatcher {
  /** Matches in text order, never overlapping. `folded` must be `foldText(text)`. */
  scan(text: string, folded: string): RawMatch[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries?: readonly NameEntry[];
  isBorder?: boolean;
}

/** Compiles the gazetteer's names and the border phrases into a matcher. */
export function createNameMatcher(gazetteer: Gazetteer): NameMatcher {
  const root: TrieNode = { next: new Map() };
  const insert = (key: string): TrieNode => {
    let node = root;
    for (let i = 0; i < key.length; i += 1) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    return node;
  };
  for (const [key, entries] of gazetteer.nameIndex()) insert(key).entries = entries;
  for (const phrase of BORDER_PHRASES) insert(normalizeName(phrase)).isBorder = true;

  return { scan: (text, folded) => scan(root, text, folded) };
}

function scan(root: TrieNode, text: string, folded: string): RawMatch[] {
  const matches: RawMatch[] = [];
  const length = folded.length;
  let previousIsWord = false;
  for (let i = 0; i < length; i += 1) {
    const code = folded.charCodeAt(i);
    const isWord = isWordCode(code);
    if (!isWord || previousIsWord) {
      previousIsWord = isWord;
      continue;
    }
    const match = longestAt(root, text, folded, i);
    if (match) {
      matches.push(match);
      i = match.end - 1;
      previousIsWord = true;
    } else {
      previousIsWord = true;
    }
  }
  return matches;
}

function longestAt(root: TrieNode, text: string, folded: string, start: number): RawMatch | undefined {
  const length = folded.length;
  let node: TrieNode | undefined = root;
  let best: RawMatch | undefined;
  let j = start;
  while (j < length) {
    let code = folded.charCodeAt(j);
    if (code === FOLDED_SKIP) {
      j += 1;
      continue;
    }
    if (code === FOLDED_SPACE) {
      // A run of separators in the text ("Aïoun -  el") stands for the one space of the name.
      while (j < length && (folded.charCodeAt(j) === FOLDED_SPACE || folded.charCodeAt(j) === FOLDED_SKIP)) j += 1;
      code = FOLDED_SPACE;
    } else {
      j += 1;
    }
    node = node.next.get(code);
    if (!node) break;
    if ((node.entries || node.isBorder) && code !== FOLDED_SPACE && (j >= length || !isWordCode(folded.charCodeAt(j)))) {
      const candidate = acceptedAt(node, text, folded, start, j);
      if (candidate) best = candidate;
    }
  }
  return best;
}

/** The match if its surface passes the case and context rules, else undefined. */
function acceptedAt(node: TrieNode, text: string, folded: string, start: number, end: number): RawMatch | undefined {
  if (node.isBorder) {
    if (BORDER_EXCLUDED_BEFORE.test(folded.slice(Math.max(0, start - 8), start))) return undefined;
    if (BORDER_EXCLUDED_AFTER.test(folded.slice(end, end + 16))) return undefined;
    return { start, end, entries: [], isBorder: true };
  }
  const surface = text.slice(start, end);
  const entries = (node.entries ?? []).filter((entry) => isCaseAccepted(entry, surface));
  return entries.length > 0 ? { start, end, entries, isBorder: false } : undefined;
}

/**
 * Demonyms are written in lowercase in French (« l'armée malienne »), so any case goes. A place
 * name must start with a capital as proper nouns do ("mali" in a URL slug, "turkey" the bird are
 * not places) unless the gazetteer writes it in lowercase (« fleuve Sénégal »); an acronym
 * ("RIM", "US") must match exactly.
 */
function isCaseAccepted(entry: NameEntry, surface: string): boolean {
  if (entry.role === 'demonym') return true;
  const written = entry.written;
  if (written.length <= 4 && written === written.toUpperCase() && /^[A-Z]+$/.test(written)) return surface === written;
  const first = written.charAt(0);
  if (first === first.toLowerCase()) return true;
  const surfaceFirst = surface.charAt(0);
  return surfaceFirst !== surfaceFirst.toLowerCase();
}
