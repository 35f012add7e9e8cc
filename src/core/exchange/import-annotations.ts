/**
 * Imports a W3C Web Annotation file on its own (a plain array, an AnnotationPage or an
 * AnnotationCollection, JSON-LD) into the article it was made for: one dropped with it or one
 * already open, found by the target's source IRI, the article's address or its sha256. The
 * annotations are re-anchored in that article's text (made on another version of it, they are
 * looked for by quote and context), and the import says how many stayed, moved and were orphaned.
 * Without its article, nothing is guessed: the person is told which article to open first.
 */
import { reanchorAnnotations } from '../annotations/anchor-annotation';
import { articleIri } from '../annotations/create-place-annotation';
import type { DataProblem } from '../dataset';
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import { toPlace } from '../gazetteer/to-place';
import { inLanguage } from '../reader-language';
import type { Language, Place, PlaceAnnotation } from '../types';
import { MAX_MENTIONS_PER_ARTICLE } from '../validation/limits';
import { validateDataValue } from '../validation/validate-data-file';
import { canonicalPlace, citedPlaceIds, type ArticleRecord } from './article-record';
import { reanchorImported, tooManyMentions } from './import-article';

export interface AnnotationImportOptions {
  language?: Language | undefined;
  gazetteer?: Pick<Gazetteer, 'get'> | undefined;
  knownPlaces?: readonly Place[] | undefined;
}

export type AnnotationImport =
  | { ok: true; record: ArticleRecord; counts: { anchored: number; moved: number; orphaned: number; added: number; replaced: number }; warnings: string[] }
  | { ok: false; problems: DataProblem[] };

/** The annotations of a parsed JSON-LD value, or null when it holds none. */
export function annotationItems(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value.length > 0 && value.every((a) => isRecord(a) && (a.type === 'Annotation' || (Array.isArray(a.type) && a.type.includes('Annotation')))) ? value : null;
  if (!isRecord(value)) return null;
  if (value.type === 'AnnotationPage' && Array.isArray(value.items)) return value.items;
  if (value.type === 'AnnotationCollection') {
    const first = value.first;
    if (Array.isArray(first)) return first;
    if (isRecord(first) && Array.isArray(first.items)) return first.items;
    return [];
  }
  if (value.type === 'Annotation') return [value];
  return null;
}

/**
 * `value` (the parsed file `file`) applied to its article among `articles`.
 * @example importAnnotations('a.annotations.jsonld', json, [openRecord]) // → { ok: true, record, counts: { anchored: 10, moved: 2, orphaned: 1, … } }
 */
export function importAnnotations(file: string, value: unknown, articles: readonly ArticleRecord[], options: AnnotationImportOptions = {}): AnnotationImport {
  const say = (wording: { fr: string; en: string }) => inLanguage(options.language, wording);
  const fail = (field: string, message: { fr: string; en: string }, fix: { fr: string; en: string }): AnnotationImport => ({ ok: false, problems: [{ file, field, message: say(message), fix: say(fix) }] });
  const items = annotationItems(value);
  if (!items) return fail('', { fr: 'n’est pas un fichier d’annotations W3C (ni tableau d’annotations, ni AnnotationPage, ni AnnotationCollection).', en: 'is not a W3C annotation file (neither an array of annotations, an AnnotationPage nor an AnnotationCollection).' }, { fr: 'Exportez les annotations depuis Border Brief (.annotations.jsonld).', en: 'Export the annotations from Border Brief (.annotations.jsonld).' });
  if (items.length === 0) return fail('', { fr: 'ne contient aucune annotation.', en: 'holds no annotation.' }, { fr: 'Exportez un article qui a des mentions.', en: 'Export an article that has mentions.' });
  if (items.length > MAX_MENTIONS_PER_ARTICLE) return { ok: false, problems: [tooManyMentions(file, items.length, options.language)] };
  const checked = validateDataValue<PlaceAnnotation[]>(file, 'annotations', items, options.language);
  if (!checked.ok) return { ok: false, problems: checked.problems.slice(0, 20) };
  const annotations = items as PlaceAnnotation[];
  const source = annotations[0]!.target.source;
  const sha = annotations[0]!['bb:articleSha256'];
  const article = articles.find((a) => articleIri(a.meta.id) === source) ?? articles.find((a) => a.meta.url !== null && a.meta.url === source) ?? articles.find((a) => a.meta.sha256 === sha);
  if (!article) {
    return fail('[0].target.source', { fr: `annote l’article ${source} (sha256 ${sha.slice(0, 12)}…), qui n’est pas ouvert.`, en: `annotates the article ${source} (sha256 ${sha.slice(0, 12)}…), which is not open.` }, { fr: 'Ouvrez d’abord son article (son paquet .borderbrief.json ou son texte), puis ces annotations, ou déposez-les ensemble.', en: 'Open its article first (its .borderbrief.json bundle or its text), then these annotations, or drop them together.' });
  }
  const prefix = `urn:border-brief:annotation:${article.meta.id}:`;
  const foreign = annotations.findIndex((a) => !a.id.startsWith(prefix) || (a.target.source !== source));
  if (foreign >= 0) return fail(`[${foreign}]`, { fr: `${annotations[foreign]!.id} n’appartient pas à l’article ${article.meta.id}, comme les autres.`, en: `${annotations[foreign]!.id} does not belong to the article ${article.meta.id}, as the others do.` }, { fr: 'Importez les annotations d’un seul article à la fois.', en: 'Import the annotations of one article at a time.' });
  const warnings: string[] = [];
  const reanchored = reanchorImported(annotations, article.text, article.meta.sha256, file, options.language, warnings);
  const byId = new Map(reanchored.map((a) => [a.id, a]));
  const existing = new Set(article.annotations.map((a) => a.id));
  const merged = [...article.annotations.map((a) => byId.get(a.id) ?? a), ...reanchored.filter((a) => !existing.has(a.id))];
  if (merged.length > MAX_MENTIONS_PER_ARTICLE) return { ok: false, problems: [tooManyMentions(file, merged.length, options.language)] };
  const supplied = new Map<string, Place>();
  for (const place of options.knownPlaces ?? []) supplied.set(place.id, place);
  for (const place of article.places) supplied.set(place.id, place);
  const places: Place[] = [];
  const missing: string[] = [];
  for (const id of citedPlaceIds({ annotations: merged, incidents: article.incidents })) {
    const entry = supplied.get(id) ?? (options.gazetteer?.get(id) ? toPlace(options.gazetteer.get(id)!) : undefined);
    if (entry) places.push(canonicalPlace(entry));
    else missing.push(id);
  }
  if (missing.length > 0) return fail('', { fr: `nomme des lieux que ni l’article ni le gazetier ne connaissent : ${missing.join(', ')}.`, en: `names places neither the article nor the gazetteer holds: ${missing.join(', ')}.` }, { fr: 'Importez le paquet .borderbrief.json de l’article, qui porte ses lieux.', en: 'Import the article’s .borderbrief.json bundle, which carries its places.' });
  // The same report the warnings give, as numbers for the interface.
  const counts = { ...reanchorAnnotations(annotations, article.text).counts, added: reanchored.filter((a) => !existing.has(a.id)).length, replaced: reanchored.filter((a) => existing.has(a.id)).length };
  return { ok: true, record: { ...article, annotations: merged, places }, counts, warnings };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
