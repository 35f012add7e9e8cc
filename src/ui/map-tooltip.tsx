import type { Dataset, LoadedArticle } from '../core/dataset';
import type { IncidentFeature, Language } from '../core/types';
import { mentionsOfPlace } from '../core/views/place-mentions';
import type { MapPick, ScreenPoint } from '../map/map-adapter';
import { acledTerm, formatEventDate, kindName, localized, t } from './i18n';

/** What a pick is, in words: its name, and what kind of thing it is (a place's kind and mentions, an incident's type and date). */
export interface PickWords {
  name: string;
  detail: string;
}

/** Finds an incident drawn on the map: an article's, or one of the analyst's event layers. */
export type IncidentLookup = (id: string) => IncidentFeature | null;

/** Words for each pick; a pick the data no longer has (removed since) is left out. */
export function describePicks(picks: readonly MapPick[], dataset: Dataset, articles: readonly LoadedArticle[], findIncident: IncidentLookup, language: Language): Array<PickWords & { pick: MapPick }> {
  return picks.flatMap((pick) => {
    if (pick.type === 'place') {
      const place = dataset.places.find((candidate) => candidate.id === pick.id);
      if (!place) return [];
      const count = mentionsOfPlace(articles, place.id).length;
      return [{ pick, name: localized(place.name, language), detail: `${kindName(place.kind, language)} · ${t('countMentions', language, count)}` }];
    }
    const incident = findIncident(pick.id);
    if (!incident) return [];
    const { properties } = incident;
    const date = formatEventDate(properties.event_date, properties.time_precision, language);
    return [{ pick, name: localized(properties.title, language), detail: t('tooltipIncident', language, acledTerm('event_type', properties.event_type, language), date) }];
  });
}

/**
 * The short label beside the pointer on anything clickable: what is under it, most specific
 * first (a second line when several things are). Not focusable and not announced: the lists and
 * cards say the same to the keyboard and the screen reader.
 */
export function MapTooltip({ items, point }: { items: ReadonlyArray<PickWords>; point: ScreenPoint | null }) {
  if (!point || items.length === 0) return null;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: point.x + 14, top: point.y + 14 }}>
      {items.slice(0, 3).map((item, index) => (
        <div key={index} className="map-tooltip-item">
          <strong>{item.name}</strong> <span className="map-tooltip-detail">{item.detail}</span>
        </div>
      ))}
      {items.length > 3 && <div className="map-tooltip-more">+{items.length - 3}</div>}
    </div>
  );
}
