/**
 * Reads an article back from the files `exportArticleFiles` writes: the single bundle
 * (`<slug>.borderbrief.json`), or the set text + metadata + annotations (places and incidents
 * optional). Everything is checked as the data folder is, and each problem names the file, the
 * field and the fix: a text whose sha256 is not the metadata's, annotations made for another
 * article, a place nobody can supply. Annotations are re-anchored in the text, also when they
 * were made on another version of it; one whose words are not there is kept as an orphan and
 * said in the warnings, never silently attached to other words. The CSV of
 * mentions is a view (no context, dates, candidates or original guesses) and is not importable
 * alone; the incidents CSV is a view for ACLED tools, checked against the incidents GeoJSON
 * (a warning when they differ) and never read as the incidents.
 */
import type { Feature, Point } from 'geojson';
import { reanchorAnnotations, retargetAnnotation } from '../annotations/anchor-annotation';
import { articleIri } from '../annotations/create-place-annotation';
import { sha256Hex } from '../article/sha256-hex';
import type { DataProblem } from '../dataset';
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import { toPlace } from '../gazetteer/to-place';
import type { ArticleMeta, IncidentCollection, Language, Place, PlaceAnnotation } from '../types';
import { inLanguage } from '../reader-language';
import { placeSchema } from '../validation/data-schemas';
import { describeIssue } from '../validation/describe-issue';
import { MAX_MENTIONS_PER_ARTICLE } from '../validation/limits';
import { readJson } from '../validation/read-json';
import { formatFieldPath, validateDataValue, type DataFileKind } from '../validation/validate-data-file';
import { ARTICLE_BUNDLE_FORMAT, ARTICLE_BUNDLE_VERSION, EMPTY_INCIDENTS, canonicalPlace, citedPlaceIds, type ArticleRecord } from './article-record';
import { checkIncidentsCsv } from './check-incidents-csv';
import { EXPORT_SUFFIXES } from './export-file-names';
import { placeFromFeature, type PlaceFeatureProperties } from './places-geojson';

export interface ImportFile {
  name: string; // the file's name ('a.meta.json'); folders are ignored
  content: string; // its text, decoded as UTF-8
}

export interface ImportOptions {
  /** Supplies gazetteer places the files do not carry (a file set without `.places.geojson`). */
  gazetteer?: Pick<Gazetteer, 'get'>;
  /** The dashboard's own places (data/places.json), tried before the gazetteer. */
  knownPlaces?: readonly Place[];
  /** The language of the warnings, the reader's (English by default, as on the command line). */
  messageLanguage?: Language;
}

export type ImportResult = { ok: true; record: ArticleRecord; warnings: string[] } | { ok: false; problems: DataProblem[] };

type Kind = keyof typeof EXPORT_SUFFIXES;

/**
 * The article in `files`, checked, or its problems.
 * @example
 * await importArticleFiles([{ name: 'a.borderbrief.json', content }], { gazetteer })
 * // → { ok: true, record: { meta, text, annotations, places, incidents }, warnings: [] }
 */
