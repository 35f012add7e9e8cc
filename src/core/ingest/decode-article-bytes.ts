/**
 * Turns the bytes of an article file into its text, whatever a newsroom saved it as, and refuses
 * what is not an article: an empty file, one over the size limit, a binary file (named for what
 * it looks like: a PDF, a Word document…). Pure: the CLI and the browser's file picker both use it.
 *
 * Read: UTF-8 with or without a byte-order mark; UTF-16 LE/BE with a BOM, or without one when
 * the NUL bytes fall in UTF-16's pattern; Windows-1252 or Latin-1 only when the bytes are not
 * UTF-8 (and UTF-8 with a few stray Windows-1252 bytes pasted in is read as UTF-8, those bytes
 * alone as Windows-1252, rather than turning every accent into « Ã© »). Then line ends (CRLF, CR,
 * U+2028, U+2029) become LF, the text is made NFC (the form every article is stored in, so offsets and hashes agree), and control characters other
 * than tab and LF are removed. Every conversion is said in a warning naming what changed.
 */
import { inLanguage } from '../reader-language';
import type { Language } from '../types';

/** Largest article accepted: 1 MiB of bytes, about 150 pages of news; longer is not one article. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
}

export interface ArticleFile {
  text: string;
  warnings: string[];
  /** The encoding the bytes were read as. Additive: older callers read only text and warnings. */
  encoding?: ArticleEncoding;
}

export type ArticleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

type Wording = { fr: string; en: string };

/**
 * Decodes and checks the bytes of an article; `label` names it in messages, which are in
 * `language` (English by default).
 * @throws ArticleInputError naming the file, what is wrong and the fix.
 */
export function decodeArticleBytes(bytes: Uint8Array, label: string, language?: Language): ArticleFile {
  const warnings: string[] = [];
  const say = (wording: Wording) => warnings.push(inLanguage(language, wording));
  const refuse = (wording: Wording) => new ArticleInputError(inLanguage(language, wording));
  if (bytes.length === 0) throw refuse({ fr: `${label} : le fichier est vide.`, en: `${label}: the file is empty.` });
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw refuse({
      fr: `${label} : ${bytes.length} octets, au-delà de la limite de ${MAX_ARTICLE_BYTES} octets (1 Mio) pour un article ; découpez-le.`,
      en: `${label}: ${bytes.length} bytes is over the limit of ${MAX_ARTICLE_BYTES} bytes (1 MiB) for one article; split it.`,
    });
  }
  const format = knownBinaryFormat(bytes);
  if (format) {
    throw refuse({
      fr: `${label} : c’est ${format.fr}, pas du texte brut : copiez son texte dans un fichier .txt.`,
      en: `${label}: this is ${format.en}, not plain text: copy its text into a .txt file.`,
    });
  }

  const { text: decoded, encoding } = decode(bytes, label, say, refuse);
  const text = cleanText(decoded, label, say);
  if (text.trim() === '') throw refuse({ fr: `${label} : le fichier ne contient que des espaces.`, en: `${label}: the file has only white space.` });
  return { text, warnings, encoding };
}

/**
 * Cleans a metadata value typed or pasted by a person (a title, an outlet): control characters
 * removed, line ends made spaces, NFC; each change said, naming `field`.
 * @example cleanMetadataText('Mali\u001b[0m\u0007 : la visite', 'title', 'fr') // → { value: 'Mali[0m : la visite', warnings: ['title : 2 caractères de contrôle…'] }
 */
export function cleanMetadataText(value: string, field: string, language?: Language): { value: string; warnings: string[] } {
  const warnings: string[] = [];
  const say = (wording: Wording) => warnings.push(inLanguage(language, wording));
  const oneLine = value.replace(/\r\n|[\r\n\u2028\u2029]/gu, ' ');
  return { value: cleanText(oneLine, field, say), warnings };
}

