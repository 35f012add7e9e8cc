/**
 * The flat record of a mention that `npm run geoparse -- FILE --json` prints and the review
 * list shows: the span, its kind, the place with its point (a nationality word gets its
 * country's approximate centre, a border its two countries) or null, and the confidence.
 */
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import type { Language, MentionKind } from '../types';
import type { GeoparseMention } from './geoparse-types';

export interface MentionRecord {
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  place: { id: string; name: string; lat: number; lng: number; iso: string | null; countries?: string[] } | null;
  confidence: number;
}

/**
 * @example mentionRecord(mention, gazetteer, 'fr')
 * // { start: 158, end: 168, surface: 'Nouakchott', kind: 'city',
 * //   place: { id: 'nouakchott', name: 'Nouakchott', lat: 18.0858, lng: -15.9785, iso: 'MR' }, confidence: 0.98 }
 */
export function mentionRecord(mention: GeoparseMention, gazetteer: Gazetteer, language: Language): MentionRecord {
  const place = mention.placeId ? gazetteer.get(mention.placeId) : undefined;
  return {
    start: mention.start,
    end: mention.end,
    surface: mention.surface,
    kind: mention.kind,
    place: place
      ? { id: place.id, name: place.name[language], lat: place.lat, lng: place.lng, iso: place.iso, ...(place.countries ? { countries: [...place.countries] } : {}) }
      : null,
    confidence: mention.confidence,
  };
}
