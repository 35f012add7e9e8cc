import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../../src/core/validation/check-references';
import type { IncidentCollection, Place, PlaceAnnotation } from '../../../../src/core/types';

const root = new URL('../../../../', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const dir = 'data/articles/kessiya-2024-05-mali-mauritanie/';
const places = readJson<Place[]>('data/places.json');
const annotations = readJson<PlaceAnnotation[]>(`${dir}annotations.jsonld`);
const incidents = readJson<IncidentCollection>(`${dir}incidents.geojson`);
const article = { annotationsPath: `${dir}annotations.jsonld`, annotations, incidentsPath: `${dir}incidents.geojson`, incidents };

describe('checkReferences', () => {
  it('finds every reference of the committed seed data', () => {
    expect(checkReferences({ places, articles: [article] })).toEqual([]);
  });

  it('reports an annotation naming a place the registry lacks', () => {
    const withoutRussia = places.filter((p) => p.id !== 'russia');
    const problems = checkReferences({ places: withoutRussia, articles: [{ ...article, incidents: null }] });
    expect(problems).toEqual([expect.objectContaining({ field: '[9].body.source', message: 'names the place "russia", which data/places.json does not have.' })]);
  });

  it('reports an incident citing an annotation the article does not have', () => {
    const fewer = annotations.slice(0, 14);
    expect(checkReferences({ places, articles: [{ ...article, annotations: fewer }] }).map((p) => p.field)).toContain('features[4].properties.annotation_ids[0]');
  });
});
