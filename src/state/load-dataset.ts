/**
 * Fetches the bundled data files from the app's own origin and hands them to the pure
 * buildDataset, which checks every file. Articles are found by file name at build time, so an
 * article ingested into data/articles/ appears without code changes.
 */
import type { DatasetResult, RawDataFiles, RawFile } from '../core/dataset';
import type { Place } from '../core/types';
import { toPlace } from '../core/gazetteer/create-gazetteer';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import { buildDataset } from '../core/build-dataset';
import placesUrl from '../../data/places.json?url';
import worldUrl from '../../geo/world-110m.geojson?url';
import countriesUrl from '../../geo/countries-region.geojson?url';
import borderUrl from '../../geo/border-ml-mr.geojson?url';
import borderZoneUrl from '../../geo/border-zone.geojson?url';
import capitalsUrl from '../../geo/capitals.geojson?url';

const articleFiles = import.meta.glob<string>('../../data/articles/*/{meta.json,text.txt,annotations.jsonld,incidents.geojson}', {
  query: '?url',
  import: 'default',
  eager: true,
});

export async function loadBundledDataset(): Promise<DatasetResult> {
  const fetchFile = async (path: string, url: string): Promise<RawFile> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${path}: the app could not read it (HTTP ${response.status}). Rebuild with npm start.`);
    return { path, content: await response.text() };
  };
  const byArticle = new Map<string, Record<string, string>>();
  for (const [modulePath, url] of Object.entries(articleFiles)) {
    const [, dir, name] = /data\/articles\/([^/]+)\/(.+)$/.exec(modulePath) ?? [];
    if (!dir || !name) continue;
    byArticle.set(dir, { ...byArticle.get(dir), [name]: url });
  }
  const articleEntries = [...byArticle.entries()].sort(([a], [b]) => a.localeCompare(b));
  const article = ([dir, urls]: [string, Record<string, string>]) => {
    const path = (name: string) => `data/articles/${dir}/${name}`;
    const get = (name: string) => {
      const url = urls[name];
      return url ? fetchFile(path(name), url) : Promise.resolve({ path: path(name), content: '' });
    };
    return Promise.all([get('meta.json'), get('text.txt'), get('annotations.jsonld'), urls['incidents.geojson'] ? get('incidents.geojson') : null]).then(
      ([meta, text, annotations, incidents]) => ({ meta, text, annotations, incidents }),
    );
  };
  // Every file is requested at once: the map waits for the slowest, not for the sum.
  const [places, world, countries, border, borderZone, capitals, articles] = await Promise.all([
    fetchFile('data/places.json', placesUrl),
    fetchFile('geo/world-110m.geojson', worldUrl),
    fetchFile('geo/countries-region.geojson', countriesUrl),
    fetchFile('geo/border-ml-mr.geojson', borderUrl),
    fetchFile('geo/border-zone.geojson', borderZoneUrl),
    fetchFile('geo/capitals.geojson', capitalsUrl),
    Promise.all(articleEntries.map(article)),
  ]);
  const files: RawDataFiles = { places, geo: { world, countries, border, borderZone, capitals }, articles };
  // Articles ingested later name towns and regions that data/places.json does not list: only
  // then is the gazetteer's data (a lazily loaded chunk) fetched to describe them.
  const resolvePlace = namesUnlistedPlaces(files) ? await gazetteerPlaceResolver() : undefined;
  // A build checked its geo layers when it was made (geo/scripts/check-geo-layers.ts); the dev
  // server serves them as they are now, so there they are checked at each load.
  return buildDataset(files, { resolvePlace, geoLayersChecked: import.meta.env.PROD });
}

function namesUnlistedPlaces(files: RawDataFiles): boolean {
  const listed = new Set((safeJson(files.places.content) as Array<{ id?: string }> | null)?.map((place) => place.id) ?? []);
  const named = files.articles.flatMap(({ annotations }) => [...annotations.content.matchAll(/urn:border-brief:place:([a-z0-9-]+)/g)].map((match) => match[1]!));
  return named.some((id) => id !== 'unlocated' && !listed.has(id));
}

async function gazetteerPlaceResolver(): Promise<(placeId: string) => Place | undefined> {
  const gazetteer = await loadGazetteer();
  return (placeId) => {
    const entry = gazetteer.get(placeId);
    return entry && toPlace(entry);
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // buildDataset reports the broken file with its line and column
  }
}
