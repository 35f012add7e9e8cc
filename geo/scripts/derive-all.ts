/**
 * `npm run geo`: derives every committed geo file (geo/*.geojson and data/places.json) from the
 * installed world-atlas and world-countries packages. Running it twice gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveGeoLayers } from '../../src/core/geo/derive-geo-layers';
import { loadGeoInputs } from './load-geo-inputs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

for (const file of deriveGeoLayers(loadGeoInputs())) {
  const target = resolve(repositoryRoot, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  console.log(`${file.path}  ${Buffer.byteLength(file.text)} bytes`);
}
