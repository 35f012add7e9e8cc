/**
 * A new incident from words a reviewer selected in the article: the sentences they fall in are
 * its passages, the most specific place those sentences name is its place (drawn as honestly as
 * `placeGeometry` draws it), and its date is the article's, at the article's precision, until the
 * reviewer says better. What the words do not say is left for the reviewer to fill, and said so.
 */
import type { Dataset, LoadedArticle } from '../dataset';
import type { IncidentFeature, Place, TimePrecision } from '../types';
import { placeGeometry, placePrecision } from '../views/place-geometry';

const PRECISION_RANK: Record<Place['kind'], number> = { town: 0, camp: 0, city: 1, feature: 2, region: 3, border: 4, country: 5 };

export function draftIncidentFromWords(article: LoadedArticle, start: number, end: number, dataset: Pick<Dataset, 'places' | 'geo'>, id: string): IncidentFeature {
  const sentences = article.sentences.filter((sentence) => sentence.start < end && start < sentence.end);
  const from = Math.min(start, ...sentences.map((s) => s.start));
  const to = Math.max(end, ...sentences.map((s) => s.end));
  const mentions = article.mentions.filter((mention) => mention.start >= from && mention.end <= to && mention.status !== 'rejected');
  const places = mentions.flatMap((mention) => dataset.places.filter((place) => place.id === mention.placeId));
  const place = [...places].sort((a, b) => PRECISION_RANK[a.kind] - PRECISION_RANK[b.kind])[0];
  const geoPrecision = place ? placePrecision(place) : 3;
  const words = article.text.slice(start, end).replace(/\s+/g, ' ').trim();
  const timePrecision: TimePrecision = article.meta.publishedPrecision === 'day' ? 1 : 3;
  return {
    type: 'Feature',
    id,
    geometry: place ? placeGeometry(place, geoPrecision, dataset.geo) : null,
    properties: {
      id,
      event_date: article.meta.publishedPrecision === 'year' ? `${article.meta.published}-01` : article.meta.published,
      time_precision: timePrecision,
      disorder_type: 'Strategic developments',
      event_type: 'Strategic developments',
      sub_event_type: 'Other',
      actor1: '',
      actor2: '',
      inter1: '',
      inter2: '',
      civilian_targeting: '',
      country: '',
      admin1: '',
      location: place?.name.en ?? '',
      geo_precision: geoPrecision,
      source: article.meta.outlet,
      notes: words,
      fatalities: null,
      annotation_ids: mentions.map((mention) => mention.annotationId),
      place_ids: [...new Set(places.map((p) => p.id))],
      claim_status: 'reported',
      claim_by: article.meta.outlet,
      title: { fr: `« ${words} »`, en: `“${words}”` },
      known: { fr: 'Ajouté par un relecteur à partir des mots sélectionnés.', en: 'Added by a reviewer from the selected words.' },
      unknown: { fr: 'Type, acteurs et date à préciser par le relecteur.', en: 'Type, actors and date to be given by the reviewer.' },
    },
  };
}
