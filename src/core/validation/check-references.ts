/**
 * Cross-file checks: every place id that an annotation, an incident or a geo layer names exists in
 * data/places.json, and every annotation an incident cites is one of its article's annotations.
 */
import type { DataProblem } from '../dataset';
import type { IncidentCollection, Place, PlaceAnnotation } from '../types';
import { UNLOCATED_PLACE_IRI, placeIdFromIri } from '../annotations/create-place-annotation';

export interface ReferenceInput {
  places: readonly Place[];
  articles: ReadonlyArray<{ annotationsPath: string; annotations: readonly PlaceAnnotation[]; incidentsPath?: string; incidents?: IncidentCollection | null }>;
  geoLayers?: ReadonlyArray<{ path: string; layer: { features: ReadonlyArray<{ properties: { place_id: string } | null }> } }>;
}

/** Problems of references between files; empty when every id resolves. */
export function checkReferences(input: ReferenceInput): DataProblem[] {
  const problems: DataProblem[] = [];
  const placeIds = new Set(input.places.map((p) => p.id));
  const missingPlace = (file: string, field: string, id: string): DataProblem => ({
    file,
    field,
    message: `names the place "${id}", which data/places.json does not have.`,
    fix: `Add "${id}" to data/places.json, or correct the id.`,
  });
  for (const article of input.articles) {
    article.annotations.forEach((annotation, i) => {
      const id = placeIdFromIri(annotation.body.source);
      if (id && !placeIds.has(id)) problems.push(missingPlace(article.annotationsPath, `[${i}].body.source`, id));
      if (!id && annotation.body.source !== UNLOCATED_PLACE_IRI) problems.push({ file: article.annotationsPath, field: `[${i}].body.source`, message: `"${annotation.body.source}" is not a place IRI.`, fix: 'Use urn:border-brief:place:<place id>.' });
    });
    const annotationIds = new Set(article.annotations.map((a) => a.id));
    const incidentsPath = article.incidentsPath ?? '';
    article.incidents?.features.forEach((feature, i) => {
      feature.properties.annotation_ids.forEach((id, j) => {
        if (!annotationIds.has(id)) {
          problems.push({ file: incidentsPath, field: `features[${i}].properties.annotation_ids[${j}]`, message: `cites "${id}", which is not an annotation of this article.`, fix: `Cite an id from ${article.annotationsPath}.` });
        }
      });
      feature.properties.place_ids.forEach((id, j) => {
        if (!placeIds.has(id)) problems.push(missingPlace(incidentsPath, `features[${i}].properties.place_ids[${j}]`, id));
      });
    });
  }
  for (const { path, layer } of input.geoLayers ?? []) {
    layer.features.forEach((feature, i) => {
      const id = feature.properties?.place_id;
      if (id && !placeIds.has(id)) problems.push(missingPlace(path, `features[${i}].properties.place_id`, id));
    });
  }
  return problems;
}
