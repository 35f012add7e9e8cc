import { useState } from 'react';
import type { ClaimStatus, GeoPrecision } from '../core/types';
import type { BorderSide } from '../core/geo/border-relation';
import { isUnfiltered } from '../core/filters/filter-state';
import { selectIncidentIndex } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { acledTerm, claimLabel, geoPrecisionText, t, type PlainKey } from './i18n';

const CLAIMS: ClaimStatus[] = ['alleged', 'reported', 'confirmed'];
const SIDES: Array<{ side: BorderSide; label: PlainKey }> = [
  { side: 'mali', label: 'sideMali' },
  { side: 'mauritania', label: 'sideMauritania' },
  { side: 'astride', label: 'sideAstride' },
  { side: 'elsewhere', label: 'sideElsewhere' },
  { side: 'unlocated', label: 'sideUnlocated' },
];
const DISTANCES = [10, 25, 50, 100, 200];
const PRECISIONS: GeoPrecision[] = [1, 2, 3];

/** Toggles `value` in a list filter: an empty list means no filter. */
function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/**
 * The incidents' filters, each a click: event type, who claims it, the side of the border and the
 * distance to it, the location precision. They live in the store (and the address), so the map,
 * the lists and the timeline follow; one click resets them all.
 */
export function FilterPanel() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const filters = useDashboard((s) => s.filters);
  const index = useDashboard(selectIncidentIndex);
  // Open at start when the address brought filters, so what narrows the lists is in view.
  const [isOpen, setOpen] = useState(() => !isUnfiltered(filters));
  if (!index || index.total === 0) return null;
  return (
    <details className="filter-panel" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('filtersTitle', language)}
        {!isUnfiltered(filters) && <span className="badge badge-proposed"> {t('filtersOn', language)}</span>}
      </summary>
      <fieldset>
        <legend>{t('filterEventType', language)}</legend>
        {index.eventTypes.map((type) => (
          <label key={type}>
            <input type="checkbox" name="type" value={type} checked={filters.eventTypes.includes(type)} onChange={() => store.setFilters({ eventTypes: toggled(filters.eventTypes, type) })} /> {acledTerm('event_type', type, language)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterClaim', language)}</legend>
        {CLAIMS.map((claim) => (
          <label key={claim}>
            <input type="checkbox" name="claim" value={claim} checked={filters.claimStatuses.includes(claim)} onChange={() => store.setFilters({ claimStatuses: toggled(filters.claimStatuses, claim) })} /> {claimLabel(claim, language)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterSide', language)}</legend>
        {SIDES.map(({ side, label }) => (
          <label key={side}>
            <input type="checkbox" name="side" value={side} checked={filters.sides.includes(side)} onChange={() => store.setFilters({ sides: toggled(filters.sides, side) })} /> {t(label, language)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('filterDistance', language)}{' '}
        <select name="maxkm" value={filters.maxDistanceKm ?? ''} onChange={(event) => store.setFilters({ maxDistanceKm: event.target.value === '' ? null : Number(event.target.value) })}>
          <option value="">{t('anyDistance', language)}</option>
          {DISTANCES.map((km) => (
            <option key={km} value={km}>
              {t('withinKm', language, km)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('filterPrecision', language)}</legend>
        {PRECISIONS.map((precision) => (
          <label key={precision}>
            <input type="checkbox" name="geo" value={precision} checked={filters.geoPrecisions.includes(precision)} onChange={() => store.setFilters({ geoPrecisions: toggled(filters.geoPrecisions, precision) })} /> {geoPrecisionText(precision, language)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="reset-filters" disabled={isUnfiltered(filters)} onClick={() => store.resetFilters()}>
        {t('resetFilters', language)}
      </button>
    </details>
  );
}
