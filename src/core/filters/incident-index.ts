/**
 * A column store of incidents (ACLED's and the articles' alike) that the filters, the timeline's
 * histogram and the map read without touching a feature object: one typed array per property,
 * row i being the i-th incident, strings replaced by codes into small dictionaries. Built once per
 * load (in the ACLED worker for a CSV), its arrays are transferable to the main thread without a
 * copy (`indexTransferables`). Row numbers are stable for the life of an index, so they can serve as
 * MapLibre's numeric feature ids.
 */
import { pointOnFeature } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { ClaimStatus, IncidentFeature } from '../types';
import { normalizeName } from '../gazetteer/fold-text';
import type { BorderRelation, BorderRelationResult, BorderSide } from '../geo/border-relation';
import { splitSources } from '../acled/acled-event';
import { incidentUncertaintyKm } from '../acled/precision-zones';
import { incidentInterval } from './time-interval';

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['alleged', 'reported', 'confirmed'];
export const BORDER_SIDES: readonly BorderSide[] = ['mali', 'mauritania', 'astride', 'elsewhere', 'unlocated'];
/** `start`/`end` of a row whose date cannot be read: it matches no time window. */
export const NO_DAY = -2147483648;

export interface IncidentIndex {
  total: number;
  /** Feature ids, row order. */
  ids: string[];
  /** Where each row comes from: a code into `origins` ('acled' or an article id, as the caller named it). */
  origin: Uint16Array;
  origins: string[];
  /** The day interval [start, end) of each row (days since 1970-01-01), or NO_DAY. */
  start: Int32Array;
  end: Int32Array;
  eventType: Uint16Array;
  eventTypes: string[];
  subEventType: Uint16Array;
  subEventTypes: string[];
  /** Code into CLAIM_STATUSES. */
  claim: Uint8Array;
  geoPrecision: Uint8Array;
  timePrecision: Uint8Array;
  /** Code into BORDER_SIDES. */
  side: Uint8Array;
  /** km to the border line (a zone's nearest part); NaN when unlocated. */
  distanceKm: Float32Array;
  /** A representative point (ACLED's coordinates; a point on an article's shape); NaN when unlocated. */
  lng: Float64Array;
  lat: Float64Array;
  /** Row i's actors are actorCodes[actorOffsets[i] … actorOffsets[i + 1]), codes into `actors` (actor1, actor2 and the associated actors). */
  actorOffsets: Uint32Array;
  actorCodes: Uint32Array;
  actors: string[];
  /** `actors` folded (case, accents, punctuation spacing), for matching typed text. */
  actorKeys: string[];
  /** Row i's sources (the `;`-separated parts of `source`), as for actors. */
  sourceOffsets: Uint32Array;
  sourceCodes: Uint32Array;
  sources: string[];
}

export interface IndexSource {
  /** 'acled', or the article id the incidents come from. */
  origin: string;
  features: readonly IncidentFeature[];
}

export function buildIncidentIndex(sources: readonly IndexSource[], border: BorderRelation): IncidentIndex {
  const total = sources.reduce((sum, s) => sum + s.features.length, 0);
  const ids: string[] = new Array<string>(total);
  const origin = new Uint16Array(total);
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  const eventType = new Uint16Array(total);
  const subEventType = new Uint16Array(total);
  const claim = new Uint8Array(total);
  const geoPrecision = new Uint8Array(total);
  const timePrecision = new Uint8Array(total);
  const side = new Uint8Array(total);
  const distanceKm = new Float32Array(total);
  const lng = new Float64Array(total);
  const lat = new Float64Array(total);
  const actorOffsets = new Uint32Array(total + 1);
  const sourceOffsets = new Uint32Array(total + 1);
  const actorCodes: number[] = [];
  const sourceCodes: number[] = [];
  const origins = new Dictionary();
  const eventTypes = new Dictionary();
  const subEventTypes = new Dictionary();
  const actors = new Dictionary();
  const sourceNames = new Dictionary();
  const rowActors = new Set<number>();
  const placed = new Map<string, BorderRelationResult>();

  let row = 0;
  for (const { origin: name, features } of sources) {
    const originCode = origins.code(name);
    for (const feature of features) {
      const p = feature.properties;
      ids[row] = String(feature.id ?? p.id);
      origin[row] = originCode;
      const interval = incidentInterval(p.event_date, p.time_precision);
      start[row] = interval ? interval.start : NO_DAY;
      end[row] = interval ? interval.end : NO_DAY;
      eventType[row] = eventTypes.code(p.event_type);
      subEventType[row] = subEventTypes.code(p.sub_event_type);
      claim[row] = Math.max(0, CLAIM_STATUSES.indexOf(p.claim_status));
      geoPrecision[row] = p.geo_precision;
      timePrecision[row] = p.time_precision;

      const extra = p as unknown as { latitude?: unknown; longitude?: unknown; assoc_actor_1?: unknown; assoc_actor_2?: unknown };
      const radius = incidentUncertaintyKm(feature);
      let relation;
      if (typeof extra.latitude === 'number' && typeof extra.longitude === 'number') {
        lng[row] = extra.longitude;
        lat[row] = extra.latitude;
        // ACLED puts many events on the same coordinates (a town's, a region's): measure each place once.
        const key = `${extra.longitude},${extra.latitude},${radius}`;
        relation = placed.get(key);
        if (!relation) {
          relation = border.relatePoint(extra.longitude, extra.latitude, radius);
          placed.set(key, relation);
        }
      } else {
        const at = feature.geometry ? (pointOnFeature(feature as Feature<Geometry>).geometry.coordinates as [number, number]) : null;
        lng[row] = at ? at[0] : NaN;
        lat[row] = at ? at[1] : NaN;
        relation = border.relate(feature.geometry, radius);
      }
      side[row] = BORDER_SIDES.indexOf(relation.side);
      distanceKm[row] = relation.distanceKm ?? NaN;

      rowActors.clear();
      for (const name of [p.actor1, p.actor2]) if (name) rowActors.add(actors.code(name));
      for (const list of [extra.assoc_actor_1, extra.assoc_actor_2]) {
        if (typeof list === 'string' && list !== '') for (const name of splitSources(list)) rowActors.add(actors.code(name));
      }
      for (const code of rowActors) actorCodes.push(code);
      actorOffsets[row + 1] = actorCodes.length;
      for (const name of splitSources(p.source ?? '')) sourceCodes.push(sourceNames.code(name));
      sourceOffsets[row + 1] = sourceCodes.length;
      row += 1;
    }
  }
  return {
    total,
    ids,
    origin,
    origins: origins.values,
    start,
    end,
    eventType,
    eventTypes: eventTypes.values,
    subEventType,
    subEventTypes: subEventTypes.values,
    claim,
    geoPrecision,
    timePrecision,
    side,
    distanceKm,
    lng,
    lat,
    actorOffsets,
    actorCodes: Uint32Array.from(actorCodes),
    actors: actors.values,
    actorKeys: actors.values.map(normalizeName),
    sourceOffsets,
    sourceCodes: Uint32Array.from(sourceCodes),
    sources: sourceNames.values,
  };
}

