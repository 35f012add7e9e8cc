import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { MAX_ARTICLE_BYTES, prepareArticle, type PrepareProgress } from '../../../../src/core/ingest/prepare-article';
import { MAX_ARTICLE_BYTES as CLI_MAX_ARTICLE_BYTES } from '../../../../src/cli/read-article-file';
import { annotationsFileSchema, articleMetaSchema, placeSchema } from '../../../../src/core/validation/data-schemas';

const gazetteer = bundledGazetteer();
const seed = readFileSync('tests/fixtures/seed/article.fr.txt', 'utf8');
const now = '2024-06-02T08:30:00.123Z';
const options = { gazetteer, now };

describe('prepareArticle', () => {
  it('prepares the seed with its 22 proposed annotations, valid metadata and the places they name', async () => {
    const result = await prepareArticle({ text: seed, title: 'Le Mali et la Mauritanie', outlet: 'Kessiya', date: '2024-05', name: 'article.fr' }, options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { meta, annotations } = result.article;
    expect(meta).toMatchObject({ id: 'kessiya-2024-05-article-fr', publishedPrecision: 'month', language: 'fr', sha256: 'fa10fda22824e99c62a8539a8ad9cef507e644b0c499784d3d96913937cc0e26', lengthUtf16: seed.length });
    expect(articleMetaSchema.safeParse(meta).success).toBe(true);
    expect(annotationsFileSchema.safeParse(annotations).success).toBe(true);
    expect(annotations).toHaveLength(22);
    expect(annotations[0]?.created).toBe('2024-06-02T08:30:00Z');
    expect(result.places.map((p) => p.id)).toEqual(expect.arrayContaining(['mali', 'mauritania', 'nouakchott', 'border-ml-mr']));
    for (const place of result.places) expect(placeSchema.safeParse(place).success).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('gives the same result twice for the same input and moment', async () => {
    const input = { text: seed, outlet: 'Kessiya', date: '2024-05' };
    expect(await prepareArticle(input, options)).toEqual(await prepareArticle(input, options));
  });

  it('records each mention’s candidates on its annotation', async () => {
    const result = await prepareArticle({ text: 'Une délégation malienne est arrivée à Nouakchott.', date: '2024-05-09' }, options);
    if (!result.ok) throw new Error('not ok');
    const nouakchott = result.article.annotations.find((a) => a.target.selector[0].exact === 'Nouakchott');
    expect(nouakchott?.['bb:candidates']?.[0]).toMatchObject({ placeId: 'nouakchott' });
  });

  it('uses the day of loading when no date is given, and says so', async () => {
    const result = await prepareArticle({ text: 'Des réfugiés maliens arrivent à Bassikounou.' }, options);
    if (!result.ok) throw new Error('not ok');
    expect(result.article.meta).toMatchObject({ published: '2024-06-02', publishedPrecision: 'day', publishedIsLoadingDate: true });
    expect(result.warnings.join()).toMatch(/day the article was loaded, not the day it was published/);
  });

  it('speaks the reader’s language when asked: the dashboard’s French, the command line’s English', async () => {
    const text = 'Des réfugiés maliens arrivent à Néma.'.normalize('NFD');
    const french = await prepareArticle({ text }, { ...options, messageLanguage: 'fr' });
    if (!french.ok) throw new Error('not ok');
    expect(french.warnings).toEqual([
      'texte collé : accents décomposés (pas en NFC) ; normalisés en NFC, les positions comptent donc le texte composé.',
      'texte collé : pas de date de publication ; 2024-06-02 est le jour où l’article a été chargé, pas celui où il a été publié. Corrigez-la quand vous la connaissez.',
    ]);
    const refused = await prepareArticle({ text: ' ', name: 'vide' }, { ...options, messageLanguage: 'fr' });
    expect(refused).toEqual({ ok: false, problems: [{ file: 'vide.txt', field: 'text', message: 'est vide (ou ne contient que des espaces).', fix: 'Donnez le texte de l’article : choisissez un fichier .txt, déposez-le ou collez-le.' }] });
  });

  it('takes the first line as title when none is given, and marks it reconstructed', async () => {
    const result = await prepareArticle({ text: '\nRéfugiés à Mbera\nDes réfugiés maliens arrivent au camp de Mbera.', date: '2024' }, options);
    if (!result.ok) throw new Error('not ok');
    expect(result.article.meta).toMatchObject({ title: 'Réfugiés à Mbera', titleIsReconstructed: true, outlet: 'Unknown outlet', id: '2024-refugies-a-mbera' });
  });

  it('normalises a decomposed text to NFC with a warning', async () => {
    const result = await prepareArticle({ text: 'Les autorités de Néma.'.normalize('NFD'), date: '2024' }, options);
    if (!result.ok) throw new Error('not ok');
    expect(result.article.text).toBe('Les autorités de Néma.');
    expect(result.warnings.join()).toMatch(/NFC/);
  });

  it('refuses empty text with a problem naming the field and the fix', async () => {
    const result = await prepareArticle({ text: ' \n ' }, options);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ file: 'pasted text', field: 'text', message: expect.stringMatching(/empty/) })] });
  });

  it('refuses text over 1 MiB, the command line’s limit, stating it', async () => {
    expect(MAX_ARTICLE_BYTES).toBe(CLI_MAX_ARTICLE_BYTES);
    const result = await prepareArticle({ text: 'é'.repeat(MAX_ARTICLE_BYTES / 2 + 1) }, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('over the limit of 1048576 bytes');
  });

  it('refuses a date that is not ISO 8601', async () => {
    const result = await prepareArticle({ text: 'Bamako.', date: '09/05/2024' }, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ field: 'date', fix: expect.stringMatching(/YYYY-MM-DD/) });
  });

  it('reports its stages in order, ending with done at 1', async () => {
    const seen: PrepareProgress[] = [];
    await prepareArticle({ text: seed, date: '2024-05' }, { ...options, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.stage)).toEqual(['reading', 'geoparsing', 'resolving', 'building annotations', 'coding incidents', 'done']);
    expect(seen.map((p) => p.fraction)).toEqual([...seen.map((p) => p.fraction)].sort((a, b) => a - b));
    expect(seen.at(-1)?.fraction).toBe(1);
  });
});
