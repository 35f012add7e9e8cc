import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runCli, tempDir } from './cli-helpers';

afterAll(removeTempDirs);

describe('npm run geoparse', () => {
  it('prints the seed mentions as a JSON array in text order, in the documented shape', () => {
    const { status, stdout } = runCli('geoparse', ['tests/fixtures/seed/article.fr.txt', '--json']);
    expect(status).toBe(0);
    const records = JSON.parse(stdout) as unknown[];
    expect(records).toHaveLength(22);
    expect(records[1]).toEqual({ start: 158, end: 168, surface: 'Nouakchott', kind: 'city', place: { id: 'nouakchott', name: 'Nouakchott', lat: 18.0858, lng: -15.9785, iso: 'MR' }, confidence: 0.98 });
    expect(stdout).toContain('{"start": 158, "end": 168, "surface": "Nouakchott", "kind": "city"');
  });

  it('prints a table without --json', () => {
    const { stdout } = runCli('geoparse', ['tests/fixtures/seed/article.fr.txt']);
    expect(stdout).toMatch(/^offsets\s+kind\s+surface/);
    expect(stdout).toContain('22 mention(s), 0 unlocated');
  });

  it('prints an unlocated mention with "place": null', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Au Mali, ils ont fui vers le village de Tenkaré.');
    const records = JSON.parse(runCli('geoparse', [join(dir, 'a.txt'), '--json', '--lang', 'fr']).stdout) as { place: unknown }[];
    expect(records.at(-1)).toMatchObject({ surface: 'Tenkaré', place: null });
  });

  it('refuses an unknown --lang with a clear message', () => {
    const { status, stderr } = runCli('geoparse', ['tests/fixtures/seed/article.fr.txt', '--lang', 'de']);
    expect(status).toBe(1);
    expect(stderr).toContain('--lang must be fr or en');
  });
});
