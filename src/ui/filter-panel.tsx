import { useId, useMemo, useState, type ReactNode } from 'react';
import type { ClaimStatus, GeoPrecision, TimePrecision } from '../core/types';
import type { BorderSide } from '../core/geo/border-relation';
import { isUnfiltered, type FilterState } from '../core/filters/filter-state';
import { BORDER_SIDES, CLAIM_STATUSES } from '../core/filters/incident-index';
import { suggestNames } from '../core/filters/value-counts';
import { normalizeName } from '../core/gazetteer/fold-text';
import { selectDataset, selectIncidentIndex, selectValueCounts } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { acledTerm, claimLabel, geoPrecisionText, t, timePrecisionText, type PlainKey } from './i18n';

const SIDE_WORDS: Record<BorderSide, PlainKey> = { mali: 'sideMali', mauritania: 'sideMauritania', astride: 'sideAstride', elsewhere: 'sideElsewhere', unlocated: 'sideUnlocated' };
const DISTANCES = [10, 25, 50, 100, 200];
const PRECISIONS = [1, 2, 3] as const;
/** Sources offered as boxes: the most frequent, and any already ticked. */
const SOURCES_OFFERED = 12;
const ACTOR_SUGGESTIONS = 30;

/** Toggles `value` in a list filter: an empty list means no filter. */
function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/**
 * The incidents' filters: event type with its sub-event types nested under it (the codebook's
 * hierarchy, in the interface language), actors typed with suggestions, who claims it, the
 * precision of place and date, the article or data set and the source, the side of the border and
 * the distance to it; each value with how many incidents carry it. They live in the store (and the
 * address), so the map, the lists and the timeline follow; one click resets them all.
 */
