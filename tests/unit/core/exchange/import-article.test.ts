import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleRecordFromLoaded, type ArticleRecord } from '../../../../src/core/exchange/article-record';
import { exportArticleFiles, type ExportedFile } from '../../../../src/core/exchange/export-article';
import { importArticleFiles, type ImportFile } from '../../../../src/core/exchange/import-article';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import type { IncidentCollection, Place, PlaceAnnotation } from '../../../../src/core/types';
import { reviewedFixture } from './exchange-helpers';

const gazetteer = bundledGazetteer();
const slug = 'cridem-2024-06-01-bassikounou';
let record: ArticleRecord;
let exported: ExportedFile[];
beforeAll(async () => {
  record = await reviewedFixture();
  exported = exportArticleFiles(record);
});
const pick = (...suffixes: string[]): ImportFile[] => exported.filter((f) => suffixes.some((s) => f.name === slug + s));
const replace = (files: ImportFile[], suffix: string, content: string) => files.map((f) => (f.name === slug + suffix ? { ...f, content } : f));

describe('importArticleFiles', () => {
  it('gives back the same files from the bundle: export → import → export', async () => {
    const result = await importArticleFiles(pick('.borderbrief.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(exportArticleFiles(result.record)).toEqual(exported);
    expect(result.warnings).toEqual([]);
  });

  it('gives back the same files from text, metadata, annotations, places and incidents', async () => {
    const result = await importArticleFiles(pick('.txt', '.meta.json', '.annotations.jsonld', '.places.geojson', '.incidents.geojson'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(exportArticleFiles(result.record)).toEqual(exported);
  });

  it('takes gazetteer places from the gazetteer when the places file is left out', async () => {
    const reviewedLere = record.annotations.find((a) => a.body.source.endsWith('user-lere'))!;
    const withoutHandPlaced = { ...record, annotations: record.annotations.filter((a) => a !== reviewedLere) };
    const files = exportArticleFiles(withoutHandPlaced).filter((f) => /\.(txt|meta\.json|annotations\.jsonld|incidents\.geojson)$/.test(f.name));
    const result = await importArticleFiles(files, { gazetteer });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(exportArticleFiles(result.record)).toEqual(exportArticleFiles(withoutHandPlaced));
  });

  it('says a hand-placed place needs the places file when it is left out', async () => {
    const result = await importArticleFiles(pick('.txt', '.meta.json', '.annotations.jsonld'), { gazetteer });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/"user-lere".*placed by hand/), fix: expect.stringContaining(`${slug}.places.geojson`) })]);
  });

  it('refuses a text that is not the one the metadata describes (wrong sha256)', async () => {
    const files = replace(pick('.txt', '.meta.json', '.annotations.jsonld', '.places.geojson'), '.txt', record.text.replace('Mbera', 'M’bera'));
    const result = await importArticleFiles(files);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ file: `${slug}.txt`, message: expect.stringMatching(/^has sha256 [0-9a-f]{64}, not [0-9a-f]{64}/), fix: expect.stringMatching(/unchanged/) })] });
  });

  it('refuses a bundle whose text was changed, naming the member', async () => {
    const bundle = JSON.parse(pick('.borderbrief.json')[0]!.content);
    const result = await importArticleFiles([{ name: `${slug}.borderbrief.json`, content: JSON.stringify({ ...bundle, text: `${bundle.text} ` }) }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: `${slug}.borderbrief.json`, field: 'text' });
  });

  it('names the missing text when only metadata and annotations are given', async () => {
    const result = await importArticleFiles(pick('.meta.json', '.annotations.jsonld'));
    expect(result).toEqual({ ok: false, problems: [{ file: `${slug}.txt`, field: '', message: 'is missing.', fix: expect.stringContaining(`${slug}.borderbrief.json`) }] });
  });

  it('says the CSV alone is a view, not importable', async () => {
    const result = await importArticleFiles(pick('.mentions.csv'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/view .* not importable alone/);
  });

  it('reports a broken metadata field with the file, the field and the fix', async () => {
    const meta = JSON.parse(pick('.meta.json')[0]!.content);
    const result = await importArticleFiles(replace(pick('.txt', '.meta.json', '.annotations.jsonld', '.places.geojson'), '.meta.json', JSON.stringify({ ...meta, published: '1 juin 2024' })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: `${slug}.meta.json`, field: 'published', fix: expect.stringMatching(/YYYY/) });
  });

  it('reports a file cut short with its line and column and the fix that fits', async () => {
    const result = await importArticleFiles(replace(pick('.txt', '.meta.json', '.annotations.jsonld'), '.annotations.jsonld', '[{'));
    expect(result).toEqual({ ok: false, problems: [{ file: `${slug}.annotations.jsonld`, field: 'line 1, column 3', message: 'ends too early: a key in double quotes was expected.', fix: 'Export the article again; the file is incomplete.' }] });
  });

  it('re-anchors an annotation whose position was edited, with a warning', async () => {
    const annotations = JSON.parse(pick('.annotations.jsonld')[0]!.content) as PlaceAnnotation[];
    const [quote, position] = annotations[1]!.target.selector;
    annotations[1]!.target.selector = [quote, { ...position, start: position.start + 2, end: position.end + 2 }];
    const result = await importArticleFiles(replace(pick('.txt', '.meta.json', '.annotations.jsonld', '.places.geojson'), '.annotations.jsonld', JSON.stringify(annotations)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.record.annotations[1]?.target.selector[1]).toEqual(position);
    expect(result.warnings).toEqual([
      `${slug}.annotations.jsonld: ${annotations.length} annotations re-anchored in the text: ${annotations.length - 1} in place, 1 moved, 0 orphaned.`,
      expect.stringMatching(/ moved 2 characters earlier, to \d+–\d+, found by its quote in its context\.$/),
    ]);
    const french = await importArticleFiles(replace(pick('.txt', '.meta.json', '.annotations.jsonld', '.places.geojson', '.mentions.csv'), '.annotations.jsonld', JSON.stringify(annotations)), { messageLanguage: 'fr' });
    if (!french.ok) throw new Error(JSON.stringify(french.problems));
    expect(french.warnings).toEqual([
      `${slug}.mentions.csv : non lu ; le CSV est une vue des annotations, qui sont importées depuis ${slug}.annotations.jsonld.`,
      expect.stringMatching(/ : \d+ annotations ré-ancrées dans le texte : \d+ à leur place, 1 déplacée, 0 orpheline\.$/),
      expect.stringMatching(/ déplacée de 2 caractères plus tôt, en \d+–\d+, retrouvée par sa citation dans son contexte\.$/),
    ]);
  });

  it('re-anchors annotations made on another version of the text, and lists the orphans', async () => {
    // The article was corrected after the annotations were made: a sentence added at the top, a
    // paragraph deleted. The metadata describe the new text; the annotations the old one.
    const paragraphs = record.text.split('\n');
    const deleted = paragraphs.findIndex((p, i) => i > 0 && record.annotations.some((a) => p.includes(a.target.selector[0].exact)) && p.length > 0);
    const text = ['Mise à jour : précisions ajoutées.', ...paragraphs.filter((_, i) => i !== deleted)].join('\n');
    const sha256 = (await import('../../../../src/core/article/sha256-hex')).sha256Hex;
    const meta = { ...record.meta, sha256: await sha256(text) };
    const files = exportArticleFiles({ ...record, text, meta }).filter((f) => /\.(txt|meta\.json|places\.geojson)$/.test(f.name));
    const result = await importArticleFiles([...files, ...pick('.annotations.jsonld')], { messageLanguage: 'fr' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const lost = record.annotations.filter((a) => { const [, p] = a.target.selector; const para = paragraphs[deleted]!; const at = record.text.indexOf(para); return p.start >= at && p.end <= at + para.length; });
    expect(lost.length).toBeGreaterThan(0);
    const summary = result.warnings.find((w) => w.includes('ré-ancrées'));
    expect(summary).toBe(`${slug}.annotations.jsonld : ${record.annotations.length} annotations ré-ancrées dans le texte (${record.annotations.length} faites sur une autre version du texte) : 0 à leur place, ${record.annotations.length - lost.length} déplacées, ${lost.length} orpheline${lost.length > 1 ? 's' : ''}.`);
    for (const annotation of result.record.annotations) {
      const orphan = lost.some((a) => a.id === annotation.id);
      if (orphan) expect(annotation).toEqual(record.annotations.find((a) => a.id === annotation.id)); // kept as it was, to be listed as orphaned
      else {
        const [quote, position] = annotation.target.selector;
        expect(text.slice(position.start, position.end)).toBe(quote.exact);
        expect(annotation['bb:articleSha256']).toBe(meta.sha256);
      }
    }
    expect(result.warnings.filter((w) => w.includes(' orpheline, introuvable'))).toHaveLength(lost.length);
  });

  it('keeps an annotation whose quote is not in the text as an orphan, with a warning', async () => {
    const annotations = JSON.parse(pick('.annotations.jsonld')[0]!.content) as PlaceAnnotation[];
    annotations[1]!.target.selector[0] = { ...annotations[1]!.target.selector[0], exact: 'Tombouctou', prefix: 'xxxxxxxx', suffix: 'yyyyyyyy' };
    annotations[1]!.target.selector[1] = { ...annotations[1]!.target.selector[1], end: annotations[1]!.target.selector[1].start + 'Tombouctou'.length };
    const result = await importArticleFiles(replace(pick('.txt', '.meta.json', '.annotations.jsonld', '.places.geojson'), '.annotations.jsonld', JSON.stringify(annotations)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.record.annotations[1]).toEqual(annotations[1]);
    expect(result.warnings).toContainEqual(expect.stringMatching(/: 11 in place, 0 moved, 1 orphaned\.$/));
    expect(result.warnings).toContainEqual(expect.stringMatching(/« Tombouctou » orphaned, not found in this text \(the quote « Tombouctou » is no longer in the text/));
  });

  it('round-trips the seed article with its incidents and the dashboard’s places', async () => {
    const dir = 'data/articles/kessiya-2024-05-mali-mauritanie/';
    const read = (name: string) => readFileSync(dir + name, 'utf8');
    const places = JSON.parse(readFileSync('data/places.json', 'utf8')) as Place[];
    const incidents = JSON.parse(read('incidents.geojson')) as IncidentCollection;
    const seed = articleRecordFromLoaded({ meta: JSON.parse(read('meta.json')), text: read('text.txt'), annotations: JSON.parse(read('annotations.jsonld')), incidents: incidents.features }, places);
    const files = exportArticleFiles(seed);
    const result = await importArticleFiles(files.filter((f) => !f.name.endsWith('.borderbrief.json')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(exportArticleFiles(result.record)).toEqual(files);
    expect(files.find((f) => f.name.endsWith('.annotations.jsonld'))?.content).toBe(read('annotations.jsonld'));
  });
});
