/**
 * A reviewer's corrections to an article's annotations, as a pure reducer the UI dispatches to:
 * accept, reject, choose another place (a candidate or a gazetteer search result), place by hand
 * on the map, add a mention the geoparser missed, undo. Every change records who made it and when
 * (the annotation's `creator` becomes the reviewer, `modified` the moment), while the machine's
 * guess stays readable beside it (`bb:proposedBy`, `bb:proposedPlace`, `bb:proposedConfidence`),
 * so a person's corrections and the geoparser's proposals stay distinguishable.
 * An action that cannot apply (an overlapping selection, an unknown id) leaves the annotations as
 * they were and says why in `notice`.
 */
import { createPlaceAnnotation, placeIri } from '../annotations/create-place-annotation';
import { retargetAnnotation } from '../annotations/anchor-annotation';
import type { Agent, LngLat, MentionKind, Place, PlaceAnnotation } from '../types';
import { handPlacedPlace } from './hand-placed-place';

/** An annotation as a reviewer leaves it: a PlaceAnnotation with the W3C `modified` and the machine's guess kept. */
export interface ReviewedAnnotation extends PlaceAnnotation {
  modified?: string; // ISO 8601 date-time of the last review (W3C Web Annotation §3.3.1)
  'bb:proposedBy'?: Agent; // the software that proposed the annotation, before a person reviewed it
  'bb:proposedPlace'?: string; // the place IRI it proposed
  'bb:proposedConfidence'?: number; // its confidence in that place, moved here when a person chose another
}

export interface ReviewState {
  articleId: string;
  text: string;
  sha256: string; // of the UTF-8 bytes of `text`
  annotations: ReviewedAnnotation[]; // text order
  /** The places the annotations may name beyond the dashboard's own: gazetteer places and hand-placed `user-…` places, sorted by id. */
  places: Place[];
  history: ReviewSnapshot[]; // oldest first; `undo` pops the last
  /** Why the last action changed nothing, in words for the reviewer; null after a change. */
  notice: string | null;
}

export interface ReviewSnapshot {
  annotations: ReviewedAnnotation[];
  places: Place[];
}

interface ByReviewer {
  reviewer: Agent; // a Person: the machine does not review itself
  at: string; // ISO 8601 date-time of the change
}

export type ReviewAction =
  | ({ type: 'accept'; annotationId: string } & ByReviewer)
  | ({ type: 'reject'; annotationId: string } & ByReviewer)
  /** Point the mention at `place`: one of its candidates or a gazetteer search result (via `toPlace`). */
  | ({ type: 'choose-place'; annotationId: string; place: Place } & ByReviewer)
  /** Point the mention at a new `user-…` place where the reviewer clicked the map. */
  | ({ type: 'place-by-hand'; annotationId: string; lngLat: LngLat } & ByReviewer)
  /** Re-attach an orphaned annotation (its words changed) to the words `start`–`end` a reviewer chose. */
  | ({ type: 'reattach'; annotationId: string; start: number; end: number } & ByReviewer)
  /** Mark words the geoparser missed; `place` is added to `places` when given (a gazetteer place not yet held). */
  | ({ type: 'add-mention'; start: number; end: number; placeId: string | null; kind: MentionKind; place?: Place } & ByReviewer)
  | { type: 'undo' };

/** Undo steps kept; older ones are forgotten (the annotations themselves are never lost). */
export const MAX_UNDO_STEPS = 200;

/** The review state of a freshly opened or reloaded article. */
export function createReviewState(input: { articleId: string; text: string; sha256: string; annotations: readonly PlaceAnnotation[]; places?: readonly Place[] }): ReviewState {
  return {
    articleId: input.articleId,
    text: input.text,
    sha256: input.sha256,
    annotations: sortByText([...input.annotations]),
    places: sortById([...(input.places ?? [])]),
    history: [],
    notice: null,
  };
}

/**
 * The state after `action`. Pure: the same state and action give the same result, and the input
 * state is never mutated.
 * @throws Error when the reviewer is not a Person or `at` is not a date-time (programming errors).
 */
export function reviewAnnotations(state: ReviewState, action: ReviewAction): ReviewState {
  if (action.type === 'undo') {
    const previous = state.history.at(-1);
    if (!previous) return { ...state, notice: 'Nothing to undo.' };
    return { ...state, ...previous, history: state.history.slice(0, -1), notice: null };
  }
  checkReviewer(action);
  const at = new Date(action.at).toISOString().replace(/\.\d{3}Z$/, 'Z');

  if (action.type === 'add-mention') return addMention(state, action, at);

  const index = state.annotations.findIndex((a) => a.id === action.annotationId);
  const annotation = state.annotations[index];
  if (!annotation) return { ...state, notice: `No annotation ${action.annotationId} in this article (it may have been undone).` };

  switch (action.type) {
    case 'reattach': {
      const overlapping = state.annotations.find((a) => a.id !== annotation.id && a.target.selector[1].start < action.end && action.start < a.target.selector[1].end);
      if (overlapping) return { ...state, notice: `Those words overlap the mention « ${overlapping.target.selector[0].exact} »; choose other words.` };
      let retargeted: PlaceAnnotation;
      try {
        retargeted = retargetAnnotation(annotation, state.text, action.start, action.end, state.sha256);
      } catch (error) {
        return { ...state, notice: error instanceof Error ? error.message : String(error) };
      }
      return commit(state, sortByText(replaceAt(state.annotations, index, revise(retargeted as ReviewedAnnotation, action.reviewer, at, { 'bb:status': 'accepted' }))), state.places);
    }
    case 'accept':
      return commit(state, replaceAt(state.annotations, index, revise(annotation, action.reviewer, at, { 'bb:status': 'accepted' })), state.places);
    case 'reject':
      return commit(state, replaceAt(state.annotations, index, revise(annotation, action.reviewer, at, { 'bb:status': 'rejected' })), state.places);
    case 'choose-place':
      return commit(state, replaceAt(state.annotations, index, repoint(annotation, action.place.id, action.reviewer, at)), withPlace(state.places, action.place));
    case 'place-by-hand': {
      const [quote] = annotation.target.selector;
      const place = handPlacedPlace({ surface: quote.exact, kind: annotation['bb:mentionKind'], lngLat: action.lngLat, reviewer: action.reviewer, at, existing: state.places });
      return commit(state, replaceAt(state.annotations, index, repoint(annotation, place.id, action.reviewer, at)), withPlace(state.places, place));
    }
  }
}

