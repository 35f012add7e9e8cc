import { useContext, useState } from 'react';
import { selectIncidentIndex, selectShownArticles } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { DashboardMapContext } from './dashboard-map-context';
import { downloadFile } from './download-file';
import { formatDate, t } from './i18n';
import { composeMapImage } from './map-image';

/**
 * « Exporter la vue (PNG) »: the map as it is on screen, with its legend, scale and sources, as an
 * image for a report, without building a briefing.
 */
export function MapViewExport() {
  const store = useStoreApi();
  const dashboardMap = useContext(DashboardMapContext);
  const language = useDashboard((s) => s.language);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exportView = async () => {
    const snapshot = dashboardMap.snapshot();
    if (!snapshot) return setProblem(t('exportMapViewFailed', language));
    setBusy(true);
    setProblem(null);
    try {
      const state = store.getState();
      const articles = selectShownArticles(state);
      const incidents = articles.flatMap((article) => article.incidents);
      // The event layers' types from their column index: reading their features would make 100,000 objects.
      const eventTypes = [...new Set([...incidents.map((incident) => incident.properties.event_type), ...(selectIncidentIndex(state)?.eventTypes ?? [])])].filter(Boolean).sort();
      const exportedAt = new Date();
      const image = await composeMapImage(await snapshot, {
        title: t('mapImageTitle', language),
        subtitle: articles.map((article) => article.meta.title).join(' · '),
        sources: articles.map((article) => `${article.meta.outlet}, ${formatDate(article.meta.published, article.meta.publishedPrecision, language)}`),
        layers: state.layers,
        eventTypes,
        hasProposals: incidents.some((incident) => (incident.properties as { 'bb:status'?: string })['bb:status'] === 'proposed'),
        language,
        exportedAt,
      });
      downloadFile(`border-brief-carte-${exportedAt.toISOString().slice(0, 10)}.png`, image, 'image/png');
    } catch (error) {
      setProblem(`${t('exportMapViewFailed', language)} (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {/* Short on screen (the header is full on narrow screens); the name says it all, and holds the words shown. */}
      <button type="button" className="map-export-button" onClick={() => void exportView()} disabled={isBusy} aria-busy={isBusy} aria-label={t('exportMapView', language)} title={t('exportMapView', language)}>
        <span aria-hidden="true">⤓ </span>
        {isBusy ? '…' : 'PNG'}
      </button>
      {problem && (
        <span role="alert" className="map-export-problem">
          {problem}
        </span>
      )}
    </>
  );
}
