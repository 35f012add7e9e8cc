import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Gazetteer } from '../core/gazetteer/create-gazetteer';
import type { GazetteerPlace } from '../core/gazetteer/gazetteer-schema';
import type { Language } from '../core/types';
import { countryName, kindName, localized, t } from './i18n';

const MAX_OPTIONS = 8;

/**
 * A searchable gazetteer entry, as a combobox with a listbox (WAI-ARIA 1.2): typing lists the
 * places whose names or variants start with, or else contain, the words typed, accents and
 * capitals aside (« nema » finds Néma); arrow keys move through them, Enter picks one, Escape
 * closes the list. The gazetteer is a chunk of its own: while it loads, the field says so.
 */
export function GazetteerPicker({ gazetteer, language, label, onPick }: { gazetteer: Gazetteer | null; language: Language; label: string; onPick(place: GazetteerPlace): void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => (gazetteer && query.trim() ? gazetteer.search(query, { limit: MAX_OPTIONS }) : []), [gazetteer, query]);
  const isListShown = isOpen && results.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const pick = (place: GazetteerPlace) => {
    onPick(place);
    setQuery(localized(place.name, language));
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 && step < 0 ? results.length - 1 : (current + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      // Enter picks the highlighted place and never submits the incident's form half-chosen.
      if (isListShown) {
        event.preventDefault();
        const place = results[active >= 0 ? active : 0];
        if (place) pick(place);
      }
    } else if (event.key === 'Escape' && isListShown) {
      event.preventDefault();
      event.stopPropagation(); // closes the list only, not the incident the dashboard shows
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="gazetteer-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={isListShown}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={isListShown && active >= 0 ? optionId(active) : undefined}
        value={query}
        disabled={!gazetteer}
        placeholder={gazetteer ? t('searchExamples', language) : t('gazetteerLoading', language)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul role="listbox" id={`${id}-listbox`} aria-label={label} hidden={!isListShown}>
        {isListShown &&
          results.map((place, index) => (
            <li
              key={place.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Picking with the mouse must not blur the input first (that would close the list).
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(place)}
            >
              {localized(place.name, language)} <span className="option-detail">{[kindName(place.kind, language), place.iso ? countryName(place.iso, language) : ''].filter(Boolean).join(', ')}</span>
            </li>
          ))}
      </ul>
      {isOpen && gazetteer && query.trim() !== '' && results.length === 0 && <p role="status">{t('gazetteerNoMatch', language)}</p>}
    </div>
  );
}
