import { useRef, useState } from 'react';
import type { AcledProgress } from '../state/acled-client';
import { acledEventLayer, eventCount } from '../state/acled-layer';
import { selectDataset, selectShownArticles, selectVisibleIncidentIds } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { downloadFile } from './download-file';
import { colon, formatInteger, formatPercent, t } from './i18n';

const ISSUES_SHOWN = 20;

type Status = { type: 'idle' } | { type: 'reading'; name: string; progress: AcledProgress | null; cancel: () => void } | { type: 'done'; lines: string[]; isOk: boolean };

/**
 * The analyst's own event files beside the articles: open an ACLED export (parsed in a Web Worker
 * with its progress and a cancel button; every bad row named by line and column, good rows kept,
 * nothing already loaded lost), remove it, and export what is shown (after filters and the time
 * window) as ACLED CSV or GeoJSON.
 */
export function EventLayersPanel() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const layers = useDashboard((s) => s.eventLayers);
  const placeLayers = useDashboard((s) => s.placeLayers);
  const [status, setStatus] = useState<Status>({ type: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  const open = async (file: File) => {
    const controller = new AbortController();
    setStatus({ type: 'reading', name: file.name, progress: null, cancel: () => controller.abort() });
    const { geo } = selectDataset(store.getState());
    // The parser and its worker load on first use: most sessions never open an ACLED file.
    const [{ openAcledInWorker }, { formatIssue }] = await Promise.all([import('../state/acled-client'), import('../core/acled/parse-acled-csv')]);
    const result = await openAcledInWorker(file, {
      layers: { countries: geo.countries, border: geo.border },
      signal: controller.signal,
      onProgress: (progress) => setStatus((current) => (current.type === 'reading' ? { ...current, progress } : current)),
    });
    if (!result.ok) {
      const lines = 'cancelled' in result ? [t('acledCancelled', language, file.name)] : [`${file.name}${colon(language)}${result.problem.message} ${result.problem.fix}`];
      return setStatus({ type: 'done', lines, isOk: false });
    }
    store.addEventLayer(acledEventLayer(file.name, result.table, result.index, result.geometry));
    const issues = result.summary.issues;
    const lines = [t('acledLoaded', language, file.name, result.table.rows), ...issues.slice(0, ISSUES_SHOWN).map(formatIssue)];
    if (issues.length > ISSUES_SHOWN) lines.push(t('moreIssues', language, issues.length - ISSUES_SHOWN));
    setStatus({ type: 'done', lines, isOk: true });
  };

  const shown = () => {
    const state = store.getState();
    const visible = selectVisibleIncidentIds(state);
    const all = [...selectShownArticles(state).flatMap((article) => article.incidents), ...state.eventLayers.flatMap((layer) => layer.features)];
    return visible ? all.filter((incident) => visible.has(incident.properties.id)) : all;
  };

  const exportShown = async (format: 'csv' | 'geojson') => {
    const { acledCsv, acledGeoJson } = await import('../core/acled/export-acled');
    if (format === 'csv') downloadFile('border-brief-shown.acled.csv', acledCsv(shown()), 'text/csv');
    else downloadFile('border-brief-shown.geojson', `${JSON.stringify(acledGeoJson(shown()), null, 2)}\n`, 'application/geo+json');
  };

  return (
    <section className="event-layers" aria-labelledby="event-layers-heading">
      <h2 className="panel-heading" id="event-layers-heading">
        {t('eventLayers', language)}
      </h2>
      {placeLayers.length > 0 && (
        <ul className="entity-list">
          {placeLayers.map((layer) => (
            <li key={layer.id} className="event-layer" data-place-layer-id={layer.id}>
              <span className="entity-name">{layer.name}</span> <span className="entity-meta">— {t('placeCount', language, layer.features.length)}</span>{' '}
              <button type="button" onClick={() => store.removePlaceLayer(layer.id)}>
                {t('removeLayer', language)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {layers.length > 0 && (
        <ul className="entity-list">
          {layers.map((layer) => (
            <li key={layer.id} className="event-layer" data-layer-id={layer.id}>
              <span className="entity-name">{layer.name}</span> <span className="entity-meta">— {t('eventCount', language, eventCount(layer))}</span>{' '}
              <button type="button" onClick={() => store.removeEventLayer(layer.id)}>
                {t('removeLayer', language)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <input ref={inputRef} type="file" accept=".csv,text/csv" hidden onChange={(event) => event.target.files?.[0] && void open(event.target.files[0])} aria-label={t('openAcled', language)} />
      <div className="review-actions">
        <button type="button" className="open-button" disabled={status.type === 'reading'} onClick={() => inputRef.current?.click()}>
          {t('openAcled', language)}
        </button>
        <button type="button" onClick={() => void exportShown('csv')}>
          {t('exportShownCsv', language)}
        </button>
        <button type="button" onClick={() => void exportShown('geojson')}>
          {t('exportShownGeojson', language)}
        </button>
      </div>
      {status.type === 'reading' && (
        <div role="status" className="acled-progress">
          <progress max={1} value={status.progress?.fraction ?? 0} /> {status.name}
          {status.progress && ` — ${formatPercent(status.progress.fraction, language)}, ${formatInteger(status.progress.rows, language)} ${t('rows', language)}`}{' '}
          <button type="button" onClick={status.cancel}>
            {t('cancel', language)}
          </button>
        </div>
      )}
      {status.type === 'done' && (
        <ul role={status.isOk ? 'status' : 'alert'} className={status.isOk ? 'open-result' : 'open-problems'}>
          {status.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
