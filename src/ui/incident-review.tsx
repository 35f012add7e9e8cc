import { useMemo, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { IncidentChanges, ReviewedIncident } from '../core/review/review-incidents';
import type { ClaimStatus, GeoPrecision, TimePrecision } from '../core/types';
import { placeGeometry } from '../core/views/place-geometry';
import { disorderTypeOf, type AcledEventType } from '../core/vocabulary/acled-codebook';
import type { IncidentCommand } from '../state/store';
import { useDashboard, useStoreApi } from '../state/use-store';
import { EVENT_TYPES, acledTerm, claimLabel, geoPrecisionText, localized, reviewStatusLabel, t, timePrecisionText } from './i18n';

const CLAIMS: ClaimStatus[] = ['alleged', 'reported', 'confirmed'];
const GEO_PRECISIONS: GeoPrecision[] = [1, 2, 3];
const TIME_PRECISIONS: TimePrecision[] = [1, 2, 3];

/**
 * An incident under review, inside its card: its status, accept or reject, every field editable
 * (codebook lists in the interface's language, the article's places), merge with another of the
 * article's incidents, split some passages off, undo. Each change is signed by the reviewer, and
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
          incident={incident}
          article={article}
          dataset={dataset}
          onSave={(changes) => {
            const refused = store.reviewIncident(article.meta.id, { type: 'edit-incident', id: props.id, changes });
            setNotice(refused);
            if (!refused) setEditing(false);
          }}
        />
      )}
      <MergeAndSplit incident={incident} article={article} onRun={run} />
    </section>
  );
}

function IncidentForm({ incident, article, dataset, onSave }: { incident: ReviewedIncident; article: LoadedArticle; dataset: Dataset; onSave(changes: IncidentChanges): void }) {
  const language = useDashboard((s) => s.language);
  const props = incident.properties;
  const [values, setValues] = useState({
    event_type: props.event_type,
    sub_event_type: props.sub_event_type,
    actor1: props.actor1,
    actor2: props.actor2,
    event_date: props.event_date,
    time_precision: props.time_precision,
    placeId: props.place_ids[0] ?? '',
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

  const save = () => {
    const place = dataset.places.find((candidate) => candidate.id === values.placeId);
    const isPlaceChanged = values.placeId !== (props.place_ids[0] ?? '') || values.geo_precision !== props.geo_precision;
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
      fatalities: Number.isFinite(fatalities) ? fatalities : NaN,
      notes: values.notes,
      ...(isPlaceChanged && place
        ? { place_ids: [place.id, ...props.place_ids.filter((id) => id !== place.id)], location: place.name.en, geometry: placeGeometry(place, values.geo_precision, dataset.geo) }
        : isPlaceChanged && !values.placeId
          ? { place_ids: [], location: '', geometry: null }
          : {}),
    });
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
          {articlePlaces.map((place) => (
            <option key={place.id} value={place.id}>
              {localized(place.name, language)}
            </option>
          ))}
        </select>
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
