import { describe, expect, it } from 'vitest';
import { acledFeature } from '../../../src/core/acled/acled-features';
import { acledTable } from '../../../src/core/acled/acled-table';
import { parseAcledCsv } from '../../../src/core/acled/parse-acled-csv';
import { buildIncidentIndex } from '../../../src/core/filters/incident-index';
import { borderLayersFrom, createBorderRelation } from '../../../src/core/geo/border-relation';
import { acledEventLayer, eventCount, eventFeature } from '../../../src/state/acled-layer';
import { incidentById } from '../../../src/state/selectors';
import { readFileSync } from 'node:fs';
import { syntheticAcledCsv } from '../../fixtures/acled/synthetic-acled';

const border = createBorderRelation(borderLayersFrom(JSON.parse(readFileSync('geo/countries-region.geojson', 'utf8')), JSON.parse(readFileSync('geo/border-ml-mr.geojson', 'utf8'))));
const parsed = parseAcledCsv(syntheticAcledCsv({ rows: 300, seed: 4 }));
if (!parsed.ok) throw new Error(parsed.problem.message);
const { events } = parsed;
const index = buildIncidentIndex([{ origin: 'acled', features: events.map((event) => acledFeature(event, { geometry: 'point' })) }], border);

describe('the ACLED layer kept as columns', () => {
  it('finds one event by id as the full feature, without making the others', () => {
    const layer = acledEventLayer('events.csv', acledTable(events), index);
    const wanted = events[123]!;
    expect(incidentById([], [layer], wanted.event_id_cnty)?.incident).toEqual(acledFeature(wanted));
    expect(eventFeature(layer, wanted.event_id_cnty)).toBe(eventFeature(layer, wanted.event_id_cnty));
    expect(incidentById([], [layer], 'no-such-event')).toBeNull();
    expect(eventCount(layer)).toBe(300);
  });

  it('makes every feature, in row order, when the export reads them', () => {
    const layer = acledEventLayer('events.csv', acledTable(events), index, 'point');
    expect(layer.features).toEqual(events.map((event) => acledFeature(event, { geometry: 'point' })));
    expect(layer.features).toBe(layer.features);
  });
});
