/**
 * Deterministic JSON for committed data files: the same value always gives the same bytes, so
 * a re-derived layer shows up as a small, readable git diff.
 * Object keys are sorted, numbers are rounded to a fixed number of decimals, a position
 * (`[lng, lat]`) and a line or ring of positions stay on one line, and the text ends with a newline.
 */

export interface StableStringifyOptions {
  maxDecimals?: number; // every non-integer number is rounded to this many decimals; undefined keeps them as they are
  indent?: number; // spaces per nesting level
}

/**
 * Serialises `value` as JSON with sorted keys and a trailing newline.
 * @example stableStringify({ b: 1, a: [0.1234567, 2] }, { maxDecimals: 6 })
 * // '{\n  "a": [0.123457,2],\n  "b": 1\n}\n'
 */
export function stableStringify(value: unknown, options: StableStringifyOptions = {}): string {
  const { maxDecimals, indent = 2 } = options;
  if (maxDecimals !== undefined && (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 15)) {
    throw new RangeError(`stableStringify: maxDecimals must be an integer from 0 to 15, got ${maxDecimals}`);
  }
  return `${format(value, 0, { maxDecimals, indent })}\n`;
}

/** Rounds `n` to `decimals` places; the result prints with at most that many decimals. */
export function roundNumber(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(n * factor) / factor;
  // Math.round(-0.4) is -0, which JSON prints as 0 anyway; normalise so equality checks agree.
  return Object.is(rounded, -0) ? 0 : rounded;
}

interface FormatSettings {
  maxDecimals: number | undefined;
  indent: number;
}

function format(value: unknown, depth: number, settings: FormatSettings): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return formatNumber(value, settings);
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? formatArray(value, depth, settings) : formatObject(value as Record<string, unknown>, depth, settings);
    default:
      throw new TypeError(`stableStringify: cannot serialise a value of type ${typeof value}`);
  }
}

function formatNumber(n: number, settings: FormatSettings): string {
  if (!Number.isFinite(n)) throw new RangeError(`stableStringify: ${n} is not valid JSON`);
  const value = settings.maxDecimals === undefined || Number.isInteger(n) ? n : roundNumber(n, settings.maxDecimals);
  return JSON.stringify(Object.is(value, -0) ? 0 : value);
}

function formatArray(items: unknown[], depth: number, settings: FormatSettings): string {
  if (items.length === 0) return '[]';
  // Positions and lines of positions stay on one line: one line per coordinate would triple the file.
  if (isPosition(items) || items.every(isPosition)) {
    return `[${items.map((item) => format(item, depth + 1, settings)).join(',')}]`;
  }
  const pad = ' '.repeat(settings.indent * (depth + 1));
  const lines = items.map((item) => `${pad}${format(item, depth + 1, settings)}`);
  return `[\n${lines.join(',\n')}\n${' '.repeat(settings.indent * depth)}]`;
}

function formatObject(object: Record<string, unknown>, depth: number, settings: FormatSettings): string {
  // undefined members are dropped, as JSON.stringify does.
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  if (keys.length === 0) return '{}';
  const pad = ' '.repeat(settings.indent * (depth + 1));
  const lines = keys.map((key) => `${pad}${JSON.stringify(key)}: ${format(object[key], depth + 1, settings)}`);
  return `{\n${lines.join(',\n')}\n${' '.repeat(settings.indent * depth)}}`;
}

function isPosition(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((n) => typeof n === 'number');
}
