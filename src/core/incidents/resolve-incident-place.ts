/**
 * Where: the place of an event from the geoparser's mentions in the words that report it. A
 * nationality word qualifies an actor (« l'armée malienne ») and a place of origin or destination
 * (« venu de Néma », "towards the border") is not where it happened, so neither is taken. Of the
 * rest, the most specific place wins (a town over a forest, a region, the border, a country),
 * then the one nearest the trigger. `geo_precision`: 1 the town itself, 2 near it (« près de »,
 * « à 30 km de », "around", "east of") or a small area (a forest, a department), 3 a region, the
 * border area, a country.
 */
import type { GeoPrecision, MentionKind, Place } from '../types';

/** A geoparsed mention as the coder reads it: its annotation, its span in the text and its place. */
export interface CoderMention {
  annotationId: string;
  start: number;
  end: number;
  kind: MentionKind;
  placeId: string | null;
}

export interface PlaceChoice {
  mention: CoderMention;
  place: Place;
  precision: GeoPrecision;
  confidence: number;
}

const SPECIFICITY: Record<string, number> = { camp: 5, town: 5, city: 5, feature: 3, region: 2, border: 2, country: 1 };
const NEAR = /(?:pres d[e']|aux abords d[e']|autour d[e']|non loin d[e']|a proximite d[e']|a (?:\d+|une? \w+) (?:km|kilometres?) d[e']|(?:dans|de) la (?:moughataa|wilaya) d[e']|dans le (?:cercle|departement) d[e']|a l'est d[e']|a l'ouest d[e']|au nord d[e']|au sud d[e']|near(?: the village of)?|around|outside|close to|(?:east|west|north|south) of|\d+ ?km (?:from|of)|the area of|la zone d[e'])\s*(?:la |le |l')?$/;
// Whole words only: « mi-journée à Nouakchott » is not « née à ».
const NOT_THE_PLACE = /(?<![a-z])(?:venue?s? d[e']|venant d[e']|originaires? d[e']|ne a|nee a|from|towards|vers|en direction d[e']|into|in from|refugies? dans|fuir vers|to flee to)\s*(?:la |le |l'|the )?$/;
const AREA_BEFORE = /(?:region d[e']|cercle d[e']|wilaya d[e']|wilaya du|moughataa d[e']|region of|the (?:\w+ )?region|dans le nord du|dans le sud du|nord du|in (?:northern|southern|eastern|western))\s*(?:la |le |l')?$/;

/**
 * The best place for an event among `mentions` (already limited to the event's words), given the
 * folded text of the sentence, the sentence's start, and the trigger's offset in the text.
 */
export function choosePlace(mentions: readonly CoderMention[], places: ReadonlyMap<string, Place>, folded: string, sentenceStart: number, triggerAt: number): PlaceChoice | null {
  let best: { choice: PlaceChoice; score: number } | null = null;
  for (const mention of mentions) {
    if (mention.kind === 'demonym' || mention.placeId === null) continue;
    const place = places.get(mention.placeId);
    if (!place) continue;
    const before = folded.slice(Math.max(0, mention.start - sentenceStart - 40), mention.start - sentenceStart);
    if (NOT_THE_PLACE.test(before)) continue;
    // « la frontière » after « franchi » is a crossing, not where the event is, but still the border area.
    const specificity = SPECIFICITY[place.kind] ?? 1;
    const distance = Math.abs(mention.start - triggerAt);
    const score = specificity * 1000 - Math.min(distance, 999);
    if (best && score <= best.score) continue;
    best = { choice: { mention, place, precision: precisionOf(place, before), confidence: place.kind === 'country' ? 0.5 : 0.8 }, score };
  }
  return best?.choice ?? null;
}

function precisionOf(place: Place, before: string): GeoPrecision {
  if (place.kind === 'country' || place.kind === 'region' || place.kind === 'border') return 3;
  if (place.kind === 'feature') return place.id.endsWith('-river') || place.id === 'karakoro' ? 3 : 2;
  if (NEAR.test(before)) return 2;
  if (AREA_BEFORE.test(before)) return place.kind === 'camp' ? 1 : 2;
  return 1;
}
