import { useMemo, useState } from 'react';
import type { LoadedArticle } from '../core/dataset';
import { toPlace } from '../core/gazetteer/create-gazetteer';
import type { MentionKind } from '../core/types';
import { useDashboard } from '../state/use-store';
import { kindName } from './i18n';
import { useGazetteer } from './use-gazetteer';
import type { Review } from './use-review';
import { useReveal } from './use-reveal';

const KINDS: MentionKind[] = ['town', 'city', 'region', 'country', 'demonym', 'border', 'feature'];

/** Words the geoparser missed, selected in the article: mark them as a mention of a place (or as unlocated). */
export function AddMentionCard({ article, start, end, review, onDone }: { article: LoadedArticle; start: number; end: number; review: Review; onDone: () => void }) {
  const revealRef = useReveal<HTMLElement>(start);
  const language = useDashboard((s) => s.language);
  const gazetteer = useGazetteer();
  const words = article.text.slice(start, end);
  const [query, setQuery] = useState(words);
  const [kind, setKind] = useState<MentionKind>('town');
  const [notice, setNotice] = useState<string | null>(null);
  const results = useMemo(() => (gazetteer && query.trim().length >= 2 ? gazetteer.search(query, { limit: 6 }) : []), [gazetteer, query]);
  const fr = language === 'fr';

  const add = async (placeId: string | null, place?: ReturnType<typeof toPlace>) => {
    const problem = await review.dispatch(article, { type: 'add-mention', start, end, placeId, kind, ...(place ? { place } : {}) });
    if (problem) setNotice(problem);
    else onDone();
  };

  return (
    <article ref={revealRef} className="card review-card" aria-labelledby="add-mention-title" data-card="add-mention">
      <h2 id="add-mention-title">{fr ? 'Ajouter une mention' : 'Add a mention'}</h2>
      <p lang={article.meta.language}>
        « <strong>{words}</strong> » ({start}–{end})
      </p>
      <label>
        {fr ? 'Type' : 'Kind'}{' '}
        <select value={kind} onChange={(event) => setKind(event.target.value as MentionKind)}>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {kindName(value, language)}
            </option>
          ))}
        </select>
      </label>
      <p>
        <label>
          {fr ? 'Lieu' : 'Place'} <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
      </p>
      <ul className="entity-list">
        {results.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="entity-button" onClick={() => add(entry.id, toPlace(entry))}>
              <span className="entity-name">{fr ? entry.name.fr : entry.name.en}</span>
              <span className="entity-meta"> — {kindName(entry.kind, language)}, {entry.iso ?? ''}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="review-actions">
        <button type="button" onClick={() => add(null)}>
          {fr ? 'Ajouter sans lieu (non localisé)' : 'Add without a place (unlocated)'}
        </button>
        <button type="button" onClick={onDone}>
          {fr ? 'Annuler' : 'Cancel'}
        </button>
      </div>
      {notice && <p role="status" className="notice">{notice}</p>}
    </article>
  );
}
