/** The project's real data, loaded once for the briefing tests. */
import { buildDataset } from '../../../../src/core/build-dataset';
import type { Dataset } from '../../../../src/core/dataset';
import { readBundledDataFiles } from '../../../../src/cli/check-bundled-data';

export const SEED_ARTICLE_ID = 'kessiya-2024-05-mali-mauritanie';
export const annotationId = (n: number) => `urn:border-brief:annotation:${SEED_ARTICLE_ID}:${n}`;

let cached: Promise<Dataset> | null = null;

export function seedDataset(): Promise<Dataset> {
  cached ??= buildDataset(readBundledDataFiles()).then((result) => {
    if (!result.ok) throw new Error(`seed data does not load: ${JSON.stringify(result.problems)}`);
    return result.dataset;
  });
  return cached;
}

/** Freezes a value and everything in it, so a function that mutates its input fails loudly. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
