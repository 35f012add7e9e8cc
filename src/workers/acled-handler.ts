/**
 * The ACLED worker's whole behaviour, as a plain function of its messages, so it is tested without
 * a Worker: the worker file only wires it to `postMessage`. For each `open` request it streams the
 * CSV (progress, cancel), makes the features, works out each incident's border relation and builds
 * the column index, so the main thread receives ready columns (moved, not copied: the index's
 * typed arrays are in the transfer list). The border layers arrive with the first request (the
 * main thread already holds them) and are kept. Every failure comes back as a message.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { acledFeature } from '../core/acled/acled-features';
import type { AcledParseSummary } from '../core/acled/parse-acled-csv';
import { acledTable, acledTableTransferables, type AcledTable } from '../core/acled/acled-table';
import { streamAcledCsv } from '../core/acled/stream-acled-csv';
import { buildIncidentIndex, indexTransferables, type IncidentIndex } from '../core/filters/incident-index';
import { borderLayersFrom, createBorderRelation, type BorderRelation } from '../core/geo/border-relation';

export interface AcledBorderLayers {
  /** geo/countries-region.geojson (Mali and Mauritania are read from it). */
  countries: FeatureCollection<Geometry | null, { place_id?: string } | null>;
  /** geo/border-ml-mr.geojson. */
  border: FeatureCollection<Geometry | null, unknown>;
}

export type AcledRequest =
  | {
      type: 'open';
      id: number; // chosen by the client, echoed in every reply
      /** The file as opened or dropped, or its text. */
      file: Blob | string;
      /** The index origin of these events. Default 'acled'. */
      origin?: string;
      /** 'zone' (default) or 'point' geometries (see acled-features.ts). */
      geometry?: 'zone' | 'point';
      /** Sent with the first request; kept after. */
      layers?: AcledBorderLayers;
      chunkSize?: number;
    }
  | { type: 'cancel'; id: number };

export type AcledStage = 'parsing' | 'placing' | 'indexing' | 'done';

export type AcledLoad =
  | { ok: true; table: AcledTable; index: IncidentIndex; summary: AcledParseSummary; /** The geometry asked for, for the features made from the table. */ geometry: 'zone' | 'point' }
  | { ok: false; problem: { message: string; fix: string; missingColumns: string[] } };

export type AcledResponse =
  | { type: 'progress'; id: number; stage: AcledStage; fraction: number; rows: number }
  | { type: 'result'; id: number; result: AcledLoad }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

export type AcledPost = (response: AcledResponse, transfer?: Transferable[]) => void;

export function createAcledHandler(post: AcledPost): (message: unknown) => Promise<void> {
  let border: BorderRelation | undefined;
  const running = new Map<number, AbortController>();
  return async (message) => {
    const m = message as Partial<AcledRequest> | null;
    if (m?.type === 'cancel' && typeof m.id === 'number') {
      running.get(m.id)?.abort();
      return;
    }
    if (!isOpen(m)) {
      post({ type: 'error', id: typeof m?.id === 'number' ? m.id : -1, message: 'The ACLED worker received a message it does not understand.' });
      return;
    }
    const { id } = m;
    const controller = new AbortController();
    running.set(id, controller);
    try {
      if (m.layers) border = createBorderRelation(borderLayersFrom(m.layers.countries, m.layers.border));
      if (!border) throw new Error('the worker has no border layers yet; the first request must carry them.');
      const parsed = await streamAcledCsv(m.file, {
        signal: controller.signal,
        chunkSize: m.chunkSize,
        // Parsing is most of the work: 0–0.8 of the bar.
        onProgress: ({ fraction, rows }) => post({ type: 'progress', id, stage: 'parsing', fraction: fraction * 0.8, rows }),
      });
      if (!parsed.ok) {
        if ('cancelled' in parsed) post({ type: 'cancelled', id });
        else post({ type: 'result', id, result: parsed });
        return;
      }
      const rows = parsed.events.length;
      post({ type: 'progress', id, stage: 'placing', fraction: 0.8, rows });
      // The index reads ACLED's coordinates and the zone's radius, not the zone's shape: points are enough here.
      const features = parsed.events.map((event) => acledFeature(event, { geometry: 'point' }));
      await yieldToMessages();
      if (controller.signal.aborted) return post({ type: 'cancelled', id });
      post({ type: 'progress', id, stage: 'indexing', fraction: 0.9, rows });
      const index = buildIncidentIndex([{ origin: m.origin ?? 'acled', features }], border);
      await yieldToMessages();
      if (controller.signal.aborted) return post({ type: 'cancelled', id });
      post({ type: 'progress', id, stage: 'done', fraction: 1, rows });
      // Columns, not feature objects, cross to the main thread: moved without a copy, rebuilt into a feature only when one is shown.
      const table = acledTable(parsed.events);
      post({ type: 'result', id, result: { ok: true, table, index, summary: parsed.summary, geometry: m.geometry ?? 'zone' } }, [...indexTransferables(index), ...acledTableTransferables(table)]);
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.delete(id);
    }
  };
}

/** Lets a waiting `cancel` message in between two long steps. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isOpen(m: Partial<AcledRequest> | null): m is Extract<AcledRequest, { type: 'open' }> {
  if (m?.type !== 'open' || typeof m.id !== 'number') return false;
  const file = (m as { file?: unknown }).file;
  return typeof file === 'string' || (typeof Blob !== 'undefined' && file instanceof Blob);
}
