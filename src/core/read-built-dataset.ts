/**
 * The bundled data as the built app reads them. `vite build` checked these very files, with
 * buildDataset, before it bundled them (src/cli/check-bundled-data.ts, run by a plugin in
 * vite.config.ts) and stops with the file, the field and the fix when one would be refused: here
 * they are only parsed and put together. Checking them again at every start cost the map ~100 ms
 * and brought the schema library into the first load. A file that cannot be read (empty, cut
 * short) is still refused with its line and column.
 */
import type { DatasetResult, RawDataFiles } from './dataset';
import { assembleDataset, datasetResult, type AssembleOptions } from './assemble-dataset';
import { parseDataFile } from './validation/parse-data-file';

export async function readBuiltDataset(files: RawDataFiles, options: AssembleOptions = {}): Promise<DatasetResult> {
  const assembled = await assembleDataset(files, (file) => parseDataFile(file.path, file.content), options);
  return datasetResult(assembled, assembled.problems);
}
