/**
 * Reads the user's own ACLED export (CSV) into checked events. Papa Parse splits the text (RFC
 * 4180: quoted fields, doubled quotes, quoted line breaks); this module knows ACLED: which columns
 * a file must have, what each value may be, and what to say when one is wrong.
 *
 * What it accepts:
 * - the codebook's current columns in any order and case, and older exports: numeric `inter1` /
 *   `inter2` codes (1–8, turned into words), the removed `event_id_no_cnty`, `data_id`, `iso3`
 *   (recognised, not kept), files without `disorder_type`, `civilian_targeting` or `tags`;
 * - comma, tab or semicolon delimiters (found from the header line, never guessed from the data,
 *   since `source` cells hold semicolons); a byte-order mark; CRLF, LF or CR line ends; line
 *   breaks inside quoted notes; blank lines;
 * - dates as `YYYY-MM-DD`, `9 May 2024`, `09-May-2024` (English or French month names);
 * - text cells our own export guarded against spreadsheet formulas (`'=…`): the apostrophe is
 *   taken off again.
 *
 * What it refuses: a file without the required columns (the whole file, naming them); a row
 * whose id, date, precision or coordinates are missing or impossible (that row only, named by its
 * line in the file, its column, the value and how to fix it). Smaller faults (an unknown event
 * type, a fatality count that is not a number, a `year` that disagrees with the date) keep the row
 * and are reported as warnings. Unknown columns are ignored with one warning.
 */
import Papa from 'papaparse';
import type { GeoPrecision, TimePrecision } from '../types';
import { dayNumber } from '../filters/time-interval';
import { ACLED_COLUMNS, CIVILIAN_TARGETING, EVENT_TYPES, INTER_CODES, LEGACY_COLUMNS, REQUIRED_COLUMNS, type AcledColumn } from './acled-codebook';
import type { AcledEvent } from './acled-event';

export type AcledIssueCode =
  | 'quotes'
  | 'field-count'
  | 'missing-value'
  | 'duplicate-id'
  | 'date'
  | 'precision'
  | 'latitude'
  | 'longitude'
  | 'null-island'
  | 'decimal-comma'
  | 'year'
  | 'fatalities'
  | 'event-type'
  | 'sub-event-type'
  | 'inter'
  | 'civilian-targeting';

/** One fault of one row. `error`: the row is not loaded; `warning`: it is, with the value noted. */
export interface AcledRowIssue {
  severity: 'error' | 'warning';
  code: AcledIssueCode;
  /** Line in the file where the row starts (the header is line 1), as a text editor counts. */
  line: number;
  column: string;
  value: string;
  /** What is wrong, in English; `code` lets an interface say it in its own words. */
  message: string;
  fix: string;
}

export interface AcledFileFormat {
  delimiter: ',' | '\t' | ';';
  /** True when the file has the columns or codes of an export made before March 2023. */
  legacy: boolean;
  /** Columns that are neither ACLED's current ones nor its former ones: not read. */
  ignoredColumns: string[];
  /** Codebook columns the file lacks, read as empty. */
  absentColumns: AcledColumn[];
}

export interface AcledParseSummary {
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  loaded: number;
  rejected: number;
  /** The first MAX_ISSUES issues, in file order. */
  issues: AcledRowIssue[];
  /** Issues beyond the first MAX_ISSUES, counted only. */
  moreIssues: number;
  /** File-level remarks (older format recognised, columns ignored), in English. */
  warnings: string[];
  format: AcledFileFormat;
}

export type AcledParseResult =
  | { ok: true; events: AcledEvent[]; summary: AcledParseSummary }
  | { ok: false; problem: { message: string; fix: string; missingColumns: string[] } };

/** A file full of broken rows still says how many; only this many are described one by one. */
export const MAX_ISSUES = 500;

/** `line 1042, column latitude: « 95.1 » is not a latitude (−90 to 90); check the column order.` */
export function formatIssue(issue: AcledRowIssue): string {
  return `line ${issue.line}, column ${issue.column}: ${issue.message}; ${issue.fix}`;
}

/**
 * Parses a whole ACLED CSV text at once.
 * @example
 * const result = parseAcledCsv(text);
 * if (result.ok) result.events; else result.problem.missingColumns;
 */
export function parseAcledCsv(text: string): AcledParseResult {
  const reader = createAcledRowReader();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refused = reader.start(firstLine(body), lineEndOf(body));
  if (refused) return refused;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: reader.delimiter, newline: reader.newline });
  reader.rows(parsed.data, parsed.errors);
  return reader.finish();
}

