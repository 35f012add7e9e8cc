import { useEffect, useMemo, useRef } from 'react';
import type { LoadedArticle } from '../core/dataset';
import { paragraphSegments } from '../core/views/paragraph-segments';
import { findIncident } from '../core/views/place-mentions';
import { useDashboard, useStoreApi } from '../state/use-store';
import { t } from './i18n';
import { prefersReducedMotion } from './use-reduced-motion';
import { TextWithMentions } from './text-with-mentions';
import { ArticleSource } from './article-source';

/** The article beside the map, paragraph by paragraph, every mention a link to its place. */
export function ArticlePanel({ article }: { article: LoadedArticle }) {
  const store = useStoreApi();
  const selection = useDashboard((s) => s.selection);
  const focusRequest = useDashboard((s) => s.focusRequest);
  const language = useDashboard((s) => s.language);
  const panelRef = useRef<HTMLElement>(null);

  const segmentsByParagraph = useMemo(
    () => article.paragraphs.map((paragraph) => ({ paragraph, segments: paragraphSegments(article.text, paragraph, article.mentions) })),
    [article],
  );
  const selectedPlaceId = selection?.type === 'place' ? selection.id : null;
  const citedAnnotationIds = useMemo(() => {
    if (selection?.type !== 'incident') return new Set<string>();
    return new Set(findIncident([article], selection.id)?.incident.properties.annotation_ids ?? []);
  }, [article, selection]);

  // Bring the first highlighted mention into view whenever a selection is made or re-made.
  useEffect(() => {
    const first = panelRef.current?.querySelector('mark[data-selected="true"], mark[data-cited="true"]');
    if (first && typeof first.scrollIntoView === 'function') first.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [selection, focusRequest]);

  return (
    <section className="article-panel" aria-labelledby={`article-heading-${article.meta.id}`} data-article-id={article.meta.id} ref={panelRef}>
      <h2 id={`article-heading-${article.meta.id}`} className="panel-heading">
        {t('article', language)}
      </h2>
      <ArticleSource meta={article.meta} language={language} />
      <h3 className="article-title" lang={article.meta.language}>
        {article.meta.title}
      </h3>
      <div className="article-text" lang={article.meta.language}>
        {segmentsByParagraph.map(({ paragraph, segments }) => (
          <p key={paragraph.id} data-passage-id={paragraph.id} className="passage">
            <span className="passage-number" aria-hidden="true">
              {paragraph.paragraphNumber}
            </span>
            <TextWithMentions
              segments={segments}
              selectedPlaceId={selectedPlaceId}
              citedAnnotationIds={citedAnnotationIds}
              onMentionClick={(placeId) => store.select({ type: 'place', id: placeId })}
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
          <ul>
            {article.orphaned.map(({ annotation, reason }) => (
              <li key={annotation.id}>
                « {annotation.target.selector[0].exact} » — {reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
