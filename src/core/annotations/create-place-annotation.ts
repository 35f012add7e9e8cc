/**
 * Builds the W3C Web Annotation that links one mention (a span of article text) to a place.
 * Every producer of annotations (the seed script, the geoparser, a reviewer's correction) goes
 * through here, so the shape, the IRIs and the selectors' context length are the same everywhere.
 * See https://www.w3.org/TR/annotation-model/ and data/README.md (`annotations.jsonld`).
 */
import type { Agent, MentionKind, PlaceAnnotation, TextPositionSelector, TextQuoteSelector } from '../types';
import { SLUG_PATTERN } from '../vocabulary/slug';

/** UTF-16 code units of text kept before and after the quote, as Hypothesis does. */
export const QUOTE_CONTEXT_LENGTH = 32;

export const ANNOTATION_CONTEXT: PlaceAnnotation['@context'] = ['http://www.w3.org/ns/anno.jsonld', { bb: 'urn:border-brief:vocab:' }];

/** The place IRI used when a mention cannot be placed (kept, not dropped: an unplaced mention is listed, never given invented coordinates). */
export const UNLOCATED_PLACE_IRI = 'urn:border-brief:place:unlocated';

export interface CreatePlaceAnnotationInput {
  articleId: string; // article slug, e.g. 'kessiya-2024-05-mali-mauritanie'
  text: string; // the article text the offsets point into
  sha256: string; // hex sha256 of the UTF-8 bytes of `text`
  index: number; // 1-based rank of the mention in text order; becomes the end of the annotation id
  start: number; // UTF-16 code units, inclusive
  end: number; // UTF-16 code units, exclusive
  placeId: string | null; // null: the mention could not be placed
  mentionKind: MentionKind;
  creator: Agent;
  created: string; // ISO 8601 date-time
  confidence?: number; // 0–1
  status?: 'proposed' | 'accepted' | 'rejected';
}

/**
 * Returns the annotation for the mention `text.slice(start, end)`, with a TextQuoteSelector
 * (exact + 32 code units of prefix/suffix) and a TextPositionSelector.
 *
 * @example
 * createPlaceAnnotation({ articleId: 'a', text, sha256, index: 2, start: 158, end: 168,
 *   placeId: 'nouakchott', mentionKind: 'city', creator, created: '2024-05-31T00:00:00Z' })
 * // → { id: 'urn:border-brief:annotation:a:2', body: { source: 'urn:border-brief:place:nouakchott', … }, … }
 * @throws Error naming the argument when the offsets, ids, hash or confidence are not usable.
 */
export function createPlaceAnnotation(input: CreatePlaceAnnotationInput): PlaceAnnotation {
  const { articleId, text, sha256, index, start, end, placeId, mentionKind, creator, created, confidence, status } = input;
  checkInput(input);

  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: textBefore(text, start),
    suffix: textAfter(text, end),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };

  const annotation: PlaceAnnotation = {
    '@context': [ANNOTATION_CONTEXT[0], { ...ANNOTATION_CONTEXT[1] }],
    id: annotationIri(articleId, index),
    type: 'Annotation',
    motivation: 'identifying',
    created,
    creator: { id: creator.id, type: creator.type, name: creator.name },
    body: { type: 'SpecificResource', purpose: 'identifying', source: placeIri(placeId) },
    target: { source: articleIri(articleId), selector: [quote, position] },
    'bb:articleSha256': sha256,
    'bb:mentionKind': mentionKind,
  };
  if (confidence !== undefined) annotation['bb:confidence'] = confidence;
  if (status !== undefined) annotation['bb:status'] = status;
  return annotation;
}

/** `urn:border-brief:annotation:<article>:<n>` (n from 1 in text order). */
export function annotationIri(articleId: string, index: number): string {
  return `urn:border-brief:annotation:${articleId}:${index}`;
}

/** `urn:border-brief:place:<slug>`, or the unlocated IRI for null. */
export function placeIri(placeId: string | null): string {
  return placeId === null ? UNLOCATED_PLACE_IRI : `urn:border-brief:place:${placeId}`;
}

/** `urn:border-brief:article:<slug>`. */
export function articleIri(articleId: string): string {
  return `urn:border-brief:article:${articleId}`;
}

/** The place slug of a place IRI, null for the unlocated IRI or an IRI that is not a place's. */
export function placeIdFromIri(iri: string): string | null {
  const prefix = 'urn:border-brief:place:';
  if (!iri.startsWith(prefix) || iri === UNLOCATED_PLACE_IRI) return null;
  return iri.slice(prefix.length);
}

function checkInput(input: CreatePlaceAnnotationInput): void {
  const { articleId, text, sha256, index, start, end, placeId, created, confidence } = input;
  if (!SLUG_PATTERN.test(articleId)) throw new Error(`createPlaceAnnotation: articleId "${articleId}" is not a lowercase slug (a-z, 0-9, hyphens).`);
  if (placeId !== null && !SLUG_PATTERN.test(placeId)) throw new Error(`createPlaceAnnotation: placeId "${placeId}" is not a lowercase slug; use null for an unlocated mention.`);
  if (!Number.isInteger(index) || index < 1) throw new Error(`createPlaceAnnotation: index ${index} must be an integer from 1 (text order).`);
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('createPlaceAnnotation: sha256 must be 64 lowercase hex digits (sha256 of the UTF-8 text).');
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`createPlaceAnnotation: start ${start} and end ${end} must be integers (UTF-16 code units).`);
  if (start < 0 || end > text.length || start >= end) {
    throw new Error(`createPlaceAnnotation: offsets [${start}, ${end}) are not a non-empty span of the text (0…${text.length}, end exclusive).`);
  }
  // A span that cuts a surrogate pair in two would quote half a character.
  if (isLowSurrogate(text.charCodeAt(start)) || isLowSurrogate(text.charCodeAt(end))) {
    throw new Error(`createPlaceAnnotation: offsets [${start}, ${end}) split a surrogate pair; offsets count UTF-16 code units and must fall between characters.`);
  }
  if (Number.isNaN(Date.parse(created))) throw new Error(`createPlaceAnnotation: created "${created}" is not an ISO 8601 date-time.`);
  if (confidence !== undefined && !(confidence >= 0 && confidence <= 1)) throw new Error(`createPlaceAnnotation: confidence ${confidence} must be between 0 and 1.`);
}

function textBefore(text: string, start: number): string {
  let from = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(from))) from += 1; // never begin the context with half a pair
  return text.slice(from, start);
}

function textAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to -= 1; // never end the context with half a pair
  return text.slice(end, to);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