/** The streaming parser's reader: fed the header line, then rows chunk by chunk. */
export interface AcledRowReader {
  /** The delimiter found by `start`. */
  readonly delimiter: string;
  /** The line end found by `start` (given to Papa Parse, which would otherwise guess it again for every chunk). */
  readonly newline: '\r\n' | '\n' | '\r';
  /** Reads the header from the file's first line and its line end; returns the refusal when the file is not ACLED. */
  start(headerLine: string, newline?: '\r\n' | '\n' | '\r'): Extract<AcledParseResult, { ok: false }> | null;
  /** Rows as Papa Parse split them (the header row among the first), with Papa Parse's errors for them. */
  rows(rows: string[][], errors: Papa.ParseError[]): void;
  finish(): Extract<AcledParseResult, { ok: true }>;
}

export function createAcledRowReader(): AcledRowReader {
  let delimiter: AcledFileFormat['delimiter'] = ',';
  let lineEnd: '\r\n' | '\n' | '\r' = '\n';
  let columnIndex: Record<AcledColumn, number> = {} as Record<AcledColumn, number>;
  let headerLength = 0;
  let headerSeen = false;
  let line = 1; // the line the next row starts on
  let rowCount = 0;
  let legacyCodes = false;
  let hasLegacyColumns = false;
  let ignoredColumns: string[] = [];
  let absentColumns: AcledColumn[] = [];
  const events: AcledEvent[] = [];
  const issues: AcledRowIssue[] = [];
  let moreIssues = 0;
  let rejected = 0;
  const seenIds = new Map<string, number>();

  const report = (issue: AcledRowIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
    else moreIssues += 1;
  };

  const reader: AcledRowReader = {
    get delimiter() {
      return delimiter;
    },
    get newline() {
      return lineEnd;
    },
    start(headerLine, newline = '\n') {
      lineEnd = newline;
      delimiter = headerLine.includes(',') ? ',' : headerLine.includes('\t') ? '\t' : headerLine.includes(';') ? ';' : ',';
      const names = headerLine.split(delimiter).map(headerName);
      const index = new Map<string, number>();
      names.forEach((name, i) => {
        const key = name === 'geo_precis' ? 'geo_precision' : name;
        if (!index.has(key)) index.set(key, i);
      });
      const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
      if (missing.length > 0) {
        const found = names.filter(Boolean).slice(0, 8).join(', ');
        return {
          ok: false,
          problem: {
            message: `This file is not an ACLED export: it has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (its header starts: ${found || 'nothing'}).`,
            fix: 'Open the CSV exported from ACLED (acleddata.com, Data Export Tool or API) with its header row unchanged; a file saved from a spreadsheet must keep the column names.',
            missingColumns: [...missing],
          },
        };
      }
      columnIndex = Object.fromEntries(ACLED_COLUMNS.map((column) => [column, index.get(column) ?? -1])) as Record<AcledColumn, number>;
      headerLength = names.length;
      const known = new Set<string>([...ACLED_COLUMNS, ...LEGACY_COLUMNS]);
      ignoredColumns = names.filter((name) => name !== '' && !known.has(name));
      absentColumns = ACLED_COLUMNS.filter((column) => !index.has(column));
      hasLegacyColumns = names.some((name) => (LEGACY_COLUMNS as readonly string[]).includes(name));
      return null;
    },
    rows(rows, errors) {
      const broken = new Map<number, Papa.ParseError>();
      for (const error of errors) if (typeof error.row === 'number' && !broken.has(error.row)) broken.set(error.row, error);
      for (let r = 0; r < rows.length; r += 1) {
        const fields = rows[r]!;
        const rowLine = line;
        line += 1 + lineBreaksIn(fields);
        if (!headerSeen) {
          headerSeen = true;
          continue;
        }
        if (fields.length === 1 && fields[0]!.trim() === '') continue; // a blank line
        rowCount += 1;
        const quoteError = broken.get(r);
        if (quoteError && quoteError.type === 'Quotes') {
          rejected += 1;
          report({
            severity: 'error',
            code: 'quotes',
            line: rowLine,
            column: '(row)',
            value: '',
            message: quoteError.code === 'MissingQuotes' ? 'a quoted field is never closed, so the rest of the file was read as one field' : 'a quoted field has text after its closing quote',
            fix: 'double every quote inside a quoted field ("" for ") and close each quoted field',
          });
          continue;
        }
        const event = readRow(fields, rowLine);
        if (event) events.push(event);
        else rejected += 1;
      }
    },
    finish() {
      const warnings: string[] = [];
      if (legacyCodes) warnings.push('Numeric actor codes (inter1, inter2), as ACLED wrote them before March 2023, were turned into words (1 State forces … 8 External/Other forces).');
      if (hasLegacyColumns) warnings.push('Columns ACLED removed in March 2023 (event_id_no_cnty, data_id, iso3) were recognised and not read.');
      if (ignoredColumns.length > 0) warnings.push(`Column${ignoredColumns.length > 1 ? 's' : ''} not in ACLED's codebook, not read: ${ignoredColumns.join(', ')}.`);
      return {
        ok: true,
        events,
        summary: {
          rows: rowCount,
          loaded: events.length,
          rejected,
          issues,
          moreIssues,
          warnings,
          format: { delimiter, legacy: hasLegacyColumns || legacyCodes, ignoredColumns, absentColumns },
        },
      };
    },
  };

  function readRow(fields: string[], rowLine: number): AcledEvent | null {
    const fail = (code: AcledIssueCode, column: string, value: string, message: string, fix: string) =>
      report({ severity: 'error', code, line: rowLine, column, value, message, fix });
    const warn = (code: AcledIssueCode, column: string, value: string, message: string, fix: string) =>
      report({ severity: 'warning', code, line: rowLine, column, value, message, fix });

    if (fields.length < headerLength || (fields.length > headerLength && fields.slice(headerLength).some((f) => f.trim() !== ''))) {
      fail(
        'field-count',
        '(row)',
        '',
        `the row has ${fields.length} fields, the header ${headerLength}`,
        fields.length < headerLength ? 'a field is missing or the row was cut; compare it with the header' : 'a comma inside an unquoted field (often in notes or actor names) splits it; quote that field',
      );
      return null;
    }
    const get = (column: AcledColumn): string => {
      const i = columnIndex[column];
      return i < 0 ? '' : unguard(fields[i]!.trim());
    };

    let errors = 0;
    const id = get('event_id_cnty');
    if (id === '') {
      fail('missing-value', 'event_id_cnty', '', 'the event has no id', 'every ACLED row has an event_id_cnty such as MLI12345; restore it from the original export');
      errors += 1;
    } else if (seenIds.has(id)) {
      fail('duplicate-id', 'event_id_cnty', id, `« ${id} » is already the id of the row at line ${seenIds.get(id)}`, 'remove the repeated row (a file appended twice?) or keep the newer export only');
      errors += 1;
    }

    const rawDate = get('event_date');
    const date = normaliseDate(rawDate);
    if (date === null) {
      fail('date', 'event_date', rawDate, rawDate === '' ? 'the event has no date' : `« ${rawDate} » is not a date ACLED writes`, 'write it as YYYY-MM-DD or "9 May 2024"; a spreadsheet may have reformatted the column, so export the original file again');
      errors += 1;
    }

    const rawTime = get('time_precision');
    const timePrecision = precisionCode(rawTime);
    if (timePrecision === null) {
      fail('precision', 'time_precision', rawTime, `« ${rawTime} » is not a time precision`, 'time_precision is 1 (day), 2 (week) or 3 (month)');
      errors += 1;
    }
    const rawGeo = get('geo_precision');
    const geoPrecision = precisionCode(rawGeo);
    if (geoPrecision === null) {
      fail('precision', 'geo_precision', rawGeo, `« ${rawGeo} » is not a geo precision`, 'geo_precision is 1 (the town), 2 (near a town) or 3 (a larger region)');
      errors += 1;
    }

    const rawLat = get('latitude');
    const rawLng = get('longitude');
    const latitude = coordinate(rawLat, 'latitude', 90, fail);
    const longitude = coordinate(rawLng, 'longitude', 180, fail);
    if (latitude === null || longitude === null) errors += 1;
    else if (latitude === 0 && longitude === 0) {
      fail('null-island', 'latitude', `${rawLat}, ${rawLng}`, '« 0, 0 » is in the Gulf of Guinea, where ACLED codes no event: the coordinates are missing', 'restore latitude and longitude from the original export');
      errors += 1;
    }

    if (errors > 0 || date === null || timePrecision === null || geoPrecision === null || latitude === null || longitude === null) {
      return null;
    }
    seenIds.set(id, rowLine);

    const dateYear = Number(date.slice(0, 4));
    const rawYear = get('year');
    if (rawYear !== '' && Number(rawYear) !== dateYear) {
      warn('year', 'year', rawYear, `« ${rawYear} » is not the year of event_date ${date}`, 'the date was kept; check which of the two is right');
    }

    const rawFatalities = get('fatalities');
    let fatalities: number | null = null;
    if (rawFatalities !== '') {
      const n = Number(rawFatalities);
      if (Number.isInteger(n) && n >= 0) fatalities = n;
      else warn('fatalities', 'fatalities', rawFatalities, `« ${rawFatalities} » is not a number of deaths`, 'the row was loaded with no figure; fatalities is a whole number, 0 or more');
    }

    const eventType = get('event_type');
    const subEventType = get('sub_event_type');
    const subTypes = EVENT_TYPES[eventType];
    if (!subTypes) warn('event-type', 'event_type', eventType, `« ${eventType} » is not one of ACLED's six event types`, 'the row was loaded; check the column order or the spelling (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments)');
    else if (!subTypes.includes(subEventType)) warn('sub-event-type', 'sub_event_type', subEventType, `« ${subEventType} » is not a sub-event type of ${eventType}`, 'the row was loaded; check the spelling against ACLED\'s codebook');

    const inter1 = interWords(get('inter1'), 'inter1', warn);
    const inter2 = interWords(get('inter2'), 'inter2', warn);

    const civilian = get('civilian_targeting');
    if (civilian !== '' && civilian !== CIVILIAN_TARGETING) warn('civilian-targeting', 'civilian_targeting', civilian, `« ${civilian} » is not a value of civilian_targeting`, 'the row was loaded; the column is empty or reads "Civilian targeting"');

    return {
      event_id_cnty: id,
      event_date: date,
      year: dateYear,
      time_precision: timePrecision as TimePrecision,
      disorder_type: get('disorder_type'),
      event_type: eventType,
      sub_event_type: subEventType,
      actor1: get('actor1'),
      assoc_actor_1: get('assoc_actor_1'),
      inter1,
      actor2: get('actor2'),
      assoc_actor_2: get('assoc_actor_2'),
      inter2,
      interaction: get('interaction'),
      civilian_targeting: civilian,
      iso: get('iso'),
      region: get('region'),
      country: get('country'),
      admin1: get('admin1'),
      admin2: get('admin2'),
      admin3: get('admin3'),
      location: get('location'),
      latitude,
      longitude,
      geo_precision: geoPrecision as GeoPrecision,
      source: get('source'),
      source_scale: get('source_scale'),
      notes: get('notes'),
      fatalities,
      tags: get('tags'),
      timestamp: get('timestamp'),
    };
  }

  function interWords(raw: string, column: string, warn: (code: AcledIssueCode, column: string, value: string, message: string, fix: string) => void): string {
    if (!/^\d+$/.test(raw)) return raw;
    legacyCodes = true;
    const words = INTER_CODES[String(Number(raw))];
    if (words === undefined) {
      warn('inter', column, raw, `« ${raw} » is not an actor type code (0–8)`, 'the row was loaded with the code as written');
      return raw;
    }
    return words;
  }

  return reader;
}

