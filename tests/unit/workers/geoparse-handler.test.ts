import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../src/core/gazetteer/bundled-gazetteer';
import { prepareArticle } from '../../../src/core/ingest/prepare-article';
import { createGeoparseHandler, type GeoparseResponse } from '../../../src/workers/geoparse-handler';

const gazetteerJson = JSON.parse(readFileSync('data/gazetteer/gazetteer.json', 'utf8')) as unknown;
const input = { text: 'Des réfugiés maliens arrivent à Bassikounou, en Mauritanie.', outlet: 'Cridem', date: '2024-06-01' };
const now = '2024-06-02T08:00:00Z';

function harness() {
  const posted: GeoparseResponse[] = [];
  return { posted, handle: createGeoparseHandler((response) => posted.push(response)) };
}

describe('createGeoparseHandler', () => {
  it('answers a request with progress through every stage, then the same result as prepareArticle', async () => {
    const { posted, handle } = harness();
    await handle({ type: 'prepare', id: 1, input, now, gazetteer: gazetteerJson });
    expect(posted.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.stage)).toEqual(['reading', 'geoparsing', 'resolving', 'building annotations', 'coding incidents', 'done']);
    expect(posted.at(-1)).toEqual({ type: 'result', id: 1, result: await prepareArticle(input, { gazetteer: bundledGazetteer(), now }) });
    expect(posted.every((m) => m.id === 1)).toBe(true);
  });

  it('proposes the incidents in the same pass, drawing a border-area one as the border zone it was sent', async () => {
    const { posted, handle } = harness();
    const borderZone = JSON.parse(readFileSync('geo/border-zone.geojson', 'utf8')) as never;
    const text = 'Des hommes armés ont enlevé jeudi deux bergers mauritaniens à la frontière mauritano-malienne, selon des témoins.';
    await handle({ type: 'prepare', id: 5, input: { text, outlet: 'Cridem', date: '2024-06-07' }, now, gazetteer: gazetteerJson, borderZone });
    const last = posted.at(-1);
    if (last?.type !== 'result' || !last.result.ok) throw new Error('expected a prepared article');
    const [incident] = last.result.article.incidents.features;
    expect(incident?.properties).toMatchObject({ sub_event_type: 'Abduction/forced disappearance', event_date: '2024-06-06', time_precision: 1, geo_precision: 3, claim_status: 'reported', 'bb:status': 'proposed' });
    expect(incident?.geometry?.type).toMatch(/Polygon/);
    expect(incident?.properties.evidence).toEqual([{ start: 0, end: text.length }]);
  });

  it('keeps the gazetteer of the first request for the next ones', async () => {
    const { posted, handle } = harness();
    await handle({ type: 'prepare', id: 1, input, now, gazetteer: gazetteerJson });
    await handle({ type: 'prepare', id: 2, input: { text: 'Bamako et Nouakchott.' }, now });
    expect(posted.at(-1)).toMatchObject({ type: 'result', id: 2, result: { ok: true } });
  });

  it('returns the article’s problems as a result, not an error', async () => {
    const { posted, handle } = harness();
    await handle({ type: 'prepare', id: 3, input: { text: '' }, now, gazetteer: gazetteerJson });
    expect(posted.at(-1)).toMatchObject({ type: 'result', id: 3, result: { ok: false, problems: [{ field: 'text' }] } });
  });

  it('answers with an error value when no gazetteer was ever sent', async () => {
    const { posted, handle } = harness();
    await handle({ type: 'prepare', id: 4, input, now });
    expect(posted).toEqual([{ type: 'error', id: 4, message: expect.stringMatching(/no gazetteer/) }]);
  });

  it('answers with an error value when the gazetteer sent is broken', async () => {
    const { posted, handle } = harness();
    await handle({ type: 'prepare', id: 5, input, now, gazetteer: { version: '1', places: 'none' } });
    expect(posted).toEqual([{ type: 'error', id: 5, message: expect.any(String) }]);
  });

  it('answers a message it does not understand with an error value', async () => {
    const { posted, handle } = harness();
    await handle({ type: 'geoparse', id: 6 });
    await handle(null);
    expect(posted).toEqual([
      { type: 'error', id: 6, message: expect.stringMatching(/does not understand/) },
      { type: 'error', id: -1, message: expect.stringMatching(/does not understand/) },
    ]);
  });
});
