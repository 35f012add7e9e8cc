/**
 * A selection said in a few words, for a screen reader: « Nouakchott, 5 mentions », an
 * incident's title, a mention's words and status. The live region (SelectionAnnouncer) and the
 * map's text alternative (MapDescription) say the same thing, never the whole card.
 */
import { placeIdFromIri } from '../core/annotations/create-place-annotation';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { ReviewedAnnotation } from '../core/review/review-annotations';
import type { Selection } from '../core/selection';
import type { Language } from '../core/types';
import { findIncident, mentionsOfPlace } from '../core/views/place-mentions';
import { localized, reviewStatusLabel, t } from './i18n';

export function selectionWords(dataset: Dataset, articles: readonly LoadedArticle[], selection: Selection, language: Language): string | null {
  if (!selection) return null;
  if (selection.type === 'place') {
    const place = dataset.places.find((candidate) => candidate.id === selection.id);
    return place ? t('announcePlace', language, localized(place.name, language), mentionsOfPlace(articles, place.id).length) : null;
  }
  if (selection.type === 'incident') {
    const found = findIncident(articles, selection.id);
    return found ? t('announceIncident', language, localized(found.incident.properties.title, language)) : null;
  }
  for (const article of dataset.articles) {
    const annotation = article.annotations.find((candidate) => candidate.id === selection.id) as ReviewedAnnotation | undefined;
    if (!annotation) continue;
    const placeId = placeIdFromIri(annotation.body.source);
    const place = dataset.places.find((candidate) => candidate.id === placeId);
    const status = reviewStatusLabel(annotation['bb:status'] ?? 'proposed', language);
    const words = t('announceMention', language, annotation.target.selector[0].exact, status);
    return place ? `${words} — ${localized(place.name, language)}` : words;
  }
  return null;
}