type Fail = (code: AcledIssueCode, column: string, value: string, message: string, fix: string) => void;

function coordinate(raw: string, column: 'latitude' | 'longitude', limit: number, fail: Fail): number | null {
  if (raw === '') {
    fail('missing-value', column, '', `the event has no ${column}`, 'restore it from the original export; ACLED places every event');
    return null;
  }
  if (/^-?\d+,\d+$/.test(raw)) {
    fail('decimal-comma', column, raw, `« ${raw} » uses a decimal comma`, 'write coordinates with a decimal point (16.5, not 16,5): export the CSV again with a point as decimal separator');
    return null;
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    fail(column, column, raw, `« ${raw} » is not a number`, `the ${column} is a decimal number of degrees; check the column order`);
    return null;
  }
  if (Math.abs(value) > limit) {
    fail(column, column, raw, `« ${raw} » is not a ${column} (−${limit} to ${limit})`, 'check the column order: latitude and longitude may be swapped or shifted');
    return null;
  }
  return value;
}

function precisionCode(raw: string): 1 | 2 | 3 | null {
  return raw === '1' ? 1 : raw === '2' ? 2 : raw === '3' ? 3 : null;
}

/** A header cell as a codebook name: no BOM or quotes, trimmed, lower case. */
function headerName(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase();
}

