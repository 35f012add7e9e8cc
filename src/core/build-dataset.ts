/**
 * Turns the raw data files into the dashboard's Dataset, or into a list of problems that name
 * the file, the field and the fix. Pure: the browser loader, the tests and the CLI feed it file
 * contents. Annotations are anchored in the current text here, so a text that changed since
 * they were made shows its orphans instead of marking the wrong words.
 */
import type { DataProblem, Dataset, DatasetResult, GeoLayers, LoadedArticle, Mention, RawDataFiles, RawFile } from './dataset';
import type { ArticleMeta, IncidentCollection, Place, PlaceAnnotation } from './types';
import { anchorAnnotations } from './annotations/anchor-annotation';
import { placeIdFromIri } from './annotations/create-place-annotation';
import { sha256Hex } from './article/sha256-hex';
import { splitPassages } from './article/split-passages';
import { parseDataFile, validateDataFile, type DataFileKind, type ValidationResult } from './validation/validate-data-file';
import { checkArticleText } from './validation/check-article-text';
import { checkReferences, type ReferenceInput } from './validation/check-references';
import { checkPlacesInTheirCountry, checkPointsInTheirCountry } from './validation/check-swapped-coordinates';

export interface BuildDatasetOptions {
  /**
   * Places that data/places.json does not list, looked up by id (the gazetteer, in the app):
   * articles ingested later name towns and regions the seed does not.
   */
  resolvePlace?: (placeId: string) => Place | undefined;
  /**
   * The geo layers were checked against their schema already, when the app was built (the
   * build's checkGeoLayers plugin, geo/scripts/check-geo-layers.ts): they are only parsed. In the
   * built app they are the bulk of the data, and checking every position again at each start held
   * the map back by tens of milliseconds. The other files are checked here all the same.
   */
  geoLayersChecked?: boolean;
}

export async function buildDataset(files: RawDataFiles, options: BuildDatasetOptions = {}): Promise<DatasetResult> {
  const problems: DataProblem[] = [];
  const keep = <T>(result: ValidationResult<T>): T | null => {
    if (!result.ok) problems.push(...result.problems);
    return result.ok ? result.value : null;
  };
  const read = <T>(file: RawFile, kind: DataFileKind): T | null => keep(validateDataFile<T>(file.path, kind, file.content));
  const readGeo = (file: RawFile) => keep(options.geoLayersChecked ? parseDataFile<unknown>(file.path, file.content) : validateDataFile<unknown>(file.path, 'geo-layer', file.content));

  const listedPlaces = read<Place[]>(files.places, 'places');
  const geo = {
    world: readGeo(files.geo.world),
    countries: readGeo(files.geo.countries),
    border: readGeo(files.geo.border),
    borderZone: readGeo(files.geo.borderZone),
    capitals: readGeo(files.geo.capitals),
  } as Partial<GeoLayers>;

  const articles: LoadedArticle[] = [];
  const references: Array<ReferenceInput['articles'][number]> = [];
  for (const entry of files.articles) {
    const meta = read<ArticleMeta>(entry.meta, 'article-meta');
    const annotations = read<PlaceAnnotation[]>(entry.annotations, 'annotations');
    const incidents = entry.incidents ? read<IncidentCollection>(entry.incidents, 'incidents') : EMPTY_INCIDENTS;
    if (!meta || !annotations || !incidents) continue;
    const text = entry.text.content;
    const textSha256 = await sha256Hex(text);
    // A text corrected after it was annotated is not an error: its annotations are re-anchored by
    // quote where they still can be and listed as orphans where not, and the panel says so. The
    // text's other checks (empty, BOM, NFC, length) hold for the text that was annotated.
    if (textSha256 === meta.sha256 || text.length === 0) problems.push(...(await checkArticleText(entry.text.path, text, entry.meta.path, meta)));
    articles.push(loadArticle(meta, text, annotations, incidents.features, textSha256));
    references.push({ annotationsPath: entry.annotations.path, annotations, incidentsPath: entry.incidents?.path, incidents });
  }

  const places = listedPlaces && withReferencedPlaces(listedPlaces, references, options.resolvePlace);
  if (places) {
    problems.push(...checkReferences({ places, articles: references }));
    if (geo.countries) {
      problems.push(...checkPlacesInTheirCountry(files.places.path, places, geo.countries.features));
      if (geo.capitals) problems.push(...checkPointsInTheirCountry(files.geo.capitals.path, geo.capitals.features, geo.countries.features));
    }
  }
  if (problems.length > 0 || !places) return { ok: false, problems };
  return { ok: true, dataset: { places, geo: geo as GeoLayers, articles } satisfies Dataset };
}

const EMPTY_INCIDENTS: IncidentCollection = { type: 'FeatureCollection', features: [] };

/** The listed places, plus those the articles name that `resolvePlace` knows (unknown ones stay unknown, and are reported). */
function withReferencedPlaces(listed: Place[], references: ReadonlyArray<{ annotations: readonly PlaceAnnotation[]; incidents?: IncidentCollection | null }>, resolvePlace?: (placeId: string) => Place | undefined): Place[] {
  if (!resolvePlace) return listed;
  const known = new Set(listed.map((place) => place.id));
  const added: Place[] = [];
  const referenced = references.flatMap(({ annotations, incidents }) => [
    ...annotations.map((annotation) => placeIdFromIri(annotation.body.source)),
    ...(incidents?.features.flatMap((feature) => feature.properties.place_ids) ?? []),
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
