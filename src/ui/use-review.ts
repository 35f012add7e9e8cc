/**
 * Reviewing an article's annotations from the dashboard: each article keeps its own review state
 * (with undo), and every change is saved as an article record, so corrections survive a reload
 * and a bundled article (the seed) is reviewed in a copy, never altered.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { articleRecordFromLoaded, type ArticleRecord } from '../core/exchange/article-record';
import { createReviewState, reviewAnnotations, type ReviewAction, type ReviewState } from '../core/review/review-annotations';
import type { Agent, Place } from '../core/types';

const REVIEWER_NAME_KEY = 'border-brief:reviewer-name';
export const DEFAULT_REVIEWER_NAME = 'Analyste';

/** Actions as the UI dispatches them: the hook adds who and when. */
export type ReviewCommand = DistributiveOmit<Exclude<ReviewAction, { type: 'undo' }>, 'reviewer' | 'at'> | { type: 'undo' };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface Review {
  reviewer: Agent;
  setReviewerName(name: string): void;
  /** Applies a command to an article; resolves with a notice when nothing changed, or null. */
  dispatch(article: LoadedArticle, command: ReviewCommand): Promise<string | null>;
  canUndo(articleId: string): boolean;
}

export function useReview(dataset: Dataset, save: (record: ArticleRecord) => Promise<boolean>): Review {
  const [reviewerName, setName] = useState(() => readReviewerName());
  const states = useRef(new Map<string, ReviewState>());
  const [, setVersion] = useState(0); // re-render when undo becomes possible
  const reviewer = useMemo<Agent>(() => ({ id: `urn:border-brief:agent:person:${slug(reviewerName)}`, type: 'Person', name: reviewerName }), [reviewerName]);

  const dispatch = useCallback(
    async (article: LoadedArticle, command: ReviewCommand) => {
      const record = articleRecordFromLoaded(article, dataset.places);
      const state = states.current.get(article.meta.id) ?? createReviewState({ articleId: article.meta.id, text: article.text, sha256: article.meta.sha256, annotations: article.annotations, places: record.places });
      const action = command.type === 'undo' ? command : ({ ...command, reviewer, at: new Date().toISOString() } as ReviewAction);
      const next = reviewAnnotations(state, action);
      if (next.notice) return next.notice;
      states.current.set(article.meta.id, next);
      setVersion((v) => v + 1);
      const isSaved = await save({ ...record, annotations: next.annotations, places: mergePlaces(record.places, next.places) });
      return isSaved ? null : 'La correction est affichée mais n’a pas pu être enregistrée. / The correction is shown but could not be saved.';
    },
    [dataset.places, reviewer, save],
  );

  return {
    reviewer,
    setReviewerName(name) {
      const trimmed = name.trim() || DEFAULT_REVIEWER_NAME;
      window.localStorage.setItem(REVIEWER_NAME_KEY, trimmed);
      setName(trimmed);
    },
    dispatch,
    canUndo: (articleId) => (states.current.get(articleId)?.history.length ?? 0) > 0,
  };
}

function readReviewerName(): string {
  try {
    return window.localStorage.getItem(REVIEWER_NAME_KEY) || DEFAULT_REVIEWER_NAME;
  } catch {
    return DEFAULT_REVIEWER_NAME; // storage disabled: the name is not remembered
  }
}

function mergePlaces(a: readonly Place[], b: readonly Place[]): Place[] {
  const byId = new Map(a.map((place) => [place.id, place]));
  for (const place of b) byId.set(place.id, place);
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'analyst';
}
