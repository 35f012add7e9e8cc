/**
 * Turns a list of mentions (from a reviewer's marks or from the geoparser) into the annotations
 * file of an article. Sorting and numbering live here, not in the scripts, so every producer
 * writes the same ids for the same mentions: `urn:border-brief:annotation:<article>:<n>`, n from 1
 * in text order.
 */
import type { Agent, MentionKind, PlaceAnnotation } from '../types';
import { createPlaceAnnotation } from './create-place-annotation';

export interface MentionInput {
  start: number; // UTF-16 code units
  end: number; // exclusive
  placeId: string | null; // null: unlocated
  mentionKind: MentionKind;
  confidence?: number;
  status?: 'proposed' | 'accepted' | 'rejected';
}

export interface BuildArticleAnnotationsInput {
  articleId: string;
  text: string;
  sha256: string; // of the UTF-8 bytes of `text`
  mentions: readonly MentionInput[];
  creator: Agent;
  created: string; // ISO 8601; fixed by the caller so the output bytes are stable
}

/**
 * Annotations for `mentions`, sorted by start then end and numbered from 1.
 * @throws Error when two mentions overlap, since one word cannot name two places here.
 */
export function buildArticleAnnotations(input: BuildArticleAnnotationsInput): PlaceAnnotation[] {
  const sorted = [...input.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((m, i) => {
    const previous = sorted[i - 1];
    if (previous && m.start < previous.end) {
      throw new Error(`buildArticleAnnotations: mentions [${previous.start}, ${previous.end}) and [${m.start}, ${m.end}) overlap.`);
    }
  });
  return sorted.map((m, i) =>
    createPlaceAnnotation({
      articleId: input.articleId,
      text: input.text,
      sha256: input.sha256,
      index: i + 1,
      start: m.start,
      end: m.end,
      placeId: m.placeId,
      mentionKind: m.mentionKind,
      creator: input.creator,
      created: input.created,
      ...(m.confidence !== undefined ? { confidence: m.confidence } : {}),
      ...(m.status !== undefined ? { status: m.status } : {}),
    }),
  );
}

/** The bytes of `annotations.jsonld`: a JSON array, two-space indent, trailing newline. */
export function serializeAnnotations(annotations: readonly PlaceAnnotation[]): string {
  return `${JSON.stringify(annotations, null, 2)}\n`;
}
