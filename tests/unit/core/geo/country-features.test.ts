import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { countryFeatures, type CountryRecord } from '../../../../src/core/geo/country-features';
import { deepFreeze } from './helpers';
import { tinyTopology } from './tiny-topology';

const records = deepFreeze<CountryRecord[]>([
  { cca2: 'AA', ccn3: '001', latlng: [0.5, 0.5], name: { common: 'Ay Land' }, translations: { fra: { common: 'Pays A' } } },
  { cca2: 'IS', ccn3: '', latlng: [5.5, 5.5], name: { common: 'Island' }, translations: {} },
]);

describe('countryFeatures', () => {
  it('joins names and codes on the numeric id, French name from translations.fra.common', () => {
    const a = countryFeatures(tinyTopology, records).features.find((f) => f.properties.iso_a2 === 'AA');
    expect(a?.properties).toEqual({ place_id: 'ay-land', name_fr: 'Pays A', name_en: 'Ay Land', iso_a2: 'AA', iso_n3: '001' });
  });

  it('joins a feature with no id by its name, with a null numeric code', () => {
    const island = countryFeatures(tinyTopology, records).features.find((f) => f.properties.place_id === 'island');
    expect(island?.properties.iso_n3).toBeNull();
  });

  it('falls back to the Natural Earth name when no record matches', () => {
    const b = countryFeatures(tinyTopology, records).features.find((f) => f.properties.name_en === 'B');
    expect(b?.properties).toMatchObject({ place_id: 'b', iso_a2: null });
  });

  it('sorts features by place_id', () => {
    expect(countryFeatures(tinyTopology, records).features.map((f) => f.properties.place_id)).toEqual(['ay-land', 'b', 'd', 'island']);
  });

  it('keeps only the ids asked for', () => {
    expect(countryFeatures(tinyTopology, records, { ids: ['002'] }).features).toHaveLength(1);
  });

  it('refuses an id that is not in the topology', () => {
    expect(() => countryFeatures(tinyTopology as Topology, records, { ids: ['466'] })).toThrow(/no feature with id '466'/);
  });
});
