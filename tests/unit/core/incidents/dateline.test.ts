import { describe, expect, it } from 'vitest';
import { datelineEnd } from '../../../../src/core/incidents/code-incidents';

describe('datelineEnd', () => {
  it.each([
    ['Titre\n\nNOUAKCHOTT (AFP) - Deux bergers…', 'NOUAKCHOTT (AFP) - '],
    ['Headline\n\nBAMAKO, June 5 (Reuters) - A drone strike…', 'BAMAKO, June 5 (Reuters) - '],
    ['In Mbera\n\nMBERA, Mauritania — The queue…', 'MBERA, Mauritania — '],
    ['NIORO DU SAHEL – Les habitants…', 'NIORO DU SAHEL – '],
    ['Titre\n\nBamako, 22 août (AMAP) – Le ministre…', 'Bamako, 22 août (AMAP) – '],
    ['Titre\n\nNouakchott (AMI) - Deux bergers…', 'Nouakchott (AMI) - '],
    ['Headline\n\nNouakchott, June 5 - Two herders…', 'Nouakchott, June 5 - '],
  ])('finds the dateline of %j', (text, dateline) => {
    const span = datelineEnd(text);
    expect(text.slice(span.start, span.end)).toBe(dateline);
  });

  it.each([
    'Mauritanie : deux bergers tués près de la frontière\n\nDeux bergers ont été tués mardi.',
    'Le Mali et la Mauritanie - une frontière sous tension',
    'Nouakchott - La délégation malienne est arrivée.', // a city not in capitals is a sentence, not a dateline
    'Titre\n\nBamako, la capitale - une ville sous tension.', // nor with words that are no date or agency
  ])('finds none in %j', (text) => {
    expect(datelineEnd(text)).toEqual({ start: 0, end: 0 });
  });
});