// Line ends, NFC, then control characters, each said with how many and where.
function cleanText(input: string, label: string, say: (wording: Wording) => void): string {
  let text = input;
  const lineEnds = { crlf: 0, cr: 0, separators: 0 };
  text = text.replace(/\r\n|\r|\u2028|\u2029/gu, (end) => {
    if (end === '\r\n') lineEnds.crlf += 1;
    else if (end === '\r') lineEnds.cr += 1;
    else lineEnds.separators += 1;
    return '\n';
  });
  const ends: Wording[] = [];
  if (lineEnds.crlf) ends.push({ fr: `${lineEnds.crlf} CRLF (Windows)`, en: `${lineEnds.crlf} CRLF (Windows)` });
  if (lineEnds.cr) ends.push({ fr: `${lineEnds.cr} CR seul${lineEnds.cr > 1 ? 's' : ''} (ancien Mac)`, en: `${lineEnds.cr} bare CR (old Mac)` });
  if (lineEnds.separators) ends.push({ fr: `${lineEnds.separators} séparateur${lineEnds.separators > 1 ? 's' : ''} Unicode U+2028/U+2029`, en: `${lineEnds.separators} Unicode separator${lineEnds.separators > 1 ? 's' : ''} U+2028/U+2029` });
  if (ends.length) {
    const total = lineEnds.crlf + lineEnds.cr + lineEnds.separators;
    say({
      fr: `${label} : ${total} fin${total > 1 ? 's' : ''} de ligne convertie${total > 1 ? 's' : ''} en LF (${ends.map((e) => e.fr).join(', ')}).`,
      en: `${label}: ${total} line end${total > 1 ? 's' : ''} converted to LF (${ends.map((e) => e.en).join(', ')}).`,
    });
  }

  const normalized = text.normalize('NFC');
  if (normalized !== text) {
    const shorter = text.length - normalized.length;
    say({
      fr: `${label} : accents décomposés (NFD) recomposés en NFC (${shorter} marque${shorter > 1 ? 's' : ''} combinante${shorter > 1 ? 's' : ''} fondue${shorter > 1 ? 's' : ''} dans leur lettre).`,
      en: `${label}: decomposed accents (NFD) composed to NFC (${shorter} combining mark${shorter === 1 ? '' : 's'} merged into their letter${shorter === 1 ? '' : 's'}).`,
    });
    text = normalized;
  }

  let removed = 0;
  let first = -1;
  let firstCode = 0;
  text = text.replace(CONTROL, (char, offset: number) => {
    if (first === -1) {
      first = offset;
      firstCode = char.charCodeAt(0);
    }
    removed += 1;
    return '';
  });
  if (removed) {
    const code = `U+${firstCode.toString(16).toUpperCase().padStart(4, '0')}`;
    say({
      fr: `${label} : ${removed} caractère${removed > 1 ? 's' : ''} de contrôle retiré${removed > 1 ? 's' : ''} (échappement, sonnerie…), le premier (${code}) au caractère ${first}.`,
      en: `${label}: removed ${removed} control character${removed === 1 ? '' : 's'} (escape, bell…), the first (${code}) at character ${first}.`,
    });
  }
  return text;
}

