/**
 * The incidents CSV of an article's separate files (`<slug>.incidents.csv`) is a view for ACLED
 * tools: it has no evidence passages, no review provenance and no machine proposal, so it is
 * never read as the incidents. When it comes with the file set it is checked against the
 * incidents GeoJSON, the lossless truth: a CSV edited in a spreadsheet and sent back with the
 * rest gets a warning naming the incidents and columns that differ, so the edit is not lost
 * silently; a CSV that agrees says nothing.
 */
import Papa from 'papaparse';
import { inLanguage } from '../reader-language';
import type { IncidentCollection, Language } from '../types';
import { INCIDENT_CSV_COLUMNS, incidentsCsv } from './incidents-csv';

/** Warnings about `csv` given with `incidents` (none when it agrees); `geojsonName` is null when the set has no incidents GeoJSON. */
export function checkIncidentsCsv(csvName: string, csv: string, incidents: IncidentCollection | null, geojsonName: string, language?: Language): string[] {
  if (incidents === null) {
    return [
      inLanguage(language, {
        fr: `${csvName} : non lu ; le CSV des incidents est une vue pour les outils ACLED, sans passages, ni relecture, ni proposition du codeur. Joignez ${geojsonName} pour importer les incidents.`,
        en: `${csvName}: not read; the incidents CSV is a view for ACLED tools, without passages, review or the coder's proposal. Give ${geojsonName} to import the incidents.`,
      }),
    ];
  }
  const given = rowsById(csv);
  const expected = rowsById(incidentsCsv(incidents));
  const differences: string[] = [];
  for (const [id, row] of expected) {
    const other = given.get(id);
    if (!other) differences.push(inLanguage(language, { fr: `${id} absent`, en: `${id} missing` }));
    else {
      const columns = INCIDENT_CSV_COLUMNS.filter((c) => (row[c] ?? '') !== (other[c] ?? ''));
      if (columns.length > 0) differences.push(`${id} (${columns.join(', ')})`);
    }
  }
  for (const id of given.keys()) if (!expected.has(id)) differences.push(inLanguage(language, { fr: `${id} en trop`, en: `${id} not in the GeoJSON` }));
  if (differences.length === 0) return [];
  const listed = differences.slice(0, 5).join('; ') + (differences.length > 5 ? ` …(+${differences.length - 5})` : '');
  return [
    inLanguage(language, {
      fr: `${csvName} : ne correspond pas à ${geojsonName} : ${listed}. Les incidents sont lus depuis ${geojsonName} ; une modification faite dans le CSV n’est pas importée.`,
      en: `${csvName}: does not match ${geojsonName}: ${listed}. The incidents are read from ${geojsonName}; a change made in the CSV is not imported.`,
    }),
  ];
}

function rowsById(csv: string): Map<string, Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return new Map(parsed.data.map((row, i) => [row.event_id_cnty || `#${i + 1}`, row]));
}
