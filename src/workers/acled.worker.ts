/**
 * The module Web Worker that reads an ACLED CSV and builds its index off the main thread, so a
 * 100,000-row file does not freeze the page. A thin shell: the behaviour is `createAcledHandler`.
 */
import { createAcledHandler } from './acled-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createAcledHandler((response, transfer = []) => scope.postMessage(response, transfer));
scope.onmessage = (event: MessageEvent<unknown>) => void handle(event.data);
