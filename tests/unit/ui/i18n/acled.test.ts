import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { SlideCaveat } from '../../../../src/core/briefing/slide-content';
import type { IncidentCollection } from '../../../../src/core/types';
import { CIVILIAN_TARGETING, DISORDER_TYPES, EVENT_TYPES, INTERACTION_TYPES } from '../../../../src/ui/i18n/acled';
import { acledTerm, caveatText, geoPrecisionText, placePrecisionText, timePrecisionText } from '../../../../src/ui/i18n';

const NBSP = '\u00A0';

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
    expect(caveatText(caveat({}), 'fr')).toBe(`lieu approximatif${NBSP}: zone frontalière · date connue au mois près, au mieux · rapporté — Kessiya (sans attribution)`);
    expect(caveatText(caveat({}), 'en')).toBe('approximate place: border zone · date known to the month at best · reported — Kessiya (sans attribution)');
  });
  test('says nothing of a claimant the data do not name', () => {
    expect(caveatText(caveat({ claimStatus: 'alleged', claimBy: null }), 'en')).toMatch(/ · allegation$/);
  });
});

describe('one precision wording for cards, legend, slides and handouts', () => {
  test('the slide caveats refine the geo_precision levels the cards and the legend use', () => {
    for (const language of ['fr', 'en'] as const) {
      expect(placePrecisionText('exact', language)).toBe(geoPrecisionText(1, language));
      expect(placePrecisionText('near', language)).toBe(geoPrecisionText(2, language));
      // Level 3 names both refinements; each refinement keeps its words' opening (« lieu approximatif : »).
      const [opening] = geoPrecisionText(3, language).split(/(?<=:) /);
      expect(placePrecisionText('border-zone', language).startsWith(opening!)).toBe(true);
      expect(placePrecisionText('large-area', language).startsWith(opening!)).toBe(true);
    }
    expect(geoPrecisionText(3, 'en')).toBe('approximate place: a large area (border zone, region or country)');
  });
  test('time precision: day, week, month at best', () => {
    expect([1, 2, 3].map((p) => timePrecisionText(p as 1 | 2 | 3, 'fr'))).toEqual(['date connue au jour près', 'date connue à la semaine près', 'date connue au mois près, au mieux']);
    expect(timePrecisionText(3, 'en')).toBe('date known to the month at best');
  });
});

describe('the ACLED vocabulary', () => {
  test('has the codebook’s six event types and every sub-event type, each in French', () => {
    expect(Object.keys(EVENT_TYPES)).toEqual(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments']);
    const subEvents = Object.values(EVENT_TYPES).flatMap((type) => Object.keys(type.subEvents));
    expect(subEvents).toHaveLength(25);
    expect(subEvents).toContain('Remote explosive/landmine/IED');
    expect(subEvents).toContain('Headquarters or base established');
    for (const [value, words] of [...Object.entries(DISORDER_TYPES), ...Object.entries(INTERACTION_TYPES), ...Object.entries(CIVILIAN_TARGETING), ...Object.values(EVENT_TYPES).flatMap((type) => Object.entries(type.subEvents))]) {
      expect(words.trim(), value).not.toBe('');
    }
    expect(Object.keys(INTERACTION_TYPES)).toEqual(['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces']);
  });

  test('is in French in the French interface and the codebook’s own English in the English one', () => {
    expect(acledTerm('event_type', 'Violence against civilians', 'fr')).toBe('Violence contre des civils');
    expect(acledTerm('event_type', 'Violence against civilians', 'en')).toBe('Violence against civilians');
    expect(acledTerm('sub_event_type', 'Abduction/forced disappearance', 'fr')).toBe('Enlèvement ou disparition forcée');
    expect(acledTerm('inter', 'State forces', 'fr')).toBe('Forces de l’État');
    expect(acledTerm('inter', '7', 'en')).toBe('Civilians'); // the former numeric codes are named too
    expect(acledTerm('inter', '7', 'fr')).toBe('Civils');
    expect(acledTerm('civilian_targeting', 'Civilian targeting', 'fr')).toBe('Civils pris pour cible');
    expect(acledTerm('event_type', 'Something new', 'fr')).toBe('Something new'); // unknown: shown as stored
  });

  test('covers every codebook value the articles’ incidents use', () => {
    const missing: string[] = [];
    for (const slug of readdirSync('data/articles')) {
      let collection: IncidentCollection;
      try {
        collection = JSON.parse(readFileSync(`data/articles/${slug}/incidents.geojson`, 'utf8')) as IncidentCollection;
      } catch {
        continue; // an article without incidents
      }
      for (const { properties: p } of collection.features) {
        const values: Array<[Parameters<typeof acledTerm>[0], string]> = [
          ['disorder_type', p.disorder_type],
          ['event_type', p.event_type],
          ['sub_event_type', p.sub_event_type],
          ['inter', p.inter1],
          ['inter', p.inter2],
          ['civilian_targeting', p.civilian_targeting],
        ];
        for (const [field, value] of values) {
          if (value && acledTerm(field, value, 'fr') === value && value !== 'Grenade') missing.push(`${slug}: ${field} ${value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
