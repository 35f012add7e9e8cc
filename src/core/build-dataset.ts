/**
 * Turns the raw data files into the dashboard's Dataset, or into a list of problems that name
 * the file, the field and the fix: every file is checked against its schema, then the whole
 * (references between files, the text each article was annotated in, coordinates in their
 * country). Pure: the dev server's loader, the build's check (src/cli/check-bundled-data.ts), the
 * tests and the CLI feed it file contents. Annotations are anchored in the current text here, so
 * a text that changed since they were made shows its orphans instead of marking the wrong words.
 */
import type { DatasetResult, RawDataFiles } from './dataset';
import { assembleDataset, datasetResult, type AssembleOptions } from './assemble-dataset';
import { validateDataFile } from './validation/validate-data-file';
import { checkArticleText } from './validation/check-article-text';
import { checkReferences } from './validation/check-references';
import { checkPlacesInTheirCountry, checkPointsInTheirCountry } from './validation/check-swapped-coordinates';

export type BuildDatasetOptions = AssembleOptions;

export async function buildDataset(files: RawDataFiles, options: BuildDatasetOptions = {}): Promise<DatasetResult> {
  const assembled = await assembleDataset(files, (file, kind) => validateDataFile(file.path, kind, file.content), options);
  const { places, geo, articles } = assembled;
  const problems = [...assembled.problems];
  for (const { article, files: entry, textSha256 } of articles) {
    // A text corrected after it was annotated is not an error: its annotations are re-anchored by
    // quote where they still can be and listed as orphans where not, and the panel says so. The
    // text's other checks (empty, BOM, NFC, length) hold for the text that was annotated.
    if (textSha256 === article.meta.sha256 || article.text.length === 0) problems.push(...(await checkArticleText(entry.text.path, article.text, entry.meta.path, article.meta)));
  }
  if (places) {
    problems.push(...checkReferences({ places, articles: articles.map(({ article, files: entry, incidents }) => ({ annotationsPath: entry.annotations.path, annotations: article.annotations, incidentsPath: entry.incidents?.path, incidents })) }));
    if (geo.countries) {
      problems.push(...checkPlacesInTheirCountry(files.places.path, places, geo.countries.features));
      if (geo.capitals) problems.push(...checkPointsInTheirCountry(files.geo.capitals.path, geo.capitals.features, geo.countries.features));
    }
  }
  return datasetResult(assembled, problems);
}
