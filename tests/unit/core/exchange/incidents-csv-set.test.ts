/**
 * The incidents CSV in an article's separate files: written with the ACLED codebook's columns,
 * and on import checked against the incidents GeoJSON (the lossless truth), never read as them.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../src/core/exchange/article-record';
import { exportArticleFiles } from '../../../../src/core/exchange/export-article';
import { INCIDENT_CSV_COLUMNS } from '../../../../src/core/exchange/incidents-csv';
import { openFiles } from '../../../../src/core/exchange/import-files';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { reviewedFixture } from './exchange-helpers';

let record: ArticleRecord;
const gazetteer = bundledGazetteer();
const encode = (files: Array<{ name: string; content: string }>) => files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.content) }));
const separateFiles = () => exportArticleFiles(record).filter((f) => !f.name.endsWith('.borderbrief.json'));
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

beforeAll(async () => {
  record = await reviewedFixture();
});

describe('the incidents CSV of the separate files', () => {
  it('is written with the ACLED columns, one row per incident, at the point the reviewer placed', () => {
    const csv = separateFiles().find((f) => f.name.endsWith('.incidents.csv'))!;
    expect(csv.content.slice(1).split('\r\n')[0]).toBe(INCIDENT_CSV_COLUMNS.join(','));
    const [row, ...more] = rows(csv.content);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ event_id_cnty: record.incidents.features[0]!.properties.id, event_date: '2024-05-28', sub_event_type: 'Abduction/forced disappearance', latitude: '15.41', longitude: '-5.52', geo_precision: '1', tags: 'bb:accepted' });
  });

  it('exported and opened back gives the same incidents: statuses, signatures, the proposal kept beside, evidence', async () => {
    const [outcome, ...others] = await openFiles(encode(separateFiles()), { gazetteer, language: 'en' });
    expect(others).toEqual([]);
    expect(outcome!.door).toBe('article');
    expect(outcome!.record!.incidents).toEqual(record.incidents);
    const incident = outcome!.record!.incidents.features[0]!.properties as unknown as Record<string, unknown>;
    expect(incident).toMatchObject({ 'bb:status': 'accepted', creator: { name: 'Analyste' }, 'bb:proposal': { geo_precision: 2, claim_by: 'Des habitants' } });
    expect(incident.evidence).toEqual([{ start: record.text.indexOf('Mardi'), end: record.text.length - 1 }]);
    expect(outcome!.warnings.filter((w) => w.includes('.incidents.csv'))).toEqual([]);
  });

  it('warns, naming the incident and the column, when the CSV was edited apart from the GeoJSON, and keeps the GeoJSON’s incidents', async () => {
    const files = separateFiles().map((f) => (f.name.endsWith('.incidents.csv') ? { ...f, content: f.content.replace(',2024-05-28,', ',2024-05-27,') } : f));
    const [outcome] = await openFiles(encode(files), { gazetteer, language: 'en' });
    expect(outcome!.record!.incidents).toEqual(record.incidents);
    expect(outcome!.warnings).toContainEqual(expect.stringMatching(/incidents\.csv: does not match .*incidents\.geojson: proposed-1-abduction-forced-disappearance-fassala \(event_date\)/));
  });

  it('says the CSV is not read when the incidents GeoJSON is not with it', async () => {
    const files = separateFiles().filter((f) => !f.name.endsWith('.incidents.geojson'));
    const [outcome] = await openFiles(encode(files), { gazetteer, language: 'fr' });
    expect(outcome!.door).toBe('article');
    expect(outcome!.record!.incidents.features).toEqual([]);
    expect(outcome!.warnings).toContainEqual(expect.stringMatching(/incidents\.csv : non lu ; .*Joignez .*incidents\.geojson/));
  });

  it('opened alone is an ACLED CSV, for the ACLED button', async () => {
    const [outcome] = await openFiles(encode(separateFiles().filter((f) => f.name.endsWith('.incidents.csv'))), { gazetteer, language: 'en' });
    expect(outcome!.door).toBe('elsewhere');
  });
});
