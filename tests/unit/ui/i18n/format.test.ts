import { describe, expect, test } from 'vitest';
import { colon, countryName, formatDate, formatDecimal, formatElapsed, formatEventDate, formatLngLat, formatList, formatPercent, quote } from '../../../../src/ui/i18n';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('dates in words, at their precision', () => {
  test('a day, a week, a month, a year, in French', () => {
    expect(formatEventDate('2024-05-09', 1, 'fr')).toBe('9 mai 2024');
    expect(formatEventDate('2024-05-09', 2, 'fr')).toBe('semaine du 6 mai 2024'); // the week from Monday
    expect(formatEventDate('2024-05-09', 3, 'fr')).toBe('mai 2024');
    expect(formatEventDate('2024-05', 3, 'fr')).toBe('mai 2024');
    expect(formatDate('2024', 'day', 'fr')).toBe('2024'); // never more precise than written
  });
  test('a day, a week, a month, a year, in English', () => {
    expect(formatEventDate('2024-05-09', 1, 'en')).toBe('9 May 2024');
    expect(formatEventDate('2024-05-09', 2, 'en')).toBe('week of 6 May 2024');
    expect(formatEventDate('2024-05', 1, 'en')).toBe('May 2024');
    expect(formatDate('2024-05-09', 'year', 'en')).toBe('2024');
  });
  test('French writes the first of the month as an ordinal', () => {
    expect(formatDate('2026-12-01', 'day', 'fr')).toBe('1er décembre 2026');
    expect(formatDate('2024-07-03', 'week', 'fr')).toBe('semaine du 1er juillet 2024');
    expect(formatDate('2026-12-01', 'day', 'en')).toBe('1 December 2026');
  });
  test('a Date is taken on this machine’s calendar', () => {
    expect(formatDate(new Date(2026, 10, 29, 23, 30), 'day', 'fr')).toBe('29 novembre 2026');
  });
  test('something that is not a date is shown as written', () => {
    expect(formatDate('unknown', 'day', 'en')).toBe('unknown');
  });
});

describe('numbers, percentages, lists and names', () => {
  test('decimals with the language’s decimal mark', () => {
    expect(formatDecimal(18.0858, 4, 'fr')).toBe('18,0858');
    expect(formatDecimal(18.0858, 4, 'en')).toBe('18.0858');
    expect(formatDecimal(0.5, 2, 'fr')).toBe('0,50');
  });
  test('percentages: « 95 % » with a no-break space (narrow in recent ICU), "95%"', () => {
    expect(formatPercent(0.95, 'fr')).toMatch(/^95[\u00A0\u202F]%$/);
    expect(formatPercent(0.95, 'en')).toBe('95%');
  });
  test('a point names its hemispheres', () => {
    expect(formatLngLat([-15.9785, 18.0858], 'fr')).toBe(`18,0858°${NBSP}N${NNBSP}; 15,9785°${NBSP}O`);
    expect(formatLngLat([-15.9785, 18.0858], 'en')).toBe(`18.0858°${NBSP}N, 15.9785°${NBSP}W`);
  });
  test('lists and country names come from the platform', () => {
    expect(formatList(['1', '2', '5'], 'fr')).toBe('1, 2 et 5');
    expect(formatList(['1', '2', '5'], 'en')).toBe('1, 2 and 5');
    expect(countryName('MR', 'fr')).toBe('Mauritanie');
    expect(countryName('ML', 'en')).toBe('Mali');
  });
  test('the presenter’s clock', () => {
    expect(formatElapsed(83, 'fr')).toBe('01:23');
    expect(formatElapsed(3723, 'en')).toBe('1:02:03');
  });
});

describe('typography', () => {
  test('the colon: no-break space before it in French, none in English', () => {
    expect(colon('fr')).toBe(`${NBSP}: `);
    expect(colon('en')).toBe(': ');
  });
  test('quotation marks follow the interface, whatever the language quoted', () => {
    expect(quote('Sahel/Sécurité', 'fr')).toBe(`«${NBSP}Sahel/Sécurité${NBSP}»`);
    expect(quote('Sahel/Sécurité', 'en')).toBe('“Sahel/Sécurité”');
  });
});
