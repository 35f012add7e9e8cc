import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { ArticleRecord } from '../core/exchange/article-record';
import { whenSaved } from '../state/persist-articles';
import { layerIncidents } from '../core/exchange/layer-incidents';
import { slugify } from '../core/vocabulary/slug';
import { incidentById, selectDataset, selectShownArticle, selectShownArticles, selectUserArticleIds } from '../state/selectors';
import { ArticleTools } from './article-tools';
import { useReview } from './use-review';
import { useDashboard, useStoreApi } from '../state/use-store';
import { ArticlePanel } from './article-panel';
import { EntityLists } from './entity-lists';
import { IncidentCard } from './incident-card';
import { Legend } from './legend';
import { Timeline } from './timeline';
import { EventLayersPanel } from './event-layers-panel';
import { MapView } from './map-view';
import { PlaceCard } from './place-card';
import { LanguageToggle } from './language-toggle';
import { PlaceSearch } from './place-search';
import { MapViewExport } from './map-view-export';
import { LocatedCard } from './located-card';
import { localized, t } from './i18n';
import { ArticleSwitcher } from './article-switcher';
import { SkipLinks } from './skip-links';
import { SelectionAnnouncer } from './selection-announcer';
import { MapDescription } from './map-description';
import { focusArticleText, focusFirst, isTypingTarget } from './focus-target';

// Loaded on first use, not at start: the briefing mode, and the review and opening tools.
const BriefingRoot = lazy(() => import('./briefing/briefing-root').then((module) => ({ default: module.BriefingRoot })));
const OpenArticleDialog = lazy(() => import('./open-article-dialog').then((module) => ({ default: module.OpenArticleDialog })));
const MentionReviewCard = lazy(() => import('./mention-review-card').then((module) => ({ default: module.MentionReviewCard })));
const AddMentionCard = lazy(() => import('./add-mention-card').then((module) => ({ default: module.AddMentionCard })));
const HelpPanel = lazy(() => import('./help-panel').then((module) => ({ default: module.HelpPanel })));

/** Standard mark, read by the benchmark: when the lists, the article and the timeline were first shown. */
const PANELS_SHOWN_MARK = 'border-brief:panels-shown';

/**
 * The « Briefing » button. The briefing mode (editor, presentation, handouts) loads when it is
 * clicked, or at once when the store asks for it (an address with #brief=…, typed or loaded).
 */
function BriefingLauncher() {
  const store = useStoreApi();
  const isAsked = useDashboard((s) => s.briefing.mode.type !== 'closed');
  const [isLoaded, setLoaded] = useState(isAsked);
  if (isLoaded || isAsked) {
    return (
      <Suspense fallback={null}>
        <BriefingRoot />
      </Suspense>
    );
  }
  return (
    <button
      type="button"
      className="briefing-button"
      aria-expanded={false}
      onClick={() => {
        setLoaded(true);
        store.setBriefingMode({ type: 'panel' });
      }}
    >
      Briefing
    </button>
  );
}

