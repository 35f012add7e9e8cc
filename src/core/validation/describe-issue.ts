/**
 * Turns one zod issue into a problem a person can act on: what was found ("a number", "an
 * array", "nothing") against what is wanted, and the fix that fits the case: a value of the wrong
 * type is not « missing », an unknown key is answered with the keys allowed there (nearest by
 * spelling first), a missing key that sits beside a misspelt one says so. Shared by every schema
 * of a file someone opens (data files, bundles, annotations, briefings), in their language.
 */
import type * as z from 'zod';
import type { DataProblem } from '../dataset';
import { inLanguage } from '../reader-language';
import type { Language } from '../types';

type Wording = { fr: string; en: string };

export interface DescribeOptions {
  language?: Language | undefined;
  /** The parsed file, to look beside a missing key for a misspelt one. */
  root?: unknown;
  /** The fix when nothing more precise fits. */
  fallbackFix?: Wording;
  /** The keys the schema allows at a path, for an unknown key (strict objects). */
  keysAt?: (path: ReadonlyArray<PropertyKey>) => readonly string[];
  /** Prefix of the field path (`meta`, `slides[2]`), for a value inside a bigger file. */
  fieldPrefix?: string;
}

/** `[3].lngLat[1]`, `features[0].properties.id`, `[0]["bb:mentionKind"]`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const key = String(segment);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

/** The problem for `issue` found in `file`. */
export function describeIssue(file: string, issue: z.core.$ZodIssue, options: DescribeOptions = {}): DataProblem {
  const say = (wording: Wording) => inLanguage(options.language, wording);
  const inner = formatFieldPath(issue.path);
  const field = options.fieldPrefix ? (inner ? (inner.startsWith('[') ? options.fieldPrefix + inner : `${options.fieldPrefix}.${inner}`) : options.fieldPrefix) : inner;
  const last = issue.path[issue.path.length - 1];
  const name = last === undefined || typeof last === 'number' ? say({ fr: 'la valeur', en: 'the value' }) : `"${String(last)}"`;
  const problem = (message: Wording, fix: Wording): DataProblem => ({ file, field, message: say(message), fix: say(fix) });
  const own = (issue as { params?: { fix?: unknown } }).params?.fix;
  const fallback = options.fallbackFix ?? { fr: 'Corrigez le champ comme indiqué, ou exportez le fichier à nouveau depuis Border Brief.', en: 'Correct the field as described, or export the file again from Border Brief.' };
  if (typeof own === 'string') return { file, field, message: issue.message, fix: own };
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = typeName(issue.expected);
      if (input === undefined) {
        const parent = valueAt(options.root, issue.path.slice(0, -1));
        const near = typeof last === 'string' && isRecord(parent) ? nearest(last, Object.keys(parent)) : undefined;
        if (near) return problem({ fr: `manque ; le fichier a « ${near} », sans doute une faute de frappe.`, en: `is missing; the file has "${near}" instead, probably a typo.` }, { fr: `Renommez « ${near} » en « ${String(last)} ».`, en: `Rename "${near}" to "${String(last)}".` });
        return problem({ fr: `manque (on attendait ${wanted.fr}, rien trouvé).`, en: `is missing (${wanted.en} wanted, nothing found).` }, { fr: `Ajoutez ${name} : ${wanted.fr}.`, en: `Add ${name}: ${wanted.en}.` });
      }
      const got = describeValue(input);
      return problem({ fr: `est ${got.fr}, mais on attendait ${wanted.fr}.`, en: `is ${got.en}, but ${wanted.en} is wanted.` }, { fr: `Écrivez ${name} comme ${wanted.fr}.`, en: `Write ${name} as ${wanted.en}.` });
    }
    case 'unrecognized_keys': {
      const allowed = [...(options.keysAt?.(issue.path) ?? [])];
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const hints = issue.keys.map((k) => ({ key: k, near: nearest(k, allowed) })).filter((h) => h.near);
      const near = hints.length ? { fr: ` ${hints.map((h) => `« ${h.key} » : vouliez-vous dire « ${h.near} » ?`).join(' ')}`, en: ` ${hints.map((h) => `"${h.key}": did you mean "${h.near}"?`).join(' ')}` } : { fr: '', en: '' };
      const list = allowed.length ? { fr: ` Clés permises ici : ${allowed.join(', ')}.`, en: ` Keys allowed here: ${allowed.join(', ')}.` } : { fr: '', en: '' };
      return problem({ fr: `a ${issue.keys.length > 1 ? 'des clés inconnues' : 'une clé inconnue'} : ${keys}.${near.fr}`, en: `has ${issue.keys.length > 1 ? 'unknown keys' : 'an unknown key'}: ${keys}.${near.en}` }, { fr: `Retirez-la ou corrigez son nom.${list.fr}`, en: `Remove it or correct its name.${list.en}` });
    }
    case 'invalid_value': {
      if (input === undefined) return problem({ fr: 'manque (rien trouvé).', en: 'is missing (nothing found).' }, { fr: `Ajoutez ${name} : ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`, en: `Add ${name}: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.` });
      const got = describeValue(input);
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const near = typeof input === 'string' ? nearest(input, issue.values.filter((v): v is string => typeof v === 'string')) : undefined;
      const hint = near ? { fr: ` (vouliez-vous dire « ${near} » ?)`, en: ` (did you mean "${near}"?)` } : { fr: '', en: '' };
      return problem({ fr: `est ${got.fr}, qui n’est pas permis${hint.fr}.`, en: `is ${got.en}, which is not allowed${hint.en}.` }, { fr: `Utilisez l’une de ces valeurs : ${values}.`, en: `Use one of: ${values}.` });
    }
    case 'invalid_union': {
      const got = describeValue(input);
      if (issue.message && issue.message !== 'Invalid input') return { file, field, message: issue.message, fix: say(fallback) };
      return problem({ fr: `ne correspond à aucune des formes permises (trouvé : ${got.fr}).`, en: `matches none of the allowed shapes (found ${got.en}).` }, fallback);
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'array') return problem({ fr: `a trop peu d’éléments (${min} au moins).`, en: `has too few items (${min} at least).` }, { fr: `Donnez-en ${min} ou plus.`, en: `Give ${min} or more.` });
      if (issue.origin === 'string') return problem({ fr: Number(min) <= 1 ? 'est vide.' : `est trop court (${min} caractères au moins).`, en: Number(min) <= 1 ? 'is empty.' : `is too short (${min} characters at least).` }, { fr: `Écrivez ${name}.`, en: `Write ${name}.` });
      return problem({ fr: `vaut ${shown(input)}, moins que le minimum ${min}.`, en: `is ${shown(input)}, below the minimum ${min}.` }, { fr: `Donnez ${min} ou plus.`, en: `Give ${min} or more.` });
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'array') return problem({ fr: `a trop d’éléments (${max} au plus).`, en: `has too many items (${max} at most).` }, { fr: `Gardez-en ${max} au plus.`, en: `Keep ${max} at most.` });
      if (issue.origin === 'string') return problem({ fr: `est trop long (${max} caractères au plus).`, en: `is too long (${max} characters at most).` }, { fr: 'Raccourcissez-le.', en: 'Shorten it.' });
      return problem({ fr: `vaut ${shown(input)}, plus que le maximum ${max}.`, en: `is ${shown(input)}, above the maximum ${max}.` }, { fr: `Donnez ${max} ou moins.`, en: `Give ${max} or less.` });
    }
    case 'invalid_format':
      if (issue.message && !issue.message.startsWith('Invalid')) return { file, field, message: `${issue.message.replace(/\.$/, '')}${input !== undefined ? ` (${shown(input)})` : ''}.`, fix: say({ fr: `Corrigez ${name}.`, en: `Correct ${name}.` }) };
      return problem({ fr: `n’est pas ${issue.format === 'url' ? 'une adresse' : `un ${issue.format}`} valide${input !== undefined ? ` (${shown(input)})` : ''}.`, en: `is not a valid ${issue.format}${input !== undefined ? ` (${shown(input)})` : ''}.` }, { fr: `Écrivez ${name} au format ${issue.format}.`, en: `Write ${name} as a valid ${issue.format}.` });
    default:
      return { file, field, message: issue.message, fix: say(fallback) };
  }
}

