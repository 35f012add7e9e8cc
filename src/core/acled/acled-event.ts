/**
 * One ACLED event as read from a CSV row: every codebook column, with the values checked and
 * normalised (dates as `YYYY-MM-DD`, numeric actor codes of older files as words, numbers as
 * numbers), and the file line it came from.
 */
import type { GeoPrecision, TimePrecision } from '../types';

export interface AcledEvent {
  event_id_cnty: string;
  /** `YYYY-MM-DD`, whatever the file wrote (`9 May 2024` becomes `2024-05-09`). */
  event_date: string;
  year: number;
  time_precision: TimePrecision;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  assoc_actor_1: string;
  inter1: string;
  actor2: string;
  assoc_actor_2: string;
  inter2: string;
  interaction: string;
  civilian_targeting: string;
  iso: string;
  region: string;
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  location: string;
  latitude: number;
  longitude: number;
  geo_precision: GeoPrecision;
  /** As in the file: several sources are joined with `; `. */
  source: string;
  source_scale: string;
  notes: string;
  /** null when the file leaves it empty (or writes something that is not a count). */
  fatalities: number | null;
  tags: string;
  timestamp: string;
}

/** A CSV `source` cell as its sources: split on `;`, trimmed, empty parts dropped. */
export function splitSources(source: string): string[] {
  return source
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
