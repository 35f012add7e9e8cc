import { check } from '@placemarkio/check-geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../src/core/exchange/article-record';
import { exportArticleFiles } from '../../../../src/core/exchange/export-article';
import { csvField, MENTION_CSV_COLUMNS } from '../../../../src/core/exchange/mentions-csv';
import { loadAnnotationMusts } from '../../data/w3c-annotation-suite';
import { reviewedFixture } from './exchange-helpers';

let record: ArticleRecord;
let files: Map<string, string>;
beforeAll(async () => {
  record = await reviewedFixture();
  files = new Map(exportArticleFiles(record).map((f) => [f.name, f.content]));
});
const slug = 'cridem-2024-06-01-bassikounou';
const file = (suffix: string) => files.get(slug + suffix) as string;

describe('exportArticleFiles', () => {
  it('writes the eight files named after the article’s slug', () => {
    expect([...files.keys()]).toEqual(['.txt', '.meta.json', '.annotations.jsonld', '.places.geojson', '.incidents.geojson', '.mentions.csv', '.incidents.csv', '.borderbrief.json'].map((s) => slug + s));
  });

  it.each(['.txt', '.meta.json', '.annotations.jsonld', '.places.geojson', '.incidents.geojson', '.mentions.csv', '.incidents.csv', '.borderbrief.json'])('writes %s as the reviewed golden file', async (suffix) => {
    await expect(file(suffix)).toMatchFileSnapshot(`../../../fixtures/exchange/out/${slug}${suffix}`);
  });

  it('writes the text byte for byte', () => {
    expect(file('.txt')).toBe(record.text);
  });

  it('writes annotations every one of which passes the W3C MUST assertions', () => {
    const { failedMusts } = loadAnnotationMusts();
    for (const annotation of JSON.parse(file('.annotations.jsonld')) as unknown[]) expect(failedMusts(annotation)).toEqual([]);
  });

  it('writes places as valid GeoJSON, each feature naming the annotations that cite it', () => {
    expect(() => check(file('.places.geojson'))).not.toThrow();
    const bassikounou = JSON.parse(file('.places.geojson')).features.find((f: { properties: { place_id: string } }) => f.properties.place_id === 'bassikounou');
    expect(bassikounou).toMatchObject({ geometry: { type: 'Point' }, properties: { name_fr: 'Bassikounou', geo_precision: 1, annotation_ids: [`urn:border-brief:annotation:${slug}:2`, `urn:border-brief:annotation:${slug}:6`] } });
  });

  it('lists an unlocated mention with null geometry, and a hand-placed place with who placed it', () => {
    const features = JSON.parse(file('.places.geojson')).features as Array<{ geometry: unknown; properties: Record<string, unknown> }>;
    expect(features.find((f) => f.properties.name_fr === 'villages')).toMatchObject({ geometry: null, properties: { place_id: null } });
    expect(features.find((f) => f.properties.place_id === 'user-lere')?.properties).toMatchObject({ geo_precision: 2, coord_source: 'placed by hand by Analyste on 2024-06-02' });
  });

  it('does not list a rejected mention’s place as cited', () => {
    const features = JSON.parse(file('.places.geojson')).features as Array<{ properties: Record<string, unknown> }>;
    expect(features.find((f) => f.properties.place_id === 'russia')?.properties).toMatchObject({ annotation_ids: [], rejected_annotation_ids: [expect.any(String)] });
  });

  it('writes the CSV with a byte-order mark, CRLF line ends, the agreed columns and one row per annotation', () => {
    const csv = file('.mentions.csv');
    expect(csv.startsWith('\uFEFFannotation_id,article_id,start,end,surface,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(MENTION_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(record.annotations.length + 2); // header, rows, and the empty string after the last CRLF
    expect(lines[1]).toBe(`urn:border-brief:annotation:${slug}:1,${slug},13,20,maliens,demonym,mali,Mali,Mali,-4,17,3,0.97,proposed,Border Brief geoparser 0.1.0 (gazetteer 0.1.0),1`);
  });

  it('quotes a CSV field holding a comma, a quote or a line break (RFC 4180)', () => {
    expect([csvField('Nara'), csvField('Kayes, Mali'), csvField('dit « oui » "ok"'), csvField('a\nb'), csvField(-15.9785)]).toEqual(['Nara', '"Kayes, Mali"', '"dit « oui » ""ok"""', '"a\nb"', '-15.9785']);
  });

  it('keeps text a spreadsheet would run as a formula from running, and leaves numbers alone', () => {
    expect(['=HYPERLINK("http://x")', '+33 1', '-ok', '@SUM(A1)', '\tx'].map(csvField)).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+33 1", "'-ok", "'@SUM(A1)", "'\tx"]);
    expect([csvField(-4), csvField('Nouakchott')]).toEqual(['-4', 'Nouakchott']);
  });

  it('gives the same bytes for the same record', async () => {
    expect(exportArticleFiles(await reviewedFixture())).toEqual(exportArticleFiles(record));
  });
});
