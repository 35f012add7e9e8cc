import { createRoot } from 'react-dom/client';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { App } from './ui/app';
import { loadBundledDataset } from './state/load-dataset';

// Without this the bundled map never finds its worker and never becomes idle.
setWorkerUrl(workerUrl);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(<App load={loadBundledDataset} />);