/** C0 controls but tab and LF, DEL, and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

function decode(bytes: Uint8Array, label: string, say: (wording: Wording) => void, refuse: (wording: Wording) => ArticleInputError): { text: string; encoding: ArticleEncoding } {
  // Byte-order marks first: they say the encoding.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    say({ fr: `${label} : marque d’ordre des octets UTF-8 (BOM) retirée au début.`, en: `${label}: removed the UTF-8 byte-order mark (BOM) at the start.` });
    return { text: utf8OrFallback(bytes.subarray(3), label, say, 3), encoding: 'utf-8' };
  }
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (bom16) {
    say({ fr: `${label} : encodé en ${bom16.toUpperCase()} (avec BOM) ; converti en UTF-8.`, en: `${label}: encoded as ${bom16.toUpperCase()} (with a BOM); converted to UTF-8.` });
    return { text: new TextDecoder(bom16).decode(bytes.subarray(2)), encoding: bom16 };
  }
  const nulPattern = utf16Pattern(bytes);
  if (nulPattern) {
    say({
      fr: `${label} : encodé en ${nulPattern.toUpperCase()} sans BOM (reconnu aux octets NUL un sur deux) ; converti en UTF-8.`,
      en: `${label}: encoded as ${nulPattern.toUpperCase()} without a BOM (told by its NUL bytes, one in two); converted to UTF-8.`,
    });
    return { text: new TextDecoder(nulPattern).decode(bytes), encoding: nulPattern };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw refuse({
      fr: `${label} : ce fichier semble binaire (octet NUL à l’octet ${nul}, hors du motif de l’UTF-16), pas du texte ; enregistrez l’article en texte brut (.txt).`,
      en: `${label}: this looks like a binary file (a NUL byte at byte ${nul}, not in a UTF-16 pattern), not text; save the article as plain text (.txt).`,
    });
  }
  const controls = controlShare(bytes);
  if (controls > 0.05) {
    throw refuse({
      fr: `${label} : ce fichier semble binaire (${Math.round(controls * 100)} % d’octets de contrôle), pas du texte ; enregistrez l’article en texte brut (.txt).`,
      en: `${label}: this looks like a binary file (${Math.round(controls * 100)} % control bytes), not text; save the article as plain text (.txt).`,
    });
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === -1) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const { valid, invalidCount } = utf8Census(bytes);
  if (valid > 0 && valid >= invalidCount) {
    // Mostly UTF-8 with stray single-byte characters (a ’ pasted from a Windows program).
    say({
      fr: `${label} : UTF-8 avec ${invalidCount} octet${invalidCount > 1 ? 's' : ''} qui n’en ${invalidCount > 1 ? 'sont' : 'est'} pas (le premier, 0x${hex(bytes[invalid]!)}, à l’octet ${invalid}) ; ${invalidCount > 1 ? 'ces octets lus' : 'cet octet lu'} en Windows-1252, le reste en UTF-8. Vérifiez les caractères à cet endroit.`,
      en: `${label}: UTF-8 with ${invalidCount} byte${invalidCount === 1 ? '' : 's'} that ${invalidCount === 1 ? 'is' : 'are'} not (the first, 0x${hex(bytes[invalid]!)}, at byte ${invalid}); ${invalidCount === 1 ? 'that byte was' : 'those bytes were'} read as Windows-1252, the rest as UTF-8. Check the characters there.`,
    });
    return { text: decodeMixed(bytes), encoding: 'utf-8' };
  }
  return { text: singleByte(bytes, invalid, label, say), ...singleByteEncoding(bytes) };
}

function utf8OrFallback(bytes: Uint8Array, label: string, say: (wording: Wording) => void, base: number): string {
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === -1) return new TextDecoder('utf-8').decode(bytes);
  const { invalidCount } = utf8Census(bytes);
  say({
    fr: `${label} : marqué UTF-8 mais ${invalidCount} octet${invalidCount > 1 ? 's' : ''} n’en ${invalidCount > 1 ? 'sont' : 'est'} pas (le premier, 0x${hex(bytes[invalid]!)}, à l’octet ${invalid + base}) ; lu${invalidCount > 1 ? 's' : ''} en Windows-1252. Vérifiez les caractères à cet endroit.`,
    en: `${label}: marked UTF-8 but ${invalidCount} byte${invalidCount === 1 ? ' is' : 's are'} not (the first, 0x${hex(bytes[invalid]!)}, at byte ${invalid + base}); read as Windows-1252. Check the characters there.`,
  });
  return decodeMixed(bytes);
}

function singleByteEncoding(bytes: Uint8Array): { encoding: ArticleEncoding } {
  return { encoding: bytes.some((b) => b >= 0x80 && b <= 0x9f) ? 'windows-1252' : 'iso-8859-1' };
}

// Windows-1252 when bytes 0x80–0x9F occur (its curly quotes, dashes, €: C1 controls in Latin-1,
// so a Latin-1 text has none); Latin-1 otherwise. The two agree on every other byte.
function singleByte(bytes: Uint8Array, invalid: number, label: string, say: (wording: Wording) => void): string {
  const { encoding } = singleByteEncoding(bytes);
  const why =
    encoding === 'windows-1252'
      ? { fr: 'il a des octets 0x80–0x9F, guillemets et tirets de Windows-1252', en: 'it has bytes 0x80–0x9F, Windows-1252’s curly quotes and dashes' }
      : { fr: 'aucun octet 0x80–0x9F, donc les accents de Latin-1', en: 'no bytes 0x80–0x9F, so Latin-1’s accented letters' };
  const name = encoding === 'windows-1252' ? 'Windows-1252' : 'Latin-1 (ISO-8859-1)';
  say({
    fr: `${label} : pas en UTF-8 (l’octet 0x${hex(bytes[invalid]!)} à l’octet ${invalid} n’est pas de l’UTF-8) ; lu comme ${name} (${why.fr}) et converti en UTF-8. Vérifiez les accents.`,
    en: `${label}: not UTF-8 (byte 0x${hex(bytes[invalid]!)} at byte ${invalid} is not UTF-8); read as ${name} (${why.en}) and converted to UTF-8. Check the accents.`,
  });
  return decodeCp1252(bytes);
}

// Windows-1252's characters for bytes 0x80–0x9F (undefined ones stay C1 controls, removed later).
// Written out rather than left to TextDecoder: some runtimes (Node built without full ICU) decode
// the "windows-1252" label as plain Latin-1, which turns ’ into the control U+0092.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the byte there does not start one. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0; // overlong, surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** How many multi-byte UTF-8 sequences are valid, and how many bytes are not UTF-8. */
function utf8Census(bytes: Uint8Array): { valid: number; invalidCount: number } {
  let valid = 0;
  let invalidCount = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) {
      invalidCount += 1;
      i += 1;
    } else {
      if (length > 1) valid += 1;
      i += length;
    }
  }
  return { valid, invalidCount };
}

