import { afterEach, describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../src/core/gazetteer/bundled-gazetteer';
import { prepareArticle, type PrepareProgress } from '../../../src/core/ingest/prepare-article';
import { geoparseInWorker, stopGeoparseWorker, type WorkerLike } from '../../../src/state/geoparse-client';
import { createGeoparseHandler, type GeoparseRequest, type GeoparseResponse } from '../../../src/workers/geoparse-handler';

const input = { text: 'Une délégation malienne est arrivée à Nouakchott.', outlet: 'RFI', date: '2024-05-09' };
const now = () => new Date('2024-06-02T08:00:00Z');
afterEach(stopGeoparseWorker);

/** A Worker stand-in that runs the real handler in-process, recording what it was sent. */
function inProcessWorker(sent: GeoparseRequest[]): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: GeoparseRequest) {
      sent.push(structuredClone(message));
      void handle(structuredClone(message));
    },
    terminate() {},
  };
  const handle = createGeoparseHandler((response: GeoparseResponse) => queueMicrotask(() => worker.onmessage?.({ data: structuredClone(response) } as MessageEvent<GeoparseResponse>)));
  return worker;
}

describe('geoparseInWorker', () => {
  it('runs on the main thread when there is no Worker, with the same result and progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const stages: string[] = [];
    const result = await geoparseInWorker(input, (p) => stages.push(p.stage), { now });
    expect(result).toEqual(await prepareArticle(input, { gazetteer: bundledGazetteer(), now: now() }));
    expect(stages).toEqual(['reading', 'geoparsing', 'resolving', 'building annotations', 'coding incidents', 'done']);
  });

  it('sends the gazetteer to the worker once, then only the articles', async () => {
    const sent: GeoparseRequest[] = [];
    const createWorker = () => inProcessWorker(sent);
    const progress: PrepareProgress[] = [];
    const first = await geoparseInWorker(input, (p) => progress.push(p), { createWorker, now });
    const second = await geoparseInWorker({ ...input, text: 'Bamako.' }, undefined, { createWorker, now });
    expect(first).toEqual(await prepareArticle(input, { gazetteer: bundledGazetteer(), now: now() }));
    expect(second.ok).toBe(true);
    expect(sent.map((m) => m.gazetteer !== undefined)).toEqual([true, false]);
    expect(progress.at(-1)).toEqual({ stage: 'done', fraction: 1 });
  });

  it('falls back to the main thread when the worker fails to start', async () => {
    const createWorker = () => {
      const worker: WorkerLike = { onmessage: null, onerror: null, postMessage: () => queueMicrotask(() => worker.onerror?.(new Event('error'))), terminate() {} };
      return worker;
    };
    const result = await geoparseInWorker(input, undefined, { createWorker, now });
    expect(result.ok).toBe(true);
  });

  it('resolves with a problem, not a rejection, when the worker reports an error', async () => {
    const createWorker = () => {
      const worker: WorkerLike = {
        onmessage: null,
        onerror: null,
        postMessage: (m: GeoparseRequest) => queueMicrotask(() => worker.onmessage?.({ data: { type: 'error', id: m.id, message: 'out of memory' } } as MessageEvent<GeoparseResponse>)),
        terminate() {},
      };
      return worker;
    };
    const result = await geoparseInWorker(input, undefined, { createWorker, now });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ message: 'The geoparser failed: out of memory' })] });
  });
});
