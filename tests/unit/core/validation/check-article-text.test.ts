import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticleText } from '../../../../src/core/validation/check-article-text';
import type { ArticleMeta } from '../../../../src/core/types';

const root = new URL('../../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const meta = JSON.parse(read('data/articles/kessiya-2024-05-mali-mauritanie/meta.json')) as ArticleMeta;

describe('checkArticleText', () => {
  it('accepts the seed text against its meta', async () => {
    expect(await checkArticleText('text.txt', read('data/articles/kessiya-2024-05-mali-mauritanie/text.txt'), 'meta.json', meta)).toEqual([]);
  });

  it('says a changed text changed after it was annotated, and that its length differs', async () => {
    const problems = await checkArticleText('text.txt', read('tests/fixtures/broken/text-quote-changed.txt'), 'meta.json', meta);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['text.txt ', 'meta.json lengthUtf16']);
    expect(problems[0]!.message).toMatch(/changed after it was annotated/);
  });

  it('flags a text that is not NFC', async () => {
    const problems = await checkArticleText('text.txt', 'de\u0301le\u0301gation', 'meta.json', { ...meta, lengthUtf16: 12 });
    expect(problems.some((p) => /NFC/.test(p.message))).toBe(true);
  });
});
