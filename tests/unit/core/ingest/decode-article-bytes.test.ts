import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleInputError, MAX_ARTICLE_BYTES, cleanMetadataText, decodeArticleBytes } from '../../../../src/core/ingest/decode-article-bytes';
import { ARTICLE, encodingFixtures } from '../../../fixtures/encodings/make-encodings';

const dir = 'tests/fixtures/encodings/';
const bytesOf = (name: string) => new Uint8Array(readFileSync(dir + name));
const decode = (name: string, language?: 'fr' | 'en') => decodeArticleBytes(bytesOf(name), name, language);
const refusal = (name: string, language?: 'fr' | 'en') => {
  try {
    decode(name, language);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleInputError);
    return (error as Error).message;
  }
  throw new Error(`${name} was not refused`);
};

describe('decodeArticleBytes: the encodings a newsroom produces', () => {
  it('reads the committed fixtures as make-encodings.ts writes them', () => {
    for (const [name, bytes] of Object.entries(encodingFixtures())) expect(bytesOf(name), name).toEqual(new Uint8Array(bytes));
  });

  it('reads UTF-8 without a word', () => {
    expect(decode('utf8.txt')).toEqual({ text: ARTICLE, warnings: [], encoding: 'utf-8' });
  });

  it.each([
    ['utf8-bom.txt', 'utf-8', 'utf8-bom.txt: removed the UTF-8 byte-order mark (BOM) at the start.'],
    ['utf16le-bom.txt', 'utf-16le', 'utf16le-bom.txt: encoded as UTF-16LE (with a BOM); converted to UTF-8.'],
    ['utf16be-bom.txt', 'utf-16be', 'utf16be-bom.txt: encoded as UTF-16BE (with a BOM); converted to UTF-8.'],
    ['utf16le-no-bom.txt', 'utf-16le', 'utf16le-no-bom.txt: encoded as UTF-16LE without a BOM (told by its NUL bytes, one in two); converted to UTF-8.'],
    ['utf16be-no-bom.txt', 'utf-16be', 'utf16be-no-bom.txt: encoded as UTF-16BE without a BOM (told by its NUL bytes, one in two); converted to UTF-8.'],
  ])('reads %s as %s, saying so', (name, encoding, warning) => {
    expect(decode(name)).toEqual({ text: ARTICLE, warnings: [warning], encoding });
  });

  it('reads Windows-1252 only because the bytes are not UTF-8, saying which byte, where, and why 1252', () => {
    const result = decode('windows-1252.txt');
    expect(result.text).toBe(ARTICLE);
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings).toEqual(['windows-1252.txt: not UTF-8 (byte 0xE9 at byte 4 is not UTF-8); read as Windows-1252 (it has bytes 0x80–0x9F, Windows-1252’s curly quotes and dashes) and converted to UTF-8. Check the accents.']);
    expect(decode('windows-1252.txt', 'fr').warnings[0]).toMatch(/^windows-1252\.txt : pas en UTF-8 \(l’octet 0xE9 à l’octet 4 n’est pas de l’UTF-8\) ; lu comme Windows-1252/);
  });

  it('reads Latin-1 when no byte 0x80–0x9F says Windows-1252', () => {
    const result = decode('latin1.txt');
    expect(result).toMatchObject({ text: ARTICLE.replace('’', "'"), encoding: 'iso-8859-1' });
    expect(result.warnings).toEqual([expect.stringMatching(/^latin1\.txt: not UTF-8 \(byte 0xE9 at byte 4 is not UTF-8\); read as Latin-1 \(ISO-8859-1\) \(no bytes 0x80–0x9F/)]);
  });

  it('reads UTF-8 with a stray Windows-1252 byte as UTF-8, not « dÃ©lÃ©gation », naming the byte', () => {
    const result = decode('utf8-stray-cp1252.txt');
    expect(result.text).toBe(ARTICLE);
    expect(result.text).not.toContain('Ã');
    const offset = new TextEncoder().encode(ARTICLE.slice(0, ARTICLE.indexOf('’'))).length;
    expect(result.warnings).toEqual([`utf8-stray-cp1252.txt: UTF-8 with 1 byte that is not (the first, 0x92, at byte ${offset}); that byte was read as Windows-1252, the rest as UTF-8. Check the characters there.`]);
  });
});

