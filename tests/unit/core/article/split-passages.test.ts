import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passageAt, splitPassages } from '../../../../src/core/article/split-passages';

const seedText = readFileSync(new URL('../../../../data/articles/kessiya-2024-05-mali-mauritanie/text.txt', import.meta.url), 'utf8');

describe('splitPassages', () => {
  it('numbers the six paragraphs of the seed p1 to p6', () => {
    expect(splitPassages(seedText).paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('gives paragraph offsets that, joined by newlines, rebuild the text exactly', () => {
    const { paragraphs } = splitPassages(seedText);
    expect(paragraphs.map((p) => seedText.slice(p.start, p.end)).join('\n')).toBe(seedText);
  });

  it('splits the first paragraph of the seed after « 9 mai 2024. »', () => {
    const sentences = splitPassages(seedText).sentences.filter((s) => s.paragraphNumber === 1);
    expect(sentences.map((s) => s.id)).toEqual(['p1.s1', 'p1.s2']);
    expect(seedText.slice(sentences[0]!.start, sentences[0]!.end)).toMatch(/le jeudi 9 mai 2024\.$/);
    expect(seedText.slice(sentences[1]!.start, sentences[1]!.end)).toMatch(/^Cette rencontre/);
  });

  it('finds 13 sentences in the seed, each inside its paragraph', () => {
    const { paragraphs, sentences } = splitPassages(seedText);
    expect(sentences).toHaveLength(13);
    for (const s of sentences) {
      const p = paragraphs[s.paragraphNumber - 1]!;
      expect(s.start >= p.start && s.end <= p.end).toBe(true);
    }
  });

  it('counts offsets in UTF-16 code units', () => {
    const { sentences } = splitPassages('😊 Un. Deux.');
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[0, 6], [7, 12]]);
  });

  it('skips blank lines without numbering them', () => {
    const { paragraphs } = splitPassages('Un.\n\nDeux.\n');
    expect(paragraphs.map((p) => [p.id, p.start, p.end])).toEqual([['p1', 0, 3], ['p2', 5, 10]]);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    const { sentences } = splitPassages('Le Gén. Diarra et O. Traoré sont arrivés. Ils repartent.');
    expect(sentences).toHaveLength(2);
  });

  it('strips a carriage return from a Windows line ending', () => {
    const { paragraphs } = splitPassages('Un.\r\nDeux.');
    expect(paragraphs[0]).toMatchObject({ start: 0, end: 3 });
  });
});

describe('passageAt', () => {
  it('finds the paragraph holding the first « Bamako » of the seed', () => {
    const offset = seedText.indexOf('Bamako');
    expect(passageAt(splitPassages(seedText).paragraphs, offset)?.id).toBe('p3');
  });
});
