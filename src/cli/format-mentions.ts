/**
 * How the geoparse command prints mentions: JSON with one mention per line (`": "` and `", "`
 * separators, readable by people and by `JSON.parse` alike), or a table for people.
 */
import type { MentionRecord } from '../core/geoparse/mention-record';

/** A JSON array, one compact mention per line, trailing newline. */
export function mentionsJson(records: readonly MentionRecord[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((record) => `  ${compactJson(record)}`).join(',\n')}\n]\n`;
}

/** A readable table: offsets, kind, surface, place, point, confidence. */
export function mentionsTable(records: readonly MentionRecord[]): string {
  const rows = records.map((r) => [
    `${r.start}–${r.end}`,
    r.kind,
    r.surface,
    r.place ? r.place.id : '(unlocated)',
    r.place ? `${r.place.lat.toFixed(4)}, ${r.place.lng.toFixed(4)}` : '',
    r.confidence.toFixed(2),
  ]);
  const header = ['offsets', 'kind', 'surface', 'place', 'lat, lng', 'conf.'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), `${records.length} mention(s), ${records.filter((r) => !r.place).length} unlocated`].join('\n') + '\n';
}

function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${compactJson(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}