describe('decodeArticleBytes: line ends, NFC, control characters', () => {
  it.each([
    ['crlf.txt', 'crlf.txt: 2 line ends converted to LF (2 CRLF (Windows)).'],
    ['cr-only.txt', 'cr-only.txt: 2 line ends converted to LF (2 bare CR (old Mac)).'],
    ['unicode-separators.txt', 'unicode-separators.txt: 2 line ends converted to LF (2 Unicode separators U+2028/U+2029).'],
  ])('makes the line ends of %s LF, with how many', (name, warning) => {
    expect(decode(name)).toEqual({ text: ARTICLE, warnings: [warning], encoding: 'utf-8' });
  });

  it('gives a CR-only file its paragraphs back', () => {
    expect(decode('cr-only.txt').text.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('composes decomposed accents (NFD) to NFC, saying how many', () => {
    expect(decode('nfd.txt')).toEqual({ text: ARTICLE, warnings: ['nfd.txt: decomposed accents (NFD) composed to NFC (4 combining marks merged into their letters).'], encoding: 'utf-8' });
  });

  it('removes escape and bell characters, with how many and the first offset', () => {
    const result = decode('control-characters.txt');
    expect(result.text).toBe(`[1mLa délégation[0m malienne à Nouakchott.\n${ARTICLE.split('\n')[1]}\n`);
    expect(result.warnings).toEqual(['control-characters.txt: removed 3 control characters (escape, bell…), the first (U+001B) at character 0.']);
    expect(decode('control-characters.txt', 'fr').warnings).toEqual(['control-characters.txt : 3 caractères de contrôle retirés (échappement, sonnerie…), le premier (U+001B) au caractère 0.']);
  });

  it('cleans a title the same way, on one line', () => {
    expect(cleanMetadataText('Mali\u0007 : la\r\nvisite\u001b', 'title')).toEqual({ value: 'Mali : la visite', warnings: ['title: removed 2 control characters (escape, bell…), the first (U+0007) at character 4.'] });
    expect(cleanMetadataText('Nouakchott', 'title')).toEqual({ value: 'Nouakchott', warnings: [] });
  });
});

describe('decodeArticleBytes: what is not an article', () => {
  it.each([
    ['pdf.pdf', 'pdf.pdf: this is a PDF file, not plain text: copy its text into a .txt file.'],
    ['docx.docx', 'docx.docx: this is a Word document (.docx), not plain text: copy its text into a .txt file.'],
    ['zip.zip', 'zip.zip: this is a ZIP archive (or an Office document), not plain text: copy its text into a .txt file.'],
    ['png.png', 'png.png: this is a PNG image, not plain text: copy its text into a .txt file.'],
  ])('refuses %s, saying what it looks like', (name, message) => {
    expect(refusal(name)).toBe(message);
  });

  it('refuses NUL bytes outside a UTF-16 pattern, and a high share of control bytes', () => {
    expect(refusal('binary-nul.bin')).toBe('binary-nul.bin: this looks like a binary file (a NUL byte at byte 3, not in a UTF-16 pattern), not text; save the article as plain text (.txt).');
    expect(refusal('binary-controls.bin')).toMatch(/^binary-controls\.bin: this looks like a binary file \(34 % control bytes\)/);
    expect(refusal('pdf.pdf', 'fr')).toBe('pdf.pdf : c’est un fichier PDF, pas du texte brut : copiez son texte dans un fichier .txt.');
  });

  it('refuses an empty file, white space only, and a file over the limit', () => {
    expect(() => decodeArticleBytes(new Uint8Array(), 'a.txt')).toThrow('a.txt: the file is empty.');
    expect(() => decodeArticleBytes(new TextEncoder().encode(' \r\n\t'), 'a.txt')).toThrow('a.txt: the file has only white space.');
    expect(() => decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41), 'a.txt')).toThrow(/over the limit/);
  });
});
