/**
 * What a file someone opens is, from its bytes and content first and its name second: a name can
 * lie (a GeoJSON saved as .txt, a PDF renamed), and the content decides which door it goes
 * through. Pure: the open dialog, the command line (`npm run check`) and the tests share it.
 */
import { annotationItems } from './import-annotations';
import { isGeojson, isTopojson } from './import-geojson';
import { ARTICLE_BUNDLE_FORMAT } from './article-record';
import { EXPORT_SUFFIXES } from './export-file-names';
import { MENTION_CSV_COLUMNS } from './mentions-csv';

type Wording = { fr: string; en: string };

/** The shape of a file's bytes, before any parsing. */
export type Sniffed =
  | { format: 'json' } // starts with { or [ (after a BOM and white space)
  | { format: 'text' } // anything else that may be an article
  | { format: 'acled-csv' }
  | { format: 'mentions-csv' }
  | { format: 'unusable'; looksLike: Wording; isBinary?: true };

/** What a parsed JSON file holds. */
export type JsonKind = 'bundle' | 'article-meta' | 'annotations' | 'geojson' | 'topojson' | 'briefing' | 'unknown';

/** Set members by their export suffix: `<slug>.meta.json` → { member: 'meta', slug }. */
export type SetMember = Exclude<keyof typeof EXPORT_SUFFIXES, 'bundle'>;

const ACLED_HEADER = ['event_id_cnty', 'event_date', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'admin1', 'latitude', 'longitude', 'geo_precision', 'fatalities'];

/**
 * Looks at the first bytes of a file.
 * @example sniffFile(new TextEncoder().encode('{"type":"FeatureCollection"…')) // → { format: 'json' }
 */
export function sniffFile(bytes: Uint8Array): Sniffed {
  const binary = binaryFormat(bytes);
  if (binary) return { format: 'unusable', looksLike: binary, isBinary: true };
  const head = headText(bytes);
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return { format: 'json' };
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<kml\b|^<kml\b/i.test(start)) return unusable({ fr: 'du KML (Google Earth)', en: 'KML (Google Earth)' });
  if (/^(?:<\?xml[^>]*>\s*)?<gpx\b/i.test(start)) return unusable({ fr: 'du GPX (traces GPS)', en: 'GPX (GPS tracks)' });
  if (/^(?:<!doctype html|<html\b)/i.test(start)) return unusable({ fr: 'une page web (HTML)', en: 'a web page (HTML)' });
  if (/^<\?xml\b/i.test(start)) return unusable({ fr: 'un document XML', en: 'an XML document' });
  if (/^(?:SRID=\d+;\s*)?(?:POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\s*(?:Z|M|ZM)?\s*(?:\(|EMPTY\b)/i.test(start)) {
    return unusable({ fr: 'une géométrie WKT', en: 'a WKT geometry' });
  }
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  const columns = firstLine.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  if (columns.length >= 5) {
    if (ACLED_HEADER.filter((c) => columns.includes(c)).length >= 4) return { format: 'acled-csv' };
    if (MENTION_CSV_COLUMNS.slice(0, 6).every((c) => columns.includes(c))) return { format: 'mentions-csv' };
  }
  return { format: 'text' };
}

/** What a parsed JSON value holds, by its members. */
export function classifyJson(value: unknown): JsonKind {
  if (isRecord(value) && value.format === ARTICLE_BUNDLE_FORMAT) return 'bundle';
  if (isRecord(value) && typeof value.format === 'string' && /border-?brief/i.test(value.format)) return 'bundle'; // another version's bundle: the bundle door says which
  if (isTopojson(value)) return 'topojson';
  if (isGeojson(value)) return 'geojson';
  if (annotationItems(value)) return 'annotations';
  if (isRecord(value) && Array.isArray(value.slides) && 'articleId' in value) return 'briefing';
  if (isRecord(value) && typeof value.sha256 === 'string' && 'outlet' in value && 'title' in value) return 'article-meta';
  return 'unknown';
}

/** The set member a file name claims to be (case-insensitive), with the set's slug. */
export function setMemberOf(name: string): { member: SetMember; slug: string } | null {
  const lower = name.toLowerCase();
  const members = (Object.keys(EXPORT_SUFFIXES) as Array<keyof typeof EXPORT_SUFFIXES>).filter((k): k is SetMember => k !== 'bundle').sort((a, b) => EXPORT_SUFFIXES[b].length - EXPORT_SUFFIXES[a].length);
  const member = members.find((m) => lower.endsWith(EXPORT_SUFFIXES[m]));
  return member ? { member, slug: name.slice(0, name.length - EXPORT_SUFFIXES[member].length) } : null;
}

/** What the app opens, said when a file is none of it. */
export const WHAT_THE_APP_OPENS: Wording = {
  fr: 'Border Brief ouvre : le texte d’un article (.txt), un article exporté (.borderbrief.json, ou ses fichiers séparés ensemble), des annotations W3C (.jsonld), du GeoJSON ou TopoJSON de lieux ou d’incidents, un briefing (.json).',
  en: 'Border Brief opens: an article’s text (.txt), an exported article (.borderbrief.json, or its separate files together), W3C annotations (.jsonld), GeoJSON or TopoJSON of places or incidents, a briefing (.json).',
};

function unusable(looksLike: Wording): Sniffed {
  return { format: 'unusable', looksLike };
}

// The first 4 KiB as text, for sniffing only: UTF-16 with a BOM decoded as such, the rest as UTF-8.
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('utf-8').decode(head);
}

// Formats that are never an article nor a data file the app reads, by their first bytes.
function binaryFormat(bytes: Uint8Array): Wording | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x00, 0x00, 0x27, 0x0a)) return { fr: 'un shapefile ESRI (.shp) : exportez la couche en GeoJSON (EPSG:4326)', en: 'an ESRI shapefile (.shp): export the layer as GeoJSON (EPSG:4326)' };
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return { fr: 'une archive ZIP (shapefile zippé, KMZ, document Office ?) : extrayez-en le texte ou exportez la couche en GeoJSON', en: 'a ZIP archive (a zipped shapefile, KMZ, an Office document?): take the text out, or export the layer as GeoJSON' };
  if (starts(0x25, 0x50, 0x44, 0x46)) return { fr: 'un PDF : copiez son texte dans un fichier .txt', en: 'a PDF: copy its text into a .txt file' };
  if (starts(0x53, 0x51, 0x4c, 0x69, 0x74, 0x65)) return { fr: 'une base SQLite (GeoPackage ?) : exportez la couche en GeoJSON', en: 'an SQLite database (a GeoPackage?): export the layer as GeoJSON' };
  if (starts(0x1f, 0x8b)) return { fr: 'un fichier compressé gzip : décompressez-le d’abord', en: 'a gzip-compressed file: decompress it first' };
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return { fr: 'une image', en: 'an image' };
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return { fr: 'un document Office ancien (.doc, .xls) : copiez son texte dans un fichier .txt', en: 'an old Office document (.doc, .xls): copy its text into a .txt file' };
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
