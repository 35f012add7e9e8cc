import { useEffect, useRef, useState } from 'react';
import type { LoadedArticle } from '../core/dataset';
import { toPlace } from '../core/gazetteer/to-place';
import type { MentionKind } from '../core/types';
import { draftIncidentFromWords } from '../core/review/draft-incident';
import { selectDataset } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { kindName, quoteMarks, t } from './i18n';
import { GazetteerPicker } from './gazetteer-picker';
import { useGazetteer } from './use-gazetteer';
import type { Review } from './use-review';
import { useReveal } from './use-reveal';
import { focusElement } from './focus-target';

const KINDS: MentionKind[] = ['town', 'city', 'region', 'country', 'demonym', 'border', 'feature'];

/** Words the geoparser missed, selected in the article: mark them as a mention of a place (or as unlocated). */
export function AddMentionCard({ article, start, end, review, onDone }: { article: LoadedArticle; start: number; end: number; review: Review; onDone: () => void }) {
  const store = useStoreApi();
  const revealRef = useReveal<HTMLElement>(start);
  const language = useDashboard((s) => s.language);
  const gazetteer = useGazetteer();
  const words = article.text.slice(start, end);
  const [kind, setKind] = useState<MentionKind>('town');
  const [notice, setNotice] = useState<string | null>(null);
  const marks = quoteMarks(language);
  // Opened from a selection in the text, by mouse or keyboard: the card takes the keyboard.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => void focusElement(headingRef.current), []);

  const add = async (placeId: string | null, place?: ReturnType<typeof toPlace>) => {
    const problem = await review.dispatch(article, { type: 'add-mention', start, end, placeId, kind, ...(place ? { place } : {}) });
    if (problem) setNotice(problem);
    else onDone();
  };

  // The words report an event the coder missed: a new incident, opened for the reviewer to complete.
  const addIncident = () => {
    const dataset = selectDataset(store.getState());
    const taken = new Set(article.incidents.map((incident) => incident.properties.id));
    let n = 1;
    while (taken.has(`added-${n}`)) n++;
    const id = `added-${n}`;
    const problem = store.reviewIncident(article.meta.id, { type: 'add-incident', incident: draftIncidentFromWords(article, start, end, dataset, id) });
    if (problem) return setNotice(problem);
    onDone();
    store.select({ type: 'incident', id });
  };

  return (
    <article ref={revealRef} className="card review-card" aria-labelledby="add-mention-title" data-card="add-mention">
      <h2 id="add-mention-title" ref={headingRef} tabIndex={-1}>{t('addMention', language)}</h2>
      <p lang={article.meta.language}>
        {marks.open}
        <strong>{words}</strong>
        {marks.close} ({start}–{end})
      </p>
      <label>
        {t('kind', language)}{' '}
        <select value={kind} onChange={(event) => setKind(event.target.value as MentionKind)}>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {kindName(value, language)}
            </option>
          ))}
        </select>
      </label>
      <GazetteerPicker gazetteer={gazetteer} language={language} label={t('place', language)} initialQuery={words} keepsChoice={false} onPick={(entry) => add(entry.id, toPlace(entry))} />
      <div className="review-actions">
        <button type="button" onClick={() => add(null)}>
          {t('addUnlocated', language)}
        </button>
        <button type="button" onClick={addIncident}>
          {t('addIncidentFromWords', language)}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel', language)}
        </button>
      </div>
      {notice && <p role="status" className="notice">{notice}</p>}
    </article>
  );
}
