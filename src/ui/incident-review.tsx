import { centroid } from '@turf/turf';
import { useEffect, useMemo, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { IncidentChanges, ReviewedIncident } from '../core/review/review-incidents';
import { toPlace } from '../core/gazetteer/to-place';
import { handPlacedIncidentChanges } from '../core/incidents/hand-placed-incident';
import { parseLatLng } from '../core/incidents/parse-coordinates';
import type { ClaimStatus, GeoPrecision, Place, TimePrecision } from '../core/types';
import { placeGeometry } from '../core/views/place-geometry';
import { disorderTypeOf, type AcledEventType } from '../core/vocabulary/acled-codebook';
import type { IncidentCommand } from '../state/store';
import { useDashboard, useStoreApi } from '../state/use-store';
import { GazetteerPicker } from './gazetteer-picker';
import { EVENT_TYPES, acledTerm, claimLabel, geoPrecisionText, localized, reviewStatusLabel, t, timePrecisionText } from './i18n';
import { useGazetteer } from './use-gazetteer';

const CLAIMS: ClaimStatus[] = ['alleged', 'reported', 'confirmed'];
const GEO_PRECISIONS: GeoPrecision[] = [1, 2, 3];
const TIME_PRECISIONS: TimePrecision[] = [1, 2, 3];
// The place select's value for an incident placed by hand (a clicked point, typed coordinates): no gazetteer place.
const HAND_PLACED = '#hand-placed';

/**
 * An incident under review, inside its card: its status, accept or reject, every field editable
 * (codebook lists in the interface's language; the place among the article's, from the gazetteer,
 * by a click on the map or by typed coordinates), merge with another of the article's incidents,
 * split some passages off, undo. Each change is signed by the reviewer, and
 * the coder's proposal is kept beside it.
 */
export function IncidentReview({ incident, article, dataset }: { incident: ReviewedIncident; article: LoadedArticle; dataset: Dataset }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const canUndo = useDashboard((s) => (s.incidentHistory[article.meta.id]?.length ?? 0) > 0);
  const [notice, setNotice] = useState<string | null>(null);
  const [isEditing, setEditing] = useState(false);
  const props = incident.properties;
  const status = props['bb:status'] ?? 'proposed';
  const run = (command: IncidentCommand) => setNotice(store.reviewIncident(article.meta.id, command));

  return (
    <section className="incident-review" aria-label={t('incidentReview', language)} data-incident-status={status}>
      <p>
        {t('incidentStatus', language)} <strong>{reviewStatusLabel(status, language)}</strong>
        {props['bb:proposal'] && <span className="badge badge-muted"> {t('proposalKept', language)}</span>}
      </p>
      <div className="review-actions">
        <button type="button" aria-pressed={status === 'accepted'} onClick={() => run({ type: 'accept-incident', id: props.id })}>
          {t('accept', language)}
        </button>
        <button type="button" aria-pressed={status === 'rejected'} onClick={() => run({ type: 'reject-incident', id: props.id })}>
          {t('reject', language)}
        </button>
        <button type="button" aria-expanded={isEditing} onClick={() => setEditing(!isEditing)}>
          {t('editIncident', language)}
        </button>
        <button type="button" disabled={!canUndo} onClick={() => run({ type: 'undo-incidents' })}>
          {t('undo', language)}
        </button>
      </div>
      {notice && (
        <p role="alert" className="form-problem">
          {notice}
        </p>
      )}
      {isEditing && (
        <IncidentForm
          key={props.modified ?? ''} // a change made elsewhere (a click on the map) gives the form its new values
          incident={incident}
          article={article}
          dataset={dataset}
          onSave={(changes, places) => {
            const refused = store.reviewIncident(article.meta.id, { type: 'edit-incident', id: props.id, changes, places });
            setNotice(refused);
            if (!refused) setEditing(false);
          }}
        />
      )}
      <MergeAndSplit incident={incident} article={article} onRun={run} />
    </section>
  );
}

function IncidentForm({ incident, article, dataset, onSave }: { incident: ReviewedIncident; article: LoadedArticle; dataset: Dataset; onSave(changes: IncidentChanges, places: Place[]): void }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const gazetteer = useGazetteer();
  const props = incident.properties;
  const isPlacing = useDashboard((s) => s.placingIncident?.incidentId === props.id && s.placingIncident.articleId === article.meta.id);
  // A gazetteer entry the reviewer picked, kept with the article when the incident is saved.
  const [pickedPlace, setPickedPlace] = useState<Place | null>(null);
  const [coordinates, setCoordinates] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [values, setValues] = useState({
    event_type: props.event_type,
    sub_event_type: props.sub_event_type,
    actor1: props.actor1,
    actor2: props.actor2,
    event_date: props.event_date,
    time_precision: props.time_precision,
    placeId: initialPlaceId(incident),
    geo_precision: props.geo_precision,
    claim_status: props.claim_status,
    claim_by: props.claim_by,
    fatalities: props.fatalities === null ? '' : String(props.fatalities),
    notes: props.notes,
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((current) => ({ ...current, [key]: value }));
  const articlePlaces = useMemo(() => {
    const ids = new Set(article.mentions.map((mention) => mention.placeId).filter((id): id is string => Boolean(id)));
    return dataset.places.filter((place) => ids.has(place.id));
  }, [article, dataset.places]);
  const actors = useMemo(() => [...new Set(dataset.articles.flatMap((a) => a.incidents.flatMap((i) => [i.properties.actor1, i.properties.actor2])).filter(Boolean))].sort(), [dataset.articles]);
  const subEvents = Object.keys((EVENT_TYPES as Record<string, { subEvents: Record<string, string> }>)[values.event_type]?.subEvents ?? {});

  // Esc leaves placing mode, before the dashboard's Esc (which closes the incident) hears it.
  useEffect(() => {
    if (!isPlacing) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      store.setPlacingIncident(null);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [isPlacing, store]);
  useEffect(() => () => void (store.getState().placingIncident?.incidentId === props.id && store.setPlacingIncident(null)), [store, props.id]);

  const save = () => {
    const typed = coordinates.trim() === '' ? null : parseLatLng(coordinates);
    if (coordinates.trim() !== '' && !typed) return setProblem(t('badCoordinates', language));
    setProblem(null);
    const place = dataset.places.find((candidate) => candidate.id === values.placeId) ?? (pickedPlace?.id === values.placeId ? pickedPlace : undefined);
    const isPlaceChanged = values.placeId !== initialPlaceId(incident) || values.geo_precision !== props.geo_precision;
    const fatalities = values.fatalities.trim() === '' ? null : Number(values.fatalities);
    onSave({
      event_type: values.event_type,
      sub_event_type: values.sub_event_type,
      disorder_type: disorderTypeOf(values.event_type as AcledEventType, values.sub_event_type),
      actor1: values.actor1.trim(),
      actor2: values.actor2.trim(),
      event_date: values.event_date.trim(),
      time_precision: values.time_precision,
      geo_precision: values.geo_precision,
      claim_status: values.claim_status,
      claim_by: values.claim_by.trim(),
      fatalities: fatalities === null || Number.isFinite(fatalities) ? fatalities : NaN, // an empty field is « no figure »
      notes: values.notes,
      ...(typed
        ? handPlacedIncidentChanges(typed, values.geo_precision)
        : values.placeId === HAND_PLACED && isPlaceChanged && incident.geometry
        ? handPlacedIncidentChanges(handPlacedAt(incident), values.geo_precision)
        : isPlaceChanged && place
        ? { place_ids: [place.id, ...props.place_ids.filter((id) => id !== place.id)], location: place.name.en, geometry: placeGeometry(place, values.geo_precision, dataset.geo) }
        : isPlaceChanged && !values.placeId
          ? { place_ids: [], location: '', geometry: null }
          : {}),
    }, place && place === pickedPlace ? [place] : []);
  };

  return (
    <form
      className="incident-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label>
        {t('eventType', language)}
        <select name="event_type" value={values.event_type} onChange={(event) => setValues((c) => ({ ...c, event_type: event.target.value, sub_event_type: Object.keys((EVENT_TYPES as Record<string, { subEvents: Record<string, string> }>)[event.target.value]?.subEvents ?? {})[0] ?? '' }))}>
          {Object.keys(EVENT_TYPES).map((type) => (
            <option key={type} value={type}>
              {acledTerm('event_type', type, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('subEventType', language)}
        <select name="sub_event_type" value={values.sub_event_type} onChange={(event) => set('sub_event_type', event.target.value)}>
          {subEvents.map((type) => (
            <option key={type} value={type}>
              {acledTerm('sub_event_type', type, language)}
            </option>
          ))}
        </select>
      </label>
      <datalist id={`actors-${props.id}`}>
        {actors.map((actor) => (
          <option key={actor} value={actor} />
        ))}
      </datalist>
      <label>
        {t('actor1', language)}
        <input name="actor1" list={`actors-${props.id}`} value={values.actor1} onChange={(event) => set('actor1', event.target.value)} />
      </label>
      <label>
        {t('actor2', language)}
        <input name="actor2" list={`actors-${props.id}`} value={values.actor2} onChange={(event) => set('actor2', event.target.value)} />
      </label>
      <label>
        {t('eventDate', language)}
        <input name="event_date" value={values.event_date} placeholder={t('datePlaceholder', language)} onChange={(event) => set('event_date', event.target.value)} />
      </label>
      <label>
        {t('timePrecision', language)}
        <select name="time_precision" value={values.time_precision} onChange={(event) => set('time_precision', Number(event.target.value) as TimePrecision)}>
          {TIME_PRECISIONS.map((precision) => (
            <option key={precision} value={precision}>
              {timePrecisionText(precision, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('incidentPlace', language)}
        <select name="place" value={values.placeId} onChange={(event) => set('placeId', event.target.value)}>
          <option value="">{t('unlocated', language)}</option>
          {initialPlaceId(incident) === HAND_PLACED && <option value={HAND_PLACED}>{`${props.location} (${t('placedByHand', language)})`}</option>}
          {articlePlaces.map((place) => (
            <option key={place.id} value={place.id}>
              {localized(place.name, language)}
            </option>
          ))}
          {pickedPlace && !articlePlaces.some((place) => place.id === pickedPlace.id) && <option value={pickedPlace.id}>{localized(pickedPlace.name, language)}</option>}
          {values.placeId && values.placeId !== HAND_PLACED && !articlePlaces.some((place) => place.id === values.placeId) && pickedPlace?.id !== values.placeId && <option value={values.placeId}>{props.location || values.placeId}</option>}
        </select>
      </label>
      <GazetteerPicker
        gazetteer={gazetteer}
        language={language}
        label={t('incidentPlaceGazetteer', language)}
        onPick={(entry) => {
          const place = toPlace(entry);
          setPickedPlace(place);
          set('placeId', place.id);
          set('geo_precision', place.geoPrecision);
        }}
      />
      {pickedPlace && values.placeId === pickedPlace.id && <p role="status">{t('incidentPlaceChosen', language, localized(pickedPlace.name, language))}</p>}
      <label>
        {t('incidentCoordinates', language)}
        <input name="coordinates" inputMode="decimal" value={coordinates} placeholder={t('incidentCoordinatesPlaceholder', language)} onChange={(event) => setCoordinates(event.target.value)} />
      </label>
      <label>
        {t('precisionTitle', language)}
        <select name="geo_precision" value={values.geo_precision} onChange={(event) => set('geo_precision', Number(event.target.value) as GeoPrecision)}>
          {GEO_PRECISIONS.map((precision) => (
            <option key={precision} value={precision}>
              {geoPrecisionText(precision, language)}
            </option>
          ))}
        </select>
      </label>
      <div className="review-actions">
        <button type="button" aria-pressed={isPlacing} onClick={() => store.setPlacingIncident(isPlacing ? null : { articleId: article.meta.id, incidentId: props.id, geoPrecision: values.geo_precision })}>
          {t('placeIncidentOnMap', language)}
        </button>
      </div>
      {isPlacing && <p role="status">{t('placingIncidentHint', language)}</p>}
      {problem && (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      )}
      <label>
        {t('claimStatus', language)}
        <select name="claim_status" value={values.claim_status} onChange={(event) => set('claim_status', event.target.value as ClaimStatus)}>
          {CLAIMS.map((claim) => (
            <option key={claim} value={claim}>
              {claimLabel(claim, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('whoSays', language)}
        <input name="claim_by" value={values.claim_by} onChange={(event) => set('claim_by', event.target.value)} />
      </label>
      <label>
        {t('fatalities', language)}
        <input name="fatalities" inputMode="numeric" value={values.fatalities} placeholder={t('noFigure', language)} onChange={(event) => set('fatalities', event.target.value)} />
      </label>
      <label>
        {t('notes', language)}
        <textarea name="notes" rows={3} value={values.notes} onChange={(event) => set('notes', event.target.value)} />
      </label>
      <button type="submit">{t('saveIncident', language)}</button>
    </form>
  );
}

function initialPlaceId(incident: ReviewedIncident): string {
  return incident.properties.place_ids[0] ?? (incident.geometry ? HAND_PLACED : '');
}

// Where a hand-placed incident was put: its point, or the centre of the zone drawn around it.
function handPlacedAt(incident: ReviewedIncident): [number, number] {
  const [lng, lat] = centroid({ type: 'Feature', properties: {}, geometry: incident.geometry! }).geometry.coordinates;
  return [lng!, lat!];
}

/** Merge this incident with another of the article's, or split some of its passages off. */
function MergeAndSplit({ incident, article, onRun }: { incident: ReviewedIncident; article: LoadedArticle; onRun(command: IncidentCommand): void }) {
  const language = useDashboard((s) => s.language);
  const others = article.incidents.filter((other) => other.properties.id !== incident.properties.id);
  const [mergeId, setMergeId] = useState('');
  const [splitting, setSplitting] = useState<string[]>([]);
  const passages = incident.properties.annotation_ids;
  return (
    <details className="merge-split">
      <summary>{t('mergeOrSplit', language)}</summary>
      {others.length > 0 && (
        <div className="review-actions">
          <label>
            {t('mergeWith', language)}{' '}
            <select value={mergeId} onChange={(event) => setMergeId(event.target.value)}>
              <option value="" />
              {others.map((other) => (
                <option key={other.properties.id} value={other.properties.id}>
                  {localized(other.properties.title, language)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!mergeId} onClick={() => onRun({ type: 'merge-incidents', keepId: incident.properties.id, mergeId })}>
            {t('merge', language)}
          </button>
        </div>
      )}
      {passages.length > 1 && (
        <fieldset>
          <legend>{t('splitPassages', language)}</legend>
          {passages.map((id) => {
            const mention = article.mentions.find((candidate) => candidate.annotationId === id);
            return (
              <label key={id} className="split-passage">
                <input type="checkbox" checked={splitting.includes(id)} onChange={(event) => setSplitting((current) => (event.target.checked ? [...current, id] : current.filter((x) => x !== id)))} />
                <span lang={article.meta.language}>{mention ? `§${mention.paragraphNumber} ${mention.exact}` : id}</span>
              </label>
            );
          })}
          <button type="button" disabled={splitting.length === 0} onClick={() => onRun({ type: 'split-incident', id: incident.properties.id, annotationIds: splitting, newId: freeIncidentId(article, incident.properties.id) })}>
            {t('split', language)}
          </button>
        </fieldset>
      )}
    </details>
  );
}

function freeIncidentId(article: LoadedArticle, base: string): string {
  const ids = new Set(article.incidents.map((incident) => incident.properties.id));
  let n = 2;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
