import { useId, useMemo, useState } from 'react';
import { createPlaceSearch, type PlaceSearchResult } from '../core/search/search-places';
import { selectDataset } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { kindName, localized, t } from './i18n';
import { useGazetteer } from './use-gazetteer';

const RESULT_LIMIT = 8;

/**
 * « Rechercher un lieu »: the places of every article and the gazetteer, by any name or variant,
 * accents optional. Arrows move through the results, Enter goes: an article's place is selected
 * (its card, its passages), a gazetteer entry is marked and framed on the map; while a measure
 * waits for its end, the result becomes that end instead.
 *
 * The input keeps its `searchbox` role (the results are a listbox it controls, the active one
 * named by aria-activedescendant), so it is found by its name alone.
 */
export function PlaceSearch() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const dataset = useDashboard(selectDataset);
  const isPickingMeasure = useDashboard((s) => s.measure?.isPicking ?? false);
  const [isWanted, setWanted] = useState(false); // the gazetteer chunk loads on first focus, not at start; it stays once loaded
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();

  const search = useMemo(() => {
    const counts = new Map<string, number>();
    for (const article of dataset.articles) for (const mention of article.mentions) if (mention.placeId) counts.set(mention.placeId, (counts.get(mention.placeId) ?? 0) + 1);
    return (gazetteerPlaces: Parameters<typeof createPlaceSearch>[1]) => createPlaceSearch(dataset.places, gazetteerPlaces, counts);
  }, [dataset]);
  const gazetteer = useGazetteer(isWanted);
  const engine = useMemo(() => search(gazetteer?.places ?? []), [search, gazetteer]);
  const results = useMemo(() => engine.search(query, RESULT_LIMIT), [engine, query]);
  const hasQuery = query.trim() !== '';
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));

  const choose = (result: PlaceSearchResult) => {
    const { entry } = result;
    setQuery('');
    setActive(0);
    if (isPickingMeasure && entry.lngLat) return store.setMeasureTarget({ lngLat: entry.lngLat, name: entry.name });
    if (entry.isArticlePlace) return store.select({ type: 'place', id: entry.id });
    if (entry.lngLat) store.locate({ id: entry.id, name: entry.name, kind: entry.kind, lngLat: entry.lngLat, source: entry.source });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const result = results[activeIndex];
      if (result) {
        event.preventDefault();
        choose(result);
      }
    } else if (event.key === 'Escape' && hasQuery) {
      // Esc empties the box first; only an empty box lets Esc through to what is around it.
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      setQuery('');
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="place-search" role="search">
      <input
        type="search"
        aria-label={t('searchPlaces', language)}
        placeholder={t('searchPlaceholder', language)}
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-controls={listId}
        aria-activedescendant={hasQuery && results.length > 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${listId}-status`}
        onFocus={() => setWanted(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={`${listId}-status`} className="visually-hidden" aria-live="polite">
        {hasQuery ? t('searchResultCount', language, results.length) : ''}
      </span>
      <ul id={listId} role="listbox" aria-label={t('searchResults', language)} className="place-search-results" hidden={!hasQuery}>
        {hasQuery && results.length === 0 && (
          <li className="place-search-empty" role="presentation">
            {t('searchNoResult', language, query.trim())}
          </li>
        )}
        {results.map((result, index) => (
          <li
            key={result.entry.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="place-search-option"
            data-place-id={result.entry.id}
            // Chosen on mouse down, before the input's blur could hide the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(result);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span className="place-search-name">{localized(result.entry.name, language)}</span>
            {normalizedDiffers(result) && <span className="place-search-variant"> ({result.matchedName})</span>}
            <span className="place-search-meta">
              {kindName(result.entry.kind, language)} · {result.entry.isArticlePlace ? t('searchInArticles', language, result.entry.mentionCount) : t('searchGazetteerOnly', language)}
            </span>
          </li>
        ))}
        {isPickingMeasure && hasQuery && results.length > 0 && (
          <li className="place-search-hint" role="presentation">
            {t('searchPickTarget', language)}
          </li>
        )}
      </ul>
    </div>
  );
}

/** Whether the matched name is a variant worth showing beside the display name. */
function normalizedDiffers(result: PlaceSearchResult): boolean {
  const shown = [result.entry.name.fr, result.entry.name.en].map((name) => name.toLowerCase());
  return !shown.includes(result.matchedName.toLowerCase());
}
