import type { LocatedPlace } from '../state/app-state';
import { useDashboard, useStoreApi } from '../state/use-store';
import { coordSourceText, formatLngLat, kindName, localized, otherLanguage as otherLanguageOf, t } from './i18n';
import { MeasureFacts } from './measure-facts';

/**
 * A gazetteer place found with the search that no loaded article mentions: where it is and on
 * whose word, said plainly, with no passages to cite.
 */
export function LocatedCard({ place }: { place: LocatedPlace }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const otherLanguage = otherLanguageOf(language);
  const provenance = place.source ? coordSourceText(place.source, language) : null;
  return (
    <article className="card" aria-labelledby="card-title" data-card="located" data-place-id={place.id}>
      <header className="card-header">
        <span className="swatch swatch-large swatch-located" aria-hidden="true" />
        <div>
          <h2 id="card-title">{localized(place.name, language)}</h2>
          <p className="card-subtitle">
            <span lang={otherLanguage}>{place.name[otherLanguage]}</span> · {kindName(place.kind, language)} · {t('locatedTitle', language)}
          </p>
        </div>
        <button type="button" className="close-button" onClick={() => store.clearSelection()} aria-label={t('clear', language)}>
          ×
        </button>
      </header>
      <p>{t('locatedNotInArticles', language)}</p>
      <dl className="facts">
        <dt>{t('locatedSource', language)}</dt>
        <dd>
          {formatLngLat(place.lngLat, language)}
          {provenance && (
            <>
              {' '}— <span lang={provenance.isVerbatim ? 'en' : undefined}>{provenance.text}</span>
            </>
          )}
        </dd>
      </dl>
      <MeasureFacts from={place.lngLat} name={place.name} />
    </article>
  );
}
