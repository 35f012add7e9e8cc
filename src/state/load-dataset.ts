/**
 * Fetches the bundled data files from the app's own origin and hands them to the pure
 * buildDataset, which checks every file. Articles are found by file name at build time, so an
 * article ingested into data/articles/ appears without code changes.
 */
import type { DatasetResult, RawDataFiles, RawFile } from '../core/dataset';
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
  const files: RawDataFiles = {
    places: await fetchFile('data/places.json', placesUrl),
    geo: {
      world: await fetchFile('geo/world-110m.geojson', worldUrl),
      countries: await fetchFile('geo/countries-region.geojson', countriesUrl),
      border: await fetchFile('geo/border-ml-mr.geojson', borderUrl),
      borderZone: await fetchFile('geo/border-zone.geojson', borderZoneUrl),
      capitals: await fetchFile('geo/capitals.geojson', capitalsUrl),
    },
    articles: await Promise.all(
      articleEntries.map(async ([dir, urls]) => {
        const path = (name: string) => `data/articles/${dir}/${name}`;
        const get = (name: string) => {
          const url = urls[name];
          return url ? fetchFile(path(name), url) : Promise.resolve({ path: path(name), content: '' });
        };
        return {
          meta: await get('meta.json'),
          text: await get('text.txt'),
          annotations: await get('annotations.jsonld'),
          incidents: urls['incidents.geojson'] ? await get('incidents.geojson') : null,
        };
      }),
    ),
  };
  // The gazetteer places the articles name beyond data/places.json (ingested articles' towns).
  const { bundledGazetteer } = await import('../core/gazetteer/bundled-gazetteer');
  const { toPlace } = await import('../core/gazetteer/create-gazetteer');
  const gazetteer = bundledGazetteer();
  return buildDataset(files, {
    resolvePlace: (placeId) => {
      const entry = gazetteer.get(placeId);
      return entry && toPlace(entry);
    },
  });
}
