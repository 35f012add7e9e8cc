/**
 * The build's check of the data it bundles: data/places.json, the geo layers and every article
 * in data/articles/, read from disk as the app's loader fetches them and held to everything the
 * app would hold them to (buildDataset: each file's schema, then the references between files,
 * the text each article was annotated in, coordinates in their country). Run by the
 * checkBundledData plugin in vite.config.ts: a file made by hand or cut short fails `vite build`
 * (and so `npm start`) with problems that name the file, the field and the fix. The built app
 * then only parses these files (readBuiltDataset), since they are the ones this check read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataProblem, RawDataFiles, RawFile } from '../core/dataset';
import { namesUnlistedPlaces } from '../core/assemble-dataset';
import { buildDataset } from '../core/build-dataset';
import { loadPlaceResolver } from '../core/gazetteer/load-gazetteer';
import { formatProblem } from '../core/validation/parse-data-file';

/** The files an article may have, as the loader finds them (src/state/load-dataset.ts). */
const ARTICLE_FILES = ['meta.json', 'text.txt', 'annotations.jsonld', 'incidents.geojson'] as const;

/**
 * The bundled data files under `root`, in the shape the browser's loader fetches them, each
 * named by its path from `root`. A missing file reads as empty, which is refused as "empty or
 * missing", as in the browser.
 */
export function readBundledDataFiles(root = '.'): RawDataFiles {
  const at = (path: string): RawFile => ({ path, content: existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '' });
  const articlesDir = join(root, 'data/articles');
  const articleDirs = (existsSync(articlesDir) ? readdirSync(articlesDir, { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory() && ARTICLE_FILES.some((name) => existsSync(join(articlesDir, entry.name, name))))
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
        incidents: existsSync(join(root, base, 'incidents.geojson')) ? at(`${base}/incidents.geojson`) : null,
      };
    }),
  };
}

/** Every problem the app would find in the data bundled from `root`; none when they can ship. */
export async function bundledDataProblems(root = '.'): Promise<DataProblem[]> {
  const files = readBundledDataFiles(root);
  // As the loader does: the gazetteer describes the places that articles ingested later name.
  const resolvePlace = namesUnlistedPlaces(files) ? await loadPlaceResolver() : undefined;
  const result = await buildDataset(files, { resolvePlace });
  return result.ok ? [] : result.problems;
}

/** Why the build stops, or null when every bundled file is sound. */
export async function bundledDataRefusal(root = '.'): Promise<string | null> {
  const problems = await bundledDataProblems(root);
  if (problems.length === 0) return null;
  return [
    'the data cannot be bundled as they are:',
    ...problems.map(formatProblem),
    'Mend the files named (re-derive the geo layers with npm run geo, re-ingest an article with npm run ingest), or restore them with git checkout data/ geo/.',
  ].join('\n');
}
