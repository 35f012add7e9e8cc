/**
 * Writes data/briefings/<article>.json: the first draft of a briefing, derived from the article's
 * places, incidents and annotations by the pure draftBriefing. Thin on purpose; the same bytes on
 * every run.
 *
 *   npx tsx data/scripts/derive-briefing.ts [article-id]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildDataset } from '../../src/core/build-dataset';
import type { RawDataFiles, RawFile } from '../../src/core/dataset';
import { draftBriefing } from '../../src/core/briefing/draft-briefing';
import { serializeBriefing } from '../../src/core/briefing/serialize-briefing';

export const SEED_ARTICLE_ID = 'kessiya-2024-05-mali-mauritanie';

/** The briefing file's text for `articleId`, read from the data under `root`. */
export async function deriveBriefingFile(articleId: string, root = '.'): Promise<string> {
  const result = await buildDataset(readFiles(root));
  if (!result.ok) throw new Error(`The data does not load:\n${result.problems.map((p) => `${p.file} ${p.field}: ${p.message} ${p.fix}`).join('\n')}`);
  const { dataset } = result;
  const article = dataset.articles.find((candidate) => candidate.meta.id === articleId);
  if (!article) throw new Error(`articleId: no folder data/articles/${articleId}.`);
  const base = `data/articles/${articleId}`;
  const briefing = {
    ...draftBriefing(article, dataset.places),
    provenance: {
      script: 'data/scripts/derive-briefing.ts',
      inputs: ['data/places.json', `${base}/meta.json`, `${base}/text.txt`, `${base}/annotations.jsonld`, `${base}/incidents.geojson`],
      command: `npx tsx data/scripts/derive-briefing.ts ${articleId}`,
    },
  };
  return serializeBriefing(briefing);
}

function readFiles(root: string): RawDataFiles {
  const at = (path: string): RawFile => ({ path, content: readFileSync(`${root}/${path}`, 'utf8') });
  const dirs = readdirSync(`${root}/data/articles`, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return {
    places: at('data/places.json'),
    geo: { world: at('geo/world-110m.geojson'), countries: at('geo/countries-region.geojson'), border: at('geo/border-ml-mr.geojson'), borderZone: at('geo/border-zone.geojson'), capitals: at('geo/capitals.geojson') },
    articles: dirs.map((dir) => {
      const base = `data/articles/${dir}`;
      return { meta: at(`${base}/meta.json`), text: at(`${base}/text.txt`), annotations: at(`${base}/annotations.jsonld`), incidents: existsSync(`${root}/${base}/incidents.geojson`) ? at(`${base}/incidents.geojson`) : null };
    }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const articleId = process.argv[2] ?? SEED_ARTICLE_ID;
  mkdirSync('data/briefings', { recursive: true });
  const path = `data/briefings/${articleId}.json`;
  writeFileSync(path, await deriveBriefingFile(articleId));
  console.log(`wrote ${path}`);
}