/** The buffers of an index's typed arrays, for `postMessage(index, indexTransferables(index))`. */
export function indexTransferables(index: IncidentIndex): ArrayBuffer[] {
  return Object.values(index)
    .filter((value): value is ArrayBufferView => ArrayBuffer.isView(value))
    .map((view) => view.buffer as ArrayBuffer);
}

class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/**
 * One index of several, rows in order (a's rows, then b's…), dictionaries merged and codes
 * renumbered: the ACLED index from the worker and the articles' small one built on the main thread
 * become one for the filters, without building the large one again.
 */
export function concatIndexes(parts: readonly IncidentIndex[]): IncidentIndex {
  const total = parts.reduce((sum, p) => sum + p.total, 0);
  const dictionaries = { origins: new Dictionary(), eventTypes: new Dictionary(), subEventTypes: new Dictionary(), actors: new Dictionary(), sources: new Dictionary() };
  const out: IncidentIndex = {
    total,
    ids: parts.flatMap((p) => p.ids),
    origin: new Uint16Array(total),
    origins: [],
    start: new Int32Array(total),
    end: new Int32Array(total),
    eventType: new Uint16Array(total),
    eventTypes: [],
    subEventType: new Uint16Array(total),
    subEventTypes: [],
    claim: new Uint8Array(total),
    geoPrecision: new Uint8Array(total),
    timePrecision: new Uint8Array(total),
    side: new Uint8Array(total),
    distanceKm: new Float32Array(total),
    lng: new Float64Array(total),
    lat: new Float64Array(total),
    actorOffsets: new Uint32Array(total + 1),
    actorCodes: new Uint32Array(parts.reduce((sum, p) => sum + p.actorCodes.length, 0)),
    actors: [],
    actorKeys: [],
    sourceOffsets: new Uint32Array(total + 1),
    sourceCodes: new Uint32Array(parts.reduce((sum, p) => sum + p.sourceCodes.length, 0)),
    sources: [],
  };
  let row = 0;
  let actorAt = 0;
  let sourceAt = 0;
  for (const p of parts) {
    const remap = (dictionary: Dictionary, values: readonly string[]) => Uint32Array.from(values, (v) => dictionary.code(v));
    const origins = remap(dictionaries.origins, p.origins);
    const types = remap(dictionaries.eventTypes, p.eventTypes);
    const subs = remap(dictionaries.subEventTypes, p.subEventTypes);
    const actors = remap(dictionaries.actors, p.actors);
    const sources = remap(dictionaries.sources, p.sources);
    for (const name of ['start', 'end', 'claim', 'geoPrecision', 'timePrecision', 'side', 'distanceKm', 'lng', 'lat'] as const) (out[name] as Int32Array).set(p[name] as Int32Array, row);
    for (let i = 0; i < p.total; i += 1) {
      out.origin[row + i] = origins[p.origin[i]!]!;
      out.eventType[row + i] = types[p.eventType[i]!]!;
      out.subEventType[row + i] = subs[p.subEventType[i]!]!;
      out.actorOffsets[row + i + 1] = actorAt + p.actorOffsets[i + 1]!;
      out.sourceOffsets[row + i + 1] = sourceAt + p.sourceOffsets[i + 1]!;
    }
    for (let k = 0; k < p.actorCodes.length; k += 1) out.actorCodes[actorAt + k] = actors[p.actorCodes[k]!]!;
    for (let k = 0; k < p.sourceCodes.length; k += 1) out.sourceCodes[sourceAt + k] = sources[p.sourceCodes[k]!]!;
    row += p.total;
    actorAt += p.actorCodes.length;
    sourceAt += p.sourceCodes.length;
  }
  out.origins = dictionaries.origins.values;
  out.eventTypes = dictionaries.eventTypes.values;
  out.subEventTypes = dictionaries.subEventTypes.values;
  out.actors = dictionaries.actors.values;
  out.actorKeys = out.actors.map(normalizeName);
  out.sources = dictionaries.sources.values;
  return out;
}