export function FilterPanel() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const filters = useDashboard((s) => s.filters);
  const index = useDashboard(selectIncidentIndex);
  const counts = useDashboard(selectValueCounts);
  const articles = useDashboard((s) => selectDataset(s).articles);
  const layers = useDashboard((s) => s.eventLayers);
  // Open at start when the address brought filters, so what narrows the lists is in view.
  const [isOpen, setOpen] = useState(() => !isUnfiltered(filters));
  if (!index || !counts || index.total === 0) return null;
  const set = (patch: Partial<FilterState>) => store.setFilters(patch);
  const count = (n: number | undefined) => <span className="filter-count">{t('filterCount', language, n ?? 0)}</span>;

  const originName = (origin: string) => {
    if (origin === 'acled') return t('originAcled', language);
    return articles.find((article) => article.meta.id === origin)?.meta.title ?? layers.find((layer) => layer.id === origin)?.name ?? origin;
  };
  const sourcesOffered = [...index.sources.keys()]
    .sort((a, b) => counts.sources[b]! - counts.sources[a]! || index.sources[a]!.localeCompare(index.sources[b]!))
    .filter((code, rank) => rank < SOURCES_OFFERED || filters.sources.some((s) => s.toLowerCase() === index.sources[code]!.toLowerCase()));

  return (
    <details className="filter-panel" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('filtersTitle', language)}
        {!isUnfiltered(filters) && <span className="badge badge-proposed"> {t('filtersOn', language)}</span>}
      </summary>
      <fieldset className="filter-types">
        <legend>
          {t('filterEventType', language)} / {t('filterSubEventType', language)}
        </legend>
        {index.eventTypes.map((type, code) => {
          const subs = index.subEventTypes.map((sub, subCode) => ({ sub, subCode })).filter(({ subCode }) => counts.subEventParent[subCode] === code);
          return (
            <div key={type} className="filter-type">
              <Check name="type" value={type} checked={filters.eventTypes.includes(type)} onChange={() => set({ eventTypes: toggled(filters.eventTypes, type) })}>
                {acledTerm('event_type', type, language)} {count(counts.eventTypes[code])}
              </Check>
              {subs.length > 0 && (
                <div className="filter-subtypes" role="group" aria-label={`${t('filterSubEventType', language)} — ${acledTerm('event_type', type, language)}`}>
                  {subs.map(({ sub, subCode }) => (
                    <Check key={sub} name="sub" value={sub} checked={filters.subEventTypes.includes(sub)} onChange={() => set({ subEventTypes: toggled(filters.subEventTypes, sub) })}>
                      {acledTerm('sub_event_type', sub, language)} {count(counts.subEventTypes[subCode])}
                    </Check>
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <ActorFilter />
      <fieldset>
        <legend>{t('filterClaim', language)}</legend>
        {CLAIM_STATUSES.map((claim: ClaimStatus, code) => (
          <Check key={claim} name="claim" value={claim} checked={filters.claimStatuses.includes(claim)} onChange={() => set({ claimStatuses: toggled(filters.claimStatuses, claim) })}>
            {claimLabel(claim, language)} {count(counts.claims[code])}
          </Check>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterPrecision', language)}</legend>
        {PRECISIONS.map((precision: GeoPrecision) => (
          <Check key={precision} name="geo" value={String(precision)} checked={filters.geoPrecisions.includes(precision)} onChange={() => set({ geoPrecisions: toggled(filters.geoPrecisions, precision) })}>
            {geoPrecisionText(precision, language)} {count(counts.geoPrecisions[precision])}
          </Check>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterTimePrecision', language)}</legend>
        {PRECISIONS.map((precision: TimePrecision) => (
          <Check key={precision} name="time" value={String(precision)} checked={filters.timePrecisions.includes(precision)} onChange={() => set({ timePrecisions: toggled(filters.timePrecisions, precision) })}>
            {timePrecisionText(precision, language)} {count(counts.timePrecisions[precision])}
          </Check>
        ))}
      </fieldset>
      {index.origins.length > 1 && (
        <fieldset>
          <legend>{t('filterOrigin', language)}</legend>
          {index.origins.map((origin, code) => (
            <Check key={origin} name="origin" value={origin} checked={filters.origins.includes(origin)} onChange={() => set({ origins: toggled(filters.origins, origin) })}>
              {originName(origin)} {count(counts.origins[code])}
            </Check>
          ))}
        </fieldset>
      )}
      {sourcesOffered.length > 0 && (
        <fieldset>
          <legend>{t('filterSource', language)}</legend>
          {sourcesOffered.map((code) => {
            const source = index.sources[code]!;
            const isOn = filters.sources.some((s) => s.toLowerCase() === source.toLowerCase());
            return (
              <Check key={source} name="source" value={source} checked={isOn} onChange={() => set({ sources: isOn ? filters.sources.filter((s) => s.toLowerCase() !== source.toLowerCase()) : [...filters.sources, source] })}>
                {source} {count(counts.sources[code])}
              </Check>
            );
          })}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('filterSide', language)}</legend>
        {BORDER_SIDES.map((side, code) => (
          <Check key={side} name="side" value={side} checked={filters.sides.includes(side)} onChange={() => set({ sides: toggled(filters.sides, side) })}>
            {t(SIDE_WORDS[side], language)} {count(counts.sides[code])}
          </Check>
        ))}
      </fieldset>
      <label>
        {t('filterDistance', language)}{' '}
        <select name="maxkm" value={filters.maxDistanceKm ?? ''} onChange={(event) => set({ maxDistanceKm: event.target.value === '' ? null : Number(event.target.value) })}>
          <option value="">{t('anyDistance', language)}</option>
          {[...new Set([...DISTANCES, ...(filters.maxDistanceKm === null ? [] : [filters.maxDistanceKm])])]
            .sort((a, b) => a - b)
            .map((km) => (
              <option key={km} value={km}>
                {t('withinKm', language, km)}
              </option>
            ))}
        </select>
      </label>
      <button type="button" className="reset-filters" disabled={isUnfiltered(filters)} onClick={() => store.resetFilters()}>
        {t('resetFilters', language)}
      </button>
    </details>
  );
}

function Check({ name, value, checked, onChange, children }: { name: string; value: string; checked: boolean; onChange(): void; children: ReactNode }) {
  return (
    <label>
      <input type="checkbox" name={name} value={value} checked={checked} onChange={onChange} /> {children}
    </label>
  );
}

/**
 * Actors: a text box that suggests the actors of the shown incidents (most frequent first, among
 * those whose name holds what is typed); Enter or « Ajouter » adds what is typed, which matches
 * any actor name that contains it (case and accents ignored). Each actor added is a chip that
 * removes it.
 */
function ActorFilter() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const actors = useDashboard((s) => s.filters.actors);
  const index = useDashboard(selectIncidentIndex);
  const counts = useDashboard(selectValueCounts);
  const [typed, setTyped] = useState('');
  const id = useId();
  const query = normalizeName(typed);
  const suggestions = useMemo(() => (index && counts ? suggestNames(index.actors, index.actorKeys, counts.actors, query, ACTOR_SUGGESTIONS, actors) : []), [index, counts, query, actors]);
  const add = () => {
    const actor = typed.trim();
    if (actor === '') return;
    if (!actors.some((a) => normalizeName(a) === normalizeName(actor))) store.setFilters({ actors: [...actors, actor] });
    setTyped('');
  };
  return (
    <fieldset className="filter-actors">
      <legend>{t('filterActor', language)}</legend>
      {actors.length > 0 && (
        <ul className="filter-chips">
          {actors.map((actor) => (
            <li key={actor}>
              <button type="button" className="filter-chip" data-actor={actor} aria-label={t('removeActor', language, actor)} onClick={() => store.setFilters({ actors: actors.filter((a) => a !== actor) })}>
                {actor} ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="filter-actor-input">
        <input
          type="text"
          name="actor"
          id={`${id}-actor`}
          list={`${id}-actors`}
          aria-label={t('filterActor', language)}
          aria-describedby={`${id}-hint`}
          value={typed}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add} disabled={typed.trim() === ''}>
          {t('addActor', language)}
        </button>
      </div>
      <datalist id={`${id}-actors`}>
        {suggestions.map((actor) => (
          <option key={actor} value={actor} />
        ))}
      </datalist>
      <p className="hint" id={`${id}-hint`}>
        {t('filterActorHint', language)}
      </p>
    </fieldset>
  );
}
