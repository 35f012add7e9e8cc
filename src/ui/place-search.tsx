import { useCallback, useMemo, useState } from 'react';
import { createPlaceSearch, type PlaceSearchResult } from '../core/search/search-places';
import { selectDataset } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { Combobox } from './combobox';
import { kindName, localized, t } from './i18n';
import { useGazetteer } from './use-gazetteer';

const RESULT_LIMIT = 8;

/**
 * « Rechercher un lieu »: the places of every article and the gazetteer, by any name or variant,
 * accents optional. Arrows move through the results, Enter goes: an article's place is selected
 * (its card, its passages), a gazetteer entry is marked and framed on the map; while a measure
 * waits for its end, the result becomes that end instead.
 *
 * The input keeps its `searchbox` role (the results are a listbox it controls), so it is found by
 * its name alone.
 */
export function PlaceSearch() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const dataset = useDashboard(selectDataset);
  const isPickingMeasure = useDashboard((s) => s.measure?.isPicking ?? false);
  const [isWanted, setWanted] = useState(false); // the gazetteer chunk loads on first focus, not at start; it stays once loaded
  const gazetteer = useGazetteer(isWanted);
  const engine = useMemo(() => {
    const counts = new Map<string, number>();
    for (const article of dataset.articles) for (const mention of article.mentions) if (mention.placeId) counts.set(mention.placeId, (counts.get(mention.placeId) ?? 0) + 1);
    return createPlaceSearch(dataset.places, gazetteer?.places ?? [], counts);
  }, [dataset, gazetteer]);
  const results = useCallback((query: string) => engine.search(query, RESULT_LIMIT), [engine]);

  const choose = ({ entry }: PlaceSearchResult) => {
    if (isPickingMeasure && entry.lngLat) return store.setMeasureTarget({ lngLat: entry.lngLat, name: entry.name });
    if (entry.isArticlePlace) return store.select({ type: 'place', id: entry.id });
    if (entry.lngLat) store.locate({ id: entry.id, name: entry.name, kind: entry.kind, lngLat: entry.lngLat, source: entry.source });
  };

  return (
    <div role="search" className="place-search">
      <Combobox<PlaceSearchResult>
        className="place-search-field"
        role="searchbox"
        label={t('searchPlaces', language)}
        isLabelShown={false}
        placeholder={t('searchPlaceholder', language)}
        results={results}
        optionKey={(result) => result.entry.id}
        optionData={(result) => ({ 'data-place-id': result.entry.id })}
        queryAfterChoice={() => ''}
        onChoose={choose}
        onFocus={() => setWanted(true)}
        noMatch={(query) => t('searchNoResult', language, query)}
        resultCount={(count) => t('searchResultCount', language, count)}
        hint={isPickingMeasure ? t('searchPickTarget', language) : undefined}
        renderOption={(result) => (
          <>
            <span className="option-name">{localized(result.entry.name, language)}</span>
            {isVariant(result) && <span className="option-detail"> ({result.matchedName})</span>}
            <span className="option-detail option-line">
              {kindName(result.entry.kind, language)} · {result.entry.isArticlePlace ? t('searchInArticles', language, result.entry.mentionCount) : t('searchGazetteerOnly', language)}
            </span>
          </>
        )}
      />
    </div>
  );
}

/** Whether the matched name is a variant worth showing beside the display name. */
function isVariant(result: PlaceSearchResult): boolean {
  const shown = [result.entry.name.fr, result.entry.name.en].map((name) => name.toLowerCase());
  return !shown.includes(result.matchedName.toLowerCase());
}
