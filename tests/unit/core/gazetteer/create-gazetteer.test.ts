import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { createGazetteer } from '../../../../src/core/gazetteer/create-gazetteer';
import { toPlace } from '../../../../src/core/gazetteer/to-place';
import { deriveGazetteerText } from '../../../../geo/scripts/derive-gazetteer';

const tiny = {
  version: 't',
  provenance: { script: 's', command: 'c', inputs: [], licence: 'l' },
  places: [
    { id: 'nema', kind: 'city', iso: 'MR', name: { fr: 'Néma', en: 'Nema' }, names: ['Néma'], lat: 16.617, lng: -7.2565, precision: 'point', source: 'test' },
    { id: 'mali', kind: 'country', iso: 'ML', name: { fr: 'Mali', en: 'Mali' }, names: ['Mali'], demonyms: ['malienne'], lat: 17, lng: -4, precision: 'centroid', source: 'test' },
  ],
};

describe('createGazetteer', () => {
  it('finds a place by a spelling without accents', () => {
    expect(createGazetteer(tiny).lookup('NEMA').map((entry) => entry.place.id)).toEqual(['nema']);
  });

  it('finds a country by a nationality word, as a demonym', () => {
    expect(createGazetteer(tiny).lookup('Malienne')).toMatchObject([{ role: 'demonym', place: { id: 'mali' } }]);
  });

  it('rejects an entry with a bad field, naming the place and the field', () => {
    const broken = { ...tiny, places: [{ ...tiny.places[0], lat: 116.6 }] };
    expect(() => createGazetteer(broken)).toThrow(/place "nema" lat/);
  });

  it('searches by prefix for the review UI', () => {
    expect(bundledGazetteer().search('bassik').map((p) => p.id)).toEqual(['bassikounou']);
  });

  it('gives the shared Place shape with [lng, lat]', () => {
    expect(toPlace(createGazetteer(tiny).get('nema')!).lngLat).toEqual([-7.2565, 16.617]);
  });
});

describe('the shipped gazetteer', () => {
  const gazetteer = bundledGazetteer();

  it('is what geo/scripts/derive-gazetteer.ts derives now (no hand edits, deterministic)', () => {
    expect(readFileSync('data/gazetteer/gazetteer.json', 'utf8')).toBe(deriveGazetteerText());
  });

  it('stays under 100 KB gzipped, since it ships to the browser', () => {
    expect(gzipSync(readFileSync('data/gazetteer/gazetteer.json')).length).toBeLessThan(100_000);
  });

  it('has every Mauritanian wilaya', () => {
    const wilayas = gazetteer.places.filter((p) => p.kind === 'region' && p.iso === 'MR');
    expect(wilayas).toHaveLength(15);
  });

  it('reads world-countries latlng as [lat, lng]: Mali lies at about 17 N, 4 W', () => {
    expect(gazetteer.get('mali')).toMatchObject({ lat: 17, lng: -4, geonamesId: 2453866 });
  });

  it('has every inflection of the French and English demonyms of Mali', () => {
    expect(gazetteer.get('mali')?.demonyms).toEqual(expect.arrayContaining(['malien', 'malienne', 'maliens', 'maliennes', 'Malian', 'Malians']));
  });

  it('marks coordinates from general knowledge as approximate, never as a point', () => {
    const lere = gazetteer.get('lere');
    expect(lere?.precision).toBe('approximate');
    expect(gazetteer.places.filter((p) => p.source.startsWith('General knowledge')).every((p) => p.precision === 'approximate')).toBe(true);
  });

  it('records the source of every coordinate', () => {
    expect(gazetteer.places.every((p) => p.source.length > 0)).toBe(true);
  });
});
