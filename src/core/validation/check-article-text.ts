/**
 * Holds an article's text to its metadata: the sha256 and length recorded when it was
 * annotated. A text that changed since is caught here, before its annotations are trusted.
 */
import type { DataProblem } from '../dataset';
import type { ArticleMeta } from '../types';
import { sha256Hex } from '../article/sha256-hex';

/** Problems of `text` (read from `textPath`) against `meta` (read from `metaPath`); empty when it is the text that was annotated. */
export async function checkArticleText(textPath: string, text: string, metaPath: string, meta: ArticleMeta): Promise<DataProblem[]> {
  const problems: DataProblem[] = [];
  if (text.length === 0) return [{ file: textPath, field: '', message: 'is empty or missing.', fix: `Restore the article text (git checkout ${textPath}).` }];
  if (text.charCodeAt(0) === 0xfeff) problems.push({ file: textPath, field: '', message: 'starts with a byte-order mark.', fix: 'Save the file as UTF-8 without BOM.' });
  if (text.normalize('NFC') !== text) problems.push({ file: textPath, field: '', message: 'is not in Unicode NFC: offsets would not match a normalised copy.', fix: 'Normalise the text to NFC and re-derive its metadata and annotations.' });
  const sha256 = await sha256Hex(text);
  if (sha256 !== meta.sha256) {
    problems.push({
      file: textPath,
      field: '',
      message: `has sha256 ${sha256}, but ${metaPath} records ${meta.sha256}: the text changed after it was annotated.`,
      fix: 'Restore the original text, or re-ingest the article so its metadata and annotations are made from the new text.',
    });
  }
  if (text.length !== meta.lengthUtf16) {
    problems.push({ file: metaPath, field: 'lengthUtf16', message: `is ${meta.lengthUtf16}, but the text has ${text.length} UTF-16 code units.`, fix: 'Set lengthUtf16 to the JavaScript string length of text.txt.' });
  }
  return problems;
}
