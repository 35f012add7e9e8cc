/**
 * How many incidents of an index carry each value a filter offers (each event type, sub-event
 * type, claim status, precision, side, origin and source), and which event type each sub-event
 * type belongs to, so the filter panel can nest sub-types under their type and show counts. One
 * pass over the index's typed arrays; the caller remembers it per index.
 */
import { BORDER_SIDES, CLAIM_STATUSES, type IncidentIndex } from './incident-index';

export interface ValueCounts {
  /** Per code of `index.eventTypes`. */
  eventTypes: Uint32Array;
  /** Per code of `index.subEventTypes`. */
  subEventTypes: Uint32Array;
  /** Per code of `index.subEventTypes`: the code of the event type it is found under most often (-1: never). */
  subEventParent: Int32Array;
  /** Per CLAIM_STATUSES position. */
  claims: Uint32Array;
  /** Index 1–3: geo precision; 0 unused. */
  geoPrecisions: Uint32Array;
  /** Index 1–3: time precision; 0 unused. */
  timePrecisions: Uint32Array;
  /** Per BORDER_SIDES position. */
  sides: Uint32Array;
  /** Per code of `index.origins`. */
  origins: Uint32Array;
  /** Per code of `index.sources`: rows naming the source. */
  sources: Uint32Array;
  /** Per code of `index.actors`: rows naming the actor. */
  actors: Uint32Array;
}

export function valueCounts(index: IncidentIndex): ValueCounts {
  const eventTypes = new Uint32Array(index.eventTypes.length);
  const subEventTypes = new Uint32Array(index.subEventTypes.length);
  const pairs = new Uint32Array(index.subEventTypes.length * index.eventTypes.length);
  const claims = new Uint32Array(CLAIM_STATUSES.length);
  const geoPrecisions = new Uint32Array(4);
  const timePrecisions = new Uint32Array(4);
  const sides = new Uint32Array(BORDER_SIDES.length);
  const origins = new Uint32Array(index.origins.length);
  const sources = new Uint32Array(index.sources.length);
  const actors = new Uint32Array(index.actors.length);
  for (let i = 0; i < index.total; i += 1) {
    const type = index.eventType[i]!;
    const sub = index.subEventType[i]!;
    eventTypes[type]! += 1;
    subEventTypes[sub]! += 1;
    pairs[sub * index.eventTypes.length + type]! += 1;
    claims[index.claim[i]!]! += 1;
    geoPrecisions[index.geoPrecision[i]!]! += 1;
    timePrecisions[index.timePrecision[i]!]! += 1;
    sides[index.side[i]!]! += 1;
    origins[index.origin[i]!]! += 1;
  }
  for (let k = 0; k < index.sourceCodes.length; k += 1) sources[index.sourceCodes[k]!]! += 1;
  for (let k = 0; k < index.actorCodes.length; k += 1) actors[index.actorCodes[k]!]! += 1;
  const subEventParent = Int32Array.from(index.subEventTypes, (_, sub) => {
    let best = -1;
    let most = 0;
    for (let type = 0; type < index.eventTypes.length; type += 1) {
      const n = pairs[sub * index.eventTypes.length + type]!;
      if (n > most) [best, most] = [type, n];
    }
    return best;
  });
  return { eventTypes, subEventTypes, subEventParent, claims, geoPrecisions, timePrecisions, sides, origins, sources, actors };
}

/**
 * Up to `most` names of `names` that contain the folded `query` (all of them for an empty query),
 * most frequent first: the actor box's suggestions among thousands of ACLED actors.
 */
export function suggestNames(names: readonly string[], keys: readonly string[], counts: Uint32Array, query: string, most: number, exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude);
  const found: number[] = [];
  for (let code = 0; code < names.length; code += 1) if ((query === '' || keys[code]!.includes(query)) && !excluded.has(names[code]!)) found.push(code);
  return found
    .sort((a, b) => counts[b]! - counts[a]! || names[a]!.localeCompare(names[b]!))
    .slice(0, most)
    .map((code) => names[code]!);
}
