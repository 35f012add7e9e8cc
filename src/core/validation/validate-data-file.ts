/**
 * Checks one data file's text against its schema and returns either its value or its problems,
 * each naming the file, the field path and the fix in plain words:
 *   data/places.json → [3].lngLat[1]: latitude 105.32 is outside −90…90. Check that the
 *   coordinates are [lng, lat], not [lat, lng].
 * Problems are values, not exceptions: the loader shows them in an error panel.
 */
import type * as z from 'zod';
import type { DataProblem } from '../dataset';
import { inLanguage } from '../reader-language';
import type { Language } from '../types';
import { describeIssue, formatFieldPath } from './describe-issue';
import { readJson } from './read-json';
import { annotationsFileSchema, articleMetaSchema, geoLayerSchema, incidentCollectionSchema, placesFileSchema } from './data-schemas';

export type { DataProblem };

/** Which schema a file is held to. */
export type DataFileKind = 'places' | 'geo-layer' | 'article-meta' | 'annotations' | 'incidents';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] };

const SCHEMAS: Record<DataFileKind, z.ZodType> = {
  places: placesFileSchema,
  'geo-layer': geoLayerSchema,
  'article-meta': articleMetaSchema,
  annotations: annotationsFileSchema,
  incidents: incidentCollectionSchema,
};

/**
 * Parses `content` (the file's text) as JSON and checks it as a `kind` file. A syntax error names
 * the line and column and what was found there (read-json.ts); problems are in `language`
 * (English by default, as on the command line and in the data checks).
 * @param path the file's path from the project root, used in every problem.
 * @example validateDataFile<Place[]>('data/places.json', 'places', text)
 */
export function validateDataFile<T>(path: string, kind: DataFileKind, content: string, language?: Language): ValidationResult<T> {
  const read = parseDataFile<unknown>(path, content, language);
  return read.ok ? validateDataValue<T>(path, kind, read.value, language) : read;
}

/**
 * Only parses `content` as JSON, with the same problems as validateDataFile for an empty file or
 * a syntax error: for a file whose shape was checked already, when it was made or built.
 */
export function parseDataFile<T>(path: string, content: string, language?: Language): ValidationResult<T> {
  if (content.trim() === '') {
    return { ok: false, problems: [{ file: path, field: '', message: inLanguage(language, { fr: 'est vide ou manquant.', en: 'is empty or missing.' }), fix: inLanguage(language, { fr: `Restaurez le fichier (git checkout ${path}) ou dérivez-le à nouveau.`, en: `Restore the file (git checkout ${path}) or re-derive it.` }) }] };
  }
  const read = readJson(path, content, language);
  return read.ok ? { ok: true, value: read.value as T } : { ok: false, problems: [read.problem] };
}

/** Checks already-parsed JSON as a `kind` file. The value returned keeps unknown members. */
export function validateDataValue<T>(path: string, kind: DataFileKind, json: unknown, language?: Language): ValidationResult<T> {
  // reportInput: zod leaves the value out of its issues otherwise, and a wrong type would read as « missing ».
  const result = SCHEMAS[kind].safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as T };
  return { ok: false, problems: result.error.issues.map((issue) => describeIssue(path, issue, { language, root: json, fallbackFix: { fr: 'Voir src/core/types.ts pour la forme attendue.', en: 'See src/core/types.ts for the expected shape.' } })) };
}

/** One line for a log or a panel: « file → field: message fix » */
export function formatProblem(problem: DataProblem): string {
  return `${problem.file}${problem.field ? ` → ${problem.field}` : ''}: ${problem.message} ${problem.fix}`;
}

export { formatFieldPath };
