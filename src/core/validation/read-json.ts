/**
 * Reads a JSON file someone opened, and never lets the parser speak for itself: a syntax error is
 * told as the line and column, what was found there and what JSON wants (« line 3, column 12: a
 * comment; JSON has none »), not as « Unexpected token '/' ». The size and the nesting depth are
 * held to the limits (limits.ts), so a 50 MB file or a 200-deep array is refused
 * in one sentence instead of freezing the page or overflowing the stack of recursive code. Keys
 * that could reach an object's prototype (`__proto__`, `constructor`, `prototype`) are dropped and
 * said: they carry no data the app reads.
 */
import type { DataProblem } from '../dataset';
import { inLanguage } from '../reader-language';
import type { Language } from '../types';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH } from './limits';

export type JsonRead = { ok: true; value: unknown; warnings: string[] } | { ok: false; problem: DataProblem };

type Wording = { fr: string; en: string };

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses `content` (the text of `file`) as JSON, within the limits.
 * @example readJson('a.json', '{"a": 1,}') // → { ok: false, problem: { file: 'a.json', field: 'line 1, column 9', message: 'has "}" after a comma…', fix: 'Remove the comma…' } }
 */
export function readJson(file: string, content: string, language?: Language, fix?: Wording): JsonRead {
  const say = (wording: Wording) => inLanguage(language, wording);
  const refuse = (field: string, message: Wording, advice: Wording): JsonRead => ({ ok: false, problem: { file, field, message: say(message), fix: say(advice) } });
  const warnings: string[] = [];
  if (content.length > MAX_JSON_BYTES) {
    const mib = (content.length / 1024 / 1024).toFixed(1);
    return refuse('', { fr: `fait ${mib} Mio, au-delà de la limite de ${MAX_JSON_BYTES / 1024 / 1024} Mio pour un fichier JSON.`, en: `is ${mib} MiB, over the limit of ${MAX_JSON_BYTES / 1024 / 1024} MiB for a JSON file.` }, { fr: 'Découpez-le en plusieurs fichiers, ou simplifiez ses géométries.', en: 'Split it into several files, or simplify its geometries.' });
  }
  let text = content;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push(say({ fr: `${file} : marque d’ordre des octets (BOM) retirée au début du fichier.`, en: `${file}: removed the byte-order mark at the start of the file.` }));
  }
  if (text.trim() === '') return refuse('', { fr: 'est vide.', en: 'is empty.' }, fix ?? { fr: 'Reprenez le fichier complet.', en: 'Take the whole file again.' });
  const tooDeep = (offset: number) =>
    refuse(lineColumn(text, offset, language), { fr: `imbrique tableaux et objets sur plus de ${MAX_JSON_DEPTH} niveaux (limite des fichiers JSON).`, en: `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (the limit for JSON files).` }, { fr: 'Ce n’est pas un fichier que Border Brief écrit ; vérifiez sa provenance.', en: 'This is not a file Border Brief writes; check where it came from.' });
  // The reviver costs time on big files; it only runs where such a key may be.
  const hasDangerousKey = /"(?:__proto__|constructor|prototype)"\s*:/.test(text);
  // JSON.parse itself does not recurse, so the depth is held to the limit on the parsed value (a
  // walk over its arrays and objects, far cheaper than a pass over every character) and the text
  // is scanned only to say where; the reviver does recurse, so there the text is scanned first.
  if (hasDangerousKey) {
    const deep = firstTooDeep(text);
    if (deep !== null) return tooDeep(deep);
  }
  let value: unknown;
  try {
    let dropped = 0;
    value = hasDangerousKey
      ? JSON.parse(text, function (this: unknown, key: string, v: unknown) {
          if (DANGEROUS_KEYS.has(key)) {
            dropped += 1;
            return undefined;
          }
          return v;
        })
      : JSON.parse(text);
    if (dropped > 0) warnings.push(say({ fr: `${file} : ${dropped} clé(s) __proto__, constructor ou prototype retirée(s) ; elles ne portent aucune donnée.`, en: `${file}: removed ${dropped} key(s) named __proto__, constructor or prototype; they carry no data.` }));
  } catch {
    const deep = firstTooDeep(text); // a file both too deep and broken is told the first
    if (deep !== null) return tooDeep(deep);
    const error = locateSyntaxError(text);
    return refuse(lineColumn(text, error.offset, language), error.message, fix && error.isTruncated ? fix : error.fix);
  }
  if (!hasDangerousKey && nestsTooDeep(value)) return tooDeep(firstTooDeep(text) ?? 0);
  return { ok: true, value, warnings };
}

