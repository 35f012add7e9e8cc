/**
 * Turns geoparser mentions into W3C Web Annotations (one per mention, text order, ids from 1),
 * created by the geoparser's agent and `proposed`, so a reviewer's later corrections (made by a
 * Person) stay distinguishable from the machine's guesses. Each keeps the candidates the geoparser
 * weighed (`bb:candidates`), so the reviewer can choose another.
 */
import { createPlaceAnnotation } from '../annotations/create-place-annotation';
import type { Agent, PlaceAnnotation } from '../types';
import type { GeoparseMention } from './geoparse-types';

export interface GeoparseAnnotationsInput {
  articleId: string; // slug of the article
  text: string; // the text the mentions point into
  sha256: string; // hex sha256 of the UTF-8 bytes of `text`
  created: string; // ISO 8601 date-time recorded on every annotation
  creator: Agent; // geoparser.agent
}

/**
 * One `proposed` PlaceAnnotation per mention, unlocated mentions included (placeId null).
 * @throws Error when two mentions overlap, since one word cannot name two places here.
 */
export function geoparseAnnotations(mentions: readonly GeoparseMention[], input: GeoparseAnnotationsInput): PlaceAnnotation[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((mention, i) => {
    const previous = sorted[i - 1];
    if (previous && mention.start < previous.end) {
      throw new Error(`geoparseAnnotations: mentions [${previous.start}, ${previous.end}) and [${mention.start}, ${mention.end}) overlap.`);
    }
  });
  return sorted.map((mention, i) => ({
    ...createPlaceAnnotation({
      articleId: input.articleId,
      text: input.text,
      sha256: input.sha256,
      index: i + 1,
      start: mention.start,
      end: mention.end,
      placeId: mention.placeId,
      mentionKind: mention.kind,
      creator: input.creator,
      created: input.created,
      confidence: mention.confidence,
      status: 'proposed',
    }),
    // Kept so a reviewer can pick the runner-up without searching the gazetteer again.
    'bb:candidates': mention.candidates.map(({ placeId, score }) => ({ placeId, score })),
  }));
}
