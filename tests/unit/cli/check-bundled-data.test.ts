/**
 * The build's check of the data it bundles: the committed data pass, and a file the app would
 * refuse stops `vite build` with problems that name the file, the field and the fix. The built
 * app relies on it (it only parses these files), so the plugin itself is run here, as
 * vite.config.ts makes it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { afterEach, describe, expect, test } from 'vitest';
import { bundledDataProblems, bundledDataRefusal, readBundledDataFiles } from '../../../src/cli/check-bundled-data';
import viteConfig from '../../../vite.config';

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

/** A project root holding a copy of the committed data and geo layers. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'data-check-'));
  copies.push(root);
  cpSync('geo', join(root, 'geo'), { recursive: true, filter: (source) => !source.includes('scripts') });
  cpSync('data', join(root, 'data'), { recursive: true, filter: (source) => !source.includes('scripts') && !source.includes('gazetteer') && !source.includes('briefings') });
  return root;
}

const SEED = 'data/articles/kessiya-2024-05-mali-mauritanie';

describe('the bundled data checked at build time', () => {
  test('the committed data have no problem, and every article is read', async () => {
    expect(await bundledDataProblems('.')).toEqual([]);
    expect(await bundledDataRefusal('.')).toBeNull();
    expect(readBundledDataFiles('.').articles.map((article) => article.meta.path)).toContain(`${SEED}/meta.json`);
  });

  test('a bad position, a layer cut short and a place no file lists are each named with their field', async () => {
    const root = copyOfData();
    writeFileSync(join(root, 'geo/capitals.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [200, 10] }, properties: { place_id: 'x', name_fr: 'X', name_en: 'X' } }] }));
    writeFileSync(join(root, 'geo/border-zone.geojson'), '{"type":"FeatureCollection","features":[');
    const annotationsPath = join(root, SEED, 'annotations.jsonld');
    writeFileSync(annotationsPath, readFileSync(annotationsPath, 'utf8').replace('urn:border-brief:place:nouakchott', 'urn:border-brief:place:atlantis'));
    const problems = await bundledDataProblems(root);
    const named = problems.map(({ file, field }) => `${file} ${field}`);
    expect(named).toEqual(expect.arrayContaining(['geo/border-zone.geojson line 1, column 41', 'geo/capitals.geojson features[0].geometry.coordinates[0]']));
    expect(problems.find((problem) => problem.file === 'geo/capitals.geojson')!.fix).toMatch(/\[lng, lat\]/);
    expect(problems.some((problem) => problem.file === `${SEED}/annotations.jsonld` && /atlantis/.test(problem.message))).toBe(true);
  });

  test('a missing file is refused as empty or missing, not skipped', async () => {
    const root = copyOfData();
    rmSync(join(root, 'data/places.json'));
    expect(await bundledDataProblems(root)).toEqual([expect.objectContaining({ file: 'data/places.json', message: 'is empty or missing.' })]);
  });

  test("vite.config.ts's plugin stops the build with every problem and says how to mend it", async () => {
    const plugin = (viteConfig.plugins as Plugin[]).find((each) => each?.name === 'border-brief-check-bundled-data')!;
    expect(plugin.apply).toBe('build');
    const run = async (root: string) => {
      (plugin.configResolved as (config: Pick<ResolvedConfig, 'root'>) => void)({ root });
      await (plugin.buildStart as (this: { error: (message: string) => never }) => Promise<void>).call({
        error: (message: string) => {
          throw new Error(message);
        },
      });
    };
    await expect(run('.')).resolves.toBeUndefined();
    const root = copyOfData();
    writeFileSync(join(root, 'geo/world-110m.geojson'), '');
    await expect(run(root)).rejects.toThrow(/geo\/world-110m\.geojson: is empty or missing\.[\s\S]*npm run geo/);
  });
});
