/**
 * The review commands as the review cards use them, over the store: the store owns each article's
 * record and undo history (src/state/store.ts), and its persistence subscriber saves every change,
 * so corrections survive a reload and a bundled article (the seed) is reviewed in a copy.
 */
import { useMemo } from 'react';
import type { LoadedArticle } from '../core/dataset';
import type { Agent } from '../core/types';
import { selectReviewer } from '../state/selectors';
import { DEFAULT_REVIEWER_NAME, type ReviewCommand } from '../state/store';
import { useDashboard, useStoreApi } from '../state/use-store';

export { DEFAULT_REVIEWER_NAME, type ReviewCommand };

export interface Review {
  reviewer: Agent;
  setReviewerName(name: string): void;
  /** Applies a command to an article; resolves with a notice when nothing changed, or null. */
  dispatch(article: LoadedArticle, command: ReviewCommand): Promise<string | null>;
  canUndo(articleId: string): boolean;
}

export function useReview(): Review {
  const store = useStoreApi();
  const reviewer = useDashboard(selectReviewer);
  const histories = useDashboard((s) => s.reviewHistory);
  return useMemo(
    () => ({
      reviewer,
      setReviewerName: (name) => store.setReviewerName(name),
      dispatch: (article, command) => Promise.resolve(store.review(article.meta.id, command)),
      canUndo: (articleId) => (histories[articleId]?.length ?? 0) > 0,
    }),
    [store, reviewer, histories],
  );
}
