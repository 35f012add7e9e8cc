/**
 * The names of an article's export files, in one place: the export writes them, the import
 * recognises them, the dashboard offers the bundle apart from the rest, and the open dialog
 * accepts them. A suffix changed here changes for all of them at once.
 */

/** Which file holds what: `<slug>` + the suffix. The order is the order of the export. */
export const EXPORT_SUFFIXES = {
  text: '.txt',
  meta: '.meta.json',
  annotations: '.annotations.jsonld',
  places: '.places.geojson',
  incidents: '.incidents.geojson',
  mentions: '.mentions.csv',
  incidentsCsv: '.incidents.csv',
  bundle: '.borderbrief.json',
} as const;

/**
 * Whether a file someone opens is one of an article's exported data files, to import back, rather
 * than an article's text, to geoparse (a `.txt` is always read as text). Case does not matter:
 * file names that crossed another system can arrive in capitals.
 */
export function isExportedDataFile(name: string): boolean {
  const lower = name.toLowerCase();
  return Object.values(EXPORT_SUFFIXES).some((suffix) => suffix !== EXPORT_SUFFIXES.text && lower.endsWith(suffix));
}

/**
 * The file picker's `accept` list: article text (`.txt`, `.text`, any `text/plain`) and the
 * extensions of the exported files.
 */
export const OPENABLE_FILE_TYPES = [...new Set(['.txt', '.text', 'text/plain', ...Object.values(EXPORT_SUFFIXES).map((suffix) => suffix.slice(suffix.lastIndexOf('.')))])].join(',');
