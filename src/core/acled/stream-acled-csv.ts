/**
 * Parses an ACLED CSV in chunks, so a 100,000-row file reports its progress and can be cancelled
 * part way. After each chunk the parser pauses and resumes on a new task, which lets a cancel
 * message (or a repaint) through between chunks.
 *
 * A File/Blob is first decoded whole (UTF-8, `Blob.text()`), then streamed as a string: Papa
 * Parse's own file reader decodes each byte slice on its own, which can cut an accented letter in
 * two at a slice boundary. A 100,000-row export is about 40 MB, which a worker holds easily.
 */
import Papa from 'papaparse';
import { createAcledRowReader, firstLine, lineEndOf, type AcledParseResult } from './parse-acled-csv';

export interface AcledStreamProgress {
  /** Share of the input read, 0–1. */
  fraction: number;
  /** Data rows read so far (loaded or not). */
  rows: number;
}

export interface AcledStreamOptions {
  onProgress?: (progress: AcledStreamProgress) => void;
  /** Aborting stops the parse after the current chunk; the promise then resolves `{ ok: false, cancelled: true }`. */
  signal?: AbortSignal;
  /** Characters (string) or bytes (Blob) per chunk. Default 1 MiB. */
  chunkSize?: number;
}

export type AcledStreamResult = AcledParseResult | { ok: false; cancelled: true };

/**
 * @example
 * const controller = new AbortController();
 * const result = await streamAcledCsv(file, { onProgress: (p) => bar(p.fraction), signal: controller.signal });
 */
export async function streamAcledCsv(input: string | Blob, options: AcledStreamOptions = {}): Promise<AcledStreamResult> {
  const { onProgress = () => {}, signal, chunkSize = 1 << 20 } = options;
  const text = typeof input === 'string' ? input : await input.text();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM would join the first column's name
  const reader = createAcledRowReader();
  const refused = reader.start(firstLine(body), lineEndOf(body));
  if (refused) return refused;
  if (signal?.aborted) return { ok: false, cancelled: true };

  const total = body.length;
  let rows = 0;
  return new Promise<AcledStreamResult>((resolve) => {
    let settled = false;
    const settle = (result: AcledStreamResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const config: Papa.ParseLocalConfig<string[], Papa.LocalFile> = {
      header: false,
      skipEmptyLines: false,
      delimiter: reader.delimiter,
      newline: reader.newline,
      chunkSize,
      chunk(results, parser) {
        reader.rows(results.data, results.errors);
        rows += results.data.length;
        // meta.cursor: characters of the text parsed so far.
        onProgress({ fraction: total > 0 ? Math.min(1, results.meta.cursor / total) : 1, rows: Math.max(0, rows - 1) });
        if (signal?.aborted) {
          parser.abort();
          settle({ ok: false, cancelled: true });
          return;
        }
        parser.pause();
        setTimeout(() => {
          if (signal?.aborted) {
            parser.abort();
            settle({ ok: false, cancelled: true });
          } else parser.resume();
        }, 0);
      },
      complete: () => {
        if (signal?.aborted) return settle({ ok: false, cancelled: true });
        onProgress({ fraction: 1, rows: Math.max(0, rows - 1) });
        settle(reader.finish());
      },
      error: (error: Error) => {
        settle({ ok: false, problem: { message: `The file could not be read: ${error.message}`, fix: 'Check that the file is still there and readable, then open it again.', missingColumns: [] } });
      },
    };
    // @types/papaparse types chunked parsing for files only; Papa Parse chunks a string alike.
    Papa.parse<string[]>(body as unknown as Papa.LocalFile, config);
  });
}
