/**
 * Exports what is shown (the filtered incidents, ACLED's and the articles' alike) as an ACLED CSV
 * and as RFC 7946 GeoJSON.
 *
 * CSV: the codebook's columns in the codebook's order, RFC 4180 (CRLF, quoted where needed), UTF-8
 * with a byte-order mark, text a spreadsheet would run as a formula guarded with an apostrophe
 * (`csvField`, shared with the mentions CSV; `parseAcledCsv` takes it off again). An article's
 * incident has no ACLED id or coordinates of its own: its slug is the id, its `YYYY-MM` date
 * becomes the first day of the month (its time_precision 3 says "that month"), and its
 * coordinates are a point on its shape (Turf's pointOnFeature, inside a zone), empty when
 * unlocated.
 */
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { IncidentFeature } from '../types';
import { csvField } from '../exchange/mentions-csv';
import { rewindRfc7946 } from '../geo/rewind-rfc7946';
import { roundCoordinates } from '../geo/round-coordinates';
import { incidentInterval, isoDay } from '../filters/time-interval';
import { ACLED_COLUMNS, type AcledColumn } from './acled-codebook';
import { incidentUncertaintyKm } from './precision-zones';

/** The CSV text, starting with U+FEFF. */
export function acledCsv(features: readonly IncidentFeature[]): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const feature of features) lines.push(ACLED_COLUMNS.map((column) => csvField(cell(feature, column))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(feature: IncidentFeature, column: AcledColumn): string | number {
  const p = feature.properties as unknown as Record<string, unknown>;
  switch (column) {
    case 'event_id_cnty':
      return typeof p.event_id_cnty === 'string' ? p.event_id_cnty : String(p.id ?? feature.id ?? '');
    case 'event_date': {
      const date = String(p.event_date ?? '');
      return /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : /^\d{4}$/.test(date) ? `${date}-01-01` : date;
    }
    case 'year':
      return typeof p.year === 'number' ? p.year : String(p.event_date ?? '').slice(0, 4);
    case 'latitude':
    case 'longitude': {
      if (typeof p[column] === 'number') return p[column];
      const point = representativePoint(feature);
      return point === null ? '' : column === 'longitude' ? point[0] : point[1];
    }
    case 'fatalities':
      return typeof p.fatalities === 'number' ? p.fatalities : '';
    default: {
      const value = p[column];
      return typeof value === 'string' || typeof value === 'number' ? value : '';
    }
  }
}

function representativePoint(feature: IncidentFeature): [number, number] | null {
  if (!feature.geometry) return null;
  const [lng, lat] = pointOnFeature(feature as Feature<Geometry>).geometry.coordinates as [number, number];
  return [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

/**
 * RFC 7946 GeoJSON of the incidents: coordinates at most 6 decimals, rings counter-clockwise,
 * every property kept, and the precision spelt out as properties: `geo_precision`,
 * `time_precision`, `uncertainty_km` (how far beyond its shape it may lie), `interval_start` and `interval_end`
 * (first and last day, inclusive, `YYYY-MM-DD`).
 */
export function acledGeoJson(features: readonly IncidentFeature[]): FeatureCollection<Geometry | null> {
  return {
    type: 'FeatureCollection',
    features: features.map((feature) => {
      const p = feature.properties;
      const interval = incidentInterval(p.event_date, p.time_precision);
      const geometry = feature.geometry ? roundCoordinates(rewindRfc7946(feature.geometry), 6) : null;
      return {
        type: 'Feature',
        id: feature.id ?? p.id,
        geometry,
        properties: {
          ...p,
          uncertainty_km: incidentUncertaintyKm(feature),
          interval_start: interval ? isoDay(interval.start) : null,
          interval_end: interval ? isoDay(interval.end - 1) : null,
        },
      };
    }),
  };
}

/** A CSV of plain rows (events, or rows made by a generator) under `columns`, guarded and quoted as `acledCsv` does. */
export function acledCsvFromRows(rows: ReadonlyArray<Readonly<Record<string, string | number | null | undefined>>>, columns: readonly string[] = ACLED_COLUMNS): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column] ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
