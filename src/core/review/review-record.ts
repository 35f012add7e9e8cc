/**
 * A review action applied to an article as it is shown: the record on screen is the one truth,
 * and the undo history is only the earlier versions of it. No cached review state can outlive the
 * record it was made from, so a correction is always made over what the reviewer sees.
 */
import { articleRecordFromLoaded, citedPlaces, type ArticleRecord } from '../exchange/article-record';
import type { LoadedArticle } from '../dataset';
import type { Place } from '../types';
import { createReviewState, reviewAnnotations, type ReviewAction, type ReviewSnapshot } from './review-annotations';

export type ReviewOutcome = { ok: true; record: ArticleRecord; history: ReviewSnapshot[] } | { ok: false; notice: string };

/**
 * The record and history after `action`, or why nothing changed.
 * @param record the article as shown now (a stored record, or the bundled article's)
 * @param history its undo history, oldest first
 * @param knownPlaces the dashboard's places, which an action may point a mention at by id alone
 */
export function reviewRecord(record: ArticleRecord, history: readonly ReviewSnapshot[], action: ReviewAction, knownPlaces: readonly Place[]): ReviewOutcome {
  const state = { ...createReviewState({ articleId: record.meta.id, text: record.text, sha256: record.meta.sha256, annotations: record.annotations, places: record.places }), history: [...history] };
  const next = reviewAnnotations(state, action);
  if (next.notice) return { ok: false, notice: next.notice };
  // The record keeps the places its annotations and incidents name, from what it had and what the action brought.
  const reviewed = { ...record, annotations: next.annotations };
  return { ok: true, record: { ...reviewed, places: citedPlaces(reviewed, [...knownPlaces, ...record.places, ...next.places]) }, history: next.history };
}

/** The record a review of `article` starts from: the stored one when there is one, else the bundled article's. */
export function recordToReview(article: LoadedArticle, stored: ArticleRecord | undefined, places: readonly Place[]): ArticleRecord {
  return stored ?? articleRecordFromLoaded(article, places);
}
