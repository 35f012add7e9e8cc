/**
 * The geoparse worker's whole behaviour, as a plain function of its messages, so it is tested
 * without a Worker: the worker file only wires it to `postMessage`. It runs the same
 * `prepareArticle` as the command line: places and proposed incidents in one pass, with a
 * 'coding incidents' progress step. The gazetteer arrives with the first request (the main
 * thread already holds it), so the worker's bundle does not carry a second copy of its JSON.
 * Every failure comes back as a message, never as an uncaught error in the worker.
 */
import { createGazetteer, type Gazetteer } from '../core/gazetteer/create-gazetteer';
import { prepareArticle, type ArticleInput, type PrepareResult, type PrepareStage } from '../core/ingest/prepare-article';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { incidentZones } from '../core/incidents/incident-zones';
import type { Language } from '../core/types';

export interface GeoparseRequest {
  type: 'prepare';
  id: number; // chosen by the client, echoed in every reply
  input: ArticleInput;
  now: string; // ISO 8601: the moment of loading, fixed by the main thread
  /** The raw JSON of data/gazetteer/gazetteer.json; sent with the first request, kept after. */
  gazetteer?: unknown;
  /** The language of the warnings and problems (English when absent). */
  messageLanguage?: Language;
  /** geo/border-zone.geojson as the main thread holds it; sent with the first request, kept after, so border-area incidents are drawn as the zone. */
  borderZone?: FeatureCollection<Polygon | MultiPolygon>;
}

export type GeoparseResponse =
  | { type: 'progress'; id: number; stage: PrepareStage; fraction: number }
  | { type: 'result'; id: number; result: PrepareResult }
  | { type: 'error'; id: number; message: string };

/**
 * A handler that answers each request with progress messages, then one `result` (the article or
 * its problems) or one `error` (the worker itself failed).
 */
export function createGeoparseHandler(post: (response: GeoparseResponse) => void): (message: unknown) => Promise<void> {
  let gazetteer: Gazetteer | undefined;
  let zones: ReturnType<typeof incidentZones> | undefined;
  return async (message) => {
    if (!isRequest(message)) {
      const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : -1;
      post({ type: 'error', id, message: 'The geoparse worker received a message it does not understand.' });
      return;
    }
    const { id } = message;
    try {
      if (message.gazetteer !== undefined) gazetteer = createGazetteer(message.gazetteer, 'data/gazetteer/gazetteer.json');
      if (!gazetteer) throw new Error('the worker has no gazetteer yet; the first request must carry it.');
      if (message.borderZone !== undefined) zones = incidentZones(message.borderZone);
      const onProgress = ({ stage, fraction }: { stage: PrepareStage; fraction: number }) => post({ type: 'progress', id, stage, fraction });
      const result = await prepareArticle(message.input, { gazetteer, now: message.now, onProgress, messageLanguage: message.messageLanguage === 'fr' ? 'fr' : 'en', ...(zones ? { incidentZones: zones } : {}) });
      post({ type: 'result', id, result });
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}

function isRequest(message: unknown): message is GeoparseRequest {
  const m = message as Partial<GeoparseRequest> | null;
  return typeof m === 'object' && m !== null && m.type === 'prepare' && typeof m.id === 'number' && typeof m.now === 'string' && typeof m.input === 'object' && m.input !== null;
}