/** « line 3, column 12 » (1-based, columns in characters), in `language`. */
export function lineColumn(text: string, offset: number, language?: Language): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const column = offset - lineStart + 1;
  return inLanguage(language, { fr: `ligne ${line}, colonne ${column}`, en: `line ${line}, column ${column}` });
}

/** Whether a parsed value holds an array or object more than MAX_JSON_DEPTH levels deep; no recursion. */
function nestsTooDeep(value: unknown): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > MAX_JSON_DEPTH) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

// Offset of the first bracket beyond MAX_JSON_DEPTH, outside strings; one pass, no recursion.
function firstTooDeep(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return i;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return null;
}

interface SyntaxErrorAt {
  offset: number;
  message: Wording;
  fix: Wording;
  isTruncated: boolean;
}

class Stop {
  constructor(readonly error: SyntaxErrorAt) {}
}

const GENERIC_FIX: Wording = { fr: 'Cherchez à cet endroit une virgule manquante ou en trop, un crochet ou un guillemet non fermé.', en: 'Look at that spot for a missing or extra comma, or an unclosed bracket or quote.' };

/**
 * Finds where `text` stops being JSON and says what is there, in words. Only called once
 * JSON.parse has failed, on text whose depth is already bounded, so recursion is safe.
 */
export function locateSyntaxError(text: string): SyntaxErrorAt {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i += 1;
  };
  const stop = (message: Wording, fix: Wording = GENERIC_FIX, isTruncated = false): never => {
    throw new Stop({ offset: i, message, fix, isTruncated });
  };
  const found = (wanted: Wording): never => {
    if (i >= text.length) stop({ fr: `s’arrête avant la fin : on attendait ${wanted.fr}.`, en: `ends too early: ${wanted.en} was expected.` }, { fr: 'Le fichier est tronqué : reprenez-le en entier (un téléchargement interrompu ?).', en: 'The file is cut short: take the whole file again (an interrupted download?).' }, true);
    const c = text[i]!;
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) stop({ fr: `a un commentaire là où on attendait ${wanted.fr}.`, en: `has a comment where ${wanted.en} was expected.` }, { fr: 'JSON n’a pas de commentaires : retirez-le.', en: 'JSON has no comments: remove it.' });
    if (c === "'") stop({ fr: `a une apostrophe là où on attendait ${wanted.fr}.`, en: `has a single quote where ${wanted.en} was expected.` }, { fr: 'En JSON, les chaînes et les clés s’écrivent entre guillemets droits doubles (").', en: 'JSON strings and keys take double quotes (").' });
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0];
    if (word && ['NaN', 'Infinity', 'undefined'].includes(word)) stop({ fr: `contient ${word}, que JSON ne connaît pas.`, en: `holds ${word}, which JSON does not have.` }, { fr: 'Écrivez null ou un nombre à la place.', en: 'Write null or a number instead.' });
    if (word) stop({ fr: `a le mot ${word} sans guillemets là où on attendait ${wanted.fr}.`, en: `has the bare word ${word} where ${wanted.en} was expected.` }, { fr: 'Mettez-le entre guillemets doubles s’il s’agit d’un texte ou d’une clé.', en: 'Put it in double quotes if it is text or a key.' });
    stop({ fr: `a ${JSON.stringify(c)} là où on attendait ${wanted.fr}.`, en: `has ${JSON.stringify(c)} where ${wanted.en} was expected.` });
    throw new Error('unreachable');
  };
  const VALUE: Wording = { fr: 'une valeur', en: 'a value' };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i += 1;
      skipSpace();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] === '}') stop({ fr: 'a une virgule juste avant « } ».', en: 'has a comma just before "}".' }, { fr: 'Retirez la virgule avant l’accolade fermante.', en: 'Remove the comma before the closing brace.' });
        if (text[i] !== '"') found({ fr: 'une clé entre guillemets', en: 'a key in double quotes' });
        string();
        skipSpace();
        if (text[i] !== ':') found({ fr: '« : » après la clé', en: '":" after the key' });
        i += 1;
        value();
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === '}') {
          i += 1;
          return;
        }
        found({ fr: '« , » ou « } »', en: '"," or "}"' });
      }
    }
    if (c === '[') {
      i += 1;
      skipSpace();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] === ']') stop({ fr: 'a une virgule juste avant « ] ».', en: 'has a comma just before "]".' }, { fr: 'Retirez la virgule avant le crochet fermant.', en: 'Remove the comma before the closing bracket.' });
        value();
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === ']') {
          i += 1;
          return;
        }
        found({ fr: '« , » ou « ] »', en: '"," or "]"' });
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null)/.exec(text.slice(i, i + 5))?.[0];
    if (literal) {
      i += literal.length;
      return;
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))?.[0];
    if (number) {
      i += number.length;
      return;
    }
    if (c === '+' || c === '.' || (c === '-' && !/\d/.test(text[i + 1] ?? ''))) stop({ fr: 'a un nombre mal écrit.', en: 'has a badly written number.' }, { fr: 'Écrivez les nombres comme 12, -0.5 ou 1e3 (sans « + » ni point initial).', en: 'Write numbers as 12, -0.5 or 1e3 (no leading "+" or ".").' });
    found(VALUE);
  };
  const string = (): void => {
    i += 1; // the opening quote
    for (;;) {
      if (i >= text.length) stop({ fr: 'a une chaîne qui n’est jamais fermée.', en: 'has a string that is never closed.' }, { fr: 'Fermez le guillemet, ou reprenez le fichier en entier s’il est tronqué.', en: 'Close the quote, or take the whole file again if it is cut short.' }, true);
      const code = text.charCodeAt(i);
      if (code === 34) {
        i += 1;
        return;
      }
      if (code < 32) stop({ fr: 'a un saut de ligne ou un caractère de contrôle dans une chaîne.', en: 'has a line break or control character inside a string.' }, { fr: 'Écrivez-le \\n (ou \\t), ou fermez le guillemet oublié.', en: 'Write it as \\n (or \\t), or close the quote that was left open.' });
      if (code === 92) {
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else stop({ fr: `a l’échappement \\${next} que JSON ne connaît pas.`, en: `has the escape \\${next}, which JSON does not have.` }, { fr: 'Doublez la barre oblique inverse (\\\\) ou utilisez \\n, \\t, \\" ou \\uXXXX.', en: 'Double the backslash (\\\\), or use \\n, \\t, \\" or \\uXXXX.' });
      } else i += 1;
    }
  };
  try {
    value();
    skipSpace();
    if (i < text.length) stop({ fr: 'continue après la fin de sa valeur JSON.', en: 'goes on after the end of its JSON value.' }, { fr: 'Un fichier JSON contient une seule valeur : deux fichiers collés l’un à l’autre ?', en: 'A JSON file holds one value: two files pasted together?' });
    return { offset: 0, message: { fr: 'n’est pas du JSON valide.', en: 'is not valid JSON.' }, fix: GENERIC_FIX, isTruncated: false };
  } catch (caught) {
    if (caught instanceof Stop) return caught.error;
    throw caught;
  }
}
