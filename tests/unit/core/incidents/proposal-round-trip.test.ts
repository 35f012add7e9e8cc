/** Proposed and reviewed incidents survive the bundle's export and import, and the ACLED CSV lists them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../src/core/exchange/article-record';
import { exportArticleFiles } from '../../../../src/core/exchange/export-article';
import { importArticleFiles } from '../../../../src/core/exchange/import-article';
import { INCIDENT_CSV_COLUMNS, incidentsCsv } from '../../../../src/core/exchange/incidents-csv';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { prepareArticle } from '../../../../src/core/ingest/prepare-article';
import { incidentCollectionSchema } from '../../../../src/core/validation/data-schemas';
import { zones } from './incidents-devset';

async function preparedRecord(): Promise<ArticleRecord> {
  const text = readFileSync('tests/fixtures/incidents-devset/texts/17-orpailleurs-adel-bagrou.fr.txt', 'utf8');
  const prepared = await prepareArticle({ text, outlet: 'Alakhbar', date: '2024-02-20', name: 'adel-bagrou' }, { gazetteer: bundledGazetteer(), now: '2024-02-21T08:00:00Z', incidentZones: zones });
  if (!prepared.ok) throw new Error('not prepared');
  return { ...prepared.article, places: prepared.places, incidents: prepared.article.incidents };
}

describe('proposed incidents in the article record', () => {
  it('are valid incidents, proposals and reviewed ones alike', async () => {
    const record = await preparedRecord();
    expect(record.incidents.features.length).toBe(4);
    const [first, ...rest] = record.incidents.features;
    const reviewed = { ...first!, properties: { ...first!.properties, 'bb:status': 'accepted' as const, modified: '2024-02-21T09:00:00Z', creator: { id: 'urn:border-brief:agent:reviewer:awa', type: 'Person' as const, name: 'Awa' }, fatalities: 5, 'bb:proposal': { fatalities: first!.properties.fatalities } } };
    const collection = { ...record.incidents, features: [reviewed, ...rest] };
    const checked = incidentCollectionSchema.safeParse(collection);
    expect(checked.success, JSON.stringify(checked.error?.issues[0])).toBe(true);
  });

  it('survive the bundle’s export and import without loss', async () => {
    const record = await preparedRecord();
    const bundle = exportArticleFiles(record).find((f) => f.name.endsWith('.borderbrief.json'))!;
    const result = await importArticleFiles([{ name: bundle.name, content: bundle.content }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.record.incidents).toEqual(record.incidents);
    expect(result.record.incidents.features[0]?.properties).toMatchObject({ 'bb:status': 'proposed', 'bb:proposedBy': { type: 'Software' } });
  });

  it('list as an ACLED-columns CSV, formulas guarded', async () => {
    const record = await preparedRecord();
    const csv = incidentsCsv(record.incidents);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(INCIDENT_CSV_COLUMNS.join(','));
    expect(row).toContain('Violence against civilians,Attack');
    expect(row).toContain(',478,Western Africa,Mauritania,');
    const hostile = incidentsCsv({ type: 'FeatureCollection', features: [{ ...record.incidents.features[0]!, properties: { ...record.incidents.features[0]!.properties, notes: '=HYPERLINK("x")' } }] });
    expect(hostile).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
