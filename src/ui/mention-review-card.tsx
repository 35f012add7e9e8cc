import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { placeIdFromIri } from '../core/annotations/create-place-annotation';
import { toPlace } from '../core/gazetteer/to-place';
import { candidatePlaces } from '../core/review/candidate-places';
import type { ReviewedAnnotation } from '../core/review/review-annotations';
import { useDashboard, useStoreApi } from '../state/use-store';
import { colon, formatDecimal, formatPercent, kindName, localized, quoteMarks, reviewStatusLabel, t } from './i18n';
import { GazetteerPicker } from './gazetteer-picker';
import { useGazetteer } from './use-gazetteer';
import type { Review } from './use-review';
import { useReveal } from './use-reveal';
import { focusElement, isFocusLost, mentionLink } from './focus-target';

/**
 * One mention under review: what the geoparser proposed and how sure it was, and the person's
 * choices — accept, reject, another candidate, any gazetteer place, or a point placed on the map.
 */
export function MentionReviewCard({ annotationId, article, dataset, review }: { annotationId: string; article: LoadedArticle; dataset: Dataset; review: Review }) {
  const store = useStoreApi();
  const revealRef = useReveal<HTMLElement>(annotationId);
  const language = useDashboard((s) => s.language);
  const placingId = useDashboard((s) => s.placingAnnotationId);
  const gazetteer = useGazetteer();
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const placeButtonRef = useRef<HTMLButtonElement>(null);
  // The card takes the keyboard when it opens on a mention; when it closes (Esc, ×) the keyboard
  // goes back to that mention in the text, unless the user has already gone somewhere else.
  useEffect(() => {
    const card = revealRef.current;
    focusElement(headingRef.current);
    return () => {
      if (isFocusLost() || card?.contains(document.activeElement)) requestAnimationFrame(() => isFocusLost() && mentionLink(annotationId)?.focus());
    };
  }, [annotationId, revealRef]);
  // Placed (Enter on the map) or cancelled (Esc): back to the button that started placing.
  const wasPlacing = useRef(false);
  useEffect(() => {
    if (placingId === annotationId) wasPlacing.current = true;
    else if (wasPlacing.current) {
      wasPlacing.current = false;
      placeButtonRef.current?.focus();
    }
  }, [placingId, annotationId]);
  const annotation = article.annotations.find((candidate) => candidate.id === annotationId) as ReviewedAnnotation | undefined;
  const candidates = useMemo(() => (annotation && gazetteer ? candidatePlaces(annotation, gazetteer) : []), [annotation, gazetteer]);
  if (!annotation) return null;

  const marks = quoteMarks(language);
  const quote = annotation.target.selector[0];
  const placeId = placeIdFromIri(annotation.body.source);
  const place = dataset.places.find((candidate) => candidate.id === placeId);
  const status = annotation['bb:status'] ?? 'proposed';
  const run = async (command: Parameters<Review['dispatch']>[1]) => setNotice(await review.dispatch(article, command));

  return (
    <article ref={revealRef} className="card review-card" aria-labelledby="card-title" data-card="mention" data-annotation-id={annotation.id}>
      <header className="card-header">
        <div>
          <h2 id="card-title" lang={article.meta.language} ref={headingRef} tabIndex={-1}>
            {marks.open}
            {quote.exact}
            {marks.close}
          </h2>
          <p className="card-subtitle">
            {kindName(annotation['bb:mentionKind'], language)} · {t('status', language)}
            {colon(language)}
            <strong>{reviewStatusLabel(status, language)}</strong>
          </p>
        </div>
        <button type="button" className="close-button" onClick={() => store.clearSelection()} aria-label={t('clear', language)}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{t('place', language)}</dt>
        <dd>{place ? `${localized(place.name, language)} (${place.id})` : t('unlocated', language)}</dd>
        <dt>{t('confidence', language)}</dt>
        <dd>{annotation['bb:confidence'] !== undefined ? formatPercent(annotation['bb:confidence'], language) : t('confidenceNotGiven', language)}</dd>
        <dt>{t('creator', language)}</dt>
        <dd>
          {annotation.creator.name} ({t(annotation.creator.type === 'Person' ? 'creatorPerson' : 'creatorSoftware', language)})
          {annotation['bb:proposedBy'] && (
            <>
              {' '}
              — {t('proposedBy', language)} {annotation['bb:proposedBy'].name}
            </>
          )}
        </dd>
      </dl>
      <div className="review-actions" role="group" aria-label={t('decision', language)}>
        <button type="button" onClick={() => run({ type: 'accept', annotationId })} aria-pressed={status === 'accepted'}>
          {t('accept', language)}
        </button>
        <button type="button" onClick={() => run({ type: 'reject', annotationId })} aria-pressed={status === 'rejected'}>
          {t('reject', language)}
        </button>
        <button type="button" ref={placeButtonRef} onClick={() => store.setPlacing(placingId === annotationId ? null : annotationId)} aria-pressed={placingId === annotationId} aria-describedby={placingId === annotationId ? 'placing-hint' : undefined}>
          {t('placeOnMap', language)}
        </button>
        <button type="button" onClick={() => run({ type: 'undo' })} disabled={!review.canUndo(article.meta.id)}>
          {t('undo', language)}
        </button>
      </div>
      {placingId === annotationId && (
        <p role="status" id="placing-hint">
          {t('placingHint', language)} {t('placingKeysHint', language)}
        </p>
      )}
      {notice && <p role="status" className="notice">{notice}</p>}
      {candidates.length > 0 && (
        <>
          <h3>{t('candidates', language)}</h3>
          <ul className="entity-list">
            {candidates.map(({ place: candidate, score, isCurrent }) => (
              <li key={candidate.id}>
                <button type="button" className="entity-button" aria-pressed={isCurrent} onClick={() => run({ type: 'choose-place', annotationId, place: candidate })}>
                  <span className="entity-name">{localized(candidate.name, language)}</span>
                  <span className="entity-meta">
                    {' '}
                    — {kindName(candidate.kind, language)}, {candidate.iso ?? ''} · {t('relativeScore', language)} {formatDecimal(score, 2, language)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <GazetteerPicker gazetteer={gazetteer} language={language} label={t('searchGazetteer', language)} keepsChoice={false} onPick={(entry) => run({ type: 'choose-place', annotationId, place: toPlace(entry) })} />
      <ReviewerName review={review} />
    </article>
  );
}

/** Who the corrections are recorded as. */
export function ReviewerName({ review }: { review: Review }) {
  const language = useDashboard((s) => s.language);
  return (
    <p className="reviewer-name">
      <label>
        {t('correctionsSigned', language)}{' '}
        <input defaultValue={review.reviewer.name} onBlur={(event) => review.setReviewerName(event.target.value)} size={16} />
      </label>
    </p>
  );
}
