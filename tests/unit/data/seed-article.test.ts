import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/article/sha256-hex';
import type { ArticleMeta } from '../../../src/core/types';

const root = new URL('../../../', import.meta.url);
const articleDir = new URL('data/articles/kessiya-2024-05-mali-mauritanie/', root);
const text = readFileSync(new URL('text.txt', articleDir), 'utf8');
const meta = JSON.parse(readFileSync(new URL('meta.json', articleDir), 'utf8')) as ArticleMeta;

describe('the seed article', () => {
  it('is the text of the seed fixture, byte for byte', () => {
    expect(readFileSync(new URL('text.txt', articleDir))).toEqual(readFileSync(new URL('tests/fixtures/seed/article.fr.txt', root)));
  });

  it('has the sha256 and UTF-16 length recorded in meta.json', async () => {
    expect(await sha256Hex(text)).toBe(meta.sha256);
    expect(text.length).toBe(meta.lengthUtf16);
  });

  it('is NFC with six paragraphs and no trailing newline', () => {
    expect(text.normalize('NFC')).toBe(text);
    expect(text.split('\n')).toHaveLength(6);
  });

  it('shows its title as reconstructed, published in May 2024 with month precision', () => {
    expect(meta).toMatchObject({ titleIsReconstructed: true, published: '2024-05', publishedPrecision: 'month', language: 'fr', outlet: 'Kessiya' });
  });
});
