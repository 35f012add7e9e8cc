import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LoadedArticle } from '../core/dataset';
import { paragraphSegments } from '../core/views/paragraph-segments';
import { findIncident } from '../core/views/place-mentions';
import { useDashboard, useStoreApi } from '../state/use-store';
import { quote, t } from './i18n';
import { scrollWithinPanel } from './use-reveal';
import { selectionOffsets, TextWithMentions } from './text-with-mentions';
import { ArticleSource } from './article-source';
import { keyboardSelect } from './keyboard-selection';

/** The article beside the map, paragraph by paragraph, every mention a link to its place. */
export function ArticlePanel({ article, onWordsSelected, toolbar }: { article: LoadedArticle; onWordsSelected?: (article: LoadedArticle, start: number, end: number) => void; toolbar?: ReactNode }) {
  const store = useStoreApi();
  const selection = useDashboard((s) => s.selection);
  const isReviewing = useDashboard((s) => s.isReviewing);
  const focusRequest = useDashboard((s) => s.focusRequest);
  const language = useDashboard((s) => s.language);
  const panelRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [reattachNotice, setReattachNotice] = useState<string | null>(null);

  const segmentsByParagraph = useMemo(
    () => article.paragraphs.map((paragraph) => ({ paragraph, segments: paragraphSegments(article.text, paragraph, article.mentions) })),
    [article],
  );
  const selectedPlaceId = selection?.type === 'place' ? selection.id : null;
  const citedAnnotationIds = useMemo(() => {
    if (selection?.type !== 'incident') return new Set<string>();
    return new Set(findIncident([article], selection.id)?.incident.properties.annotation_ids ?? []);
  }, [article, selection]);

  // Bring the first highlighted mention into view whenever a selection is made or re-made, within
  // the article's own column: below 1100px the article is under the map, and scrolling the page to
  // it took the map away from the user who had just picked on it (use-reveal.ts).
  useEffect(() => {
    const first = panelRef.current?.querySelector('mark[data-selected="true"], mark[data-cited="true"]');
    if (first) scrollWithinPanel(first, 'center');
  }, [selection, focusRequest]);

  return (
    <section className="article-panel" aria-labelledby={`article-heading-${article.meta.id}`} data-article-id={article.meta.id} ref={panelRef}>
      <h2 id={`article-heading-${article.meta.id}`} className="panel-heading" tabIndex={-1}>
        {t('article', language)}
      </h2>
      <ArticleSource meta={article.meta} language={language} />
      {toolbar}
      <h3 className="article-title" lang={article.meta.language}>
        {article.meta.title}
      </h3>
      {isReviewing && (
        <p className="hint" id={`keyboard-select-hint-${article.meta.id}`}>
          {t('keyboardSelectHint', language)}
        </p>
      )}
      <div
        ref={textRef}
        className={isReviewing ? 'article-text is-reviewing' : 'article-text'}
        lang={article.meta.language}
        // In review mode the text takes the keyboard: Shift+arrows select words, Enter adds them as a mention.
        {...(isReviewing && onWordsSelected
          ? {
              tabIndex: 0,
              role: 'group',
              'aria-label': t('articleTextLabel', language),
              'aria-describedby': `keyboard-select-hint-${article.meta.id}`,
              onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>) => {
                const offsets = keyboardSelect(event.nativeEvent, event.currentTarget);
                if (offsets) onWordsSelected(article, offsets.start, offsets.end);
              },
            }
          : {})}
        onMouseUp={(event) => {
          if (!isReviewing || !onWordsSelected) return;
          const offsets = selectionOffsets(event.currentTarget, window.getSelection());
          if (offsets) onWordsSelected(article, offsets.start, offsets.end);
        }}
      >
        {segmentsByParagraph.map(({ paragraph, segments }) => (
          <p key={paragraph.id} data-passage-id={paragraph.id} className="passage">
            <span className="passage-number" aria-hidden="true">
              {paragraph.paragraphNumber}
            </span>
            <TextWithMentions
              segments={segments}
              selectedPlaceId={selectedPlaceId}
              citedAnnotationIds={citedAnnotationIds}
              isReviewing={isReviewing}
              selectedAnnotationId={selection?.type === 'mention' ? selection.id : null}
              onMentionClick={(mention) => {
                if (isReviewing) store.select({ type: 'mention', id: mention.annotationId }, { focus: false });
                else if (mention.placeId) store.select({ type: 'place', id: mention.placeId });
              }}
            />
          </p>
        ))}
      </div>
      {article.isTextChanged && (
        <p className="text-changed" role="note">
          {t('textChanged', language)}
        </p>
      )}
      {article.orphaned.length > 0 && (
        <div className="orphaned" role="status">
          <h3>{t('orphaned', language)}</h3>
          {isReviewing && <p className="hint">{t('reattachHint', language)}</p>}
          {reattachNotice && (
            <p role="alert" className="form-problem">
              {reattachNotice}
            </p>
          )}
          <ul>
            {article.orphaned.map(({ annotation, reason }) => (
              <li key={annotation.id} data-orphan-id={annotation.id}>
                {quote(annotation.target.selector[0].exact, language)} — {reason}
                {isReviewing && (
                  <>
                    {' '}
                    <button
                      type="button"
                      // Select the words in the text first; a mouse-down here would clear the selection.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => {
                        const offsets = textRef.current ? selectionOffsets(textRef.current, window.getSelection()) : null;
                        setReattachNotice(offsets ? store.review(article.meta.id, { type: 'reattach', annotationId: annotation.id, start: offsets.start, end: offsets.end }) : t('selectWordsFirst', language));
                      }}
                    >
                      {t('reattach', language)}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