/** Removes the apostrophe our CSV export puts before text a spreadsheet would run as a formula. */
function unguard(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 0x27 && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function lineBreaksIn(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) continue;
    count += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}

/** The line end after the header: CRLF, LF or a lone CR (old Mac exports). */
export function lineEndOf(text: string): '\r\n' | '\n' | '\r' {
  const end = text.search(/\r|\n/);
  if (end < 0) return '\n';
  return text[end] === '\n' ? '\n' : text[end + 1] === '\n' ? '\r\n' : '\r';
}

/** The first line of a text, without its line end. */
export function firstLine(text: string): string {
  const end = text.search(/\r|\n/);
  return end < 0 ? text : text.slice(0, end);
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

/** `YYYY-MM-DD` for `2024-05-09`, `9 May 2024`, `09-May-2024`, `9 mai 2024`; null for anything else (including `05/09/2024`, ambiguous). */
export function normaliseDate(raw: string): string | null {
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const words = /^(\d{1,2})[ -]([\p{L}]+)\.?[ -](\d{4})$/u.exec(raw);
    if (!words) return null;
    const name = words[2]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const m = MONTHS[name];
    if (m === undefined) return null;
    [year, month, day] = [Number(words[3]), m, Number(words[1])];
  }
  if (dayNumber(year, month, day) === null) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
