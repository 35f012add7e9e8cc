import { lazy, Suspense, useMemo } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { IncidentFeature, Language } from '../core/types';
import { mentionsOfIncident } from '../core/views/place-mentions';
import { quotedPassages } from '../core/views/quoted-passages';
import { useDashboard, useStoreApi } from '../state/use-store';
import { acledTerm, claimLabel, type AcledField, colon, formatDate, formatEventDate, geoPrecisionText, localized, placePrecisionText, t, timePrecisionText } from './i18n';
import { QuoteList } from './quote-list';
import { IncidentSymbol } from './incident-symbol';
import { useReveal } from './use-reveal';
import type { ReviewedIncident } from '../core/review/review-incidents';
import { roundDistanceKm, type BorderSide } from '../core/geo/border-relation';
import { selectBorderRelation, selectIncidentById, selectIncidentMatches } from '../state/selectors';
import type { PlainKey } from './i18n';
import { MeasureFacts } from './measure-facts';
import { measureOrigin } from '../core/geo/measure';

const SIDE_WORDS: Record<BorderSide, PlainKey> = { mali: 'sideMali', mauritania: 'sideMauritania', astride: 'sideAstride', elsewhere: 'sideElsewhere', unlocated: 'sideUnlocated' };

// Loaded on first use: only a reviewer needs it.
const IncidentReview = lazy(() => import('./incident-review').then((module) => ({ default: module.IncidentReview })));

/**
 * What happened, when, where (and how precisely), who says so, the passages that report it, and
 * which events of the analyst's data (ACLED) are the same incident — or, on an event's card (no
 * article), which article incidents are the same event.
 */
