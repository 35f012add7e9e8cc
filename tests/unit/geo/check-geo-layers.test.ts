/**
 * The build's check of the geo layers: the committed layers pass, and a broken one stops
 * `vite build` with problems that name the file, the field and the fix. The built app relies on
 * it (it only parses the layers), so the plugin itself is run here, as vite.config.ts makes it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { afterEach, describe, expect, test } from 'vitest';
import { geoLayerProblems, geoLayerRefusal } from '../../../geo/scripts/check-geo-layers';
import viteConfig from '../../../vite.config';

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

/** A project root holding a copy of the committed geo layers. */
function copyOfGeo(): string {
  const root = mkdtempSync(join(tmpdir(), 'geo-check-'));
  copies.push(root);
  cpSync('geo', join(root, 'geo'), { recursive: true, filter: (source) => !source.includes('scripts') });
  return root;
}

describe('the geo layers checked at build time', () => {
  test('the committed layers have no problem', () => {
    expect(geoLayerProblems('.')).toEqual([]);
    expect(geoLayerRefusal('.')).toBeNull();
  });

  test('a layer with a bad position is named with its field and fix, and so is a layer cut short', () => {
    const root = copyOfGeo();
    writeFileSync(join(root, 'geo/capitals.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [200, 10] }, properties: { place_id: 'x', name_fr: 'X', name_en: 'X' } }] }));
    writeFileSync(join(root, 'geo/border-zone.geojson'), '{"type":"FeatureCollection","features":[');
    const problems = geoLayerProblems(root);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual(['geo/border-zone.geojson line 1, column 41', 'geo/capitals.geojson features[0].geometry.coordinates[0]']);
    expect(problems[1]!.fix).toMatch(/\[lng, lat\]/);
  });

  test("vite.config.ts's plugin stops the build with every problem and says how to mend it", async () => {
    const plugin = (viteConfig.plugins as Plugin[]).find((each) => each?.name === 'border-brief-check-geo-layers')!;
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
    const root = copyOfGeo();
    writeFileSync(join(root, 'geo/world-110m.geojson'), '');
    await expect(run(root)).rejects.toThrow(/geo\/world-110m\.geojson: is empty or missing\.[\s\S]*npm run geo/);
  });
});
