/**
 * An article's incidents as a CSV with the ACLED codebook's columns, names and order, for
 * analysts who merge them with ACLED exports. RFC 4180, UTF-8 with a byte-order mark, text that
 * a spreadsheet would run as a formula guarded as mentions-csv does. Columns ACLED fills from its
 * own systems (event_id_cnty, region, admin2/3, source_scale, tags, timestamp) are derived where
 * we can (the incident id, ISO codes, the outlet) and left empty otherwise: a view, not imported.
 */
import { centroid } from '@turf/turf';
import type { IncidentCollection } from '../types';
import { interactionCode } from '../vocabulary/acled-codebook';
import { csvField } from './mentions-csv';

export const INCIDENT_CSV_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

// ISO 3166-1 numeric codes, as ACLED's `iso` column gives them.
const ISO_NUMERIC: Record<string, number> = { Mali: 466, Mauritania: 478, Senegal: 686, Algeria: 12, Niger: 562, 'Burkina Faso': 854 };

/** The CSV text, starting with U+FEFF; one row per incident, in the collection's order. */
export function incidentsCsv(incidents: IncidentCollection): string {
  const rows = incidents.features.map((feature) => {
    const p = feature.properties;
    const at = feature.geometry ? centroid({ type: 'Feature', properties: {}, geometry: feature.geometry }).geometry.coordinates : null;
    const firstCountry = p.country.split(';')[0]?.trim() ?? '';
    const round = (x: number | undefined) => (x === undefined ? '' : Math.round(x * 1e4) / 1e4);
    return [
      p.id, p.event_date, p.event_date.slice(0, 4), p.time_precision, p.disorder_type, p.event_type, p.sub_event_type, p.actor1, p.assoc_actor_1 ?? '', p.inter1, p.actor2, '', p.inter2,
      interactionCode(p.inter1, p.inter2) ?? '', p.civilian_targeting, ISO_NUMERIC[firstCountry] ?? '', firstCountry ? 'Western Africa' : '', p.country, p.admin1, '', '', p.location,
      round(at?.[1]), round(at?.[0]), p.geo_precision, p.source, '', p.notes, p.fatalities ?? '', p['bb:status'] ? `bb:${p['bb:status']}` : '', p.modified ?? '',
    ];
  });
  return `\uFEFF${[INCIDENT_CSV_COLUMNS, ...rows].map((row) => row.map((v) => csvField(v)).join(',')).join('\r\n')}\r\n`;
}
