/**
 * The dashboard's dataset with the articles the analyst opened or reviewed in the browser: each
 * record joins the bundled articles, or replaces the bundled article of the same id (a reviewed
 * seed), and brings the places its annotations name (gazetteer and hand-placed ones).
 */
import { loadArticle } from '../assemble-dataset';
import type { Dataset } from '../dataset';
import type { ArticleRecord } from '../exchange/article-record';
import type { Place } from '../types';

export function withArticleRecords(base: Dataset, records: readonly ArticleRecord[]): Dataset {
  if (records.length === 0) return base;
  const byId = new Map(records.map((record) => [record.meta.id, record]));
  const articles = [
    ...base.articles.filter((article) => !byId.has(article.meta.id)),
    // Records are checked (sha256, anchoring) when imported or read back from storage.
    ...records.map((record) => loadArticle(record.meta, record.text, record.annotations, record.incidents.features, record.meta.sha256)),
  ];
  const places = new Map<string, Place>(base.places.map((place) => [place.id, place]));
  for (const record of records) for (const place of record.places) if (!places.has(place.id)) places.set(place.id, place);
  return { ...base, articles, places: [...places.values()] };
}
