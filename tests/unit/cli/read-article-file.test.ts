import { describe, expect, it } from 'vitest';
import { ArticleInputError, readArticleFile } from '../../../src/cli/read-article-file';
import { ARTICLE } from '../../fixtures/encodings/make-encodings';
import { runCli } from './cli-helpers';

const fixture = (name: string) => `tests/fixtures/encodings/${name}`;

describe('readArticleFile (the CLI door)', () => {
  it.each([
    ['utf16le-bom.txt', /UTF-16LE \(with a BOM\)/],
    ['utf16be-no-bom.txt', /UTF-16BE without a BOM/],
    ['windows-1252.txt', /read as Windows-1252/],
    ['cr-only.txt', /2 line ends converted to LF/],
    ['control-characters.txt', /removed 3 control characters/],
  ])('reads %s with a warning naming the file and what changed', (name, warning) => {
    const { text, warnings } = readArticleFile(fixture(name));
    expect(text).toContain('Nouakchott.\n');
    expect(warnings).toEqual([expect.stringMatching(warning)]);
    expect(warnings[0]!.startsWith(fixture(name))).toBe(true);
  });

  it('refuses a PDF, saying what it is', () => {
    expect(() => readArticleFile(fixture('pdf.pdf'))).toThrow(ArticleInputError);
    expect(() => readArticleFile(fixture('pdf.pdf'))).toThrow(`${fixture('pdf.pdf')}: this is a PDF file, not plain text: copy its text into a .txt file.`);
  });

  it('refuses a file that does not exist', () => {
    expect(() => readArticleFile(fixture('missing.txt'))).toThrow(/cannot read the file/);
  });
});

describe('npm run geoparse -- FILE, in another encoding', () => {
  it('geoparses a UTF-16 file with a BOM, warning on stderr', () => {
    const { status, stdout, stderr } = runCli('geoparse', [fixture('utf16le-bom.txt'), '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe(`warning: ${fixture('utf16le-bom.txt')}: encoded as UTF-16LE (with a BOM); converted to UTF-8.\n`);
    const records = JSON.parse(stdout) as Array<{ surface: string; start: number }>;
    expect(records.map((r) => r.surface)).toContain('Nouakchott');
    expect(records.find((r) => r.surface === 'Nouakchott')?.start).toBe(ARTICLE.indexOf('Nouakchott'));
  });

  it('refuses a PDF with exit status 2 and what to do', () => {
    const { status, stderr } = runCli('geoparse', [fixture('pdf.pdf')]);
    expect(status).toBe(2);
    expect(stderr).toBe(`geoparse: ${fixture('pdf.pdf')}: this is a PDF file, not plain text: copy its text into a .txt file.\n`);
  });
});
