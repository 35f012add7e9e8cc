/**
 * The hand-coded incident sets and the whole chain the dashboard runs on an article — geoparser,
 * annotations, incident coder, as `prepareArticle` does — for scoring the coder.
 *   dev      tests/fixtures/incidents-devset (tuned on)
 *   heldout  tests/fixtures/incidents-devset/heldout (written with the dev set, never tuned on)
 *   unseen   tests/fixtures/incidents-heldout (other kinds of text, written later, measured
 *            before the coder was changed for them; its misses' causes then guided the changes)
 *   unseen2  tests/fixtures/incidents-heldout-2 (those kinds again in other words and places,
 *            written and coded before the coder was changed for them, never tuned on)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { bundledGazetteer } from '../src/core/gazetteer/bundled-gazetteer';
import { toPlace } from '../src/core/gazetteer/to-place';
import { createGeoparser } from '../src/core/geoparse/create-geoparser';
import { codeIncidents, type ProposedIncident } from '../src/core/incidents/code-incidents';
import type { GoldIncident } from '../src/core/incidents/evaluate-incidents';
import { incidentZones } from '../src/core/incidents/incident-zones';
import type { Language, Place } from '../src/core/types';

export type IncidentSplit = 'dev' | 'heldout' | 'unseen' | 'unseen2';

export interface GoldArticle {
  article: string;
  text: string; // repository-relative path
  language: Language;
  published: string;
  outlet: string;
  split: 'dev' | 'heldout';
  incidents: Array<GoldIncident & { evidence: Array<{ quote: string; start: number; end: number }> }>;
}

const root = fileURLToPath(new URL('../', import.meta.url));
export const DEVSET_DIR = 'tests/fixtures/incidents-devset';
const SPLIT_DIRS: Record<IncidentSplit, string> = { dev: DEVSET_DIR, heldout: `${DEVSET_DIR}/heldout`, unseen: 'tests/fixtures/incidents-heldout', unseen2: 'tests/fixtures/incidents-heldout-2' };

export function loadGoldArticles(split: IncidentSplit): GoldArticle[] {
  const dir = `${root}${SPLIT_DIRS[split]}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.incidents.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as GoldArticle);
}

const gazetteer = bundledGazetteer();
const geoparser = createGeoparser(gazetteer);
export const zones = incidentZones(JSON.parse(readFileSync(`${root}geo/border-zone.geojson`, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>);
export const allPlaces: ReadonlyMap<string, Place> = new Map(gazetteer.places.map((p) => [p.id, toPlace(p)]));

/** The coder's proposals for one gold article, from its text through the geoparser. */
export function proposeFor(article: GoldArticle): { text: string; proposals: ProposedIncident[] } {
  const text = readFileSync(`${root}${article.text}`, 'utf8');
  return { text, proposals: proposeText(text, article.language, article.published, article.outlet) };
}

/** The coder's proposals for a text, through the geoparser, as the dashboard makes them. */
/** @param isPublishedKnown false when `published` is only the day of loading (an article opened without its date) */
export function proposeText(text: string, language: Language, published: string, outlet: string, isPublishedKnown = true): ProposedIncident[] {
  const result = geoparser.parse(text, { language });
  const mentions = result.mentions.map((m, i) => ({ annotationId: `urn:border-brief:annotation:devset:${i + 1}`, start: m.start, end: m.end, kind: m.kind, placeId: m.placeId }));
  return codeIncidents({ text, language, published, isPublishedKnown, mentions, places: allPlaces, articleId: 'devset', outlet, zones });
}
