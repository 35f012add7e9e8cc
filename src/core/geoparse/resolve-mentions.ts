/**
 * Chooses a place for each matched name with the article's context: which countries the
 * article is about (weighted by how often they, their people and their towns are named), which
 * places were already placed nearby, and cue words (« région de », « wilaya du », "X region").
 * A border phrase goes to the border between the countries it names or, failing that, the two
 * the article is most about.
 */
import type { Gazetteer, NameEntry } from '../gazetteer/create-gazetteer';
import type { GazetteerPlace } from '../gazetteer/gazetteer-schema';
import type { MentionKind } from '../types';
import { COMPOUND_PREFIXES } from './border-phrases';
import type { GeoparseCandidate, GeoparseMention } from './geoparse-types';
import type { RawMatch } from './name-matcher';

export interface ResolveInput {
  text: string;
  folded: string;
  matches: readonly RawMatch[];
  gazetteer: Gazetteer;
}

/** Resolves raw matches into mentions (text order) and the article's country weights. */
export function resolveMentions(input: ResolveInput): { mentions: GeoparseMention[]; countries: { iso: string; weight: number }[] } {
  const { text, folded, gazetteer } = input;
  const matches = extendCompoundBorders(input.matches, text, folded);
  const weights = countryWeights(matches);
  const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const maxWeight = ranked[0]?.[1] ?? 0;
  const share = (iso: string | null) => (iso === null ? 0.5 : maxWeight > 0 ? (weights.get(iso) ?? 0) / maxWeight : 0);

  const borders = borderIndex(gazetteer);
  const resolvedPoints: GazetteerPlace[] = [];
  const mentions: GeoparseMention[] = [];
  const sentenceStart = sentenceStartFinder(text);

  for (let m = 0; m < matches.length; m += 1) {
    const match = matches[m]!;
    const surface = text.slice(match.start, match.end);
    if (match.isBorder) {
      mentions.push(resolveBorder(match, surface, { m, matches, folded, ranked, borders, earlier: mentions, gazetteer, sentenceStart }));
      continue;
    }
    const before = folded.slice(Math.max(0, match.start - 30), match.start);
    const after = folded.slice(match.end, match.end + 12);
    const hasRegionCue = /(?:region|regions|wilaya|wilayas|province|moughataa|cercle|district)(?: de| du| des| d'|')? ?(?:l')?$/.test(before) || /^ regions?(?![a-z])/.test(after);
    const hasLocativeCue = /(?:^|[^a-z'])(?:a|au|aux|de|du|des|d'|vers|pres de|dans|sur|depuis|entre|et|in|at|near|to|from|of|around|outside|and|of the)\s*$/.test(before) || hasRegionCue;

    const scored = match.entries
      .filter((entry) => !entry.place.weak || (hasLocativeCue && share(entry.place.iso) > 0))
      .map((entry) => ({ entry, score: candidateScore(entry, hasRegionCue, share, resolvedPoints) }))
      .sort((a, b) => b.score - a.score || (a.entry.place.id < b.entry.place.id ? -1 : 1));
    const best = scored[0];
    if (!best) continue; // only weak readings without context: a common word, not a place
    const kind: MentionKind = best.entry.role === 'demonym' ? 'demonym' : mentionKindOf(best.entry.place);
    if (best.entry.role === 'name' && best.entry.place.kind !== 'country') resolvedPoints.push(best.entry.place);
    mentions.push({
      start: match.start,
      end: match.end,
      surface,
      kind,
      placeId: best.entry.place.id,
      confidence: round2(baseConfidence(best.entry, surface) * topProbability(scored.map((s) => s.score))),
      candidates: dedupeCandidates(scored.map((s) => ({ placeId: s.entry.place.id, score: round2(s.score) }))),
    });
  }
  return { mentions, countries: ranked.map(([iso, weight]) => ({ iso, weight })) };
}

/** A place kind as a mention kind: a camp is a settlement, so a town. */
export function mentionKindOf(place: GazetteerPlace): MentionKind {
  return place.kind === 'camp' ? 'town' : place.kind;
}

/** How many of the places resolved last weigh on the choice between namesakes. */
const RECENT_PLACES = 12;

const KIND_PRIOR: Record<GazetteerPlace['kind'], number> = { country: 1, city: 0.8, town: 0.7, camp: 0.7, region: 0.6, feature: 0.6, border: 0.5 };

function candidateScore(entry: NameEntry, hasRegionCue: boolean, share: (iso: string | null) => number, resolved: readonly GazetteerPlace[]): number {
  const place = entry.place;
  let score = KIND_PRIOR[place.kind] + share(place.iso);
  if (hasRegionCue) score += place.kind === 'region' ? 1 : -0.3;
  let nearest = Infinity;
  // Only the places named just before count as "nearby in the text"; this also keeps a long text linear.
  for (let i = Math.max(0, resolved.length - RECENT_PLACES); i < resolved.length; i += 1) nearest = Math.min(nearest, distanceKm(place, resolved[i]!));
  if (nearest < 300) score += 0.5 * (1 - nearest / 300);
  return score;
}

function baseConfidence(entry: NameEntry, surface: string): number {
  const place = entry.place;
  let confidence = entry.role === 'demonym' ? 0.97 : place.kind === 'country' || place.kind === 'city' ? 0.98 : place.kind === 'region' ? 0.9 : place.kind === 'feature' ? 0.88 : 0.95;
  if (place.precision === 'approximate') confidence *= 0.95;
  if (place.weak) confidence *= 0.8;
  // A spelling other than the gazetteer's own (no accents, another transliteration) is a little less sure.
  if (entry.role === 'name' && surface !== entry.written && surface !== place.name.fr && surface !== place.name.en) confidence *= 0.98;
  return confidence;
}

/** Softmax probability of the best score: 1 for a lone candidate, near 0.5 for a tie. */
function topProbability(scores: number[]): number {
  const top = scores[0] ?? 0;
  let sum = 0;
  for (const score of scores) sum += Math.exp(4 * (score - top));
  return 1 / sum;
}

/** Article weight of each country: its name and its people count 1, one of its towns 0.5. */
function countryWeights(matches: readonly RawMatch[]): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (iso: string, weight: number) => weights.set(iso, (weights.get(iso) ?? 0) + weight);
  for (const match of matches) {
    if (match.isBorder || match.entries.length === 0) continue;
    const isos = new Set(match.entries.map((entry) => entry.place.iso));
    if (isos.size !== 1) continue; // an ambiguous name says nothing yet about the article
    const [iso] = isos;
    if (!iso) continue;
    const isCountry = match.entries.every((entry) => entry.place.kind === 'country');
    add(iso, isCountry ? 1 : match.entries.some((entry) => entry.place.weak) ? 0 : 0.5);
  }
  return weights;
}

type BorderIndex = Map<string, GazetteerPlace>;

function borderIndex(gazetteer: Gazetteer): BorderIndex {
  const index: BorderIndex = new Map();
  for (const place of gazetteer.places) if (place.kind === 'border' && place.countries) index.set(pairKey(place.countries[0], place.countries[1]), place);
  return index;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

interface BorderContext {
  m: number;
  matches: readonly RawMatch[];
  folded: string;
  ranked: [string, number][];
  borders: BorderIndex;
  earlier: readonly GeoparseMention[];
  gazetteer: Gazetteer;
  /** Offset of the last sentence break at or before an offset (-1 if none); offsets asked in text order. */
  sentenceStart: (offset: number) => number;
}

/**
 * The last '.', '!', '?' or line break at or before `offset`, for offsets asked in increasing
 * order. One cursor walks the text once for all the border phrases: `lastIndexOf` from each
 * phrase went back to the start of the text whenever a mark never occurs (a text with no '!'),
 * which made the geoparser quadratic in its input (issue 9).
 */
function sentenceStartFinder(text: string): (offset: number) => number {
  let cursor = 0;
  let last = -1;
  return (offset) => {
    const to = Math.min(offset, text.length - 1);
    for (; cursor <= to; cursor += 1) {
      const code = text.charCodeAt(cursor);
      if (code === 0x2e || code === 0x0a || code === 0x21 || code === 0x3f) last = cursor;
    }
    return last;
  };
}

function resolveBorder(match: RawMatch & { compoundCountries?: string[] }, surface: string, context: BorderContext): GeoparseMention {
  const { m, matches, folded, ranked, borders, earlier, gazetteer, sentenceStart: sentenceStartAt } = context;
  const named = match.compoundCountries ?? namedCountries(match, m, matches, folded);
  if (named.length === 1) {
    // « La Mauritanie partage une frontière avec le Sénégal », "queues at the Senegalese border"
    // after "via Kidira and Diboli": the other side is the nearest place named before it in the sentence.
    const sentenceStart = sentenceStartAt(match.start);
    for (let k = earlier.length - 1; k >= 0; k -= 1) {
      const mention = earlier[k]!;
      if (mention.start <= sentenceStart) break;
      const iso = mention.placeId ? gazetteer.get(mention.placeId)?.iso : null;
      if (iso && iso !== named[0] && borders.has(pairKey(iso, named[0]!))) {
        named.push(iso);
        break;
      }
    }
  }
  const total = ranked.reduce((sum, [, weight]) => sum + weight, 0);
  const candidates: GeoparseCandidate[] = [];
  let chosen: GazetteerPlace | undefined;
  let confidence = 0;
  if (named.length >= 2) {
    chosen = borders.get(pairKey(named[0]!, named[1]!));
    confidence = 0.95;
  } else {
    // Pair the named country (or the article's main one) with the next heaviest country it borders.
    const anchor = named[0] ?? ranked[0]?.[0];
    for (const [iso, weight] of ranked) {
      if (!anchor || iso === anchor) continue;
      const border = borders.get(pairKey(anchor, iso));
      if (!border) continue;
      const anchorWeight = ranked.find(([other]) => other === anchor)?.[1] ?? 0;
      candidates.push({ placeId: border.id, score: round2((weight + anchorWeight) / Math.max(total, 1)) });
    }
    chosen = candidates[0] ? borders.get(pairKeyOf(candidates[0].placeId, borders)) : undefined;
    if (chosen) confidence = named.length === 1 ? 0.85 : 0.6 + 0.35 * (candidates[0]?.score ?? 0);
  }
  if (chosen && !candidates.some((c) => c.placeId === chosen.id)) candidates.unshift({ placeId: chosen.id, score: 1 });
  const base = { start: match.start, end: match.end, surface, kind: 'border' as const, candidates };
  if (!chosen) {
    return { ...base, placeId: null, confidence: 0, unlocatedReason: 'A border phrase, but the article does not say which two countries it separates.' };
  }
  return { ...base, placeId: chosen.id, confidence: round2(Math.min(confidence, 0.97)) };
}

function pairKeyOf(placeId: string, borders: BorderIndex): string {
  for (const [key, place] of borders) if (place.id === placeId) return key;
  return '';
}

/**
 * Countries a border phrase names around it: « frontière avec le Sénégal », « entre le Mali et
 * la Mauritanie », "the Mali-Mauritania border", "Mali's border with Senegal".
 */
function namedCountries(match: RawMatch, m: number, matches: readonly RawMatch[], folded: string): string[] {
  const isoOf = (other: RawMatch | undefined) => {
    const place = other?.entries[0]?.place;
    return other && !other.isBorder && place?.kind === 'country' && other.entries.every((e) => e.place.iso === place.iso) ? place.iso : null;
  };
  const found: string[] = [];
  const next = matches[m + 1];
  const nextIso = isoOf(next);
  if (next && nextIso) {
    const between = folded.slice(match.end, next.start);
    if (/^ (?:commune |shared )?(?:avec|with) (?:le |la |les |l'|the )?$/.test(between)) found.push(nextIso);
    if (/^ (?:commune |shared )?(?:entre|between) (?:le |la |les |l'|the )?$/.test(between)) {
      const third = matches[m + 2];
      const thirdIso = isoOf(third);
      if (third && thirdIso && /^ (?:et|and) (?:le |la |les |l'|the )?$/.test(folded.slice(next.end, third.start))) found.push(nextIso, thirdIso);
    }
  }
  // English puts the countries first: "the Mali-Mauritania border", "Mauritania's border".
  let k = m - 1;
  let gapEnd = match.start;
  while (k >= 0 && found.length < 2) {
    const previous = matches[k];
    const previousIso = isoOf(previous);
    if (!previous || !previousIso) break;
    const gap = folded.slice(previous.end, gapEnd);
    const isJoined = k === m - 1 ? /^(?:'s)? (?:shared |common |disputed |long |porous )?$/.test(gap) || gap === ' ' : /^(?: |\u2013|\/| and | et )$/.test(gap);
    if (!isJoined) break;
    found.push(previousIso);
    gapEnd = previous.start;
    k -= 1;
  }
  return [...new Set(found)];
}

/** Extends « frontière » over a following compound adjective (« mauritano-malienne »). */
function extendCompoundBorders(matches: readonly RawMatch[], text: string, folded: string): (RawMatch & { compoundCountries?: string[] })[] {
  const out: (RawMatch & { compoundCountries?: string[] })[] = [];
  for (let i = 0; i < matches.length; i += 1) {
    const match = matches[i]!;
    const next = matches[i + 1];
    if (match.isBorder && next && !next.isBorder && next.entries.some((e) => e.role === 'demonym')) {
      const compound = /^ ([a-z]+) $/.exec(folded.slice(match.end, next.start));
      const prefixIso = compound ? COMPOUND_PREFIXES[compound[1]!] : undefined;
      const nextIso = next.entries.find((e) => e.role === 'demonym')?.place.iso;
      if (prefixIso && nextIso && prefixIso !== nextIso && /[-\u2010\u2011]/.test(text.charAt(next.start - 1))) {
        out.push({ start: match.start, end: next.end, entries: [], isBorder: true, compoundCountries: [prefixIso, nextIso] });
        i += 1;
        continue;
      }
    }
    out.push(match);
  }
  return out;
}

function dedupeCandidates(candidates: GeoparseCandidate[]): GeoparseCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => (seen.has(candidate.placeId) ? false : (seen.add(candidate.placeId), true)));
}

function distanceKm(a: GazetteerPlace, b: GazetteerPlace): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
