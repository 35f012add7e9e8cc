/**
 * Checks one data file's text against its schema and returns either its value or its problems,
 * each naming the file, the field path and the fix in plain words:
 *   data/places.json → [3].lngLat[1]: latitude 105.32 is outside −90…90. Check that the
 *   coordinates are [lng, lat], not [lat, lng].
 * Problems are values, not exceptions: the loader shows them in an error panel.
 */
import type * as z from 'zod';
import type { DataProblem } from '../dataset';
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
 * Parses `content` (the file's text) as JSON and checks it as a `kind` file.
 * @param path the file's path from the project root, used in every problem.
 * @example validateDataFile<Place[]>('data/places.json', 'places', text)
 */
export function validateDataFile<T>(path: string, kind: DataFileKind, content: string): ValidationResult<T> {
  if (content.trim() === '') {
    return { ok: false, problems: [{ file: path, field: '', message: 'is empty or missing.', fix: `Restore the file (git checkout ${path}) or re-derive it.` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(path, content, error)] };
  }
  return validateDataValue<T>(path, kind, json);
}

/** Checks already-parsed JSON as a `kind` file. The value returned keeps unknown members. */
export function validateDataValue<T>(path: string, kind: DataFileKind, json: unknown): ValidationResult<T> {
  const result = SCHEMAS[kind].safeParse(json);
  if (result.success) return { ok: true, value: result.data as T };
  return { ok: false, problems: result.error.issues.map((issue) => issueProblem(path, issue)) };
}

/** One line for a log or a panel: « file → field: message fix » */
export function formatProblem(problem: DataProblem): string {
  return `${problem.file}${problem.field ? ` → ${problem.field}` : ''}: ${problem.message} ${problem.fix}`;
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

function issueProblem(file: string, issue: z.core.$ZodIssue): DataProblem {
  const field = formatFieldPath(issue.path);
  const last = issue.path[issue.path.length - 1];
  const name = last === undefined ? 'the file' : `"${String(last)}"`;
  const fix = (issue as { params?: { fix?: unknown } }).params?.fix;
  if (typeof fix === 'string') return { file, field, message: issue.message, fix };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { file, field, message: 'is missing.', fix: `Add ${name} (${article(issue.expected)}).` };
      return { file, field, message: `should be ${article(issue.expected)}, not ${describe(issue.input)}.`, fix: `Write ${name} as ${article(issue.expected)}.` };
    case 'invalid_value':
      return { file, field, message: `is ${JSON.stringify(issue.input)}, which is not allowed.`, fix: `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.` };
    case 'invalid_union':
      return { file, field, message: issue.message === 'Invalid input' ? `has an unexpected value ${JSON.stringify(issue.input)}.` : issue.message, fix: 'See src/core/types.ts for the allowed values.' };
    case 'too_small':
      return { file, field, message: `is too small (${String(issue.minimum)} at least).`, fix: `Raise it to ${String(issue.minimum)} or more.` };
    case 'too_big':
      return { file, field, message: `is too big (${String(issue.maximum)} at most).`, fix: `Lower it to ${String(issue.maximum)} or less.` };
    case 'invalid_format':
      return { file, field, message: issue.message.startsWith('Invalid') ? `is not a valid ${issue.format}.` : issue.message, fix: `Write a valid ${issue.format}.` };
    default:
      return { file, field, message: issue.message, fix: 'See src/core/types.ts for the expected shape.' };
  }
}

function jsonSyntaxProblem(file: string, content: string, error: unknown): DataProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  let where = '';
  if (position) {
    const before = content.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = ` (line ${line}, column ${column})`;
  }
  return {
    file,
    field: '',
    message: `is not valid JSON${where}: ${detail}.`,
    fix: 'Look for a missing or extra comma, an unclosed bracket or quote, or a comment (JSON has none) at that spot.',
  };
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}
