/**
 * Fetches the bundled data files from the app's own origin and puts them together into the
 * dashboard's Dataset. The built app only parses them (readBuiltDataset): `vite build` checked
 * these files before bundling them. The dev server serves them as they are now, so there every
 * file is checked at each load (buildDataset, loaded only then, with its schemas). Articles are
 * found by file name at build time, so an article ingested into data/articles/ appears without
 * code changes.
 */
import type { DatasetResult, RawDataFiles, RawFile } from '../core/dataset';
import { loadPlaceResolver } from '../core/gazetteer/load-gazetteer';
import { namesUnlistedPlaces } from '../core/assemble-dataset';
import { readBuiltDataset } from '../core/read-built-dataset';
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
  const resolvePlace = namesUnlistedPlaces(files) ? await loadPlaceResolver() : undefined;
  if (import.meta.env.PROD) return readBuiltDataset(files, { resolvePlace });
  const { buildDataset } = await import('../core/build-dataset');
  return buildDataset(files, { resolvePlace });
}
