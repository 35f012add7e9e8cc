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
import { validateDataFile, type DataFileKind } from './validation/validate-data-file';

export async function buildDataset(files: RawDataFiles): Promise<DatasetResult> {
  const problems: DataProblem[] = [];
  const read = <T>(file: RawFile, kind: DataFileKind): T | null => {
    const result = validateDataFile<T>(file.path, kind, file.content);
    if (!result.ok) problems.push(...result.problems);
    return result.ok ? result.value : null;
  };

  const places = read<Place[]>(files.places, 'places');
  const geo = {
    world: read(files.geo.world, 'geo-layer'),
    countries: read(files.geo.countries, 'geo-layer'),
    border: read(files.geo.border, 'geo-layer'),
    borderZone: read(files.geo.borderZone, 'geo-layer'),
    capitals: read(files.geo.capitals, 'geo-layer'),
  } as Record<keyof GeoLayers, unknown>;

  const articles: LoadedArticle[] = [];
  for (const entry of files.articles) {
    const meta = read<ArticleMeta>(entry.meta, 'article-meta');
    const annotations = read<PlaceAnnotation[]>(entry.annotations, 'annotations');
    const incidents = entry.incidents ? read<IncidentCollection>(entry.incidents, 'incidents') : { type: 'FeatureCollection', features: [] };
    if (!meta || !annotations || !incidents) continue;
    const text = entry.text.content;
    // A text corrected after it was annotated is not an error: its annotations are re-anchored by
    // quote where they still can be and listed as orphans where not, and the panel says so.
    const textSha256 = await sha256Hex(text);
    articles.push(loadArticle(meta, text, annotations, (incidents as IncidentCollection).features, textSha256));
  }

  if (places) problems.push(...referenceProblems(places, articles, files));
  if (problems.length > 0 || !places) return { ok: false, problems };
  return { ok: true, dataset: { places, geo: geo as unknown as GeoLayers, articles } satisfies Dataset };
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
    }))
    .sort((a, b) => a.start - b.start);
  const isTextChanged = textSha256 !== meta.sha256 || annotations.some((annotation) => annotation['bb:articleSha256'] !== textSha256);
  return { meta, text, paragraphs, sentences, annotations, mentions, orphaned, incidents, isTextChanged };
}

/** Every place an annotation or incident names must exist; every annotation an incident cites too. */
function referenceProblems(places: Place[], articles: LoadedArticle[], files: RawDataFiles): DataProblem[] {
  const problems: DataProblem[] = [];
  const placeIds = new Set(places.map((place) => place.id));
  articles.forEach((article, index) => {
    const files_ = files.articles[index]!;
    article.annotations.forEach((annotation, i) => {
      const placeId = placeIdFromIri(annotation.body.source);
      if (placeId && !placeIds.has(placeId)) {
        problems.push({ file: files_.annotations.path, field: `[${i}].body.source`, message: `names the place "${placeId}", which data/places.json does not have.`, fix: 'Add the place to data/places.json, or correct the place IRI.' });
      }
    });
    const annotationIds = new Set(article.annotations.map((annotation) => annotation.id));
    article.incidents.forEach((incident, i) => {
      const path = files_.incidents?.path ?? '';
      for (const id of incident.properties.annotation_ids) {
        if (!annotationIds.has(id)) problems.push({ file: path, field: `features[${i}].properties.annotation_ids`, message: `cites "${id}", which is not an annotation of this article.`, fix: 'Cite an id from annotations.jsonld of the same article.' });
      }
      for (const id of incident.properties.place_ids) {
        if (!placeIds.has(id)) problems.push({ file: path, field: `features[${i}].properties.place_ids`, message: `names the place "${id}", which data/places.json does not have.`, fix: 'Add the place to data/places.json, or correct the id.' });
      }
    });
  });
  return problems;
}
