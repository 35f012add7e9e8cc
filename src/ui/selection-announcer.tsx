import { useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { useDashboard } from '../state/use-store';
import { t } from './i18n';
import { selectionWords } from './selection-words';

/**
 * A polite live region that says what was just selected in a few words (« Nouakchott,
 * 5 mentions »), or « Vue d’ensemble » when the selection is cleared. The card itself is not a
 * live region: read whole on every change, it would drown the user.
 */
export function SelectionAnnouncer({ dataset, articles }: { dataset: Dataset; articles: readonly LoadedArticle[] }) {
  const selection = useDashboard((s) => s.selection);
  const language = useDashboard((s) => s.language);
  // Said on a change of selection only: a review saved under the same selection stays quiet.
  // Nothing is said at start (no selection yet); the overview is said when a selection is cleared.
  const key = `${language}|${selection ? `${selection.type}:${selection.id}` : ''}`;
  const [said, setSaid] = useState({ key: `${language}|`, message: '' });
  if (said.key !== key) setSaid({ key, message: selectionWords(dataset, articles, selection, language) ?? t('announceOverview', language) });
  const message = said.message;
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="selection-announcer">
      {message}
    </p>
  );
}
