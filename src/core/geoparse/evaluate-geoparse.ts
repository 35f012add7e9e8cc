/**
 * Scores geoparser output against mentions a person marked: mention detection by exact span
 * (precision, recall, F1) and, among the spans found, resolution: the right place
 * within 25 km, the right country for a country or a nationality word, unlocated for unlocated.
 */
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import type { GeoparseMention } from './geoparse-types';

export interface GoldMention {
  start: number;
  end: number;
  surface: string;
  placeId: string | null; // null: a place the gazetteer does not have, to be returned unlocated
}

export interface EvaluationCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  resolvedCorrectly: number; // among true positives
}

export interface EvaluationReport {
  counts: EvaluationCounts;
  errors: string[]; // one line per miss, extra or wrong place, for the reader
}

export const RESOLUTION_TOLERANCE_KM = 25;

/** Compares predicted with gold mentions of one text. */
export function evaluateMentions(predicted: readonly GeoparseMention[], gold: readonly GoldMention[], gazetteer: Gazetteer): EvaluationReport {
  const key = (m: { start: number; end: number }) => `${m.start}:${m.end}`;
  const predictedBySpan = new Map(predicted.map((m) => [key(m), m]));
  const goldSpans = new Set(gold.map(key));
  const counts: EvaluationCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, resolvedCorrectly: 0 };
  const errors: string[] = [];
  for (const g of gold) {
    const p = predictedBySpan.get(key(g));
    if (!p) {
      counts.falseNegatives += 1;
      errors.push(`missed  [${g.start},${g.end}) "${g.surface}" → ${g.placeId ?? 'unlocated'}`);
      continue;
    }
    counts.truePositives += 1;
    if (isResolvedCorrectly(p.placeId, g.placeId, gazetteer)) counts.resolvedCorrectly += 1;
    else errors.push(`wrong   [${g.start},${g.end}) "${g.surface}" → ${p.placeId ?? 'unlocated'}, expected ${g.placeId ?? 'unlocated'}`);
  }
  for (const p of predicted) {
    if (goldSpans.has(key(p))) continue;
    counts.falsePositives += 1;
    errors.push(`extra   [${p.start},${p.end}) "${p.surface}" → ${p.placeId ?? 'unlocated'}`);
  }
  return { counts, errors };
}

/** Adds up the counts of several texts. */
export function sumCounts(all: readonly EvaluationCounts[]): EvaluationCounts {
  return all.reduce(
    (sum, c) => ({
      truePositives: sum.truePositives + c.truePositives,
      falsePositives: sum.falsePositives + c.falsePositives,
      falseNegatives: sum.falseNegatives + c.falseNegatives,
      resolvedCorrectly: sum.resolvedCorrectly + c.resolvedCorrectly,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0, resolvedCorrectly: 0 },
  );
}

/** Precision, recall, F1 of detection and accuracy of resolution, each 0–1. */
export function scoreCounts(c: EvaluationCounts): { precision: number; recall: number; f1: number; resolutionAccuracy: number } {
  const precision = c.truePositives / Math.max(1, c.truePositives + c.falsePositives);
  const recall = c.truePositives / Math.max(1, c.truePositives + c.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, resolutionAccuracy: c.resolvedCorrectly / Math.max(1, c.truePositives) };
}

function isResolvedCorrectly(predictedId: string | null, goldId: string | null, gazetteer: Gazetteer): boolean {
  if (predictedId === goldId) return true;
  if (predictedId === null || goldId === null) return false;
  const predicted = gazetteer.get(predictedId);
  const gold = gazetteer.get(goldId);
  if (!predicted || !gold) return false;
  if (gold.kind === 'country' || predicted.kind === 'country') return gold.iso === predicted.iso && gold.kind === predicted.kind;
  return distanceKm(predicted.lat, predicted.lng, gold.lat, gold.lng) <= RESOLUTION_TOLERANCE_KM;
}

function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const toRad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * toRad) / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(((lng2 - lng1) * toRad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
