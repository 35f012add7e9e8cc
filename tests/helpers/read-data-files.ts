/** Reads the project's data files from disk in the shape the browser loader fetches them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { RawDataFiles, RawFile } from '../../src/core/dataset';

const read = (path: string): RawFile => ({ path, content: readFileSync(path, 'utf8') });

export function readDataFiles(root = '.'): RawDataFiles {
  const at = (path: string) => ({ ...read(`${root}/${path}`), path });
  const articleDirs = readdirSync(`${root}/data/articles`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    places: at('data/places.json'),
    geo: {
      world: at('geo/world-110m.geojson'),
      countries: at('geo/countries-region.geojson'),
      border: at('geo/border-ml-mr.geojson'),
      borderZone: at('geo/border-zone.geojson'),
      capitals: at('geo/capitals.geojson'),
    },
    articles: articleDirs.map((dir) => {
      const base = `data/articles/${dir}`;
      return {
        meta: at(`${base}/meta.json`),
        text: at(`${base}/text.txt`),
        annotations: at(`${base}/annotations.jsonld`),
        incidents: existsSync(`${root}/${base}/incidents.geojson`) ? at(`${base}/incidents.geojson`) : null,
      };
    }),
  };
}
