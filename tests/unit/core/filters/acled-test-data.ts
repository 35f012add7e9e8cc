// Shared by the filter and ACLED tests: the project's border layers, the seed article's incidents
// and SYNTHETIC ACLED features, read once.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { acledFeature } from '../../../../src/core/acled/acled-features';
import { parseAcledCsv } from '../../../../src/core/acled/parse-acled-csv';
import { borderLayersFrom, createBorderRelation } from '../../../../src/core/geo/border-relation';
import type { IncidentCollection } from '../../../../src/core/types';
import { syntheticAcledCsv } from '../../../fixtures/acled/synthetic-acled';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

export const border = createBorderRelation(
  borderLayersFrom(read<FeatureCollection<Geometry | null, { place_id?: string }>>('geo/countries-region.geojson'), read<FeatureCollection<Geometry | null, unknown>>('geo/border-ml-mr.geojson')),
);
export const SEED_ARTICLE = 'kessiya-2024-05-mali-mauritanie';
export const seedIncidents = read<IncidentCollection>(`data/articles/${SEED_ARTICLE}/incidents.geojson`).features;

export function syntheticFeatures(rows: number, seed = 1) {
  const parsed = parseAcledCsv(syntheticAcledCsv({ rows, seed, from: '2024-01-01', to: '2024-06-30' }));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.events.map((event) => acledFeature(event));
}
