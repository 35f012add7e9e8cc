/**
 * Scores proposed incidents against hand-coded ones (tests/fixtures/incidents-devset). Detection:
 * a proposal matches a gold incident when one of its evidence spans overlaps one of the gold's;
 * pairs are made one to one, best first (more agreeing fields, then more overlap), so one
 * sentence reporting two incidents (« à Nouakchott et à Bamako ») needs two proposals. On the
 * matched pairs: accuracy of event type, sub-event type, place (within 25 km of the gold place,
 * 50 km when the gold is a precision-3 zone; a proposal's zone counts by its distance to the gold
 * point, 0 inside; no place is right only where the gold has none), date with its precision,
 * claim status and actor1.
 */
import { distance, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { IncidentFeature, Place } from '../types';

export interface GoldIncident {
  id: string;
  evidence: Array<{ start: number; end: number }>;
  event_type: string;
  sub_event_type: string;
  event_date: string;
  time_precision: number;
  place_id: string | null;
  geo_precision: number;
  actor1: string;
  claim_status: string;
}

export const SCORED_FIELDS = ['event_type', 'sub_event_type', 'place', 'date', 'claim_status', 'actor1'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface IncidentScore {
  gold: number;
  proposed: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Correct / matched, per field. */
  accuracy: Record<ScoredField, number>;
  correct: Record<ScoredField, number>;
  /** Each gold incident with its match (or null) and the fields that differ. */
  pairs: Array<{ gold: string; proposed: string | null; wrong: ScoredField[] }>;
  unmatchedProposals: string[];
}

type Proposal = Pick<IncidentFeature, 'geometry'> & { properties: IncidentFeature['properties'] & { evidence?: Array<{ start: number; end: number }> } };

/** Whether each scored field of `proposal` agrees with `gold`. */
export function fieldAgreement(gold: GoldIncident, proposal: Proposal, places: ReadonlyMap<string, Place>): Record<ScoredField, boolean> {
  const p = proposal.properties;
  return {
    event_type: p.event_type === gold.event_type,
    sub_event_type: p.sub_event_type === gold.sub_event_type,
    place: placeAgrees(gold, proposal, places),
    date: p.event_date === gold.event_date && p.time_precision === gold.time_precision,
    claim_status: p.claim_status === gold.claim_status,
    actor1: p.actor1 === gold.actor1,
  };
}

function placeAgrees(gold: GoldIncident, proposal: Proposal, places: ReadonlyMap<string, Place>): boolean {
  const geometry = proposal.geometry;
  if (gold.place_id === null) return geometry === null;
  const goldPlace = places.get(gold.place_id);
  if (!goldPlace?.lngLat || geometry === null) return false;
  const tolerance = gold.geo_precision === 3 ? 50 : 25;
  const at = point(goldPlace.lngLat);
  if (geometry.type === 'Point') return distance(at, point(geometry.coordinates as [number, number]), { units: 'kilometers' }) <= tolerance;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const zone: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
    return Math.max(0, pointToPolygonDistance(at, zone, { units: 'kilometers' })) <= tolerance;
  }
  return false;
}

function overlap(a: Array<{ start: number; end: number }>, b: Array<{ start: number; end: number }>): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

/** Detection and field scores of `proposals` against `gold` for one or more articles (pass them pooled, ids unique). */
export function evaluateIncidents(articles: Array<{ gold: GoldIncident[]; proposals: Proposal[] }>, places: ReadonlyMap<string, Place>): IncidentScore {
  const correct = Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;
  const pairs: IncidentScore['pairs'] = [];
  const unmatchedProposals: string[] = [];
  let goldCount = 0;
  let proposedCount = 0;
  let matched = 0;
  for (const { gold, proposals } of articles) {
    goldCount += gold.length;
    proposedCount += proposals.length;
    const candidates: Array<{ g: number; p: number; score: number; agree: Record<ScoredField, boolean> }> = [];
    gold.forEach((g, gi) =>
      proposals.forEach((p, pi) => {
        const shared = overlap(g.evidence, p.properties.evidence ?? []);
        if (shared === 0) return;
        const agree = fieldAgreement(g, p, places);
        candidates.push({ g: gi, p: pi, score: Object.values(agree).filter(Boolean).length * 1e6 + shared, agree });
      }),
    );
    candidates.sort((a, b) => b.score - a.score);
    const usedGold = new Set<number>();
    const usedProposal = new Set<number>();
    const byGold = new Map<number, (typeof candidates)[number]>();
    for (const c of candidates) {
      if (usedGold.has(c.g) || usedProposal.has(c.p)) continue;
      usedGold.add(c.g);
      usedProposal.add(c.p);
      byGold.set(c.g, c);
    }
    gold.forEach((g, gi) => {
      const c = byGold.get(gi);
      if (!c) return void pairs.push({ gold: g.id, proposed: null, wrong: [] });
      matched += 1;
      const wrong = SCORED_FIELDS.filter((f) => !c.agree[f]);
      for (const f of SCORED_FIELDS) if (c.agree[f]) correct[f] += 1;
      pairs.push({ gold: g.id, proposed: String(proposals[c.p]!.properties.id), wrong });
    });
    proposals.forEach((p, pi) => {
      if (!usedProposal.has(pi)) unmatchedProposals.push(String(p.properties.id));
    });
  }
  const precision = proposedCount === 0 ? 1 : matched / proposedCount;
  const recall = goldCount === 0 ? 1 : matched / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = Object.fromEntries(SCORED_FIELDS.map((f) => [f, matched === 0 ? 0 : correct[f] / matched])) as Record<ScoredField, number>;
  return { gold: goldCount, proposed: proposedCount, matched, precision, recall, f1, accuracy, correct, pairs, unmatchedProposals };
}

/** The score as a small table (for the test's output and the CLI). */
export function formatIncidentScore(label: string, s: IncidentScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${label}: ${s.gold} gold, ${s.proposed} proposed, ${s.matched} matched — precision ${pct(s.precision)}, recall ${pct(s.recall)}, F1 ${pct(s.f1)}`,
    ...SCORED_FIELDS.map((f) => `  ${f.padEnd(15)} ${pct(s.accuracy[f]).padStart(6)}  (${s.correct[f]}/${s.matched})`),
  ];
  return `${lines.join('\n')}\n`;
}
