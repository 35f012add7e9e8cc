import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { incidentCollectionSchema } from '../../../src/core/validation/data-schemas';
import { removeTempDirs, runCli, tempDir } from './cli-helpers';

afterAll(removeTempDirs);

const SEED = 'data/articles/kessiya-2024-05-mali-mauritanie/text.txt';

describe('npm run incidents', () => {
  it('prints the seed’s proposals as a GeoJSON FeatureCollection with ACLED properties and evidence spans into the text', () => {
    const { status, stdout } = runCli('incidents', [SEED, '--date', '2024-05', '--json']);
    expect(status).toBe(0);
    const collection = JSON.parse(stdout) as { type: string; features: Array<{ geometry: { type: string } | null; properties: Record<string, unknown> & { evidence: Array<{ start: number; end: number }> } }> };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(6);
    const visit = collection.features[0]!;
    expect(visit.properties).toMatchObject({ event_date: '2024-05-09', time_precision: 1, event_type: 'Strategic developments', sub_event_type: 'Other', location: 'Nouakchott', claim_status: 'confirmed', 'bb:status': 'proposed' });
    expect(visit.properties.evidence[0]).toEqual({ start: 0, end: 205 });
    const abductions = collection.features.find((f) => f.properties.sub_event_type === 'Abduction/forced disappearance')!;
    expect(abductions.geometry?.type).toBe('Polygon'); // the border zone, not a pin
    expect(collection.features.find((f) => f.properties.sub_event_type === 'Attack')!.geometry).toBeNull();
  });

  it('prints a table without --json, and says what it could not decide', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'The report documents the abduction of two herders near Fassala on Tuesday by armed men.');
    const { status, stdout } = runCli('incidents', [join(dir, 'a.txt'), '--date', '2024-07', '--lang', 'en']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^date \(precision\)\s+type \/ sub-type/);
    expect(stdout).toContain('2024-07 (3)');
    expect(stdout).toContain('needs the day of publication');
  });

  it('gives the same clear errors as geoparse', () => {
    expect(runCli('incidents', ['no-such-file.txt'])).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot read the file') });
    expect(runCli('incidents', [SEED, '--date', 'May 2024'])).toMatchObject({ status: 1, stderr: expect.stringContaining('--date must be YYYY-MM-DD or YYYY-MM') });
    expect(runCli('incidents', [SEED, '--lang', 'de'])).toMatchObject({ status: 1, stderr: expect.stringContaining('--lang must be fr or en') });
  });

  it('has npm run ingest write the proposals beside the article, valid, and the same bytes twice', () => {
    const dataDir = tempDir();
    const source = tempDir();
    writeFileSync(join(source, 'lere.txt'), 'Des hommes armés ont attaqué dimanche un poste de l’armée à Léré, a annoncé l’état-major.');
    expect(runCli('ingest', [join(source, 'lere.txt'), '--date', '2024-01-16', '--outlet', 'Bamada', '--data-dir', dataDir]).status).toBe(0);
    const file = join(dataDir, 'articles', 'bamada-2024-01-16-lere', 'incidents.geojson');
    const bytes = readFileSync(file, 'utf8');
    const parsed = incidentCollectionSchema.safeParse(JSON.parse(bytes));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.features[0]?.properties).toMatchObject({ event_type: 'Battles', event_date: '2024-01-14', claim_status: 'confirmed' });
    runCli('ingest', [join(source, 'lere.txt'), '--date', '2024-01-16', '--outlet', 'Bamada', '--data-dir', dataDir]);
    expect(readFileSync(file, 'utf8')).toBe(bytes);
  });
});
