/**
 * The geoparser: finds place mentions in a French or English article and places them with the
 * gazetteer. Pure, synchronous and the same in Node, a Web Worker and the tests; building one
 * compiles the gazetteer's names once, so keep it and call `parse` for each article.
 *
 * @example
 * const geoparser = createGeoparser(bundledGazetteer());
 * geoparser.parse('Une délégation malienne à Nouakchott…').mentions[1]
 * // → { start: 26, end: 36, surface: 'Nouakchott', kind: 'city', placeId: 'nouakchott', confidence: 0.98, … }
 */
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import { foldText } from '../gazetteer/fold-text';
import type { Agent } from '../types';
import { detectLanguage } from './detect-language';
import type { GeoparseMention, GeoparseOptions, GeoparseResult } from './geoparse-types';
import { createNameMatcher } from './name-matcher';
import { resolveMentions } from './resolve-mentions';
import { unknownPlaceMentions } from './unknown-place-mentions';

export const GEOPARSER_VERSION = '0.1.0';

export interface Geoparser {
  readonly gazetteer: Gazetteer;
  /** The agent recorded as creator of the annotations it proposes. */
  readonly agent: Agent;
  parse(text: string, options?: GeoparseOptions): GeoparseResult;
}

/** Compiles a geoparser for `gazetteer` (tens of milliseconds; reuse it). */
export function createGeoparser(gazetteer: Gazetteer): Geoparser {
  const matcher = createNameMatcher(gazetteer);
  const agent = geoparserAgent(gazetteer.version);
  return {
    gazetteer,
    agent,
    parse(text, options = {}) {
      if (typeof text !== 'string') throw new TypeError('geoparse: text must be a string');
      const language = options.language ?? detectLanguage(text);
      const folded = foldText(text);
      const { mentions, countries } = resolveMentions({ text, folded, matches: matcher.scan(text, folded), gazetteer });
      const all: GeoparseMention[] = [...mentions, ...unknownPlaceMentions(text, mentions)].sort((a, b) => a.start - b.start);
      return { language, mentions: all, countries, geoparserVersion: GEOPARSER_VERSION, gazetteerVersion: gazetteer.version };
    },
  };
}

/** `{ id: 'urn:border-brief:agent:geoparser:0.1.0', type: 'Software', name: 'Border Brief geoparser 0.1.0 (gazetteer 0.1.0)' }` */
export function geoparserAgent(gazetteerVersion: string): Agent {
  return {
    id: `urn:border-brief:agent:geoparser:${GEOPARSER_VERSION}`,
    type: 'Software',
    name: `Border Brief geoparser ${GEOPARSER_VERSION} (gazetteer ${gazetteerVersion})`,
  };
}
