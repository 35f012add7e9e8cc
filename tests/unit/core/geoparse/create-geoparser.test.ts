import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { createGeoparser } from '../../../../src/core/geoparse/create-geoparser';

const geoparser = createGeoparser(bundledGazetteer());
const ids = (text: string, language?: 'fr' | 'en') => geoparser.parse(text, language ? { language } : {}).mentions.map((m) => [m.surface, m.placeId]);

describe('createGeoparser: the seed article', () => {
  const text = readFileSync('tests/fixtures/seed/article.fr.txt', 'utf8');
  const gold = JSON.parse(readFileSync('tests/fixtures/seed/article.fr.places.json', 'utf8')) as { start: number; end: number; surface: string; kind: string; place: string }[];
  const slug: Record<string, string> = { Mali: 'mali', Mauritania: 'mauritania', Russia: 'russia', Nouakchott: 'nouakchott', Bamako: 'bamako', 'Mali–Mauritania border': 'border-ml-mr' };

  it('finds exactly the 22 marked mentions, with their offsets, kinds and places, and nothing else', () => {
    const mentions = geoparser.parse(text).mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, kind: m.kind, placeId: m.placeId }));
    expect(mentions).toEqual(gold.map((g) => ({ start: g.start, end: g.end, surface: g.surface, kind: g.kind, placeId: slug[g.place] })));
  });

  it('detects that the seed is French', () => {
    expect(geoparser.parse(text).language).toBe('fr');
  });
});

describe('createGeoparser: what news text does', () => {
  it('finds a town after an elision with either apostrophe', () => {
    expect(ids('les notables d’Adel Bagrou et d\'Adel Bagrou')).toEqual([['Adel Bagrou', 'adel-bagrou'], ['Adel Bagrou', 'adel-bagrou']]);
  });

  it('finds names written without accents, with hyphens or in capitals', () => {
    expect(ids('De Nema à AIOUN-EL-ATROUSS puis Segou.')).toEqual([['Nema', 'nema'], ['AIOUN-EL-ATROUSS', 'aioun-el-atrouss'], ['Segou', 'segou']]);
  });

  it('finds transliteration variants', () => {
    expect(ids('Refugees reached Basseknou and Tombouktou.')).toEqual([['Basseknou', 'bassikounou'], ['Tombouktou', 'tombouctou']]);
  });

  it('finds every inflection of a nationality word as its country', () => {
    expect(ids('malien, malienne, maliens, maliennes, Malian, Malians').map(([, id]) => id)).toEqual(Array(6).fill('mali'));
  });

  it('ignores a place name written in lowercase as a common word', () => {
    expect(ids('They ate turkey in Kiffa.', 'en')).toEqual([['Kiffa', 'kiffa']]);
  });

  it('ignores a name that is also a personal name when nothing marks it as a place', () => {
    expect(ids('Au Mali, le ministre Amadou Kati a parlé.')).toEqual([['Mali', 'mali']]);
  });

  it('takes the same name as a place after a locative word in an article about its country', () => {
    expect(ids('Au Mali, des renforts partiront du camp de Kati.')).toEqual([['Mali', 'mali'], ['Kati', 'kati']]);
  });

  it('prefers the region to the town after « région de »', () => {
    expect(ids('À Kayes, dans la région de Kayes, au Mali.')).toEqual([['Kayes', 'kayes'], ['Kayes', 'kayes-region'], ['Mali', 'mali']]);
  });

  it('chooses between namesakes with the countries the article is about', () => {
    expect(ids('La Mauritanie renforce la sécurité dans l’Adrar.').at(-1)).toEqual(['Adrar', 'adrar']);
    expect(ids('L’Algérie renforce la sécurité à Adrar, en Algérie.')[1]).toEqual(['Adrar', 'adrar-dz']);
  });

  it('reads « frontière mauritano-malienne » as one border mention between the two countries', () => {
    expect(ids('Le Sénégal observe la frontière mauritano-malienne.')).toEqual([['Sénégal', 'senegal'], ['frontière mauritano-malienne', 'border-ml-mr']]);
  });

  it('resolves a border to the country it is shared with', () => {
    expect(ids('Le Mali et la Mauritanie. La Mauritanie partage une frontière avec le Sénégal.').at(-2)).toEqual(['frontière', 'border-mr-sn']);
  });

  it('returns a border phrase in an article about no country as unlocated, not dropped', () => {
    const [mention] = geoparser.parse('La frontière reste fermée.').mentions;
    expect(mention).toMatchObject({ surface: 'frontière', kind: 'border', placeId: null, confidence: 0 });
  });

  it('returns a village the gazetteer lacks as unlocated', () => {
    const mentions = geoparser.parse('Au Mali, ils se sont repliés vers le village de Tenkaré.').mentions;
    expect(mentions.at(-1)).toMatchObject({ surface: 'Tenkaré', placeId: null, kind: 'town' });
  });

  it('does not take "cross-border" or "border guards" for the border', () => {
    expect(ids('Mali and Mauritania: cross-border trade and border guards.', 'en')).toEqual([['Mali', 'mali'], ['Mauritania', 'mauritania']]);
  });

  it('gives each mention its candidates, best first, with the chosen one on top', () => {
    const mention = geoparser.parse('Au Mali, la ville de Nara.').mentions[1]!;
    expect(mention.candidates.map((c) => c.placeId)).toEqual(['nara', 'nara-region']);
    expect(mention.confidence).toBeLessThan(1);
  });

  it('detects English', () => {
    expect(geoparser.parse('The army said on Friday that the men were killed near the border.').language).toBe('en');
  });

  it('records the geoparser and gazetteer versions as its agent', () => {
    expect(geoparser.agent).toEqual({ id: 'urn:border-brief:agent:geoparser:0.1.0', type: 'Software', name: `Border Brief geoparser 0.1.0 (gazetteer ${bundledGazetteer().version})` });
  });
});
