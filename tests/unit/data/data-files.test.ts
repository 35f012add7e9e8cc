import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { checkAnnotationsAgainstText } from '../../../src/core/validation/check-annotations-against-text';
import { checkArticleText } from '../../../src/core/validation/check-article-text';
import { checkReferences } from '../../../src/core/validation/check-references';
import { checkPlacesInTheirCountry, checkPointsInTheirCountry } from '../../../src/core/validation/check-swapped-coordinates';
import { formatProblem, validateDataFile, type DataFileKind } from '../../../src/core/validation/validate-data-file';
import type { ArticleMeta, IncidentCollection, Place, PlaceAnnotation } from '../../../src/core/types';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

function valid<T>(path: string, kind: DataFileKind): T {
  const result = validateDataFile<T>(path, kind, read(path));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

const GEO_LAYERS = ['geo/world-110m.geojson', 'geo/countries-region.geojson', 'geo/border-ml-mr.geojson', 'geo/border-zone.geojson', 'geo/capitals.geojson'];
const articleIds = readdirSync(new URL('data/articles/', root));

describe('every committed data file', () => {
  it('data/places.json passes its schema', () => {
    expect(() => valid<Place[]>('data/places.json', 'places')).not.toThrow();
  });

  it.each(GEO_LAYERS)('%s passes the geo layer schema', (path) => {
    expect(() => valid(path, 'geo-layer')).not.toThrow();
  });

  it.each(articleIds)('article %s: meta, annotations and incidents pass their schemas, and the text matches its meta', async (id) => {
    const dir = `data/articles/${id}/`;
    const meta = valid<ArticleMeta>(`${dir}meta.json`, 'article-meta');
    const annotations = valid<PlaceAnnotation[]>(`${dir}annotations.jsonld`, 'annotations');
    if (existsSync(new URL(`${dir}incidents.geojson`, root))) valid(`${dir}incidents.geojson`, 'incidents');
    const text = read(`${dir}text.txt`);
    expect((await checkArticleText(`${dir}text.txt`, text, `${dir}meta.json`, meta)).map(formatProblem)).toEqual([]);
    expect(checkAnnotationsAgainstText(`${dir}annotations.jsonld`, annotations, text, meta).map(formatProblem)).toEqual([]);
  });

  it('name only places, annotations and ids that exist', () => {
    const places = valid<Place[]>('data/places.json', 'places');
    const articles = articleIds.map((id) => {
      const dir = `data/articles/${id}/`;
      const incidentsPath = `${dir}incidents.geojson`;
      return {
        annotationsPath: `${dir}annotations.jsonld`,
        annotations: valid<PlaceAnnotation[]>(`${dir}annotations.jsonld`, 'annotations'),
        incidentsPath,
        incidents: existsSync(new URL(incidentsPath, root)) ? valid<IncidentCollection>(incidentsPath, 'incidents') : null,
      };
    });
    // The world and regional country layers are context: their countries need not be places of the registry.
    const geoLayers = ['geo/border-ml-mr.geojson', 'geo/border-zone.geojson', 'geo/capitals.geojson'].map((path) => ({ path, layer: valid<{ features: Array<{ properties: { place_id: string } }> }>(path, 'geo-layer') }));
    expect(checkReferences({ places, articles, geoLayers }).map(formatProblem)).toEqual([]);
  });

  it('put every capital inside its country', () => {
    const countries = valid<{ features: Array<Feature<Polygon | MultiPolygon, { place_id: string; iso_a2?: string }>> }>('geo/countries-region.geojson', 'geo-layer').features;
    const places = valid<Place[]>('data/places.json', 'places');
    const capitals = valid<{ features: Array<Feature<Polygon, Record<string, unknown>>> }>('geo/capitals.geojson', 'geo-layer').features;
    expect(checkPlacesInTheirCountry('data/places.json', places, countries).map(formatProblem)).toEqual([]);
    expect(checkPointsInTheirCountry('geo/capitals.geojson', capitals, countries).map(formatProblem)).toEqual([]);
  });
});
