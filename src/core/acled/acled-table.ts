/**
 * ACLED events as columns, not objects: what a page keeps of 100,000 rows without holding 100,000
 * feature objects (each with every column and its French and English words). A text column is a
 * dictionary of its distinct values and one code per row (ACLED repeats actors, places, sources);
 * a number column is one typed array. Every array is transferable, so the worker hands the table
 * over without a copy; `acledEventAt` gives a row back as the event it was read from, and
 * `acledFeature` makes the full feature only when a card, a tooltip or an export needs it.
 */
import type { GeoPrecision, TimePrecision } from '../types';
import type { AcledEvent } from './acled-event';

const TEXT_COLUMNS = [
  'event_id_cnty', 'event_date', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2',
  'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'source', 'source_scale', 'notes', 'tags', 'timestamp',
] as const satisfies ReadonlyArray<keyof AcledEvent>;
const NUMBER_COLUMNS = ['year', 'time_precision', 'latitude', 'longitude', 'geo_precision', 'fatalities'] as const satisfies ReadonlyArray<keyof AcledEvent>;

type TextColumn = (typeof TEXT_COLUMNS)[number];
type NumberColumn = (typeof NUMBER_COLUMNS)[number];

export interface AcledTable {
  rows: number;
  /** Per text column: its distinct values, and row i's code into them. */
  text: Record<TextColumn, { values: string[]; codes: Uint32Array }>;
  /** Per number column, row i's value (NaN for a missing fatalities figure). */
  numbers: Record<NumberColumn, Float64Array>;
}

export function acledTable(events: readonly AcledEvent[]): AcledTable {
  const rows = events.length;
  const text = {} as AcledTable['text'];
  for (const column of TEXT_COLUMNS) {
    const codes = new Uint32Array(rows);
    const values: string[] = [];
    const codeOf = new Map<string, number>();
    for (let row = 0; row < rows; row += 1) {
      const value = events[row]![column];
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.push(value) - 1;
        codeOf.set(value, code);
      }
      codes[row] = code;
    }
    text[column] = { values, codes };
  }
  const numbers = {} as AcledTable['numbers'];
  for (const column of NUMBER_COLUMNS) {
    const values = new Float64Array(rows);
    for (let row = 0; row < rows; row += 1) values[row] = events[row]![column] ?? NaN;
    numbers[column] = values;
  }
  return { rows, text, numbers };
}

/** Row `row` of the table as the event it was read from. */
export function acledEventAt(table: AcledTable, row: number): AcledEvent {
  const event: Record<string, unknown> = {};
  for (const column of TEXT_COLUMNS) {
    const { values, codes } = table.text[column];
    event[column] = values[codes[row]!]!;
  }
  for (const column of NUMBER_COLUMNS) event[column] = table.numbers[column][row]!;
  const fatalities = table.numbers.fatalities[row]!;
  event.fatalities = Number.isNaN(fatalities) ? null : fatalities;
  event.time_precision = table.numbers.time_precision[row] as TimePrecision;
  event.geo_precision = table.numbers.geo_precision[row] as GeoPrecision;
  return event as unknown as AcledEvent;
}

/** The buffers of a table's arrays, for `postMessage(table, acledTableTransferables(table))`. */
export function acledTableTransferables(table: AcledTable): ArrayBuffer[] {
  return [...Object.values(table.text).map((column) => column.codes.buffer as ArrayBuffer), ...Object.values(table.numbers).map((column) => column.buffer as ArrayBuffer)];
}
