import { useMemo } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { IncidentFeature } from '../core/types';
import { colorOf } from '../core/views/place-colors';
import { usePlaceColors } from './use-place-colors';
import { mentionedPlaces } from '../core/views/place-mentions';
import { useDashboard, useStoreApi } from '../state/use-store';
import { kindName, localized, t } from './i18n';
import { IncidentSymbol } from './incident-symbol';
import { FilterPanel } from './filter-panel';
import { selectVisibleIncidentIds } from '../state/selectors';

/**
 * The places and incidents of the shown articles as lists of buttons: the keyboard way into
 * everything the map shows. Each button's accessible name starts with the place's name.
 */
export function EntityLists({ dataset, articles }: { dataset: Dataset; articles: LoadedArticle[] }) {
  const store = useStoreApi();
  const selection = useDashboard((s) => s.selection);
  const language = useDashboard((s) => s.language);
  const places = useMemo(() => mentionedPlaces(dataset, articles), [dataset, articles]);
  const colors = usePlaceColors();
  const visibleIds = useDashboard(selectVisibleIncidentIds);
  const incidents = useMemo(() => articles.flatMap((article) => article.incidents).filter((incident) => !visibleIds || visibleIds.has(incident.properties.id)), [articles, visibleIds]);

  return (
    <nav className="entity-lists" aria-label={`${t('places', language)} / ${t('incidents', language)}`}>
      <h2 className="panel-heading" id="places-heading">
        {t('places', language)}
      </h2>
      <ul className="entity-list" aria-labelledby="places-heading">
        {places.map(({ place, count }) => {
          const isSelected = selection?.type === 'place' && selection.id === place.id;
          return (
            <li key={place.id}>
              <button
                type="button"
                className="entity-button"
                aria-pressed={isSelected}
                data-place-id={place.id}
                onClick={() => store.select({ type: 'place', id: place.id })}
              >
                <span className="swatch" style={{ background: colorOf(colors, place.id) }} aria-hidden="true" />
                <span className="entity-text">
                  <span className="entity-name">{localized(place.name, language)}</span>
                  <span className="entity-meta">
                    {' '}
                    — {kindName(place.kind, language)}, {t('countMentions', language, count)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <h2 className="panel-heading" id="incidents-heading">
        {t('incidents', language)}
      </h2>
      <FilterPanel />
      {incidents.length === 0 && <p className="hint">{t('noIncidentsInArticle', language)}</p>}
      <ul className="entity-list" aria-labelledby="incidents-heading">
        {incidents.map((incident) => {
          const props = incident.properties;
          const status = incidentStatus(incident);
          const isSelected = selection?.type === 'incident' && selection.id === props.id;
          return (
            <li key={props.id}>
              <button
                type="button"
                className="entity-button"
                aria-pressed={isSelected}
                data-incident-id={props.id}
                data-incident-status={status}
                onClick={() => store.select({ type: 'incident', id: props.id })}
              >
                <IncidentSymbol eventType={props.event_type} isZone={incident.geometry !== null && incident.geometry.type !== 'Point'} />
                <span className="entity-text">
                  <span className="entity-name">{localized(props.title, language)}</span>
                  {props.claim_status === 'alleged' && <span className="badge badge-alleged"> {t('allegation', language)}</span>}
                  {incident.geometry === null && <span className="badge badge-muted"> {t('unlocated', language)}</span>}
                  {status === 'proposed' && <span className="badge badge-proposed"> {t('proposedBadge', language)}</span>}
                  {status === 'rejected' && <span className="badge badge-muted"> {t('statusRejected', language)}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** An incident's review status: a machine's proposal, accepted or rejected by a person, or coded by hand (none). */
function incidentStatus(incident: IncidentFeature): string | undefined {
  return (incident.properties as { 'bb:status'?: string })['bb:status'];
}
