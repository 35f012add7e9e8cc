/** Test helpers for the geo core: deep-frozen inputs, so a function that mutates its argument fails loudly. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

const require = createRequire(import.meta.url);

/** world-atlas' countries topology at a scale, read once per test file. */
export function loadAtlas(scale: '10m' | '50m' | '110m'): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology;
}
