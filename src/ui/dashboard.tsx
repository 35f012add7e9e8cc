import { useDeferredValue, useEffect, useMemo } from 'react';
import type { Dataset } from '../core/dataset';
import { findIncident } from '../core/views/place-mentions';
import { useDashboard, useStoreApi } from '../state/use-store';
import { ArticlePanel } from './article-panel';
import { EntityLists } from './entity-lists';
import { IncidentCard } from './incident-card';
import { Legend } from './legend';
import { MapView } from './map-view';
import { PlaceCard } from './place-card';
import { LanguageToggle } from './language-toggle';
import { BriefingRoot } from './briefing/briefing-root';
import { t } from './i18n';
import { ArticleSwitcher } from './article-switcher';

/** The dashboard: lists and card, the map, and the article, all driven by one selection. */
export function Dashboard({ dataset }: { dataset: Dataset }) {
  const store = useStoreApi();
  // The map starts first; the panels render in a second, interruptible pass, so their work fills
  // the time the map spends waiting on its workers instead of delaying the map's start.
  const panelsDataset = useDeferredValue<Dataset | null>(dataset, null);
  const selection = useDashboard((s) => s.selection);
  const language = useDashboard((s) => s.language);
  const articleId = useDashboard((s) => s.articleId);
  const articleScope = useDashboard((s) => s.articleScope);
  const article = dataset.articles.find((candidate) => candidate.meta.id === articleId) ?? dataset.articles[0];
  const shownArticles = useMemo(() => (articleScope === 'all' ? dataset.articles : article ? [article] : []), [articleScope, dataset.articles, article]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') store.clearSelection();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  const place = selection?.type === 'place' ? dataset.places.find((candidate) => candidate.id === selection.id) : undefined;
  const incident = selection?.type === 'incident' ? findIncident(shownArticles, selection.id) : null;

  return (
    <div className="dashboard">
      <header className="app-header">
        <h1>
          {t('appTitle', language)} <span className="tagline">{t('tagline', language)}</span>
        </h1>
        <div className="header-tools">
          {panelsDataset && <BriefingRoot dataset={panelsDataset} />}
          <LanguageToggle />
        </div>
      </header>
      <aside className="side-panel" aria-label={t('places', language)} aria-busy={panelsDataset === null}>
        <div aria-live="polite">
          {place && <PlaceCard place={place} articles={shownArticles} />}
          {incident && <IncidentCard incident={incident.incident} article={incident.article} dataset={dataset} />}
          {!place && !incident && <p className="hint">{t('overviewHint', language)}</p>}
        </div>
        {panelsDataset && (
          <>
            <EntityLists dataset={panelsDataset} articles={shownArticles} />
            <ArticleSwitcher articles={panelsDataset.articles} shownId={article?.meta.id ?? null} />
          </>
        )}
      </aside>
      <main className="map-column">
        <MapView dataset={dataset} articles={shownArticles} />
        <Legend />
      </main>
      <div className="article-column" aria-busy={panelsDataset === null}>
        {panelsDataset && shownArticles.map((shown) => (
          <ArticlePanel key={shown.meta.id} article={shown} />
        ))}
      </div>
    </div>
  );
}
