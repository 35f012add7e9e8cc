import { createRoot } from 'react-dom/client';
import { prewarmMaps, setMapWorker } from './map/start-maplibre'; // before styles.css: its stylesheet comes first
import './ui/styles.css';
import { App } from './ui/app';
import { loadBundledDataset } from './state/load-dataset';
import { preloadLabelFont } from './ui/label-fonts';

// Without this the bundled map never finds its worker and never becomes idle.
setMapWorker();
// The data files are fetched and checked while React starts, MapLibre's workers start and the
// label font is fetched: none of it waits for the first render.
const loading = loadBundledDataset();
prewarmMaps();
preloadLabelFont();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(<App loading={loading} />);
