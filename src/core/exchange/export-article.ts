/**
 * Writes an article out as files a person can keep, send and open elsewhere: the text, its
 * metadata, its annotations (JSON-LD, the plain array `data/articles/<slug>/annotations.jsonld`
 * uses, so a file can be dropped into `data/`), its places and incidents (GeoJSON), a flat CSV
 * of mentions, the incidents as a CSV with the ACLED codebook's columns (for ACLED tools; checked,
 * never read, on import), and one bundle holding everything. Deterministic: the same record gives the same
 * bytes, and `importArticleFiles` of these files gives the record back.
 */
import { serializeAnnotations } from '../annotations/serialize-annotations';
import { ARTICLE_BUNDLE_FORMAT, ARTICLE_BUNDLE_VERSION, citedPlaces, type ArticleRecord } from './article-record';
import { EXPORT_SUFFIXES } from './export-file-names';
import { incidentsCsv } from './incidents-csv';
import { mentionsCsv } from './mentions-csv';
import { placesGeojson } from './places-geojson';

export interface ExportedFile {
  name: string; // '<slug>.txt', '<slug>.meta.json', …
  mediaType: string; // for the Blob the UI downloads
  content: string; // encode as UTF-8
}

/**
 * Every export file of `record`, in the order of EXPORT_SUFFIXES.
 * @example exportArticleFiles(record).map((f) => f.name)
 * // → ['a.txt', 'a.meta.json', 'a.annotations.jsonld', 'a.places.geojson', 'a.incidents.geojson', 'a.mentions.csv', 'a.incidents.csv', 'a.borderbrief.json']
 */
export function exportArticleFiles(input: ArticleRecord): ExportedFile[] {
  const record = normalizedRecord(input);
  const slug = record.meta.id;
  return [
    { name: slug + EXPORT_SUFFIXES.text, mediaType: 'text/plain;charset=utf-8', content: record.text },
    { name: slug + EXPORT_SUFFIXES.meta, mediaType: 'application/json', content: json(record.meta) },
    { name: slug + EXPORT_SUFFIXES.annotations, mediaType: 'application/ld+json', content: serializeAnnotations(record.annotations) },
    { name: slug + EXPORT_SUFFIXES.places, mediaType: 'application/geo+json', content: json(placesGeojson(record)) },
    { name: slug + EXPORT_SUFFIXES.incidents, mediaType: 'application/geo+json', content: json(record.incidents) },
    { name: slug + EXPORT_SUFFIXES.mentions, mediaType: 'text/csv;charset=utf-8', content: mentionsCsv(record) },
    { name: slug + EXPORT_SUFFIXES.incidentsCsv, mediaType: 'text/csv;charset=utf-8', content: incidentsCsv(record.incidents) },
    { name: slug + EXPORT_SUFFIXES.bundle, mediaType: 'application/json', content: articleBundle(record) },
  ];
}

/**
 * The single-file bundle: `{ format, formatVersion, meta, text, annotations, places, incidents }`,
 * places pruned to those the article names. Two-space JSON with a trailing newline.
 */
export function articleBundle(input: ArticleRecord): string {
  const record = normalizedRecord(input);
  return json({ format: ARTICLE_BUNDLE_FORMAT, formatVersion: ARTICLE_BUNDLE_VERSION, ...record });
}

// Places nobody names any more (a choice the reviewer changed) are dropped, and the rest put in
// one order, so the bundle and the file set describe the same record.
function normalizedRecord(record: ArticleRecord): ArticleRecord {
  return { meta: record.meta, text: record.text, annotations: record.annotations, places: citedPlaces(record, record.places), incidents: record.incidents };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
