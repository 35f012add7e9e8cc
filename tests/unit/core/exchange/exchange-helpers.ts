import { readFileSync } from 'node:fs';
import type { ArticleRecord } from '../../../../src/core/exchange/article-record';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { prepareArticle } from '../../../../src/core/ingest/prepare-article';
import { createReviewState, reviewAnnotations, type ReviewAction } from '../../../../src/core/review/review-annotations';
import { reviewIncidents, type IncidentAction, type IncidentReviewState } from '../../../../src/core/review/review-incidents';
import type { Agent } from '../../../../src/core/types';

export const analyst: Agent = { id: 'urn:border-brief:agent:analyst', type: 'Person', name: 'Analyste' };

/**
 * The fixture article, geoparsed and reviewed: one rejection, one other candidate, one hand-placed
 * place, one added mention; and its proposed incident (the abduction near Fassala) placed by hand
 * at a clicked point and given a claimant, so the machine's proposal is kept beside.
 */
export async function reviewedFixture(): Promise<ArticleRecord> {
  const text = readFileSync('tests/fixtures/exchange/in/bassikounou.txt', 'utf8');
  const gazetteer = bundledGazetteer();
  const prepared = await prepareArticle({ text, outlet: 'Cridem', date: '2024-06-01', name: 'bassikounou', url: 'https://cridem.org/example' }, { gazetteer, now: '2024-06-02T08:00:00Z' });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  const { meta, annotations } = prepared.article;
  const idOf = (exact: string) => annotations.find((a) => a.target.selector[0].exact === exact)!.id;
  const by = { reviewer: analyst, at: '2024-06-02T09:00:00Z' };
  const villages = text.indexOf('villages');
  const actions: ReviewAction[] = [
    { type: 'accept', annotationId: idOf('Mbera'), ...by },
    { type: 'reject', annotationId: idOf('russes'), ...by },
    { type: 'choose-place', annotationId: idOf('Nara'), place: { ...prepared.places.find((p) => p.id === 'nara')! }, ...by },
    { type: 'place-by-hand', annotationId: idOf('Léré'), lngLat: [-4.9125, 15.7167], ...by },
    { type: 'add-mention', start: villages, end: villages + 'villages'.length, placeId: null, kind: 'feature', ...by },
  ];
  const state = actions.reduce(reviewAnnotations, createReviewState({ articleId: meta.id, text, sha256: meta.sha256, annotations, places: prepared.places }));
  const proposed = prepared.article.incidents.features;
  if (proposed.length === 0) throw new Error('the fixture article should propose its abduction');
  const incidentActions: IncidentAction[] = [
    { type: 'edit-incident', id: proposed[0]!.properties.id, changes: { geometry: { type: 'Point', coordinates: [-5.52, 15.41] }, geo_precision: 1, claim_by: 'Habitants de Fassala' }, ...by },
  ];
  const incidentState = incidentActions.reduce<IncidentReviewState>((s, action) => {
    const outcome = reviewIncidents(s, action);
    if (!outcome.ok) throw new Error(outcome.notice);
    return outcome.state;
  }, { incidents: proposed, history: [] });
  return { meta, text, annotations: state.annotations, places: state.places, incidents: { type: 'FeatureCollection', features: incidentState.incidents } };
}
