import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RawDataFiles } from '../../../src/core/dataset';
import { buildDataset } from '../../../src/core/build-dataset';
import { sha256Hex } from '../../../src/core/article/sha256-hex';
import { serializeAnnotations } from '../../../src/core/annotations/serialize-annotations';
import { bundledGazetteer } from '../../../src/core/gazetteer/bundled-gazetteer';
import { toPlace } from '../../../src/core/gazetteer/to-place';
import { createGeoparser } from '../../../src/core/geoparse/create-geoparser';
import { geoparseAnnotations } from '../../../src/core/geoparse/geoparse-annotations';
import { articlePlaceFeatures } from '../../../src/core/views/article-place-features';
import { mentionsOfPlace } from '../../../src/core/views/place-mentions';
import { readBundledDataFiles } from '../../../src/cli/check-bundled-data';

const gazetteer = bundledGazetteer();
const resolvePlace = (id: string) => {
  const entry = gazetteer.get(id);
  return entry && toPlace(entry);
};

/** A second article, as `npm run ingest` would write it: the geoparser's proposed annotations. */
async function ingestedArticle(path: string, id: string): Promise<RawDataFiles['articles'][number]> {
  const text = readFileSync(path, 'utf8');
  const sha256 = await sha256Hex(text);
  const geoparser = createGeoparser(gazetteer);
  const annotations = geoparseAnnotations(geoparser.parse(text).mentions, { articleId: id, text, sha256, created: '2026-11-29T00:00:00Z', creator: geoparser.agent });
  const meta = { id, title: 'Bassikounou', titleIsReconstructed: false, outlet: 'Cridem', published: '2024-06', publishedPrecision: 'month', language: 'fr', url: null, sha256, lengthUtf16: text.length };
  const base = `data/articles/${id}`;
  return {
    meta: { path: `${base}/meta.json`, content: JSON.stringify(meta) },
    text: { path: `${base}/text.txt`, content: text },
    annotations: { path: `${base}/annotations.jsonld`, content: serializeAnnotations(annotations) },
    incidents: null,
  };
}

let files: RawDataFiles;
beforeAll(() => {
  files = readBundledDataFiles();
});

describe('buildDataset with a second, ingested article', () => {
  test('without a gazetteer, the towns it names are reported as unknown places', async () => {
    const second = await ingestedArticle('tests/fixtures/devset/01-cridem-bassikounou.fr.txt', 'cridem-bassikounou');
    const result = await buildDataset({ ...files, articles: [...files.articles, second] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => /does not have/.test(p.message))).toBe(true);
  });

  test('with the gazetteer, its places join the dataset and appear on the map as points', async () => {
    const second = await ingestedArticle('tests/fixtures/devset/01-cridem-bassikounou.fr.txt', 'cridem-bassikounou');
    const result = await buildDataset({ ...files, articles: [...files.articles, second] }, { resolvePlace });
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
    const { dataset } = result;
    expect(dataset.places.some((place) => place.id === 'bassikounou')).toBe(true);
    const points = articlePlaceFeatures(dataset, dataset.articles);
    expect(points.features.map((f) => f.properties.place_id)).toContain('bassikounou');
    // Capitals and countries are drawn by their own layers, never twice.
    expect(points.features.map((f) => f.properties.place_id)).not.toContain('nouakchott');
    expect(points.features.map((f) => f.properties.place_id)).not.toContain('mali');
  });

  test("a place's mentions span every shown article", async () => {
    const second = await ingestedArticle('tests/fixtures/devset/01-cridem-bassikounou.fr.txt', 'cridem-bassikounou');
    const result = await buildDataset({ ...files, articles: [...files.articles, second] }, { resolvePlace });
    if (!result.ok) throw new Error('fixture');
    const articleIds = new Set(mentionsOfPlace(result.dataset.articles, 'mauritania').map((m) => m.articleId));
    expect(articleIds).toEqual(new Set(['kessiya-2024-05-mali-mauritanie', 'cridem-bassikounou']));
  });
});
