/**
 * The coder's input from what `prepareArticle` makes: the article's annotations (each a geoparsed
 * mention with its id, span and place) and the places they name.
 */
import { placeIdFromIri } from '../annotations/create-place-annotation';
import type { ArticleMeta, Place, PlaceAnnotation } from '../types';
import { codeIncidents, type CoderMention, type ProposedIncident } from './code-incidents';
import type { MultiPolygon, Polygon } from 'geojson';

/** The mentions of `annotations` as the coder reads them (rejected ones left out). */
export function coderMentions(annotations: readonly PlaceAnnotation[]): CoderMention[] {
  return annotations
    .filter((a) => a['bb:status'] !== 'rejected')
    .map((a) => ({ annotationId: a.id, start: a.target.selector[1].start, end: a.target.selector[1].end, kind: a['bb:mentionKind'], placeId: placeIdFromIri(a.body.source) }));
}

/** The proposed incidents of an article, from its text, metadata, annotations and places. */
export function proposeArticleIncidents(
  article: { meta: Pick<ArticleMeta, 'id' | 'language' | 'published' | 'outlet'> & { publishedIsLoadingDate?: true }; text: string; annotations: readonly PlaceAnnotation[] },
  places: readonly Place[],
  zones?: Readonly<Record<string, Polygon | MultiPolygon>>,
): ProposedIncident[] {
  return codeIncidents({
    text: article.text,
    language: article.meta.language,
    published: article.meta.published,
    isPublishedKnown: article.meta.publishedIsLoadingDate !== true,
    mentions: coderMentions(article.annotations),
    places,
    articleId: article.meta.id,
    outlet: article.meta.outlet,
    ...(zones ? { zones } : {}),
  });
}
