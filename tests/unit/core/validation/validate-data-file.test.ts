import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFieldPath, formatProblem, validateDataFile } from '../../../../src/core/validation/validate-data-file';

const broken = (name: string): string => readFileSync(new URL(`../../../fixtures/broken/${name}`, import.meta.url), 'utf8');
const problemsOf = (path: string, kind: Parameters<typeof validateDataFile>[1], content: string) => {
  const result = validateDataFile(path, kind, content);
  return result.ok ? [] : result.problems;
};

describe('validateDataFile', () => {
  it('names the file, the field and the swap fix for a latitude out of range', () => {
    const problems = problemsOf('data/places.json', 'places', broken('places-latitude-out-of-range.json'));
    expect(problems.map(formatProblem)).toContain(
      'data/places.json → [5].lngLat[1]: latitude 105.32 is outside −90…90. Check that the coordinates are [lng, lat], not [lat, lng].',
    );
  });

  it('catches a capital written [lat, lng] that lands outside its country, though both numbers are in range', () => {
    const problems = problemsOf('data/places.json', 'places', broken('places-latlng-swapped.json'));
    expect(problems).toEqual([expect.objectContaining({ field: '[4].lngLat', fix: 'Check that the coordinates are [lng, lat], not [lat, lng].' })]);
    expect(problems[0]!.message).toMatch(/would lie inside/);
  });

  it('says a missing field is missing and what to add', () => {
    const problems = problemsOf('data/articles/x/meta.json', 'article-meta', broken('meta-missing-field.json'));
    expect(problems).toEqual([{ file: 'data/articles/x/meta.json', field: 'sha256', message: 'is missing (a string wanted, nothing found).', fix: 'Add "sha256": a string.' }]);
  });

  it('reports malformed JSON with its line and column instead of throwing', () => {
    const problems = problemsOf('data/places.json', 'places', broken('malformed.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('data/places.json');
    expect(problems[0]!.field).toMatch(/^line 5, column \d+$/);
    expect(problems[0]!.message).not.toMatch(/Unexpected token/);
  });

  it('reports an empty file as empty or missing', () => {
    expect(problemsOf('data/places.json', 'places', '  ')[0]!.message).toBe('is empty or missing.');
  });

  it('reports an incident out of range and one that cites no passage', () => {
    const fields = problemsOf('data/articles/x/incidents.geojson', 'incidents', broken('incidents-out-of-range.geojson')).map((p) => p.field);
    expect(fields).toEqual(['features[0].geometry.coordinates[1]', 'features[0].properties.annotation_ids']);
  });

  it('returns the value, with its unknown members, when the file is valid', () => {
    const result = validateDataFile<{ provenance: unknown }>('geo/capitals.geojson', 'geo-layer', readFileSync(new URL('../../../../geo/capitals.geojson', import.meta.url), 'utf8'));
    expect(result.ok && result.value.provenance).toBeTruthy();
  });

  it('rejects a sub-event type that ACLED does not file under the event type', () => {
    const incidents = JSON.parse(readFileSync(new URL('../../../../data/articles/kessiya-2024-05-mali-mauritanie/incidents.geojson', import.meta.url), 'utf8'));
    incidents.features[0].properties.sub_event_type = 'Armed clash';
    const problems = problemsOf('i.geojson', 'incidents', JSON.stringify(incidents));
    expect(problems.map((p) => p.field)).toEqual(['features[0].properties.sub_event_type']);
  });

  it('rejects an exterior ring wound clockwise', () => {
    const layer = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { place_id: 'a', name_fr: 'A', name_en: 'A' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [0, 0]]] } }] };
    expect(problemsOf('geo/a.geojson', 'geo-layer', JSON.stringify(layer)).map((p) => p.message)).toEqual([expect.stringMatching(/clockwise/)]);
  });
});

describe('formatFieldPath', () => {
  it('writes indexes in brackets and odd keys quoted', () => {
    expect(formatFieldPath([3, 'lngLat', 1])).toBe('[3].lngLat[1]');
    expect(formatFieldPath([0, 'bb:mentionKind'])).toBe('[0]["bb:mentionKind"]');
    expect(formatFieldPath(['features', 2, 'properties', 'id'])).toBe('features[2].properties.id');
  });
});
