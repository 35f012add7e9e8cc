import { useMemo } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { mentionedPlaces } from '../core/views/place-mentions';
import { selectVisibleIncidentIds } from '../state/selectors';
import { useDashboard } from '../state/use-store';
import { t } from './i18n';
import { selectionWords } from './selection-words';

export const MAP_DESCRIPTION_ID = 'map-description';

/**
 * The map's text alternative, in the interface language: the region, how many places and
 * incidents are drawn, and what is selected. The map region points to it with aria-describedby;
 * it is not a live region (the SelectionAnnouncer says the changes).
 */
export function MapDescription({ dataset, articles }: { dataset: Dataset; articles: readonly LoadedArticle[] }) {
  const selection = useDashboard((s) => s.selection);
  const language = useDashboard((s) => s.language);
  const visibleIds = useDashboard(selectVisibleIncidentIds);
  const placeCount = useMemo(() => mentionedPlaces(dataset, articles).length, [dataset, articles]);
  const incidentCount = useMemo(
    () => articles.flatMap((article) => article.incidents).filter((incident) => incident.geometry !== null && (!visibleIds || visibleIds.has(incident.properties.id))).length,
    [articles, visibleIds],
  );
  return (
    <p id={MAP_DESCRIPTION_ID} className="visually-hidden" data-testid="map-description">
      {t('mapDescription', language, placeCount, incidentCount, selectionWords(dataset, articles, selection, language))}
    </p>
  );
}
