/**
 * The built app's reading of its bundled data: the same Dataset buildDataset makes of the same
 * files, without holding them to their schemas again (the build did, src/cli/check-bundled-data.ts),
 * while a file that cannot be read at all is still refused with its line and column.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { RawDataFiles } from '../../../src/core/dataset';
import { buildDataset } from '../../../src/core/build-dataset';
import { readBuiltDataset } from '../../../src/core/read-built-dataset';
import { readBundledDataFiles } from '../../../src/cli/check-bundled-data';

let files: RawDataFiles;
beforeAll(() => {
  files = readBundledDataFiles();
});

describe('readBuiltDataset', () => {
  test('gives the Dataset buildDataset gives of the same files, articles, mentions and layers alike', async () => {
    const built = await readBuiltDataset(files);
    const checked = await buildDataset(files);
    if (!built.ok || !checked.ok) throw new Error('the committed data should load');
    expect(built.dataset).toEqual(checked.dataset);
    expect(built.dataset.articles[0]!.mentions.length).toBeGreaterThan(0);
  });

  test('does not hold the files to their schemas again: a position out of range reads as written', async () => {
    const border = JSON.parse(files.geo.border.content) as { features: Array<{ geometry: { coordinates: number[][] } }> };
    border.features[0]!.geometry.coordinates[0]![1] = 95;
    const edited = { ...files, geo: { ...files.geo, border: { ...files.geo.border, content: JSON.stringify(border) } } };
    expect((await buildDataset(edited)).ok).toBe(false);
    const built = await readBuiltDataset(edited);
    expect(built.ok).toBe(true);
  });

  test('refuses a file cut short or empty, with its line and column, and says which', async () => {
    const cut = { ...files, geo: { ...files.geo, world: { ...files.geo.world, content: files.geo.world.content.slice(0, 500) }, capitals: { ...files.geo.capitals, content: '' } } };
    const result = await readBuiltDataset(cut);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.file)).toEqual(['geo/world-110m.geojson', 'geo/capitals.geojson']);
      expect(result.problems[0]!.field).toMatch(/^line \d+, column \d+$/);
      expect(result.problems[1]!.message).toMatch(/empty or missing/);
    }
  });

  test('leaves out an article whose annotations cannot be read, and names the file', async () => {
    const article = files.articles[0]!;
    const broken = { ...files, articles: [{ ...article, annotations: { ...article.annotations, content: '[{"id": ' } }] };
    const result = await readBuiltDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ file: article.annotations.path })]);
  });
});
