/**
 * A slide's time window and filters in words, for the slide, the presenter view, the editor and
 * the handouts alike: « du 1er mars 2024 au 31 mai 2024, Attaque, côté mauritanien, à 50 km au plus
 * ». Values of one filter are alternatives (« Attaque ou Enlèvement »); the filters add up.
 */
import type { FilterState } from '../../core/filters/filter-state';
import type { BorderSide } from '../../core/geo/border-relation';
import type { Dataset } from '../../core/dataset';
import type { Language } from '../../core/types';
import { acledTerm, claimLabel, colon, formatAlternatives, formatDate, geoPrecisionText, t, timePrecisionText, type PlainKey } from '../i18n';

const SIDE_WORDS: Record<BorderSide, PlainKey> = { mali: 'sideMali', mauritania: 'sideMauritania', astride: 'sideAstride', elsewhere: 'sideElsewhere', unlocated: 'sideUnlocated' };

/** Each filter that is set, in words, window first. */
export function filterPhrases(state: FilterState, language: Language, dataset?: Pick<Dataset, 'articles'>): string[] {
  const or = (items: string[]) => formatAlternatives(items, language);
  const day = (iso: string) => formatDate(iso, 'day', language);
  const phrases: string[] = [];
  if (state.from && state.to) phrases.push(t('dayRange', language, day(state.from), day(state.to)));
  else if (state.from) phrases.push(t('sinceDay', language, day(state.from)));
  else if (state.to) phrases.push(t('untilDay', language, day(state.to)));
  const lists: Array<string[]> = [
    state.eventTypes.map((type) => acledTerm('event_type', type, language)),
    state.subEventTypes.map((sub) => acledTerm('sub_event_type', sub, language)),
    state.actors.map((actor) => t('actorWords', language, actor)),
    state.claimStatuses.map((claim) => claimLabel(claim, language)),
    state.geoPrecisions.map((precision) => geoPrecisionText(precision, language)),
    state.timePrecisions.map((precision) => timePrecisionText(precision, language)),
    state.origins.map((origin) => (origin === 'acled' ? t('originAcled', language) : (dataset?.articles.find((article) => article.meta.id === origin)?.meta.title ?? origin))),
    state.sources.map((source) => t('sourceWords', language, source)),
    state.sides.map((side) => t(SIDE_WORDS[side], language)),
  ];
  for (const list of lists) if (list.length > 0) phrases.push(or(list));
  if (state.maxDistanceKm !== null) phrases.push(t('withinKm', language, state.maxDistanceKm));
  return phrases;
}

/** « Filtres : du 1er mars 2024 au 31 mai 2024, Attaque, côté mauritanien », or null for no filter. */
export function filtersSentence(state: FilterState | null, language: Language, dataset?: Pick<Dataset, 'articles'>): string | null {
  const phrases = state ? filterPhrases(state, language, dataset) : [];
  return phrases.length === 0 ? null : `${t('slideFiltersLabel', language)}${colon(language)}${phrases.join(', ')}`;
}
