/**
 * A slide made from what the dashboard shows: the camera, the layers, the filters and time window,
 * and the selection of the shown article (a place with the passages that name it, or an incident with those that report it).
 */
import type { Dataset, LoadedArticle } from '../dataset';
import type { Selection } from '../selection';
import type { Language } from '../types';
import type { LayerVisibility } from '../vocabulary/layer-toggles';
import { findIncident, mentionsOfPlace } from '../views/place-mentions';
import type { Briefing, Slide } from './briefing-schema';
import type { FilterState } from '../filters/filter-state';
import { toSlideFilters } from './slide-filters';

export interface DashboardView {
  selection: Selection;
  layers: LayerVisibility;
  /** The article shown beside the map; its passages are the ones a slide quotes. */
  article: LoadedArticle | undefined;
  /** The map's camera now; null when there is no map (no WebGL): the briefing's first view is used. */
  camera: Slide['camera'] | null;
  language: Language;
  /** The dashboard's filters and time window: the slide keeps them, to apply when presented. */
  filters?: FilterState;
}

/** The new slide, without its id (the editor gives it one). */
export function slideFromView(briefing: Briefing, dataset: Dataset, view: DashboardView, untitled: string): Omit<Slide, 'id'> {
  const { selection, article, language } = view;
  const incident = selection?.type === 'incident' ? findIncident(dataset.articles, selection.id)?.incident : undefined;
  const place = selection?.type === 'place' ? dataset.places.find((candidate) => candidate.id === selection.id) : undefined;
  const filters = view.filters ? toSlideFilters(view.filters) : undefined;
  return {
    title: incident?.properties.title[language] ?? place?.name[language] ?? untitled,
    camera: view.camera ?? briefing.slides[0]!.camera,
    layers: { ...view.layers },
    placeIds: place ? [place.id] : [],
    incidentIds: incident ? [incident.properties.id] : [],
    annotationIds: incident ? [...incident.properties.annotation_ids] : place && article ? mentionsOfPlace([article], place.id).map((m) => m.annotationId) : [],
    notes: '',
    ...(filters ? { filters } : {}),
  };
}
