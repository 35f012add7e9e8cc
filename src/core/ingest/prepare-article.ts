/**
 * Turns a new article (its text and whatever details the person gave) into what the dashboard
 * holds: metadata, the unaltered text, the geoparser's proposed annotations and, in the same
 * pass, the incident coder's proposed incidents. The command line,
 * the Web Worker and the main-thread fallback all call this one function, so an article opened in
 * the browser gets the same slug, hash and annotations as one ingested with `npm run ingest`.
 * Pure and deterministic given `now`; expected failures (empty text, too long, a bad date) are
 * returned as problems, not thrown.
 */
import { placeIdFromIri } from '../annotations/create-place-annotation';
import { sha256Hex } from '../article/sha256-hex';
import type { DataProblem } from '../dataset';
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import { toPlace } from '../gazetteer/to-place';
import { articleSlug } from '../vocabulary/slug';
import { createGeoparser, type Geoparser } from '../geoparse/create-geoparser';
import { geoparseAnnotations } from '../geoparse/geoparse-annotations';
import type { MultiPolygon, Polygon } from 'geojson';
import { proposeArticleIncidents } from '../incidents/article-incidents';
import type { ArticleMeta, IncidentCollection, Language, Place, PlaceAnnotation } from '../types';
import { articleMetaSchema } from '../validation/data-schemas';
import { MAX_ARTICLE_BYTES } from './decode-article-bytes';
import { UNKNOWN_OUTLET } from './article-defaults';
import { inLanguage } from '../reader-language';
import { PARTIAL_DATE } from '../vocabulary/partial-date';

export { MAX_ARTICLE_BYTES };

/** Longest title taken from the text's first line when none is given (UTF-16 code units). */
export const MAX_DERIVED_TITLE_LENGTH = 200;

export interface ArticleInput {
  text: string;
  title?: string;
  outlet?: string;
  /** ISO 8601, as precise as known: '2024', '2024-05' or '2024-05-09'. */
  date?: string;
  url?: string;
  language?: Language; // detected from the text when absent
  /** The file's name without extension ('bassikounou'), used in the slug; the title's first words when absent (pasted text). */
  name?: string;
}

export type PrepareStage = 'reading' | 'geoparsing' | 'resolving' | 'building annotations' | 'coding incidents' | 'done';
export interface PrepareProgress {
  stage: PrepareStage;
  fraction: number; // 0–1 of the whole job
}

export interface PrepareOptions {
  gazetteer: Gazetteer;
  /** The moment of loading: the annotations' `created`, and the date used when none is given. */
  now: Date | string;
  onProgress?: (progress: PrepareProgress) => void;
  /** A geoparser already compiled for `gazetteer` (the CLI keeps one); compiled and cached when absent. */
  geoparser?: Geoparser;
  /** The language of the warnings and problems, the reader's (English by default, as on the command line). */
  messageLanguage?: Language;
  /**
   * Zone geometries by place id for zone-precise incidents (src/core/incidents/incident-zones.ts:
   * the border zone). Without them a border-area incident is drawn at the border's representative
   * point, still precision 3, and says so in its `undecided.geometry`.
   */
  incidentZones?: Readonly<Record<string, Polygon | MultiPolygon>>;
}

/** Metadata of a prepared article; `publishedIsLoadingDate` is set when no date was given (see `prepareArticle`). */
export type PreparedMeta = ArticleMeta & { publishedIsLoadingDate?: true };

export interface PreparedArticle {
  meta: PreparedMeta;
  text: string;
  annotations: PlaceAnnotation[];
  /** The incident coder's proposals (`bb:status: 'proposed'`), for `ArticleRecord.incidents`. */
  incidents: IncidentCollection;
}

export type PrepareResult =
  | { ok: true; article: PreparedArticle; places: Place[]; warnings: string[] }
  | { ok: false; problems: DataProblem[] };

/**
 * Prepares `input` for the dashboard: checks the text, makes the slug and sha256, geoparses and
 * builds the `proposed` annotations, and lists the gazetteer places they name (as `Place`, sorted
 * by id). A text not in NFC is normalised with a warning; a missing date becomes the day of
 * loading (precision 'day'), flagged with `publishedIsLoadingDate` and a warning.
 *
 * @example
 * await prepareArticle({ text: 'Des réfugiés maliens à Bassikounou.', outlet: 'Cridem', date: '2024-06-01' },
 *   { gazetteer: bundledGazetteer(), now: '2024-06-02T08:00:00Z' })
 * // → { ok: true, article: { meta: { id: 'cridem-2024-06-01-des-refugies-maliens-a-bassikounou', … }, … }, places: [bassikounou, mali], warnings: [] }
 */
