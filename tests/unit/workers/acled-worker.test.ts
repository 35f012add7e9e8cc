import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAcledCsv } from '../../../src/core/acled/parse-acled-csv';
import { applyFilters } from '../../../src/core/filters/apply-filters';
import { filters } from '../../../src/core/filters/filter-state';
import { openAcledInWorker, stopAcledWorker, type AcledProgress, type AcledWorkerLike } from '../../../src/state/acled-client';
import { createAcledHandler, type AcledBorderLayers, type AcledRequest, type AcledResponse } from '../../../src/workers/acled-handler';
import { syntheticAcledCsv } from '../../fixtures/acled/synthetic-acled';

const layers: AcledBorderLayers = {
  countries: JSON.parse(readFileSync('geo/countries-region.geojson', 'utf8')),
  border: JSON.parse(readFileSync('geo/border-ml-mr.geojson', 'utf8')),
};
const csv = syntheticAcledCsv({ rows: 2000, seed: 8 });
afterEach(stopAcledWorker);

/** A Worker stand-in running the real handler in-process; messages are cloned (and transfers moved) as postMessage does. */
function inProcessWorker(sent: AcledRequest[]): AcledWorkerLike {
  const worker: AcledWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      sent.push(message);
      void handle(structuredClone(message));
    },
    terminate() {},
  };
  const handle = createAcledHandler((response, transfer = []) => {
    const copy = structuredClone(response, { transfer });
    queueMicrotask(() => worker.onmessage?.({ data: copy } as MessageEvent<AcledResponse>));
  });
  return worker;
}

describe('ACLED worker handler', () => {
  it('streams with progress, then answers with the event table, index and summary', async () => {
    const replies: AcledResponse[] = [];
    const handle = createAcledHandler((r) => replies.push(r));
    await handle({ type: 'open', id: 4, file: new Blob([csv]), layers, chunkSize: 50_000 });
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.map((r) => r.stage)).toEqual(expect.arrayContaining(['parsing', 'placing', 'indexing', 'done']));
    const last = replies.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type !== 'result' || !last.result.ok) throw new Error('no result');
    expect(last.result.table.rows).toBe(2000);
    expect(last.result.index.total).toBe(2000);
    expect(last.result.summary.loaded).toBe(2000);
  });

  it('answers a refused file with its problem, and a strange message with an error', async () => {
    const replies: AcledResponse[] = [];
    const handle = createAcledHandler((r) => replies.push(r));
    await handle({ type: 'open', id: 1, file: 'a,b\n1,2\n', layers });
    await handle({ type: 'hello', id: 2 });
    expect(replies).toEqual([
      { type: 'result', id: 1, result: { ok: false, problem: expect.objectContaining({ missingColumns: expect.arrayContaining(['event_id_cnty']) }) } },
      { type: 'error', id: 2, message: expect.stringContaining('does not understand') },
    ]);
  });

  it('needs the border layers with its first request', async () => {
    const replies: AcledResponse[] = [];
    await createAcledHandler((r) => replies.push(r))({ type: 'open', id: 1, file: csv });
    expect(replies).toEqual([{ type: 'error', id: 1, message: expect.stringContaining('border layers') }]);
  });
});

describe('openAcledInWorker', () => {
  it('sends the layers once, receives the index ready to filter, reports progress', async () => {
    const sent: AcledRequest[] = [];
    const createWorker = () => inProcessWorker(sent);
    const progress: AcledProgress[] = [];
    const first = await openAcledInWorker(new Blob([csv]), { layers, createWorker, onProgress: (p) => progress.push(p) });
    const second = await openAcledInWorker(syntheticAcledCsv({ rows: 10, seed: 2 }), { layers, createWorker });
    expect(sent.map((m) => m.type === 'open' && m.layers !== undefined)).toEqual([true, false]);
    if (!first.ok || !second.ok) throw new Error('not loaded');
    const battles = first.table.text.event_type;
    expect(applyFilters(first.index, filters({ eventTypes: ['Battles'] })).count).toBe([...battles.codes].filter((code) => battles.values[code] === 'Battles').length);
    expect(second.table.rows).toBe(10);
    expect(progress.at(-1)).toEqual({ stage: 'done', fraction: 1, rows: 2000 });
    const parsed = parseAcledCsv(csv);
    expect(parsed.ok && first.summary).toEqual(parsed.ok && parsed.summary);
  });

  it('cancels', async () => {
    const controller = new AbortController();
    const result = await openAcledInWorker(syntheticAcledCsv({ rows: 20_000, seed: 3 }), {
      layers,
      createWorker: () => inProcessWorker([]),
      signal: controller.signal,
      onProgress: (p) => p.fraction > 0.1 && controller.abort(),
    });
    expect(result).toEqual({ ok: false, cancelled: true });
  });

  it('runs on the main thread where there is no Worker, and when the worker fails to start', async () => {
    expect(typeof Worker).toBe('undefined');
    const here = await openAcledInWorker(csv, { layers });
    expect(here.ok && here.index.total).toBe(2000);
    const failing = () => {
      const worker: AcledWorkerLike = { onmessage: null, onerror: null, postMessage: () => queueMicrotask(() => worker.onerror?.(new Event('error'))), terminate() {} };
      return worker;
    };
    const fallback = await openAcledInWorker(csv, { layers, createWorker: failing });
    expect(fallback.ok && fallback.index.total).toBe(2000);
  });
});
