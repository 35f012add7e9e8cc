/**
 * Writes data/articles/<slug>/incidents.geojson from the hand-written incidents.source.json and
 * the geo layers (geo/border-zone.geojson, geo/capitals.geojson). Deterministic: sorted keys,
 * 6 decimals, trailing newline; the provenance member records the inputs and the command.
 *
 *   npx tsx data/scripts/derive-incidents.ts [slug]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildIncidents, type IncidentGeoLayers, type IncidentSource } from '../../src/core/incidents/build-incidents';
import { stableStringify } from '../../src/core/geo/stable-stringify';
import { incidentPropertiesSchema } from '../../src/core/validation/data-schemas';
import { formatProblem, validateDataValue } from '../../src/core/validation/validate-data-file';

const root = new URL('../../', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
export const SEED_ARTICLE_ID = 'kessiya-2024-05-mali-mauritanie';

/** The bytes of `data/articles/<articleId>/incidents.geojson`; throws on any invalid input or output. */
export function deriveIncidents(articleId: string = SEED_ARTICLE_ID): string {
  const dir = `data/articles/${articleId}/`;
  const source = readJson<IncidentSource>(`${dir}incidents.source.json`);
  source.incidents.forEach(({ properties }, i) => {
    const result = incidentPropertiesSchema.safeParse(properties);
    if (!result.success) throw new Error(`${dir}incidents.source.json → incidents[${i}].properties: ${result.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
  });
  const layers: IncidentGeoLayers = { borderZone: readJson('geo/border-zone.geojson'), capitals: readJson('geo/capitals.geojson') };
  const collection = buildIncidents(source, layers, {
    script: 'data/scripts/derive-incidents.ts',
    command: `npx tsx data/scripts/derive-incidents.ts ${articleId}`,
    inputs: [`${dir}incidents.source.json`, 'geo/border-zone.geojson (both sides, merged with turf union)', 'geo/capitals.geojson'],
    note: 'Properties are hand-written in incidents.source.json; geometry comes only from the geo layers. geometry null: the article does not say where.',
  });
  const checked = validateDataValue(`${dir}incidents.geojson`, 'incidents', collection);
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
  return stableStringify(collection, { maxDecimals: 6 });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const articleId = process.argv[2] ?? SEED_ARTICLE_ID;
  writeFileSync(new URL(`data/articles/${articleId}/incidents.geojson`, root), deriveIncidents(articleId));
}
