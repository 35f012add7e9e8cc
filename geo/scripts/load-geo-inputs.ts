/**
 * Reads the raw inputs of the geo layers from installed npm packages (world-atlas,
 * world-countries), with their exact versions for provenance. Shared by the derive script and
 * the layer tests, so both start from the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { CountryRecord } from '../../src/core/geo/country-features';
import type { GeoInputs } from '../../src/core/geo/derive-geo-layers';

const require = createRequire(import.meta.url);

/** Loads world-atlas' 1:10m and 1:110m countries and world-countries' records. */
export function loadGeoInputs(): GeoInputs {
  return {
    countries10m: readJson<Topology>('world-atlas/countries-10m.json'),
    countries110m: readJson<Topology>('world-atlas/countries-110m.json'),
    countryRecords: readJson<CountryRecord[]>('world-countries/countries.json'),
    versions: {
      worldAtlas: readJson<{ version: string }>('world-atlas/package.json').version,
      worldCountries: readJson<{ version: string }>('world-countries/package.json').version,
    },
  };
}

function readJson<T>(packagePath: string): T {
  return JSON.parse(readFileSync(require.resolve(packagePath), 'utf8')) as T;
}
