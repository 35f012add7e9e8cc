import type { LoadedArticle } from '../core/dataset';
import { useDashboard, useStoreApi } from '../state/use-store';
import { formatSource } from './article-source';
import { t } from './i18n';

/** The articles the dashboard holds: show one, or all of them together. */
export function ArticleSwitcher({ articles, shownId, onOpen }: { articles: LoadedArticle[]; shownId: string | null; onOpen?: () => void }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const scope = useDashboard((s) => s.articleScope);
  return (
    <section className="article-switcher" aria-labelledby="articles-heading">
      <h2 className="panel-heading" id="articles-heading">
        {t('articles', language)} ({articles.length})
      </h2>
      <ul className="entity-list">
        {articles.map((article) => (
          <li key={article.meta.id}>
            <button type="button" className="entity-button article-button" aria-pressed={scope === 'one' && article.meta.id === shownId} data-article-id={article.meta.id} onClick={() => store.setArticle(article.meta.id)}>
              <span className="entity-name" lang={article.meta.language}>
                {article.meta.title}
              </span>
              <span className="entity-meta">
                {formatSource(article.meta, language)} · {article.meta.language.toUpperCase()}
              </span>
            </button>
          </li>
        ))}
        {articles.length > 1 && (
          <li>
            <button type="button" className="entity-button" aria-pressed={scope === 'all'} onClick={() => store.setArticleScope('all')}>
              <span className="entity-name">{t('allArticles', language)}</span>
            </button>
          </li>
        )}
      </ul>
      {onOpen && (
        <button type="button" className="open-button" onClick={onOpen}>
          {t('openArticle', language)}
        </button>
      )}
    </section>
  );
}
