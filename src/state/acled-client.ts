/**
 * The main thread's side of the ACLED worker: `openAcledInWorker` sends a CSV file to the module
 * worker and resolves with its incidents, their column index (ready for `applyFilters` and
 * `histogram`) and the parse summary (bad rows by line and column), reporting progress on the way;
 * an AbortSignal cancels it. Where there is no `Worker` (jsdom, an old browser) or it fails to
 * start, the same handler runs on the main thread instead. Mirrors `geoparse-client.ts`: the worker
 * is kept between files, and the border layers are handed to it once.
 */
import { createAcledHandler, type AcledBorderLayers, type AcledLoad, type AcledRequest, type AcledResponse, type AcledStage } from '../workers/acled-handler';

/** The part of a Worker the client uses; tests pass an in-process stand-in. */
export type AcledWorkerLike = Pick<Worker, 'terminate'> & {
  postMessage(message: AcledRequest): void;
  onmessage: ((event: MessageEvent<AcledResponse>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
};

export interface AcledProgress {
  stage: AcledStage;
  /** 0–1 over the whole job. */
  fraction: number;
  rows: number;
}

export interface AcledOpenOptions {
  /** The border layers of the dataset (`dataset.countries`, `dataset.border`). */
  layers: AcledBorderLayers;
  onProgress?: (progress: AcledProgress) => void;
  signal?: AbortSignal;
  /** Index origin of the events (default 'acled'); geometry 'zone' (default) or 'point'. */
  origin?: string;
  geometry?: 'zone' | 'point';
  /** Makes the worker; returns null when workers are unavailable. Default: the bundled module worker. */
  createWorker?: () => AcledWorkerLike | null;
}

export type AcledOpenResult = AcledLoad | { ok: false; cancelled: true };

/**
 * Reads an ACLED CSV off the main thread. Resolves, never rejects: a refused file is
 * `{ ok: false, problem }`, a cancelled one `{ ok: false, cancelled: true }`.
 *
 * @example
 * const controller = new AbortController();
 * const result = await openAcledInWorker(file, { layers: { countries: dataset.countries, border: dataset.border }, onProgress: setBar, signal: controller.signal });
 * if (result.ok) { result.features; result.index; result.summary.issues.map(formatIssue) }
 */
export function openAcledInWorker(file: Blob | string, options: AcledOpenOptions): Promise<AcledOpenResult> {
  const connection = workerConnection(options.createWorker ?? defaultWorker);
  if (!connection) return onMainThread(file, options);
  return connection.request(file, options).catch((error: unknown) => {
    if (error instanceof WorkerStartError) return onMainThread(file, options);
    return failure(error instanceof Error ? error.message : String(error));
  });
}

/** Stops the worker (it is kept between files). */
export function stopAcledWorker(): void {
  for (const connection of connections.values()) connection.stop();
  connections.clear();
}

class WorkerStartError extends Error {}

interface Connection {
  request(file: Blob | string, options: AcledOpenOptions): Promise<AcledOpenResult>;
  stop(): void;
}

const connections = new Map<AcledOpenOptions['createWorker'], Connection>();
const broken = new Set<AcledOpenOptions['createWorker']>();

interface Pending {
  resolve: (result: AcledOpenResult) => void;
  reject: (error: Error) => void;
  onProgress: (progress: AcledProgress) => void;
}

function workerConnection(createWorker: NonNullable<AcledOpenOptions['createWorker']>): Connection | null {
  if (broken.has(createWorker)) return null;
  const existing = connections.get(createWorker);
  if (existing) return existing;
  const worker = createWorker();
  if (!worker) return null;

  let nextId = 1;
  let hasLayers = false;
  let hasAnswered = false;
  const pending = new Map<number, Pending>();
  const stop = () => {
    worker.terminate();
    connections.delete(createWorker);
  };
  worker.onmessage = (event) => {
    hasAnswered = true;
    settle(pending, event.data);
  };
  worker.onerror = () => {
    // A worker that never answered did not start: the main thread takes over for good.
    if (!hasAnswered) broken.add(createWorker);
    const error = hasAnswered ? new Error('the ACLED worker stopped unexpectedly.') : new WorkerStartError('the ACLED worker did not start.');
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
    stop();
  };

  const connection: Connection = {
    request(file, options) {
      const id = nextId++;
      const message: AcledRequest = { type: 'open', id, file, ...(options.origin ? { origin: options.origin } : {}), ...(options.geometry ? { geometry: options.geometry } : {}) };
      if (!hasLayers) {
        message.layers = options.layers;
        hasLayers = true;
      }
      return new Promise<AcledOpenResult>((resolve, reject) => {
        if (options.signal?.aborted) return resolve({ ok: false, cancelled: true });
        pending.set(id, { resolve, reject, onProgress: options.onProgress ?? (() => {}) });
        options.signal?.addEventListener('abort', () => worker.postMessage({ type: 'cancel', id }), { once: true });
        worker.postMessage(message);
      });
    },
    stop,
  };
  connections.set(createWorker, connection);
  return connection;
}

function settle(pending: Map<number, Pending>, response: AcledResponse) {
  const entry = pending.get(response.id);
  if (!entry) return;
  if (response.type === 'progress') {
    entry.onProgress({ stage: response.stage, fraction: response.fraction, rows: response.rows });
    return;
  }
  pending.delete(response.id);
  if (response.type === 'result') entry.resolve(response.result);
  else if (response.type === 'cancelled') entry.resolve({ ok: false, cancelled: true });
  else entry.reject(new Error(response.message));
}

function defaultWorker(): AcledWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../workers/acled.worker.ts', import.meta.url), { type: 'module', name: 'border-brief-acled' }) as AcledWorkerLike;
  } catch {
    return null; // a Content-Security-Policy or an old browser refusing module workers
  }
}

/** The same handler, in this thread: slower for the page, same result. */
function onMainThread(file: Blob | string, options: AcledOpenOptions): Promise<AcledOpenResult> {
  return new Promise<AcledOpenResult>((resolve) => {
    const pending = new Map<number, Pending>();
    pending.set(1, { resolve, reject: (error) => resolve(failure(error.message)), onProgress: options.onProgress ?? (() => {}) });
    const handle = createAcledHandler((response) => settle(pending, response));
    const request: AcledRequest = { type: 'open', id: 1, file, layers: options.layers, ...(options.origin ? { origin: options.origin } : {}), ...(options.geometry ? { geometry: options.geometry } : {}) };
    options.signal?.addEventListener('abort', () => void handle({ type: 'cancel', id: 1 }), { once: true });
    if (options.signal?.aborted) return resolve({ ok: false, cancelled: true });
    void handle(request);
  });
}

function failure(message: string): AcledOpenResult {
  return { ok: false, problem: { message: `The ACLED file could not be read: ${message}`, fix: 'Reload the page and open the file again; if it fails again, report which file causes it.', missingColumns: [] } };
}