/** What a value is, in words: « un nombre (12) », "an array", "nothing". */
export function describeValue(value: unknown): Wording {
  if (value === undefined) return { fr: 'rien', en: 'nothing' };
  if (value === null) return { fr: 'null', en: 'null' };
  if (Array.isArray(value)) return { fr: `un tableau (${value.length} élément${value.length > 1 ? 's' : ''})`, en: `an array (${value.length} item${value.length === 1 ? '' : 's'})` };
  switch (typeof value) {
    case 'number':
      return { fr: `un nombre (${value})`, en: `a number (${value})` };
    case 'string':
      return { fr: `un texte (${shown(value)})`, en: `a string (${shown(value)})` };
    case 'boolean':
      return { fr: `un booléen (${value})`, en: `a boolean (${value})` };
    case 'object':
      return { fr: 'un objet', en: 'an object' };
    default:
      return { fr: typeof value, en: typeof value };
  }
}

function typeName(expected: string): Wording {
  const names: Record<string, Wording> = {
    string: { fr: 'un texte', en: 'a string' },
    number: { fr: 'un nombre', en: 'a number' },
    int: { fr: 'un entier', en: 'an integer' },
    boolean: { fr: 'un booléen (true ou false)', en: 'a boolean (true or false)' },
    array: { fr: 'un tableau', en: 'an array' },
    object: { fr: 'un objet', en: 'an object' },
    tuple: { fr: 'un tableau', en: 'an array' },
    null: { fr: 'null', en: 'null' },
  };
  return names[expected] ?? { fr: expected, en: expected };
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/** The candidate nearest `word` by spelling, when it is close enough to be a typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(word.length, best.length) / 3)) ? best : undefined;
}

// Edit distance counting a swap of two neighbours as one edit ("titel" is one from "title"),
// the most common typo in a key; keys are short, so the full table is cheap.
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