// UTF-8 where it is valid, each other byte alone as Windows-1252.
function decodeMixed(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8');
  let out = '';
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += utf8.decode(bytes.subarray(runStart, i)) + decodeCp1252(bytes.subarray(i, i + 1));
    i += 1;
    runStart = i;
  }
  return out + utf8.decode(bytes.subarray(runStart));
}

/**
 * 'utf-16le' / 'utf-16be' when NUL bytes fall in one of the two byte positions (ASCII and Latin
 * text in UTF-16 has a NUL as every high byte), null otherwise.
 */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even += 1;
    if (sample[i + 1] === 0) odd += 1;
  }
  const pairs = sample.length / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** Share of control bytes (not tab, LF, CR, form feed, escape) in the first 8 KiB. */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  return control / sample.length;
}

/** What a file of another format says it is, from its first bytes. */
function knownBinaryFormat(bytes: Uint8Array): Wording | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  const ascii = (s: string) => starts(...[...s].map((c) => c.charCodeAt(0)));
  if (ascii('%PDF-')) return { fr: 'un fichier PDF', en: 'a PDF file' };
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    if (head.includes('word/')) return { fr: 'un document Word (.docx)', en: 'a Word document (.docx)' };
    if (head.includes('opendocument.text')) return { fr: 'un document OpenDocument (.odt)', en: 'an OpenDocument text (.odt)' };
    return { fr: 'une archive ZIP (ou un document Office)', en: 'a ZIP archive (or an Office document)' };
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return { fr: 'un ancien document Word ou Office (.doc)', en: 'an old Word or Office document (.doc)' };
  if (ascii('{\\rtf')) return { fr: 'un document RTF (texte mis en forme)', en: 'an RTF document (formatted text)' };
  if (starts(0x89, 0x50, 0x4e, 0x47)) return { fr: 'une image PNG', en: 'a PNG image' };
  if (starts(0xff, 0xd8, 0xff)) return { fr: 'une image JPEG', en: 'a JPEG image' };
  if (ascii('GIF8')) return { fr: 'une image GIF', en: 'a GIF image' };
  if (starts(0x1f, 0x8b)) return { fr: 'une archive gzip', en: 'a gzip archive' };
  return null;
}
