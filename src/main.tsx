import { createRoot } from 'react-dom/client';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { App } from './ui/app';
import { loadBundledDataset } from './state/load-dataset';
import { preloadLabelFont } from './ui/label-fonts';

// Without this the bundled map never finds its worker and never becomes idle.
setWorkerUrl(workerUrl);
// The data files are fetched and checked while React starts, MapLibre's workers start and the
// label font is fetched: none of it waits for the first render.
const loading = loadBundledDataset();
prewarm();
preloadLabelFont();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(<App loading={loading} />);
