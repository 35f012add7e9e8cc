import { useCallback } from 'react';
import type { Gazetteer } from '../core/gazetteer/create-gazetteer';
import type { GazetteerPlace } from '../core/gazetteer/gazetteer-schema';
import type { Language } from '../core/types';
import { Combobox } from './combobox';
import { countryName, kindName, localized, t } from './i18n';

const MAX_OPTIONS = 8;

/**
 * A gazetteer entry chosen by name, in a form (a mention's place, an incident's place): the
 * places whose names or variants start with, or else contain, the words typed, accents and
 * capitals aside (« nema » finds Néma). The gazetteer is a chunk of its own: while it loads, the
 * field says so.
 */
export function GazetteerPicker({
  gazetteer,
  language,
  label,
  onPick,
  initialQuery,
  keepsChoice = true,
}: {
  gazetteer: Gazetteer | null;
  language: Language;
  label: string;
  onPick(place: GazetteerPlace): void;
  /** Words to search at once (a selection in the text); their results show from the start. */
  initialQuery?: string;
  /** The field shows the chosen name afterwards; false where the choice closes the form anyway. */
  keepsChoice?: boolean;
}) {
  const results = useCallback((query: string) => (gazetteer ? gazetteer.search(query, { limit: MAX_OPTIONS }) : []), [gazetteer]);
  return (
    <Combobox<GazetteerPlace>
      className="gazetteer-picker"
      role="combobox"
      label={label}
      isLabelShown
      placeholder={gazetteer ? t('searchExamples', language) : t('gazetteerLoading', language)}
      disabled={!gazetteer}
      results={results}
      initialQuery={initialQuery}
      isInitiallyOpen={initialQuery !== undefined}
      optionKey={(place) => place.id}
      optionData={(place) => ({ 'data-place-id': place.id })}
      queryAfterChoice={(place) => (keepsChoice ? localized(place.name, language) : '')}
      onChoose={onPick}
      noMatch={() => t('gazetteerNoMatch', language)}
      resultCount={(count) => t('searchResultCount', language, count)}
      renderOption={(place) => (
        <>
          <span className="option-name">{localized(place.name, language)}</span>{' '}
          <span className="option-detail">{[kindName(place.kind, language), place.iso ? countryName(place.iso, language) : ''].filter(Boolean).join(', ')}</span>
        </>
      )}
    />
  );
}
