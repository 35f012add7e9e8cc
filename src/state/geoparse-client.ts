/**
 * The main thread's side of the geoparse worker: `geoparseInWorker` sends an article to the
 * module worker and resolves with what `prepareArticle` returns, reporting progress on the way.
 * Where there is no `Worker` (jsdom, an old browser) or it fails to start, the same function runs
 * on the main thread instead, so the caller never has to care. The gazetteer is loaded lazily, in
 * its own chunk, and handed to the worker once, so its JSON ships one time only.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DataProblem } from '../core/dataset';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import type { ArticleInput, PrepareProgress, PrepareResult } from '../core/ingest/prepare-article';
import type { Language } from '../core/types';
import type { GeoparseRequest, GeoparseResponse } from '../workers/geoparse-handler';

/** The part of a Worker the client uses; tests pass an in-process stand-in. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<GeoparseResponse>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
};

export interface GeoparseClientOptions {
  /** Makes the worker; returns null when workers are unavailable. Default: the bundled module worker. */
  createWorker?: () => WorkerLike | null;
  /** The moment of loading recorded on the article. Default: now. */
  now?: () => Date;
  /** The language of the warnings and problems: the interface's. Default: English. */
  messageLanguage?: Language;
  /** The border zone layer, so an incident the article places « à la frontière » is drawn as the zone; sent once. */
  borderZone?: FeatureCollection<Polygon | MultiPolygon>;
}

/**
 * Geoparses `input` in a Web Worker (or on the main thread where there is none).
 * Resolves, never rejects: a failure of the worker comes back as `{ ok: false, problems }`.
 *
 * @example
 * const result = await geoparseInWorker({ text, outlet: 'RFI' }, ({ stage, fraction }) => setProgress(stage, fraction));
 * if (result.ok) { result.article.meta; result.article.annotations; result.places; result.warnings }
 */
export function geoparseInWorker(input: ArticleInput, onProgress: (progress: PrepareProgress) => void = () => {}, options: GeoparseClientOptions = {}): Promise<PrepareResult> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const { messageLanguage, borderZone } = options;
  const connection = workerConnection(options.createWorker ?? defaultWorker);
  if (!connection) return onMainThread(input, now, onProgress, messageLanguage, borderZone);
  return connection.request(input, now, onProgress, messageLanguage, borderZone).catch((error: unknown) => {
    if (error instanceof WorkerStartError) return onMainThread(input, now, onProgress, messageLanguage, borderZone);
    return failure(error instanceof Error ? error.message : String(error));
  });
}

/**
 * Starts the worker, hands it the gazetteer and lets it compile the geoparser, on a one-word
 * text, so the analyst's article does not wait for that (call it when the open dialog shows).
 */
export function prewarmGeoparser(): void {
  void geoparseInWorker({ text: 'Nouakchott.', title: 'warm-up', date: '2024-01-01' });
}

/** Stops the worker (it is kept between articles so the geoparser compiles once). */
export function stopGeoparseWorker(): void {
  for (const connection of connections.values()) connection.stop();
  connections.clear();
}

class WorkerStartError extends Error {}

interface Connection {
  request(input: ArticleInput, now: string, onProgress: (progress: PrepareProgress) => void, messageLanguage?: Language, borderZone?: FeatureCollection<Polygon | MultiPolygon>): Promise<PrepareResult>;
  stop(): void;
}

const connections = new Map<GeoparseClientOptions['createWorker'], Connection>();
const broken = new Set<GeoparseClientOptions['createWorker']>();

function workerConnection(createWorker: NonNullable<GeoparseClientOptions['createWorker']>): Connection | null {
  if (broken.has(createWorker)) return null;
  const existing = connections.get(createWorker);
  if (existing) return existing;
  const worker = createWorker();
  if (!worker) return null;

  let nextId = 1;
  let hasGazetteer = false;
  let hasAnswered = false;
  const pending = new Map<number, { resolve: (result: PrepareResult) => void; reject: (error: Error) => void; onProgress: (progress: PrepareProgress) => void }>();
  const stop = () => {
    worker.terminate();
    connections.delete(createWorker);
  };

  worker.onmessage = (event) => {
    hasAnswered = true;
    const response = event.data;
    const entry = pending.get(response.id);
    if (!entry) return;
    if (response.type === 'progress') entry.onProgress({ stage: response.stage, fraction: response.fraction });
    else {
      pending.delete(response.id);
      if (response.type === 'result') entry.resolve(response.result);
      else entry.reject(new Error(response.message));
    }
  };
  worker.onerror = () => {
    // A worker that never answered did not start (blocked, or its script failed to load): the
    // main thread takes over for good. One that did answer crashed: report it for these requests.
    if (!hasAnswered) broken.add(createWorker);
    const error = hasAnswered ? new Error('the geoparse worker stopped unexpectedly.') : new WorkerStartError('the geoparse worker did not start.');
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
    stop();
  };

  let hasBorderZone = false;
  const connection: Connection = {
    async request(input, now, onProgress, messageLanguage, borderZone) {
      const id = nextId++;
      const message: GeoparseRequest = { type: 'prepare', id, input, now, ...(messageLanguage ? { messageLanguage } : {}) };
      if (!hasGazetteer) {
        message.gazetteer = await rawGazetteer();
        hasGazetteer = true;
      }
      if (borderZone && !hasBorderZone) {
        message.borderZone = borderZone;
        hasBorderZone = true;
      }
      return new Promise<PrepareResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        worker.postMessage(message);
      });
    },
    stop,
  };
  connections.set(createWorker, connection);
  return connection;
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../workers/geoparse.worker.ts', import.meta.url), { type: 'module', name: 'border-brief-geoparse' }) as WorkerLike;
  } catch {
    return null; // a Content-Security-Policy or an old browser refusing module workers
  }
}

async function rawGazetteer(): Promise<unknown> {
  return (await import('../../data/gazetteer/gazetteer.json')).default;
}

async function onMainThread(input: ArticleInput, now: string, onProgress: (progress: PrepareProgress) => void, messageLanguage?: Language, borderZone?: FeatureCollection<Polygon | MultiPolygon>): Promise<PrepareResult> {
  try {
    const [{ prepareArticle }, { incidentZones }, gazetteer] = await Promise.all([import('../core/ingest/prepare-article'), import('../core/incidents/incident-zones'), loadGazetteer()]);
    return await prepareArticle(input, { gazetteer, now, onProgress, messageLanguage, ...(borderZone ? { incidentZones: incidentZones(borderZone) } : {}) });
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error));
  }
}

function failure(message: string): PrepareResult {
  const problem: DataProblem = { file: 'geoparser', field: '', message: `The geoparser failed: ${message}`, fix: 'Reload the page and open the article again; if it fails again, report the article that causes it.' };
  return { ok: false, problems: [problem] };
}
