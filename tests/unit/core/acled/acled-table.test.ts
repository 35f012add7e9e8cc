import { describe, expect, it } from 'vitest';
import { acledFeature } from '../../../../src/core/acled/acled-features';
import { acledEventAt, acledTable, acledTableTransferables } from '../../../../src/core/acled/acled-table';
import { acledCsv } from '../../../../src/core/acled/export-acled';
import { parseAcledCsv } from '../../../../src/core/acled/parse-acled-csv';
import { syntheticAcledCsv } from '../../../fixtures/acled/synthetic-acled';

const parsed = parseAcledCsv(syntheticAcledCsv({ rows: 500, seed: 7 }));
if (!parsed.ok) throw new Error(parsed.problem.message);
const { events } = parsed;

describe('ACLED events as columns', () => {
  it('gives every row back as the event it was read from, missing fatalities included', () => {
    const withMissing = events.map((event, i) => (i % 9 === 0 ? { ...event, fatalities: null } : event));
    const table = acledTable(withMissing);
    expect(table.rows).toBe(500);
    for (let row = 0; row < withMissing.length; row += 1) expect(acledEventAt(table, row)).toEqual(withMissing[row]);
  });

  it('makes the same features and the same export as the events themselves', () => {
    const table = acledTable(events);
    const fromTable = events.map((_, row) => acledFeature(acledEventAt(table, row)));
    expect(fromTable).toEqual(events.map((event) => acledFeature(event)));
    expect(acledCsv(fromTable)).toBe(acledCsv(events.map((event) => acledFeature(event))));
  });

  it('keeps each repeated text once, and lists every array for a transfer without copy', () => {
    const table = acledTable(events);
    expect(table.text.event_id_cnty.values).toHaveLength(500);
    expect(table.text.event_type.values.length).toBeLessThan(10);
    const buffers = acledTableTransferables(table);
    expect(buffers.length).toBe(Object.keys(table.text).length + Object.keys(table.numbers).length);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});
