/**
 * Puts the data files together into the dashboard's articles, places and layers, given a reader
 * that turns one file into its value or its problems. buildDataset hands it a reader that checks
 * every file against its schema and then checks the whole; readBuiltDataset, for the files a
 * build checked already, one that only parses them. Kept free of any schema library, so that the
 * built app's first load carries none.
 */
import type { DataProblem, Dataset, DatasetResult, GeoLayers, LoadedArticle, Mention, RawDataFiles, RawFile } from './dataset';
import type { ArticleMeta, IncidentCollection, Place, PlaceAnnotation } from './types';
import { anchorAnnotations } from './annotations/anchor-annotation';
import { placeIdFromIri } from './annotations/create-place-annotation';
import { sha256Hex } from './article/sha256-hex';
import { splitPassages } from './article/split-passages';
import type { ValidationResult } from './validation/parse-data-file';
import type { DataFileKind } from './validation/validate-data-file';

/** Reads one file as a `kind` file: its value, or the problems that name the file, the field and the fix. */
export type DataFileReader = <T>(file: RawFile, kind: DataFileKind) => ValidationResult<T>;

export interface AssembleOptions {
  /**
   * Places that data/places.json does not list, looked up by id (the gazetteer, in the app):
   * articles ingested later name towns and regions the seed does not.
   */
  resolvePlace?: (placeId: string) => Place | undefined;
}

/** One article as read, with what the whole-data checks need to name its files. */
export interface AssembledArticle {
  article: LoadedArticle;
  files: RawDataFiles['articles'][number];
  incidents: IncidentCollection;
  textSha256: string;
}

export interface AssembledData {
  /** null when data/places.json could not be read. */
  places: Place[] | null;
  geo: Partial<GeoLayers>;
  articles: AssembledArticle[];
  /** The problems of the files one by one; an article with any is left out. */
  problems: DataProblem[];
}

export async function assembleDataset(files: RawDataFiles, read: DataFileReader, options: AssembleOptions = {}): Promise<AssembledData> {
  const problems: DataProblem[] = [];
  const keep = <T>(file: RawFile, kind: DataFileKind): T | null => {
    const result = read<T>(file, kind);
    if (!result.ok) problems.push(...result.problems);
    return result.ok ? result.value : null;
  };
  const listedPlaces = keep<Place[]>(files.places, 'places');
  const geo = {
    world: keep(files.geo.world, 'geo-layer'),
    countries: keep(files.geo.countries, 'geo-layer'),
    border: keep(files.geo.border, 'geo-layer'),
    borderZone: keep(files.geo.borderZone, 'geo-layer'),
    capitals: keep(files.geo.capitals, 'geo-layer'),
  } as Partial<GeoLayers>;

  const articles: AssembledArticle[] = [];
  for (const entry of files.articles) {
    const meta = keep<ArticleMeta>(entry.meta, 'article-meta');
    const annotations = keep<PlaceAnnotation[]>(entry.annotations, 'annotations');
    const incidents = entry.incidents ? keep<IncidentCollection>(entry.incidents, 'incidents') : EMPTY_INCIDENTS;
    if (!meta || !annotations || !incidents) continue;
    const text = entry.text.content;
    const textSha256 = await sha256Hex(text);
    articles.push({ article: loadArticle(meta, text, annotations, incidents.features, textSha256), files: entry, incidents, textSha256 });
  }
  const places = listedPlaces && withReferencedPlaces(listedPlaces, articles, options.resolvePlace);
  return { places, geo, articles, problems };
}

/** The dashboard's Dataset, or the problems when there are any (or data/places.json could not be read). */
export function datasetResult({ places, geo, articles }: AssembledData, problems: readonly DataProblem[]): DatasetResult {
  if (problems.length > 0 || !places) return { ok: false, problems: [...problems] };
  return { ok: true, dataset: { places, geo: geo as GeoLayers, articles: articles.map(({ article }) => article) } satisfies Dataset };
}

const EMPTY_INCIDENTS: IncidentCollection = { type: 'FeatureCollection', features: [] };

/**
 * Whether the articles name places that data/places.json does not list (articles ingested
 * later), read from the raw files: only then is the gazetteer needed to describe them.
 */
export function namesUnlistedPlaces(files: RawDataFiles): boolean {
  const listed = new Set((safeJson(files.places.content) as Array<{ id?: string }> | null)?.map((place) => place.id) ?? []);
  const named = files.articles.flatMap(({ annotations }) => [...annotations.content.matchAll(/urn:border-brief:place:([a-z0-9-]+)/g)].map((match) => match[1]!));
  return named.some((id) => id !== 'unlocated' && !listed.has(id));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // the reader reports the broken file with its line and column
  }
}

/** The listed places, plus those the articles name that `resolvePlace` knows (unknown ones stay unknown, and are reported). */
function withReferencedPlaces(listed: Place[], references: readonly AssembledArticle[], resolvePlace?: (placeId: string) => Place | undefined): Place[] {
  if (!resolvePlace) return listed;
  const known = new Set(listed.map((place) => place.id));
  const added: Place[] = [];
  const referenced = references.flatMap(({ article, incidents }) => [
    ...article.annotations.map((annotation) => placeIdFromIri(annotation.body.source)),
    ...incidents.features.flatMap((feature) => feature.properties.place_ids),
  ]);
  for (const id of referenced) {
    if (!id || known.has(id)) continue;
    known.add(id);
    const place = resolvePlace(id);
    if (place) added.push(place);
  }
  return added.length ? [...listed, ...added] : listed;
}

/** Splits the text into passages and anchors the annotations in it. */
export function loadArticle(meta: ArticleMeta, text: string, annotations: PlaceAnnotation[], incidents: LoadedArticle['incidents'], textSha256: string): LoadedArticle {
  const { paragraphs, sentences } = splitPassages(text);
  const { anchored, orphaned } = anchorAnnotations(annotations, text);
  const mentions: Mention[] = anchored
    .map(({ annotation, start, end }) => ({
      annotationId: annotation.id,
      articleId: meta.id,
      placeId: annotation['bb:status'] === 'rejected' ? null : placeIdFromIri(annotation.body.source),
      kind: annotation['bb:mentionKind'],
      start,
      end,
      exact: text.slice(start, end),
      paragraphNumber: paragraphs.find((p) => start >= p.start && start < p.end)?.paragraphNumber ?? 0,
      confidence: annotation['bb:confidence'] ?? null,
      status: annotation['bb:status'] ?? null,
    }))
    .sort((a, b) => a.start - b.start);
  const isTextChanged = textSha256 !== meta.sha256 || annotations.some((annotation) => annotation['bb:articleSha256'] !== textSha256);
  return { meta, text, paragraphs, sentences, annotations, mentions, orphaned, incidents, isTextChanged };
}
