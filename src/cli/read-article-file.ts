/**
 * Reads an article file for the CLI; the checks and the decoding are the core's
 * (src/core/ingest/decode-article-bytes.ts), shared with the browser's file picker.
 */
import { readFileSync, statSync } from 'node:fs';
import { ArticleInputError, MAX_ARTICLE_BYTES, decodeArticleBytes, type ArticleFile } from '../core/ingest/decode-article-bytes';

export { ArticleInputError, MAX_ARTICLE_BYTES, decodeArticleBytes };
export type { ArticleFile };

/** Reads and checks `path`; throws ArticleInputError with a message naming the file and the fix. */
export function readArticleFile(path: string): ArticleFile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ArticleInputError(`${path}: cannot read the file (does it exist?).`);
  }
  if (size > MAX_ARTICLE_BYTES) throw new ArticleInputError(`${path}: ${size} bytes is over the limit of ${MAX_ARTICLE_BYTES} bytes (1 MiB) for one article; split it.`);
  return decodeArticleBytes(readFileSync(path), path);
}
