/**
 * The part of reading a data file that needs no schema: an empty file, or JSON that does not
 * parse, is refused with the line and column. Kept apart from validate-data-file.ts (and zod) so
 * that the built app, whose bundled files were checked when it was built, can read them without
 * loading a schema library at start.
 */
import type { DataProblem } from '../dataset';
import { inLanguage } from '../reader-language';
import type { Language } from '../types';
import { readJson } from './read-json';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] };

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

/** One line for a log or a panel: « file → field: message fix » */
export function formatProblem(problem: DataProblem): string {
  return `${problem.file}${problem.field ? ` → ${problem.field}` : ''}: ${problem.message} ${problem.fix}`;
}
