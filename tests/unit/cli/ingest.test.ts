import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleMetaSchema, placeAnnotationSchema } from '../../../src/core/validation/data-schemas';
import { removeTempDirs, runCli, tempDir } from './cli-helpers';

afterAll(removeTempDirs);

const seed = 'tests/fixtures/seed/article.fr.txt';
const ingestSeed = (dataDir: string) => runCli('ingest', [seed, '--title', 'Le Mali et la Mauritanie', '--outlet', 'Kessiya', '--date', '2024-05', '--data-dir', dataDir]);
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((path) => [path, statSync(join(dir, path)).isFile() ? readFileSync(join(dir, path), 'utf8') : 'dir']);

describe('npm run ingest', () => {
  it('adds text, valid metadata and the geoparser’s proposed annotations', () => {
    const dataDir = tempDir();
    expect(ingestSeed(dataDir).status).toBe(0);
    const folder = join(dataDir, 'articles', 'kessiya-2024-05-article-fr');
    expect(readFileSync(join(folder, 'text.txt'), 'utf8')).toBe(readFileSync(seed, 'utf8'));
    const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'));
    expect(articleMetaSchema.safeParse(meta).success).toBe(true);
    expect(meta).toMatchObject({ title: 'Le Mali et la Mauritanie', titleIsReconstructed: false, language: 'fr', sha256: 'fa10fda22824e99c62a8539a8ad9cef507e644b0c499784d3d96913937cc0e26' });
    const annotations = JSON.parse(readFileSync(join(folder, 'annotations.jsonld'), 'utf8')) as unknown[];
    expect(annotations).toHaveLength(22);
    expect(annotations.every((a) => placeAnnotationSchema.safeParse(a).success)).toBe(true);
  });

  it('changes nothing when run twice', () => {
    const dataDir = tempDir();
    ingestSeed(dataDir);
    const before = snapshot(dataDir);
    const second = ingestSeed(dataDir);
    expect(second.stdout).toContain('0 added, 1 unchanged, 0 failed');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('ingests a folder with a progress bar, one article per .txt', () => {
    const dataDir = tempDir();
    const source = tempDir();
    writeFileSync(join(source, 'a.txt'), 'Des réfugiés maliens arrivent à Bassikounou.');
    writeFileSync(join(source, 'b.txt'), 'Refugees reached Mbera camp in Mauritania.');
    const { status, stderr } = runCli('ingest', [source, '--date', '2024-06-01', '--data-dir', dataDir]);
    expect(status).toBe(0);
    expect(stderr).toContain('2/2');
    expect(readdirSync(join(dataDir, 'articles')).sort()).toEqual(['2024-06-01-a', '2024-06-01-b']);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a binary file (a PNG image, named as such)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), /this is a PNG image, not plain text/],
    ['a binary file of no known kind', Buffer.from([0x41, 0x00, 0x13, 0x00, 0x00, 0x00, 0x1a, 0x0a, 0x01]), /looks like a binary file/],
    ['a file over 1 MiB', Buffer.alloc(1024 * 1024 + 1, 0x61), /over the limit of 1048576 bytes/],
  ])('refuses %s with a clear error and writes nothing', (_label, bytes, message) => {
    const dataDir = tempDir();
    const source = join(tempDir(), 'bad.txt');
    writeFileSync(source, bytes);
    const { status, stderr } = runCli('ingest', [source, '--date', '2024', '--data-dir', dataDir]);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(join(dataDir, 'articles')) ? readdirSync(join(dataDir, 'articles')) : []).toEqual([]);
  });

  it('converts Windows-1252 text to UTF-8 with a warning', () => {
    const dataDir = tempDir();
    const source = join(tempDir(), 'latin.txt');
    writeFileSync(source, Buffer.from('Les autorit\xe9s de N\xe9ma et de S\xe9libaby.', 'latin1'));
    const { status, stderr } = runCli('ingest', [source, '--date', '2024', '--data-dir', dataDir]);
    expect(status).toBe(0);
    expect(stderr).toContain('not UTF-8');
    expect(readFileSync(join(dataDir, 'articles', '2024-latin', 'text.txt'), 'utf8')).toBe('Les autorités de Néma et de Sélibaby.');
  });

  it('refuses an article without a date, saying how to give one', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'articles'), { recursive: true });
    const { status, stderr } = runCli('ingest', [seed, '--data-dir', dataDir]);
    expect(status).toBe(2);
    expect(stderr).toContain('--date YYYY');
    expect(readdirSync(join(dataDir, 'articles'))).toEqual([]);
  });
});
