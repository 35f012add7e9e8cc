/**
 * Text folding shared by the gazetteer and the geoparser, so that a name in the gazetteer and
 * the same name in an article compare equal whatever their accents, capitals, apostrophes or
 * hyphens: « Aïoun el-Atrouss », "AIOUN EL ATROUSS" and « Aïoun-el-Atrouss » all fold alike.
 *
 * `foldText` maps each UTF-16 code unit to exactly one code unit, so an offset into the folded
 * text is the same offset into the original: the geoparser never has to map offsets back.
 */

/** Code unit that folding gives to a combining mark: the matcher skips it (decomposed accents). */
export const FOLDED_SKIP = 0;
/** Code unit that every word separator (space, hyphen, no-break space, tab) folds to. */
export const FOLDED_SPACE = 0x20;
export const FOLDED_APOSTROPHE = 0x27;

/**
 * Folds `text` code unit by code unit: lowercase, accents removed, apostrophes to `'`,
 * separators to a space, combining marks to U+0000. The result has the length of `text`.
 * @example foldText('d’Aïoun-el-Atrouss') // "d'aioun el atrouss"
 */
export function foldText(text: string): string {
  const length = text.length;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i += 1) codes[i] = foldCode(text.charCodeAt(i));
  // Decoding in chunks keeps String.fromCharCode's argument count within engine limits.
  let folded = '';
  for (let i = 0; i < length; i += 8192) folded += String.fromCharCode(...codes.subarray(i, i + 8192));
  return folded;
}

/**
 * The key a name is looked up by: folded, separators collapsed to single spaces, trimmed.
 * @example normalizeName('  Hodh  Ech-Chargui ') // 'hodh ech chargui'
 */
export function normalizeName(name: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < name.length; i += 1) {
    const code = foldCode(name.charCodeAt(i));
    if (code === FOLDED_SKIP) continue;
    if (code === FOLDED_SPACE || code === 0x0a || code === 0x0d) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(code);
  }
  return out;
}

/** True for a folded code unit that belongs to a word (letters, digits, combining marks). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code === FOLDED_SKIP) return true;
  let cached = WORD_CACHE.get(code);
  if (cached === undefined) {
    cached = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
    WORD_CACHE.set(code, cached);
  }
  return cached;
}

const WORD_CACHE = new Map<number, boolean>();
const FOLD_CACHE = new Map<number, number>();

const SEPARATORS = new Set([0x20, 0x09, 0x2d, 0xa0, 0x2010, 0x2011, 0x2012, 0x2013, 0x202f, 0x2007, 0x2009, 0x200a, 0x2002, 0x2003]);
// Typographic apostrophes and the modifier letters used for ʿayn/hamza in transliterations.
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0x2bb, 0x2be, 0x2bf, 0x60, 0xb4]);

function foldCode(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    if (code === 0x09 || code === 0x2d) return FOLDED_SPACE;
    if (code === 0x60) return FOLDED_APOSTROPHE;
    return code;
  }
  let folded = FOLD_CACHE.get(code);
  if (folded === undefined) {
    folded = foldNonAscii(code);
    FOLD_CACHE.set(code, folded);
  }
  return folded;
}

function foldNonAscii(code: number): number {
  if (SEPARATORS.has(code)) return FOLDED_SPACE;
  if (APOSTROPHES.has(code)) return FOLDED_APOSTROPHE;
  // A lone surrogate cannot be normalised; it stands for itself (names never contain one).
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const char = String.fromCharCode(code);
  if (/\p{M}/u.test(char)) return FOLDED_SKIP;
  const stripped = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (stripped.length === 1) return stripped.charCodeAt(0);
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}
