/**
 * A flat table of an article's mentions for spreadsheet tools: one row per annotation, text
 * order. RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or line break),
 * UTF-8 with a byte-order mark so Excel reads the accents. It is a view: prefix, suffix, dates,
 * candidates and the machine's original guess are not in it, so it cannot be imported alone.
 */
import { placeIdFromIri } from '../annotations/create-place-annotation';
import { splitPassages } from '../article/split-passages';
import type { ArticleRecord } from './article-record';

export const MENTION_CSV_COLUMNS = [
  'annotation_id',
  'article_id',
  'start',
  'end',
  'surface',
  'kind',
  'place_id',
  'place_name_fr',
  'place_name_en',
  'lng',
  'lat',
  'geo_precision',
  'confidence',
  'status',
  'creator',
  'paragraph',
] as const;

/** The CSV text, starting with U+FEFF (encode it as UTF-8: a Blob of this string does). */
export function mentionsCsv(record: ArticleRecord): string {
  const { paragraphs } = splitPassages(record.text);
  const places = new Map(record.places.map((p) => [p.id, p]));
  const rows = [...record.annotations]
    .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start || a.target.selector[1].end - b.target.selector[1].end)
    .map((annotation) => {
      const [quote, position] = annotation.target.selector;
      const placeId = placeIdFromIri(annotation.body.source);
      const place = placeId === null ? undefined : places.get(placeId);
      const paragraph = paragraphs.find((p) => position.start >= p.start && position.start < p.end);
      return [
        annotation.id,
        record.meta.id,
        position.start,
        position.end,
        quote.exact,
        annotation['bb:mentionKind'],
        placeId ?? '',
        place?.name.fr ?? '',
        place?.name.en ?? '',
        place?.lngLat?.[0] ?? '',
        place?.lngLat?.[1] ?? '',
        place?.geoPrecision ?? '',
        annotation['bb:confidence'] ?? '',
        annotation['bb:status'] ?? '',
        annotation.creator.name,
        paragraph?.paragraphNumber ?? '',
      ];
    });
  return `\uFEFF${[MENTION_CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * One RFC 4180 field: quoted (quotes doubled) when it holds a quote, comma, CR or LF. Text that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a CR: an article's words or
 * a reviewer's name can) gets a leading apostrophe, as OWASP advises, so it shows as text. Numbers
 * (a negative longitude) stay numbers.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
