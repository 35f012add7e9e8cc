import { useEffect, useMemo } from 'react';
import type { LoadedArticle } from '../core/dataset';
import type { Place } from '../core/types';
import { colorOf } from '../core/views/place-colors';
import { usePlaceColors } from './use-place-colors';
import { incidentsOfPlace, mentionsOfPlace } from '../core/views/place-mentions';
import { quotedPassages } from '../core/views/quoted-passages';
import { useDashboard, useStoreApi } from '../state/use-store';
import { coordSourceText, formatLngLat, geoPrecisionText, kindName, localized, otherLanguage as otherLanguageOf, t } from './i18n';
import { QuoteList } from './quote-list';
import { IncidentSymbol } from './incident-symbol';
import { useReveal } from './use-reveal';
import { MeasureFacts } from './measure-facts';
import { focusFirst, isFocusLost } from './focus-target';

/** Everything the articles say about one place, each passage cited. */
export function PlaceCard({ place, articles }: { place: Place; articles: LoadedArticle[] }) {
  const store = useStoreApi();
  const revealRef = useReveal<HTMLElement>(place.id);
  const language = useDashboard((s) => s.language);
  const colors = usePlaceColors();
  const mentions = useMemo(() => mentionsOfPlace(articles, place.id), [articles, place.id]);
  const quotes = useMemo(() => articles.flatMap((article) => quotedPassages(article, mentions)), [articles, mentions]);
  const incidents = useMemo(() => incidentsOfPlace(articles, place.id), [articles, place.id]);
  const paragraphs = [...new Set(mentions.map((m) => m.paragraphNumber))];
  const otherLanguage = otherLanguageOf(language);
  // Closed while the keyboard was in it (Esc, ×): back to the place in the list, not to the page's top.
  useEffect(() => {
    const card = revealRef.current;
    return () => {
      if (isFocusLost() || card?.contains(document.activeElement)) requestAnimationFrame(() => isFocusLost() && focusFirst([`.entity-lists button[data-place-id="${CSS.escape(place.id)}"]`]));
    };
  }, [place.id, revealRef]);
  const provenance = coordSourceText(place.coordSource, language);

  return (
    <article ref={revealRef} className="card" aria-labelledby="card-title" data-card="place" data-place-id={place.id}>
      <header className="card-header">
        <span className="swatch swatch-large" style={{ background: colorOf(colors, place.id) }} aria-hidden="true" />
        <div>
          <h2 id="card-title">{localized(place.name, language)}</h2>
          <p className="card-subtitle">
            <span lang={otherLanguage}>{place.name[otherLanguage]}</span> · {kindName(place.kind, language)}
          </p>
        </div>
        <button type="button" className="close-button" onClick={() => store.clearSelection()} aria-label={t('clear', language)}>
          ×
        </button>
      </header>
      <p>
        {t('mentionedIn', language, mentions.length, paragraphs)}
      </p>
      <dl className="facts">
        <dt>{t('precisionTitle', language)}</dt>
        <dd>
          {geoPrecisionText(place.geoPrecision, language)}
          {place.lngLat && (
            <span className="coords">
              {' '}
              ({formatLngLat(place.lngLat, language)} — <span lang={provenance.isVerbatim ? 'en' : undefined}>{provenance.text}</span>)
            </span>
          )}
        </dd>
        <dt>{t('ids', language)}</dt>
        <dd>
          <code>{place.id}</code>
          {place.iso && <> · ISO 3166-1 {place.iso}</>}
          {place.countries && <> · {place.countries.join('–')}</>}
          {place.geonamesId !== null && <> · GeoNames {place.geonamesId}</>}
          {place.wikidataId && <> · Wikidata {place.wikidataId}</>}
        </dd>
      </dl>
      <MeasureFacts from={place.lngLat} name={place.name} />
      <h3>{t('passages', language)}</h3>
      <QuoteList quotes={quotes} articles={articles} language={language} selectedPlaceId={place.id} />
      <h3>{t('relatedIncidents', language)}</h3>
      {incidents.length === 0 ? (
        <p>{t('noIncidents', language)}</p>
      ) : (
        <ul className="entity-list">
          {incidents.map((incident) => (
            <li key={incident.properties.id}>
              <button type="button" className="entity-button" onClick={() => store.select({ type: 'incident', id: incident.properties.id })}>
                <IncidentSymbol eventType={incident.properties.event_type} isZone={incident.geometry !== null && incident.geometry.type !== 'Point'} />
                <span className="entity-name">{localized(incident.properties.title, language)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
