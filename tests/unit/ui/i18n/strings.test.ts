import { describe, expect, test } from 'vitest';
import { STRING_TABLE, t } from '../../../../src/ui/i18n/strings';
import { caveatText, geoPrecisionText, placePrecisionText, timePrecisionText } from '../../../../src/ui/i18n';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const plainEntries = Object.entries(STRING_TABLE).filter((entry): entry is [string, { fr: string; en: string }] => typeof entry[1].fr === 'string');

describe('the strings table', () => {
  test('every key has both languages, of the same kind, and no empty words', () => {
    for (const [key, entry] of Object.entries(STRING_TABLE)) {
      expect(typeof entry.fr, key).toBe(typeof entry.en);
      if (typeof entry.fr === 'string') {
        expect(entry.fr.trim(), `${key} (fr)`).not.toBe('');
        expect((entry.en as string).trim(), `${key} (en)`).not.toBe('');
      }
    }
  });

  test('words that take values are given them', () => {
    expect(t('slideNumber', 'fr', 3, 7)).toBe('Diapositive 3 / 7');
    expect(t('slideNumber', 'en', 3, 7)).toBe('Slide 3 / 7');
    expect(t('articleImported', 'en', 'Nara')).toBe('Nara — imported');
    expect(t('problem', 'fr', { where: 'a.txt', field: 'date', message: 'date illisible.', fix: 'Écrivez AAAA-MM-JJ.' })).toBe(`a.txt → date${NBSP}: date illisible. Écrivez AAAA-MM-JJ.`);
    expect(t('problem', 'en', { where: 'a.txt', message: 'unreadable.' })).toBe('a.txt: unreadable.');
    // @ts-expect-error a template's values are required
    expect(() => t('slideNumber', 'fr')).not.toThrow();
  });

  test('counts agree with the language’s plural rules', () => {
    expect(t('countMentions', 'fr', 1)).toBe('1 mention');
    expect(t('countMentions', 'fr', 3)).toBe('3 mentions');
    expect(t('countMentions', 'en', 1)).toBe('1 mention');
    expect(t('countMentions', 'en', 1200)).toBe('1,200 mentions');
    expect(t('countMentions', 'fr', 1200)).toBe(`1${NNBSP}200 mentions`);
    expect(t('mentionedIn', 'fr', 1, [4])).toBe('Mentionné une fois, paragraphe 4.');
    expect(t('mentionedIn', 'fr', 3, [1, 2, 5])).toBe('Mentionné 3 fois, paragraphes 1, 2 et 5.');
    expect(t('mentionedIn', 'en', 1, [4])).toBe('Mentioned once, paragraph 4.');
    expect(t('mentionedIn', 'en', 3, [1, 2])).toBe('Mentioned 3 times, paragraphs 1 and 2.');
    expect(t('mentionsFound', 'fr', 'Nara', 1, true)).toBe('Nara — 1 mention trouvée');
    expect(t('mentionsFound', 'fr', 'Nara', 18, true)).toBe('Nara — 18 mentions trouvées');
    expect(t('mentionsFound', 'en', 'Nara', 0, false)).toBe('Nara — 0 mentions found (shown, but not saved in this browser)');
  });
});

describe('typography', () => {
  // Every French word the interface shows, plain or made from values.
  const french = [
    ...plainEntries.map(([key, entry]) => [key, entry.fr] as const),
    ['nextMap', t('nextMap', 'fr', 'Titre')] as const,
    ['briefingLabel', t('briefingLabel', 'fr', 'Titre')] as const,
    ...([1, 2, 3] as const).map((p) => [`geo ${p}`, geoPrecisionText(p, 'fr')] as const),
    ...([1, 2, 3] as const).map((p) => [`time ${p}`, timePrecisionText(p, 'fr')] as const),
    ...(['exact', 'near', 'border-zone', 'large-area', 'unlocated'] as const).map((p) => [p, placePrecisionText(p, 'fr')] as const),
  ];

  test('French puts a no-break space before : ; ? ! and inside « »', () => {
    for (const [key, words] of french) {
      expect(words, key).not.toMatch(/(^|[^\u00A0\u202F])[:;?!]/);
      expect(words, key).not.toMatch(/«[^\u00A0]|[^\u00A0]»/);
    }
    expect(t('correctionsSigned', 'fr')).toBe(`Vos corrections sont signées${NBSP}:`);
  });

  test('English puts no space before a colon', () => {
    for (const [key, entry] of plainEntries) expect(entry.en, key).not.toMatch(/\s:/);
    expect(t('nextMap', 'en', 'Title')).toBe('Map of the next slide: Title');
  });

  test('a caveat’s words follow the interface language whatever the claimant’s', () => {
    const caveat = { subject: { type: 'incident', id: 'x' }, label: { fr: 'x', en: 'x' }, place: 'unlocated', geoPrecision: 3, timePrecision: 1, claimStatus: 'confirmed', claimBy: 'Gouvernement mauritanien' } as const;
    expect(caveatText(caveat, 'en')).toBe('place not given: not on the map · date known to the day · confirmed — Gouvernement mauritanien');
  });
});