/** The dashboard: lists and card, the map, and the article, all driven by one selection. */
export function Dashboard() {
  const store = useStoreApi();
  const dataset = useDashboard(selectDataset);
  const userArticleIds = useDashboard(selectUserArticleIds);
  const problems = useDashboard((s) => s.problems);
  const removed = useDashboard((s) => s.removed);
  const review = useReview();
  const [isOpening, setOpening] = useState(false);
  const [droppedFiles, setDroppedFiles] = useState<File[] | null>(null);
  const [pendingWords, setPendingWords] = useState<{ article: LoadedArticle; start: number; end: number } | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [isHelpLoaded, setHelpLoaded] = useState(false);
  const pendingWordsRef = useRef(pendingWords);
  useEffect(() => {
    pendingWordsRef.current = pendingWords;
  });
  const closePendingWords = useCallback(() => {
    const words = pendingWordsRef.current;
    setPendingWords(null);
    if (words) focusArticleText(words.article.meta.id);
  }, []);
  const openHelp = useCallback(() => {
    setHelpLoaded(true);
    setHelpOpen(true);
  }, []);
  const openArticle = useCallback(
    (record: ArticleRecord) => {
      store.openArticle(record);
      return whenSaved(store, record.meta.id);
    },
    [store],
  );
  // The map starts first; the panels render in a second, interruptible pass, so their work does
  // not delay the map's start. Held back until the map's first idle instead, they gained it ~20 ms
  // and showed 0.7 s later (`npm run bench`, which reads the mark below).
  const panelsDataset = useDeferredValue<Dataset | null>(dataset, null);
  useEffect(() => {
    if (panelsDataset && performance.getEntriesByName(PANELS_SHOWN_MARK).length === 0) performance.mark(PANELS_SHOWN_MARK);
  }, [panelsDataset]);
  const selection = useDashboard((s) => s.selection);
  const located = useDashboard((s) => s.located);
  const language = useDashboard((s) => s.language);
  const article = useDashboard(selectShownArticle);
  const shownArticles = useDashboard(selectShownArticles);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '?' && !isTypingTarget(event.target)) {
        event.preventDefault();
        openHelp();
        return;
      }
      if (event.key !== 'Escape') return;
      // One layer per press, the innermost first. An open dialog closes itself (the browser's Esc).
      if (document.querySelector('dialog[open]')) return;
      if (event.target instanceof HTMLInputElement && event.target.type === 'search' && event.target.value !== '') return; // the browser empties the box first
      if (store.getState().placingAnnotationId) return store.setPlacing(null);
      if (store.getState().measure?.isPicking) return store.clearMeasure();
      if (pendingWordsRef.current) return closePendingWords();
      store.clearSelection();
    };
    // Dropping files anywhere opens them, as the dialog's picker would.
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      setDroppedFiles(files);
      setOpening(true);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store, openHelp, closePendingWords]);

  const articleOfAnnotation = (annotationId: string) => dataset.articles.find((candidate) => candidate.annotations.some((annotation) => annotation.id === annotationId));
  const mentionArticle = selection?.type === 'mention' ? articleOfAnnotation(selection.id) : undefined;

  const place = selection?.type === 'place' ? dataset.places.find((candidate) => candidate.id === selection.id) : undefined;
  // An article's incident, or an event of the analyst's layers (an ACLED event has a card too).
  const eventLayers = useDashboard((s) => s.eventLayers);
  const incident = useMemo(() => (selection?.type === 'incident' ? incidentById(shownArticles, eventLayers, selection.id) : null), [selection, shownArticles, eventLayers]);

  return (
    <div className="dashboard">
      <SkipLinks />
      <header className="app-header">
        <h1>
          {t('appTitle', language)} <span className="tagline">{t('tagline', language)}</span>
        </h1>
        <div className="header-tools">
          <PlaceSearch />
          <MapViewExport />
          {panelsDataset && <BriefingLauncher />}
          <button type="button" className="help-button" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={openHelp} title={t('helpButton', language)}>
            ? <span className="help-button-word">{t('help', language)}</span>
          </button>
          <LanguageToggle />
        </div>
      </header>
      {isHelpLoaded && (
        <Suspense fallback={null}>
          <HelpPanel isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <SelectionAnnouncer dataset={dataset} articles={shownArticles} />
      <aside className="side-panel" aria-label={t('places', language)} aria-busy={panelsDataset === null}>
        {problems.length > 0 && (
          <div role="alert" className="open-problems">
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{localized(problem, language)}</li>
              ))}
            </ul>
          </div>
        )}
        {removed && (
          <div role="status" className="removed-notice">
            {t('articleRemoved', language, removed.record.meta.title)}{' '}
            <button type="button" onClick={() => store.undoRemove()}>
              {t('undoRemove', language)}
            </button>
          </div>
        )}
        <div className="card-slot">
          <Suspense fallback={null}>
          {pendingWords && <AddMentionCard key={`${pendingWords.start}-${pendingWords.end}`} article={pendingWords.article} start={pendingWords.start} end={pendingWords.end} review={review} onDone={closePendingWords} />}
          {mentionArticle && selection?.type === 'mention' && <MentionReviewCard annotationId={selection.id} article={mentionArticle} dataset={dataset} review={review} />}
          </Suspense>
          {place && <PlaceCard place={place} articles={shownArticles} />}
          {incident && <IncidentCard incident={incident.incident} article={incident.article} dataset={dataset} />}
          {located && <LocatedCard place={located} />}
          {!place && !incident && !mentionArticle && !pendingWords && !located && <p className="hint">{t('overviewHint', language)}</p>}
        </div>
        {panelsDataset && (
          <>
            <EntityLists dataset={panelsDataset} articles={shownArticles} />
            <ArticleSwitcher articles={dataset.articles} shownId={article?.meta.id ?? null} onOpen={() => setOpening(true)} />
            <EventLayersPanel />
          </>
        )}
      </aside>
      <main className="map-column">
        <MapView
          dataset={dataset}
          articles={shownArticles}
          onPlaceByHand={(_annotationId, lngLat) => store.placeByHand(lngLat)}
        />
        <MapDescription dataset={dataset} articles={shownArticles} />
        <Legend />
      </main>
      <div className="timeline-column">{panelsDataset && <Timeline />}</div>
      <section className="article-column" aria-label={t('articleColumn', language)} aria-busy={panelsDataset === null}>
        {panelsDataset &&
          shownArticles.map((shown) => (
            <ArticlePanel
              key={shown.meta.id}
              article={shown}
              onWordsSelected={(owner, start, end) => setPendingWords({ article: owner, start, end })}
              toolbar={<ArticleTools article={shown} dataset={dataset} onRemove={
                    userArticleIds.has(shown.meta.id)
                      ? () => {
                          store.removeArticle(shown.meta.id);
                          // The article's tools are gone with it: the keyboard goes to « Undo ».
                          requestAnimationFrame(() => focusFirst(['.removed-notice button', '.article-column']));
                        }
                      : undefined
                  } />}
            />
          ))}
      </section>
      {(isOpening || droppedFiles) && (
        <Suspense fallback={null}>
          <OpenArticleDialog
            isOpen={isOpening}
            onClose={() => setOpening(false)}
            onArticle={openArticle}
            knownPlaces={dataset.places}
            droppedFiles={droppedFiles}
            onLayer={(layer) => {
              const id = slugify(layer.file) ?? 'layer';
              if (layer.kind === 'incidents') store.addEventLayer({ id, name: layer.name, kind: 'geojson', features: layerIncidents(layer, id) });
              else store.addPlaceLayer({ id, name: layer.name, features: layer.features });
            }}
            onBriefing={(result) => {
              store.importBriefing(result);
              if (result.ok) store.setBriefingMode({ type: 'panel' });
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