export async function importArticleFiles(files: readonly ImportFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const warnings: string[] = [];
  const named = files.map((f) => ({ ...f, name: f.name.split(/[\\/]/).pop() ?? f.name }));
  if (named.length === 0) return fail('', '', 'No file was given.', `Give ${hint('<slug>')}.`);

  const bundles = named.filter((f) => kindOf(f.name) === 'bundle');
  if (bundles.length > 1) return fail(bundles.map((f) => f.name).join(', '), '', 'holds several bundles.', 'Import one article at a time.');
  if (bundles.length === 1) {
    const [bundle] = bundles as [ImportFile];
    for (const other of named) {
      if (other !== bundle) warnings.push(inLanguage(options.messageLanguage, { fr: `${other.name} : ignoré ; le paquet ${bundle.name} contient tout l’article.`, en: `${other.name}: ignored; the bundle ${bundle.name} holds the whole article.` }));
    }
    return readBundle(bundle, options, warnings);
  }

  const byKind = new Map<Kind, ImportFile>();
  const problems: DataProblem[] = [];
  for (const file of named) {
    const kind = kindOf(file.name);
    const suffixes = Object.values(EXPORT_SUFFIXES).join(', ');
    if (!kind) warnings.push(inLanguage(options.messageLanguage, { fr: `${file.name} : ignoré ; pas un export Border Brief (${suffixes}).`, en: `${file.name}: ignored; not a Border Brief export (${suffixes}).` }));
    else if (byKind.has(kind)) problems.push({ file: file.name, field: '', message: `is a second ${EXPORT_SUFFIXES[kind]} file.`, fix: 'Import one article at a time.' });
    else byKind.set(kind, file);
  }
  const mentions = byKind.get('mentions');
  const isCsvAlone = mentions && !byKind.has('text') && !byKind.has('meta') && !byKind.has('annotations');
  if (isCsvAlone) {
    return fail(mentions.name, '', 'is a flat view of the mentions for spreadsheets, not importable alone: it has no article text, no quote context, no dates and not the machine’s original guesses.', `Import ${hint(slugOf(mentions.name, 'mentions'))}.`);
  }
  const slugs = new Set([...byKind.entries()].map(([kind, f]) => slugOf(f.name, kind)));
  if (slugs.size > 1) problems.push({ file: [...byKind.values()].map((f) => f.name).join(', '), field: '', message: `belong to different articles (${[...slugs].join(', ')}).`, fix: 'Import the files of one article at a time, with the names they were exported with.' });
  const slug = [...slugs][0] ?? 'article';
  for (const kind of ['text', 'meta', 'annotations'] as const) {
    if (!byKind.has(kind)) problems.push({ file: slug + EXPORT_SUFFIXES[kind], field: '', message: 'is missing.', fix: `Give it with the other files, or import ${slug}${EXPORT_SUFFIXES.bundle} instead.` });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (mentions) {
    warnings.push(
      inLanguage(options.messageLanguage, {
        fr: `${mentions.name} : non lu ; le CSV est une vue des annotations, qui sont importées depuis ${slug}${EXPORT_SUFFIXES.annotations}.`,
        en: `${mentions.name}: not read; the CSV is a view of the annotations, which are imported from ${slug}${EXPORT_SUFFIXES.annotations}.`,
      }),
    );
  }

  const text = byKind.get('text') as ImportFile;
  const language = options.messageLanguage;
  const meta = parsePart<ArticleMeta>(byKind.get('meta') as ImportFile, 'article-meta', problems, language);
  const annotations = parsePart<PlaceAnnotation[]>(byKind.get('annotations') as ImportFile, 'annotations', problems, language);
  if (annotations && annotations.length > MAX_MENTIONS_PER_ARTICLE) problems.push(tooManyMentions(byKind.get('annotations')!.name, annotations.length, language));
  const incidentsFile = byKind.get('incidents');
  const incidents = incidentsFile ? parsePart<IncidentCollection>(incidentsFile, 'incidents', problems, language) : EMPTY_INCIDENTS;
  const placesFile = byKind.get('places');
  const places = placesFile ? parsePlacesGeojson(placesFile, problems, language) : [];
  if (!meta || !annotations || !incidents || problems.length > 0) return { ok: false, problems };
  const incidentsCsvFile = byKind.get('incidentsCsv');
  if (incidentsCsvFile) warnings.push(...checkIncidentsCsv(incidentsCsvFile.name, incidentsCsvFile.content, incidentsFile ? incidents : null, slug + EXPORT_SUFFIXES.incidents, language));
  return assemble({ meta, text: text.content, annotations, incidents, places }, { text: text.name, meta: byKind.get('meta')!.name, annotations: byKind.get('annotations')!.name, field: () => '' }, options, warnings);
}

interface Parts {
  meta: ArticleMeta;
  text: string;
  annotations: PlaceAnnotation[];
  incidents: IncidentCollection;
  places: Place[];
}
interface Sources {
  text: string;
  meta: string;
  annotations: string;
  field: (part: 'text' | 'meta' | 'annotations') => string; // prefix of field paths inside a bundle
}

async function readBundle(file: ImportFile, options: ImportOptions, warnings: string[]): Promise<ImportResult> {
  const parseProblems: DataProblem[] = [];
  const json = parseJson(file, parseProblems, options.messageLanguage);
  if (json === undefined) return { ok: false, problems: parseProblems };
  const bundle = json as Record<string, unknown>;
  if (typeof bundle !== 'object' || bundle === null || bundle.format !== ARTICLE_BUNDLE_FORMAT) {
    return fail(file.name, 'format', `is not "${ARTICLE_BUNDLE_FORMAT}": this is not a Border Brief article bundle.`, 'Export the article again from Border Brief.');
  }
  if (bundle.formatVersion !== ARTICLE_BUNDLE_VERSION) {
    return fail(file.name, 'formatVersion', `is ${JSON.stringify(bundle.formatVersion)}; this version of Border Brief reads ${ARTICLE_BUNDLE_VERSION}.`, 'Open it with the version of Border Brief that exported it, or export it again.');
  }
  const problems: DataProblem[] = [];
  const check = <T>(member: string, kind: DataFileKind, value: unknown): T | null => {
    const result = validateDataValue<T>(file.name, kind, value, options.messageLanguage);
    if (!result.ok) problems.push(...result.problems.map((p) => ({ ...p, field: joinField(member, p.field) })));
    return result.ok ? (value as T) : null;
  };
  const meta = check<ArticleMeta>('meta', 'article-meta', bundle.meta);
  const annotations = check<PlaceAnnotation[]>('annotations', 'annotations', bundle.annotations);
  const incidents = check<IncidentCollection>('incidents', 'incidents', bundle.incidents ?? EMPTY_INCIDENTS);
  if (typeof bundle.text !== 'string') problems.push({ file: file.name, field: 'text', message: 'is missing or not a string.', fix: 'Export the article again: the bundle must hold its text.' });
  const places: Place[] = [];
  if (!Array.isArray(bundle.places)) problems.push({ file: file.name, field: 'places', message: 'is missing or not an array.', fix: 'Export the article again.' });
  else {
    bundle.places.forEach((value, i) => {
      const result = placeSchema.safeParse(value);
      if (result.success) places.push(value as Place);
      else problems.push(...result.error.issues.map((issue) => describeIssue(file.name, issue, { language: options.messageLanguage, root: value, fieldPrefix: `places[${i}]` })));
    });
  }
  if (annotations && annotations.length > MAX_MENTIONS_PER_ARTICLE) problems.push(tooManyMentions(file.name, annotations.length, options.messageLanguage));
  if (!meta || !annotations || !incidents || problems.length > 0) return { ok: false, problems };
  return assemble({ meta, text: bundle.text as string, annotations, incidents, places }, { text: file.name, meta: file.name, annotations: file.name, field: (part) => part }, options, warnings);
}

// The checks both ways share: the text is the one described, the annotations are this
// article's and anchor in it, and every place named can be supplied.
async function assemble(parts: Parts, sources: Sources, options: ImportOptions, warnings: string[]): Promise<ImportResult> {
  const problems: DataProblem[] = [];
  const { meta } = parts;
  let { text } = parts;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push(
      inLanguage(options.messageLanguage, {
        fr: `${sources.text} : marque d’ordre des octets (BOM) ajoutée par un éditeur retirée au début du texte.`,
        en: `${sources.text}: removed the byte-order mark an editor added at the start of the text.`,
      }),
    );
  }
  if (text.trim() === '') return fail(sources.text, sources.field('text'), 'is empty.', `Give the text exported with ${meta.id}${EXPORT_SUFFIXES.meta}.`);
  const sha256 = await sha256Hex(text);
  if (sha256 !== meta.sha256) {
    return fail(
      sources.text,
      sources.field('text'),
      `has sha256 ${sha256}, not ${meta.sha256} as the metadata says: it is not the text the annotations were made for.`,
      'Use the text exported with this metadata, unchanged (an editor may have changed line ends, quotes or accents).',
    );
  }

  const annotationPrefix = `urn:border-brief:annotation:${meta.id}:`;
  const ours = parts.annotations.filter((annotation, i) => {
    if (annotation.id.startsWith(annotationPrefix) && annotation.target.source === articleIri(meta.id)) return true;
    const field = joinField(sources.field('annotations'), `[${i}]`);
    problems.push({ file: sources.annotations, field, message: `${annotation.id} belongs to another article than ${meta.id}.`, fix: `Import the annotations exported with ${meta.id}.` });
    return false;
  });
  if (problems.length > 0) return { ok: false, problems };
  const annotations = reanchorImported(ours, text, meta.sha256, sources.annotations, options.messageLanguage, warnings);
  const annotationIds = new Set(annotations.map((a) => a.id));
  parts.incidents.features.forEach((feature, i) => {
    for (const id of feature.properties.annotation_ids) {
      if (!annotationIds.has(id)) problems.push({ file: sources.annotations, field: `incidents.features[${i}].properties.annotation_ids`, message: `cites ${id}, which is not among the article’s annotations.`, fix: 'Import the incidents exported with these annotations.' });
    }
  });

  const supplied = new Map<string, Place>();
  for (const place of options.knownPlaces ?? []) supplied.set(place.id, place);
  for (const place of parts.places) supplied.set(place.id, place); // the files' own places win
  const places: Place[] = [];
  for (const id of citedPlaceIds({ annotations, incidents: parts.incidents })) {
    const entry = supplied.get(id) ?? gazetteerPlace(options.gazetteer, id);
    if (entry) places.push(canonicalPlace(entry));
    else {
      const hand = id.startsWith('user-') ? ' It was placed by hand, so only the export knows it.' : '';
      problems.push({ file: sources.annotations, field: '', message: `names the place "${id}", which neither the files nor the gazetteer hold.${hand}`, fix: `Import ${meta.id}${EXPORT_SUFFIXES.places} with the other files, or the bundle ${meta.id}${EXPORT_SUFFIXES.bundle}.` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, record: { meta, text, annotations, places, incidents: parts.incidents }, warnings };
}

/**
 * Re-anchors the annotations in the text, as Hypothesis does: those made for another version of
 * it, or whose position no longer holds their quote, are looked for by quote and close match in
 * their context (anchor-annotation.ts). One found is re-targeted with fresh selectors and this
 * text's sha256; one not found is kept as it was, so the dashboard lists it among the orphaned
 * annotations for a person to re-attach or delete, never attached to other words. The warnings
 * say how many stayed, moved (each, with how far) and were orphaned (each, with why).
 */
export function reanchorImported(annotations: PlaceAnnotation[], text: string, sha256: string, file: string, language: Language | undefined, warnings: string[]): PlaceAnnotation[] {
  const report = reanchorAnnotations(annotations, text);
  const otherVersion = annotations.filter((a) => a['bb:articleSha256'] !== sha256).length;
  const say = (wording: { fr: string; en: string }) => warnings.push(inLanguage(language, wording));
  const { anchored, moved, orphaned } = report.counts;
  if (moved > 0 || orphaned > 0 || otherVersion > 0) {
    const version = otherVersion > 0 ? { fr: ` (${otherVersion} faite${otherVersion > 1 ? 's' : ''} sur une autre version du texte)`, en: ` (${otherVersion} made on another version of the text)` } : { fr: '', en: '' };
    const fr = (n: number) => (n > 1 ? 's' : ''); // French: 0 and 1 take the singular
    say({
      fr: `${file} : ${annotations.length} annotation${fr(annotations.length)} ré-ancrée${fr(annotations.length)} dans le texte${version.fr} : ${anchored} à leur place, ${moved} déplacée${fr(moved)}, ${orphaned} orpheline${fr(orphaned)}.`,
      en: `${file}: ${annotations.length} annotation${annotations.length === 1 ? '' : 's'} re-anchored in the text${version.en}: ${anchored} in place, ${moved} moved, ${orphaned} orphaned.`,
    });
  }
  const result = report.outcomes.map((outcome) => {
    const { annotation } = outcome;
    const exact = annotation.target.selector[0]?.exact ?? '';
    if (outcome.status === 'orphaned') {
      say({
        fr: `${file} : ${annotation.id} « ${exact} » orpheline, introuvable dans ce texte (${outcome.reason}) ; gardée dans la liste des annotations orphelines pour être rattachée à la main ou supprimée.`,
        en: `${file}: ${annotation.id} « ${exact} » orphaned, not found in this text (${outcome.reason}); kept in the list of orphaned annotations, to re-attach by hand or delete.`,
      });
      return annotation;
    }
    if (outcome.status === 'anchored' && annotation['bb:articleSha256'] === sha256) return annotation;
    if (outcome.status === 'moved') {
      const words = text.slice(outcome.start, outcome.end);
      const how = { fr: outcome.method === 'fuzzy' ? `par correspondance proche (« ${words} »)` : 'par sa citation', en: outcome.method === 'fuzzy' ? `by close match (« ${words} »)` : 'by its quote' };
      const far = Math.abs(outcome.shift);
      const direction = { fr: outcome.shift < 0 ? 'plus tôt' : 'plus loin', en: outcome.shift < 0 ? 'earlier' : 'later' };
      say({
        fr: `${file} : ${annotation.id} « ${exact} » déplacée de ${far} caractère${far > 1 ? 's' : ''} ${direction.fr}, en ${outcome.start}–${outcome.end}, retrouvée ${how.fr} dans son contexte.`,
        en: `${file}: ${annotation.id} « ${exact} » moved ${far} character${far === 1 ? '' : 's'} ${direction.en}, to ${outcome.start}–${outcome.end}, found ${how.en} in its context.`,
      });
    }
    return retargetAnnotation(annotation, text, outcome.start, outcome.end, sha256);
  });
  return result;
}

function parsePart<T>(file: ImportFile, kind: DataFileKind, problems: DataProblem[], language?: Language): T | null {
  const json = parseJson(file, problems, language);
  if (json === undefined) return null;
  const result = validateDataValue<T>(file.name, kind, json, language);
  if (!result.ok) {
    problems.push(...result.problems);
    return null;
  }
  return json as T; // the parsed JSON, not the schema's output, so members keep their order
}

function parsePlacesGeojson(file: ImportFile, problems: DataProblem[], language?: Language): Place[] {
  const json = parseJson(file, problems, language) as { type?: unknown; features?: unknown } | undefined;
  if (json === undefined) return [];
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    problems.push({ file: file.name, field: '', message: 'is not a GeoJSON FeatureCollection.', fix: 'Import the places file Border Brief exported, or leave it out.' });
    return [];
  }
  const places: Place[] = [];
  (json.features as Feature<Point | null, PlaceFeatureProperties>[]).forEach((feature, i) => {
    const place = feature?.properties ? placeFromFeature(feature) : null;
    if (!place) return; // an unlocated mention: derived from the annotations, nothing to read
    const result = placeSchema.safeParse(place);
    if (result.success) places.push(place);
    else problems.push(...result.error.issues.map((issue) => ({ ...describeIssue(file.name, issue, { language, root: place }), field: `features[${i}].properties (${formatFieldPath(issue.path)})` })));
  });
  return places;
}

// Syntax errors with line, column and what was found (read-json.ts); a truncated file is told to
// be exported again rather than corrected.
function parseJson(file: ImportFile, problems: DataProblem[], language?: Language): unknown {
  const read = readJson(file.name, file.content, language, { fr: 'Exportez l’article à nouveau ; le fichier est incomplet.', en: 'Export the article again; the file is incomplete.' });
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  return read.value;
}

/** The refusal of an article with more mentions than the limit (limits.ts). */
export function tooManyMentions(file: string, count: number, language?: Language): DataProblem {
  return {
    file,
    field: 'annotations',
    message: inLanguage(language, { fr: `a ${count} annotations, au-delà de la limite de ${MAX_MENTIONS_PER_ARTICLE} mentions par article.`, en: `has ${count} annotations, over the limit of ${MAX_MENTIONS_PER_ARTICLE} mentions per article.` }),
    fix: inLanguage(language, { fr: 'Découpez l’article en plusieurs articles.', en: 'Split the article into several articles.' }),
  };
}

function gazetteerPlace(gazetteer: ImportOptions['gazetteer'], id: string): Place | undefined {
  const entry = gazetteer?.get(id);
  return entry ? toPlace(entry) : undefined;
}

function kindOf(name: string): Kind | undefined {
  // Longest suffix first: '.meta.json' before any shorter match.
  const kinds = (Object.keys(EXPORT_SUFFIXES) as Kind[]).sort((a, b) => EXPORT_SUFFIXES[b].length - EXPORT_SUFFIXES[a].length);
  return kinds.find((kind) => name.endsWith(EXPORT_SUFFIXES[kind]));
}

function slugOf(name: string, kind: Kind): string {
  return name.slice(0, name.length - EXPORT_SUFFIXES[kind].length);
}

function hint(slug: string): string {
  return `${slug}${EXPORT_SUFFIXES.bundle}, or ${slug}${EXPORT_SUFFIXES.text} with ${slug}${EXPORT_SUFFIXES.meta} and ${slug}${EXPORT_SUFFIXES.annotations}`;
}

function joinField(prefix: string, field: string): string {
  if (!prefix) return field;
  if (!field) return prefix;
  return field.startsWith('[') ? prefix + field : `${prefix}.${field}`;
}

function fail(file: string, field: string, message: string, fix: string): { ok: false; problems: DataProblem[] } {
  return { ok: false, problems: [{ file, field, message, fix }] };
}
