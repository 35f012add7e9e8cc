/**
 * The places a reviewer can switch a mention to without searching: the candidates the geoparser
 * weighed (`bb:candidates`), as `Place`s from the gazetteer, best first.
 */
import { placeIdFromIri } from '../annotations/create-place-annotation';
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import { toPlace } from '../gazetteer/to-place';
import type { Place, PlaceAnnotation } from '../types';

export interface CandidatePlace {
  place: Place;
  score: number; // the geoparser's relative score: only the order and the gaps mean something
  isCurrent: boolean; // the annotation names this place now
}

/**
 * The annotation's candidates that the gazetteer still holds, best first. Empty for a mention a
 * person added or one the geoparser found no candidate for (then offer the gazetteer search).
 */
export function candidatePlaces(annotation: PlaceAnnotation, gazetteer: Pick<Gazetteer, 'get'>): CandidatePlace[] {
  const current = placeIdFromIri(annotation.body.source);
  return (annotation['bb:candidates'] ?? []).flatMap(({ placeId, score }) => {
    const entry = gazetteer.get(placeId);
    return entry ? [{ place: toPlace(entry), score, isCurrent: placeId === current }] : [];
  });
}
