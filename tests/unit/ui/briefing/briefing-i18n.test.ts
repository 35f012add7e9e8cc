import { describe, expect, test } from 'vitest';
import type { SlideCaveat } from '../../../../src/core/briefing/slide-content';
import { caveatText } from '../../../../src/ui/briefing/briefing-i18n';

const caveat = (overrides: Partial<SlideCaveat>): SlideCaveat => ({
  subject: { type: 'incident', id: 'abductions-border' },
  label: { fr: 'Enlèvements', en: 'Abductions' },
  place: 'border-zone',
  geoPrecision: 3,
  timePrecision: 3,
  claimStatus: 'reported',
  claimBy: 'Kessiya (sans attribution)',
  ...overrides,
});

describe('caveat in plain words', () => {
  test('says where, when and who claims it, without brackets inside brackets', () => {
    expect(caveatText(caveat({}), 'fr')).toBe('lieu approximatif : zone frontalière · date connue au mois près, au mieux · rapporté — Kessiya (sans attribution)');
  });
  test('says nothing of a claimant the data do not name', () => {
    expect(caveatText(caveat({ claimStatus: 'alleged', claimBy: null }), 'en')).toMatch(/ · allegation$/);
  });
});
