/**
 * Turns the bytes of an article file into its text, and refuses what is not an article: an empty
 * file, a binary file, one over the size limit. Text that is not UTF-8 is read as Windows-1252
 * (which covers Latin-1's printable characters), with a warning. The text is returned in NFC, the
 * form every article is stored in, so offsets and hashes agree wherever it was opened. Pure: the CLI and the browser's file picker both use it.
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
}

/**
 * Decodes and checks the bytes of an article; `label` names it in messages, which are in
 * `language` (English by default).
 */
export function decodeArticleBytes(bytes: Uint8Array, label: string, language?: Language): ArticleFile {
  const warnings: string[] = [];
  const refuse = (wording: { fr: string; en: string }) => new ArticleInputError(inLanguage(language, wording));
  if (bytes.length === 0) throw refuse({ fr: `${label} : le fichier est vide.`, en: `${label}: the file is empty.` });
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw refuse({
      fr: `${label} : ${bytes.length} octets, au-delà de la limite de ${MAX_ARTICLE_BYTES} octets (1 Mio) pour un article ; découpez-le.`,
      en: `${label}: ${bytes.length} bytes is over the limit of ${MAX_ARTICLE_BYTES} bytes (1 MiB) for one article; split it.`,
    });
  }
  if (isBinary(bytes)) {
    throw refuse({
      fr: `${label} : ce fichier semble binaire (octets NUL ou caractères de contrôle), pas du texte ; enregistrez l’article en texte brut.`,
      en: `${label}: this looks like a binary file (NUL bytes or control characters), not text; save the article as plain text.`,
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // WHATWG maps the "latin1" label to windows-1252 too: one decoder serves both.
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push(
      inLanguage(language, {
        fr: `${label} : pas en UTF-8 ; lu comme Windows-1252/Latin-1 et converti en UTF-8. Vérifiez les accents.`,
        en: `${label}: not UTF-8; read as Windows-1252/Latin-1 and converted to UTF-8. Check the accents.`,
      }),
    );
  }
  const normalized = text.normalize('NFC');
  if (normalized !== text) warnings.push(inLanguage(language, { fr: `${label} : accents décomposés ; normalisés en NFC.`, en: `${label}: accents were decomposed; normalized to NFC.` }));
  if (normalized.trim() === '') throw refuse({ fr: `${label} : le fichier ne contient que des espaces.`, en: `${label}: the file has only white space.` });
  return { text: normalized, warnings };
}

function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return control > sample.length * 0.05;
}
