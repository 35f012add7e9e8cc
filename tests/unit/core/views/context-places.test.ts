import { describe, expect, test } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { contextPlaces } from '../../../../src/core/views/context-places';

const gazetteer = bundledGazetteer();
const { features, attribution } = contextPlaces(gazetteer.places, new Set(['nouakchott', 'bamako']));
const byId = new Map(features.features.map((feature) => [feature.properties.id, feature]));

describe('contextPlaces: the towns under the data, only what has a source', () => {
  test('every town drawn has a GeoNames point and says so, and the attribution credits GeoNames', () => {
    expect(features.features.length).toBeGreaterThan(60);
    for (const feature of features.features) {
      const entry = gazetteer.get(feature.properties.id)!;
      expect(entry.precision, feature.properties.id).toBe('point');
      expect(feature.properties.source).toBe(entry.source);
      expect(feature.properties.source).toMatch(/^GeoNames/);
      expect(feature.geometry.coordinates).toEqual([entry.lng, entry.lat]);
    }
    expect(attribution).toEqual(['GeoNames (CC BY 4.0)']);
  });

  test('only Mali and Mauritania, no approximate point, and not the capitals the base map draws', () => {
    expect(features.features.every((feature) => ['ML', 'MR'].includes(gazetteer.get(feature.properties.id)!.iso ?? ''))).toBe(true);
    expect(byId.has('boumdeid')).toBe(false); // placed from general knowledge
    expect(byId.has('nouakchott')).toBe(false);
    expect(byId.has('abidjan')).toBe(false);
  });

  test('the admin-1 seats are rank 1 and name their region; other cities rank 2, towns rank 3', () => {
    expect(byId.get('nema')?.properties).toMatchObject({ rank: 1, seat_of_fr: 'Hodh Ech Chargui' });
    expect(byId.get('kayes')?.properties.rank).toBe(1);
    expect(byId.get('aioun-el-atrouss')?.properties.rank).toBe(1);
    expect(byId.get('fassala')?.properties).toMatchObject({ rank: 3, seat_of_fr: null });
    const seats = features.features.filter((feature) => feature.properties.rank === 1);
    expect(seats.length).toBeGreaterThanOrEqual(25);
    // sorted by rank, so the most important are drawn and placed first
    const ranks = features.features.map((feature) => feature.properties.rank);
    expect(ranks).toEqual([...ranks].sort());
  });

  test('nothing drawn, nothing credited', () => {
    expect(contextPlaces([])).toEqual({ features: { type: 'FeatureCollection', features: [] }, attribution: [] });
  });
});
