/**
 * The build's check of the geo layers (geo/*.geojson), run by vite.config.ts's checkGeoLayers
 * plugin, against the same schema the app would hold them to: a layer made by hand or cut short
 * fails `vite build` (and so `npm start`) with problems that name the file, the field and the
 * fix. The built app then only parses them (buildDataset's geoLayersChecked), since its files are
 * the ones this check read; the dev server, which serves the files as they are now, still checks
 * them at each load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataProblem } from '../../src/core/dataset';
import { formatProblem, validateDataFile } from '../../src/core/validation/validate-data-file';

/** The problems of every geo layer in `root`/geo, each named by its path from `root`. */
export function geoLayerProblems(root: string): DataProblem[] {
  const files = readdirSync(join(root, 'geo'))
    .filter((name) => name.endsWith('.geojson'))
    .sort();
  return files.flatMap((name) => {
    const path = `geo/${name}`;
    const result = validateDataFile(path, 'geo-layer', readFileSync(join(root, path), 'utf8'));
    return result.ok ? [] : result.problems;
  });
}

/** Why the build stops, or null when every geo layer is sound. */
export function geoLayerRefusal(root: string): string | null {
  const problems = geoLayerProblems(root);
  if (problems.length === 0) return null;
  return `the geo layers cannot be bundled as they are:\n${problems.map(formatProblem).join('\n')}\nRe-derive them with npm run geo, or restore them with git checkout geo/.`;
}