/** The number `n` the next new annotation of the article gets: one more than the highest in use. */
export function nextAnnotationNumber(annotations: readonly PlaceAnnotation[]): number {
  let highest = 0;
  for (const annotation of annotations) {
    const n = Number(/:(\d+)$/.exec(annotation.id)?.[1] ?? 0);
    if (n > highest) highest = n;
  }
  return highest + 1;
}

function addMention(state: ReviewState, action: Extract<ReviewAction, { type: 'add-mention' }>, at: string): ReviewState {
  const { text } = state;
  let { start, end } = action;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    return { ...state, notice: `The selection [${start}, ${end}) is not a span of the text; select the words again.` };
  }
  // A selection made with the mouse often takes a space or a line break at either end.
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (start === end) return { ...state, notice: 'The selection holds only white space; select the words that name the place.' };
  const overlapping = state.annotations.find((a) => {
    const [, position] = a.target.selector;
    return start < position.end && position.start < end;
  });
  if (overlapping) {
    const [quote] = overlapping.target.selector;
    return { ...state, notice: `« ${text.slice(start, end)} » overlaps the mention « ${quote.exact} » already marked; correct that mention instead (choose its place, or reject it).` };
  }
  const annotation = createPlaceAnnotation({
    articleId: state.articleId,
    text,
    sha256: state.sha256,
    index: nextAnnotationNumber(state.annotations),
    start,
    end,
    placeId: action.placeId,
    mentionKind: action.kind,
    creator: action.reviewer,
    created: at,
    status: 'accepted',
  });
  const places = action.place ? withPlace(state.places, action.place) : state.places;
  return commit(state, sortByText([...state.annotations, annotation]), places);
}

function commit(state: ReviewState, annotations: ReviewedAnnotation[], places: Place[]): ReviewState {
  const history = [...state.history, { annotations: state.annotations, places: state.places }].slice(-MAX_UNDO_STEPS);
  return { ...state, annotations, places, history, notice: null };
}

// Records the reviewer and the moment, and keeps the machine's guess the first time a person touches it.
function revise(annotation: ReviewedAnnotation, reviewer: Agent, at: string, changes: Partial<ReviewedAnnotation>): ReviewedAnnotation {
  const next: ReviewedAnnotation = { ...annotation };
  if (annotation.creator.type === 'Software' && next['bb:proposedBy'] === undefined) {
    next['bb:proposedBy'] = { ...annotation.creator };
    next['bb:proposedPlace'] = annotation.body.source;
  }
  return { ...next, ...changes, creator: { id: reviewer.id, type: reviewer.type, name: reviewer.name }, modified: at };
}

function repoint(annotation: ReviewedAnnotation, placeId: string, reviewer: Agent, at: string): ReviewedAnnotation {
  const next = revise(annotation, reviewer, at, { 'bb:status': 'accepted', body: { ...annotation.body, source: placeIri(placeId) } });
  // The geoparser's confidence was in its own place, not in the one the person chose.
  if (next['bb:confidence'] !== undefined && next.body.source !== next['bb:proposedPlace']) {
    next['bb:proposedConfidence'] ??= next['bb:confidence'];
    delete next['bb:confidence'];
  }
  return next;
}

function withPlace(places: readonly Place[], place: Place): Place[] {
  const at = places.findIndex((p) => p.id === place.id);
  return sortById(at === -1 ? [...places, place] : replaceAt(places, at, place));
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

function sortByText(annotations: ReviewedAnnotation[]): ReviewedAnnotation[] {
  return annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start || a.target.selector[1].end - b.target.selector[1].end);
}

function sortById(places: Place[]): Place[] {
  return places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function checkReviewer(action: ByReviewer): void {
  if (action.reviewer?.type !== 'Person' || !action.reviewer.id || !action.reviewer.name) {
    throw new Error(`reviewAnnotations: reviewer must be an Agent of type Person with an id and a name (got ${JSON.stringify(action.reviewer)}).`);
  }
  if (Number.isNaN(Date.parse(action.at))) throw new Error(`reviewAnnotations: at "${action.at}" is not an ISO 8601 date-time.`);
}
