import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, normaliseDate, parseAcledCsv } from '../../../../src/core/acled/parse-acled-csv';
import type { AcledEvent } from '../../../../src/core/acled/acled-event';
import { streamAcledCsv } from '../../../../src/core/acled/stream-acled-csv';
import { syntheticAcledCsv, syntheticAcledRows, SYNTHETIC_SOURCE } from '../../../fixtures/acled/synthetic-acled';

const tricky = readFileSync('tests/fixtures/acled/tricky.csv', 'utf8');
const expected = JSON.parse(readFileSync('tests/fixtures/acled/tricky.expected.json', 'utf8')) as {
  rows: number;
  loaded: string[];
  rejected: number;
  issues: Array<{ line: number; column: string; code: string; severity: string }>;
  warnings: number;
  values: Record<string, Record<string, unknown>>;
};

describe('parseAcledCsv on the tricky fixture', () => {
  const result = parseAcledCsv(tricky);
  if (!result.ok) throw new Error(result.problem.message);

  it('loads the good rows and names every bad one by line, column and fix', () => {
    expect(result.events.map((e) => e.event_id_cnty)).toEqual(expected.loaded);
    expect(result.summary).toMatchObject({ rows: expected.rows, loaded: expected.loaded.length, rejected: expected.rejected });
    expect(result.summary.issues.map(({ line, column, code, severity }) => ({ line, column, code, severity }))).toEqual(
      expected.issues.map(({ line, column, code, severity }) => ({ line, column, code, severity })),
    );
    expect(result.summary.warnings).toHaveLength(expected.warnings);
    expect(result.summary.format.ignoredColumns).toEqual(['my_note']);
  });

  it('says what is wrong and how to fix it in one line', () => {
    expect(formatIssue(result.summary.issues[0]!)).toBe('line 5, column latitude: « 95.1 » is not a latitude (−90 to 90); check the column order: latitude and longitude may be swapped or shifted');
  });

  it('normalises values: dates, sources, quoted line breaks, old actor codes, guarded formulas', () => {
    for (const [id, values] of Object.entries(expected.values)) expect(result.events.find((e) => e.event_id_cnty === id)).toMatchObject(values);
  });
});

describe('parseAcledCsv', () => {
  it('refuses a file that is not ACLED, naming the missing columns', () => {
    const result = parseAcledCsv('name,lat,lon\nNouakchott,18.08,-15.97\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.missingColumns).toEqual(['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'latitude', 'longitude', 'geo_precision']);
    expect(result.problem.message).toContain('not an ACLED export');
  });

  it('reads every synthetic row of both formats to the same events', () => {
    const current = parseAcledCsv(syntheticAcledCsv({ rows: 500, seed: 3 }));
    const legacy = parseAcledCsv(syntheticAcledCsv({ rows: 500, seed: 3, format: 'legacy' }));
    if (!current.ok || !legacy.ok) throw new Error('refused');
    expect(current.summary).toMatchObject({ loaded: 500, rejected: 0, issues: [], warnings: [] });
    expect(legacy.summary.loaded).toBe(500);
    expect(legacy.summary.format.legacy).toBe(true);
    expect(legacy.summary.warnings).toHaveLength(2);
    // The legacy format has no disorder_type, civilian_targeting, tags and writes numeric interactions.
    const strip = (e: AcledEvent) => ({ ...e, disorder_type: '', civilian_targeting: '', tags: '', interaction: '' });
    expect(legacy.events.map(strip)).toEqual(current.events.map(strip));
    expect(current.events.every((e) => e.source.startsWith(SYNTHETIC_SOURCE) && e.notes.startsWith('SYNTHETIC'))).toBe(true);
  });

  it('reads semicolon- and tab-separated files, LF or CR line ends, upper-case headers', () => {
    const rows = syntheticAcledRows({ rows: 3, seed: 9 });
    const header = Object.keys(rows[0]!).filter((k) => !k.includes('\n'));
    for (const [delimiter, newline] of [[';', '\n'], ['\t', '\r']] as const) {
      const text = [header.map((h) => h.toUpperCase()).join(delimiter), ...rows.map((r) => header.map((h) => String(r[h]).replace(/\n/g, ' ').replace(/;/g, ',')).join(delimiter))].join(newline);
      const result = parseAcledCsv(text);
      expect(result.ok && result.summary.loaded).toBe(3);
    }
  });

  it('reads the dates ACLED and spreadsheets write, and refuses ambiguous ones', () => {
    expect(normaliseDate('2024-05-09')).toBe('2024-05-09');
    expect(normaliseDate('9 May 2024')).toBe('2024-05-09');
    expect(normaliseDate('09-May-2024')).toBe('2024-05-09');
    expect(normaliseDate('9 août 2024')).toBe('2024-08-09');
    expect(normaliseDate('05/09/2024')).toBeNull();
    expect(normaliseDate('2024-02-30')).toBeNull();
  });
});

describe('streamAcledCsv', () => {
  const csv = syntheticAcledCsv({ rows: 3000, seed: 5 });

  it('gives the same result as the whole-text parse, with rising progress', async () => {
    const fractions: number[] = [];
    const streamed = await streamAcledCsv(new Blob([csv]), { chunkSize: 64 * 1024, onProgress: (p) => fractions.push(p.fraction) });
    expect(streamed).toEqual(parseAcledCsv(csv));
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('keeps line numbers right across chunks, even inside a quoted note', async () => {
    const streamed = await streamAcledCsv(tricky, { chunkSize: 97 });
    expect(streamed).toEqual(parseAcledCsv(tricky));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const result = await streamAcledCsv(csv, { chunkSize: 16 * 1024, signal: controller.signal, onProgress: (p) => p.fraction > 0.2 && controller.abort() });
    expect(result).toEqual({ ok: false, cancelled: true });
  });
});
