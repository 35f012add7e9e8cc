/**
 * ACLED at scale, in Node (no browser): parse + index 1k, 10k and 100k SYNTHETIC rows, then on the
 * 100k index a filter change, a time-window move and the weekly histogram. Each size's parse time
 * divided by its row count should stay about the same: a ratio that grows means something
 * quadratic came back. Filters and the histogram are one pass over typed arrays.
 * Run: node_modules/.bin/vitest bench --run tests/bench/acled.bench.ts
 * Targets on a shared 2-core machine: 100k parsed in ≤ 3 s, indexed in ≤ 2 s, a filter ≤ 20 ms.
 */
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { acledFeature } from '../../src/core/acled/acled-features';
import { parseAcledCsv } from '../../src/core/acled/parse-acled-csv';
import { applyFilters, histogram } from '../../src/core/filters/apply-filters';
import { filters } from '../../src/core/filters/filter-state';
import { buildIncidentIndex } from '../../src/core/filters/incident-index';
import { borderLayersFrom, createBorderRelation } from '../../src/core/geo/border-relation';
import { syntheticAcledCsv } from '../fixtures/acled/synthetic-acled';

const border = createBorderRelation(borderLayersFrom(JSON.parse(readFileSync('geo/countries-region.geojson', 'utf8')), JSON.parse(readFileSync('geo/border-ml-mr.geojson', 'utf8'))));
const SIZES = [1_000, 10_000, 100_000];
const texts = new Map(SIZES.map((rows) => [rows, syntheticAcledCsv({ rows, seed: 1 })]));

function load(rows: number) {
  const parsed = parseAcledCsv(texts.get(rows)!);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.events;
}

for (const rows of SIZES) {
  const events = load(rows);
  const features = events.map((e) => acledFeature(e));
  const options = { iterations: rows >= 100_000 ? 3 : 10, time: 0, warmupIterations: 1 };
  describe(`${rows.toLocaleString('en')} rows`, () => {
    bench('parse the CSV', () => void load(rows), options);
    bench('make the features (zones)', () => void events.map((e) => acledFeature(e)), options);
    bench('index (with border side and distance)', () => void buildIncidentIndex([{ origin: 'acled', features }], border), options);
  });
}

describe('100,000 rows: interaction', () => {
  const index = buildIncidentIndex([{ origin: 'acled', features: load(100_000).map((e) => acledFeature(e, { geometry: 'point' })) }], border);
  let day = 0;
  bench('filter change: type, actor, side, ≤ 50 km', () => void applyFilters(index, filters({ eventTypes: ['Battles', 'Violence against civilians'], actors: ['wagner'], sides: ['mauritania', 'astride'], maxDistanceKm: 50 })));
  bench('time-window move (one week later)', () => {
    day = (day + 7) % 900;
    const from = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(2022, 0, 1 + day + 90)).toISOString().slice(0, 10);
    void applyFilters(index, filters({ from, to }));
  });
  bench('weekly histogram by event type', () => void histogram(index, filters({ geoPrecisions: [1, 2] }), 'week'));
  bench('monthly histogram by event type', () => void histogram(index, filters(), 'month'));
});
