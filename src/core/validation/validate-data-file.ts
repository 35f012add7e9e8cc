/**
 * Checks one data file's text against its schema and returns either its value or its problems,
 * each naming the file, the field path and the fix in plain words:
 *   data/places.json → [3].lngLat[1]: latitude 105.32 is outside −90…90. Check that the
 *   coordinates are [lng, lat], not [lat, lng].
 * Problems are values, not exceptions: the loader shows them in an error panel.
 */
import type * as z from 'zod';
import type { DataProblem } from '../dataset';
import type { Language } from '../types';
import { describeIssue, formatFieldPath } from './describe-issue';
import { formatProblem, parseDataFile, type ValidationResult } from './parse-data-file';
import { annotationsFileSchema, articleMetaSchema, geoLayerSchema, incidentCollectionSchema, placesFileSchema } from './data-schemas';

export type { DataProblem };

/** Which schema a file is held to. */
export type DataFileKind = 'places' | 'geo-layer' | 'article-meta' | 'annotations' | 'incidents';

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

/** Checks already-parsed JSON as a `kind` file. The value returned keeps unknown members. */
export function validateDataValue<T>(path: string, kind: DataFileKind, json: unknown, language?: Language): ValidationResult<T> {
  // reportInput: zod leaves the value out of its issues otherwise, and a wrong type would read as « missing ».
  const result = SCHEMAS[kind].safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as T };
  return { ok: false, problems: result.error.issues.map((issue) => describeIssue(path, issue, { language, root: json, fallbackFix: { fr: 'Voir src/core/types.ts pour la forme attendue.', en: 'See src/core/types.ts for the expected shape.' } })) };
}

export { formatFieldPath, formatProblem, parseDataFile, type ValidationResult };
