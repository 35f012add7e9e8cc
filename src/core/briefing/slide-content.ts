/**
 * What a slide shows beside its map, worked out from the data: the quoted sentences with their
 * citation, and the caveats on how precisely each highlighted incident or place is known. The
 * presentation, the presenter view and the handouts all read these, so they cannot disagree.
 */
import type { Dataset, LoadedArticle } from '../dataset';
import type { ClaimStatus, GeoPrecision, IncidentFeature, LocalizedText, TimePrecision } from '../types';
import { quotedPassages, type QuotedPassage } from '../views/quoted-passages';
import type { Slide } from './briefing-schema';

export interface SlideQuote {
  quote: QuotedPassage;
  article: LoadedArticle;
  /** The quoted sentence, exactly as in the article. */
  text: string;
}

/** How a caveat describes where: a plain-words key the UI and the PDF translate. */
export type PlaceCaveat = 'exact' | 'near' | 'border-zone' | 'large-area' | 'unlocated';

export interface SlideCaveat {
  /** The incident or place the caveat is about. */
  subject: { type: 'incident' | 'place'; id: string };
  /** The incident's title or the place's name, to tell caveats apart on a slide with several. */
  label: LocalizedText;
  place: PlaceCaveat;
  geoPrecision: GeoPrecision;
  /** Null for a place (places have no date). */
  timePrecision: TimePrecision | null;
  claimStatus: ClaimStatus | null;
  claimBy: string | null;
}

/** The sentences a slide quotes, in article then text order. */
export function slideQuotes(slide: Pick<Slide, 'annotationIds'>, articles: readonly LoadedArticle[]): SlideQuote[] {
  const ids = new Set(slide.annotationIds);
  return articles.flatMap((article) =>
    quotedPassages(
      article,
      article.mentions.filter((mention) => ids.has(mention.annotationId)),
    ).map((quote) => ({ quote, article, text: article.text.slice(quote.sentence.start, quote.sentence.end) })),
  );
}

/**
 * The precision caveats of a slide: one per highlighted incident; on a slide without incidents,
 * one per highlighted place that is an area (a border, a country) rather than a point.
 */
export function slideCaveats(slide: Pick<Slide, 'incidentIds' | 'placeIds'>, dataset: Pick<Dataset, 'articles' | 'places'>): SlideCaveat[] {
  const caveats: SlideCaveat[] = [];
  const borderIds = new Set(dataset.places.filter((place) => place.kind === 'border').map((place) => place.id));
  for (const id of slide.incidentIds) {
    const incident = dataset.articles.flatMap((article) => article.incidents).find((candidate) => candidate.properties.id === id);
    if (incident) caveats.push(incidentCaveat(incident, borderIds));
  }
  if (caveats.length) return caveats; // the incidents' caveats already say how precise their places are
  for (const id of slide.placeIds) {
    const place = dataset.places.find((candidate) => candidate.id === id);
    // A country is what it is; only a place drawn wider than what the text means (a border zone) needs a caveat.
    if (!place || place.geoPrecision === 1 || place.kind === 'country') continue;
    caveats.push({ subject: { type: 'place', id }, label: place.name, place: place.kind === 'border' ? 'border-zone' : place.geoPrecision === 2 ? 'near' : 'large-area', geoPrecision: place.geoPrecision, timePrecision: null, claimStatus: null, claimBy: null });
  }
  return caveats;
}

function incidentCaveat(incident: IncidentFeature, borderIds: ReadonlySet<string>): SlideCaveat {
  const p = incident.properties;
  const place: PlaceCaveat = !incident.geometry ? 'unlocated' : p.geo_precision === 1 ? 'exact' : p.geo_precision === 2 ? 'near' : p.place_ids.some((id) => borderIds.has(id)) ? 'border-zone' : 'large-area';
  return { subject: { type: 'incident', id: p.id }, label: p.title, place, geoPrecision: p.geo_precision, timePrecision: p.time_precision, claimStatus: p.claim_status, claimBy: p.claim_by };
}