export function IncidentCard({ incident, article, dataset }: { incident: IncidentFeature; article: LoadedArticle | null; dataset: Dataset }) {
  const store = useStoreApi();
  const revealRef = useReveal<HTMLElement>(incident.properties.id);
  const language = useDashboard((s) => s.language);
  const props = incident.properties;
  const quotes = useMemo(() => (article ? quotedPassages(article, mentionsOfIncident(article, incident)) : []), [article, incident]);
  const places = dataset.places.filter((place) => props.place_ids.includes(place.id));
  const isZone = incident.geometry !== null && incident.geometry.type !== 'Point';
  const isReviewing = useDashboard((s) => s.isReviewing);
  const border = useDashboard(selectBorderRelation);
  const relation = useMemo(() => (border && incident.geometry ? border.relate(incident.geometry, 0) : null), [border, incident.geometry]);

  return (
    <article ref={revealRef} className="card" aria-labelledby="card-title" data-card="incident" data-incident-id={props.id}>
      <header className="card-header">
        <IncidentSymbol eventType={props.event_type} isZone={isZone} />
        <div>
          <h2 id="card-title">{localized(props.title, language)}</h2>
          <p className="card-subtitle">
            <AcledTerm field="event_type" value={props.event_type} language={language} /> — <AcledTerm field="sub_event_type" value={props.sub_event_type} language={language} />
          </p>
        </div>
        <button type="button" className="close-button" onClick={() => store.clearSelection()} aria-label={t('clear', language)}>
          ×
        </button>
      </header>
      {isReviewing && article && (
        <Suspense fallback={null}>
          <IncidentReview incident={incident as ReviewedIncident} article={article} dataset={dataset} />
        </Suspense>
      )}
      <p className={`claim claim-${props.claim_status}`}>
        <strong>
          {t('whoSays', language)}
          {colon(language)}
        </strong>
        {props.claim_by}
        <span className={`badge badge-${props.claim_status}`}> {claimLabel(props.claim_status, language)}</span>
      </p>
      <dl className="facts">
        <dt>{t('what', language)}</dt>
        <dd>
          {t('actors', language)}
          {colon(language)}
          {[
            [props.actor1, props.inter1],
            [props.actor2, props.inter2],
          ]
            .filter(([actor]) => actor)
            .map(([actor, inter], index) => (
              <span key={index}>
                {index > 0 && ' / '}
                {actor}
                {inter && (
                  <>
                    {' '}
                    (<AcledTerm field="inter" value={inter} language={language} />)
                  </>
                )}
              </span>
            ))}
          {props.civilian_targeting && (
            <>
              {' '}
              · <AcledTerm field="civilian_targeting" value={props.civilian_targeting} language={language} />
            </>
          )}
        </dd>
        <dt>{t('when', language)}</dt>
        <dd>
          {formatEventDate(props.event_date, props.time_precision, language)} — {timePrecisionText(props.time_precision, language)}
        </dd>
        <dt>{t('where', language)}</dt>
        <dd>
          {props.location}
          {props.admin1 && <>, {props.admin1}</>}
          {props.country && <> ({props.country})</>} — {incident.geometry ? geoPrecisionText(props.geo_precision, language) : placePrecisionText('unlocated', language)}
        </dd>
        {relation && relation.distanceKm !== null && (
          <>
            <dt>{t('borderLabel', language)}</dt>
            <dd data-border-side={relation.side}>{t('borderWords', language, roundDistanceKm(relation.distanceKm)!, t(SIDE_WORDS[relation.side], language))}</dd>
          </>
        )}
        <dt>{t('fatalities', language)}</dt>
        <dd>{props.fatalities ?? t('noFigure', language)}</dd>
        <dt>{t('known', language)}</dt>
        <dd>{localized(props.known, language)}</dd>
        <dt>{t('unknown', language)}</dt>
        <dd>{localized(props.unknown, language)}</dd>
      </dl>
      <MeasureFacts from={measureOrigin(incident.geometry)} name={props.title ?? null} />
      <IncidentMatches incident={incident} isEvent={article === null} />
      {article && (
        <>
          <h3>{t('passages', language)}</h3>
          <QuoteList quotes={quotes} articles={[article]} language={language} selectedPlaceId={null} />
        </>
      )}
      {places.length > 0 && (
        <>
          <h3>{t('places', language)}</h3>
          <ul className="entity-list">
            {places.map((place) => (
              <li key={place.id}>
                <button type="button" className="entity-button" onClick={() => store.select({ type: 'place', id: place.id })}>
                  <span className="entity-name">{localized(place.name, language)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/**
 * The matches of an article incident with the events of the analyst's layers, or of an event with
 * article incidents: each a link that selects the other, with why they match (the days they
 * share, how far apart, within which tolerance). Shown only when there are layers to match.
 */
function IncidentMatches({ incident, isEvent }: { incident: IncidentFeature; isEvent: boolean }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const hasLayers = useDashboard((s) => s.eventLayers.length > 0);
  const matches = useDashboard(selectIncidentMatches);
  const id = incident.properties.id;
  // The most precise match first: the smallest tolerance, then the nearest.
  const list = [...((isEvent ? matches.byEvent.get(id) : matches.byIncident.get(id)) ?? [])].sort((a, b) => a.reason.toleranceKm - b.reason.toleranceKm || a.reason.distanceKm - b.reason.distanceKm);
  if (!hasLayers) return null;
  const state = store.getState();
  return (
    <section className="incident-matches" aria-labelledby="incident-matches-heading" data-matches={list.length}>
      <h3 id="incident-matches-heading">{t('matchesHeading', language)}</h3>
      {list.length === 0 ? (
        <p className="hint">{t(isEvent ? 'noMatchOfEvent' : 'noMatch', language)}</p>
      ) : (
        <>
          <p>{t(isEvent ? 'matchesOfEvent' : 'matchesOfIncident', language)}</p>
          <ul className="entity-list">
            {list.map((match) => {
              const otherId = isEvent ? match.incidentId : match.eventId;
              const other = selectIncidentById(state, otherId)?.incident;
              const { from, to } = match.reason.days;
              const days = from === to ? formatDate(from, 'day', language) : t('dayRange', language, formatDate(from, 'day', language), formatDate(to, 'day', language));
              return (
                <li key={otherId}>
                  <a
                    href={`#incident=${encodeURIComponent(otherId)}`}
                    className="match-link"
                    data-match-id={otherId}
                    onClick={(event) => {
                      event.preventDefault();
                      store.select({ type: 'incident', id: otherId });
                    }}
                  >
                    {other ? localized(other.properties.title, language) : otherId}
                  </a>
                  <span className="entity-meta"> — {t('matchReason', language, days, Math.round(match.reason.distanceKm), Math.round(match.reason.toleranceKm))}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** A codebook value in the interface language; the codebook's own English words on hover when they differ. */
function AcledTerm({ field, value, language }: { field: AcledField; value: string; language: Language }) {
  const shown = acledTerm(field, value, language);
  const codebook = acledTerm(field, value, 'en');
  return shown === codebook ? <>{shown}</> : <span title={codebook}>{shown}</span>;
}
