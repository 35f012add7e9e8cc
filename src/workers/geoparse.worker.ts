/**
 * The module Web Worker that geoparses an article off the main thread, so a long article does
 * not freeze the page. A thin shell: the behaviour is `createGeoparseHandler`.
 */
import { createGeoparseHandler } from './geoparse-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createGeoparseHandler((response) => scope.postMessage(response));
scope.onmessage = (event: MessageEvent<unknown>) => void handle(event.data);