export async function prepareArticle(input: ArticleInput, options: PrepareOptions): Promise<PrepareResult> {
  const report = options.onProgress ?? (() => {});
  const say = (wording: { fr: string; en: string }) => inLanguage(options.messageLanguage, wording);
  const label = input.name ? `${input.name}.txt` : say({ fr: 'texte collé', en: 'pasted text' });
  const now = typeof options.now === 'string' ? new Date(options.now) : options.now;
  if (Number.isNaN(now.getTime())) throw new Error(`prepareArticle: now "${String(options.now)}" is not a date.`);

  report({ stage: 'reading', fraction: 0 });
  const checked = checkText(input.text, label, say);
  if (!checked.ok) return checked;
  const { text, warnings } = checked;

  const date = input.date?.trim() || undefined;
  if (date !== undefined && !PARTIAL_DATE.test(date)) {
    return problem(
      label,
      'date',
      say({ fr: `« ${date} » n’est pas une date ISO 8601.`, en: `"${date}" is not an ISO 8601 date.` }),
      say({ fr: 'Écrivez la date de publication AAAA, AAAA-MM ou AAAA-MM-JJ, ou laissez-la vide.', en: 'Write the publication date as YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.' }),
    );
  }
  const published = date ?? now.toISOString().slice(0, 10);
  if (date === undefined) {
    warnings.push(
      say({
        fr: `${label} : pas de date de publication ; ${published} est le jour où l’article a été chargé, pas celui où il a été publié. Corrigez-la quand vous la connaissez.`,
        en: `${label}: no publication date given; ${published} is the day the article was loaded, not the day it was published. Correct it when known.`,
      }),
    );
  }

  report({ stage: 'geoparsing', fraction: 0.1 });
  const geoparser = options.geoparser ?? cachedGeoparser(options.gazetteer);
  const result = geoparser.parse(text, input.language ? { language: input.language } : {});
  const sha256 = await sha256Hex(text);

  const title = input.title?.trim() || firstLine(text).slice(0, MAX_DERIVED_TITLE_LENGTH);
  const slugSource = input.name ?? title.split(/\s+/).slice(0, 8).join(' ');
  const slug = articleSlug(input.outlet, published, slugSource);
  const meta: PreparedMeta = {
    id: slug,
    title,
    titleIsReconstructed: !input.title?.trim(),
    outlet: input.outlet?.trim() || UNKNOWN_OUTLET,
    published,
    publishedPrecision: published.length === 4 ? 'year' : published.length === 7 ? 'month' : 'day',
    language: result.language,
    url: input.url?.trim() || null,
    sha256,
    lengthUtf16: text.length,
    ...(date === undefined ? { publishedIsLoadingDate: true as const } : {}),
  };
  const metaCheck = articleMetaSchema.safeParse(meta);
  if (!metaCheck.success) {
    const issue = metaCheck.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const fix = (issue as { params?: { fix?: string } } | undefined)?.params?.fix ?? 'Correct this detail of the article.';
    return problem(label, field, `${field} ${issue?.message ?? 'is not valid'}`, fix);
  }

  report({ stage: 'resolving', fraction: 0.7 });
  const placeIds = new Set(result.mentions.map((m) => m.placeId).filter((id): id is string => id !== null));
  const places = [...placeIds]
    .sort()
    .map((id) => options.gazetteer.get(id))
    .filter((p) => p !== undefined)
    .map(toPlace);

  report({ stage: 'building annotations', fraction: 0.85 });
  const created = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const annotations = geoparseAnnotations(result.mentions, { articleId: slug, text, sha256, created, creator: geoparser.agent });
  // Every named place must be in `places`: a gap here would be a gazetteer/geoparser mismatch.
  for (const annotation of annotations) {
    const id = placeIdFromIri(annotation.body.source);
    if (id !== null && !places.some((p) => p.id === id)) throw new Error(`prepareArticle: the geoparser named place "${id}", which the gazetteer does not hold.`);
  }

  report({ stage: 'coding incidents', fraction: 0.92 });
  const features = proposeArticleIncidents({ meta, text, annotations }, places, options.incidentZones);
  const incidents: IncidentCollection = { type: 'FeatureCollection', features };

  report({ stage: 'done', fraction: 1 });
  return { ok: true, article: { meta, text, annotations, incidents }, places, warnings };
}

const geoparsers = new WeakMap<Gazetteer, Geoparser>();

function cachedGeoparser(gazetteer: Gazetteer): Geoparser {
  let geoparser = geoparsers.get(gazetteer);
  if (!geoparser) geoparsers.set(gazetteer, (geoparser = createGeoparser(gazetteer)));
  return geoparser;
}

function checkText(raw: string, label: string, say: (wording: { fr: string; en: string }) => string): { ok: true; text: string; warnings: string[] } | { ok: false; problems: DataProblem[] } {
  if (typeof raw !== 'string') throw new TypeError('prepareArticle: input.text must be a string.');
  const warnings: string[] = [];
  let text = raw;
  // A byte-order mark is an encoding artefact, not part of the article; offsets would count it.
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push(say({ fr: `${label} : marque d’ordre des octets (BOM) retirée au début du texte.`, en: `${label}: removed the byte-order mark at the start of the text.` }));
  }
  if (text.trim() === '') {
    return problem(
      label,
      'text',
      say({ fr: 'est vide (ou ne contient que des espaces).', en: 'is empty (or only white space).' }),
      say({ fr: 'Donnez le texte de l’article : choisissez un fichier .txt, déposez-le ou collez-le.', en: 'Give the article’s text: pick a .txt file, drop one, or paste it.' }),
    );
  }
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ARTICLE_BYTES) {
    return problem(
      label,
      'text',
      say({ fr: `fait ${bytes} octets, au-delà de la limite de ${MAX_ARTICLE_BYTES} octets (1 Mio) pour un article.`, en: `is ${bytes} bytes, over the limit of ${MAX_ARTICLE_BYTES} bytes (1 MiB) for one article.` }),
      say({ fr: 'Découpez-le en articles, ou n’ouvrez que l’article lui-même.', en: 'Split it into articles, or open only the article itself.' }),
    );
  }
  const normalized = text.normalize('NFC');
  if (normalized !== text) {
    warnings.push(
      say({
        fr: `${label} : accents décomposés (pas en NFC) ; normalisés en NFC, les positions comptent donc le texte composé.`,
        en: `${label}: accents were decomposed (not NFC); normalised to NFC, so offsets count the composed text.`,
      }),
    );
    text = normalized;
  }
  return { ok: true, text, warnings };
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

function problem(file: string, field: string, message: string, fix: string): { ok: false; problems: DataProblem[] } {
  return { ok: false, problems: [{ file, field, message, fix }] };
}
