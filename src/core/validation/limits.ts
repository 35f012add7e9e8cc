/**
 * Every limit on what a person can open, in one place: the README's "Limits" table is this file.
 * Each exists so that an input far beyond what an analyst's work needs is refused with a sentence
 * naming the limit, before it can freeze the page, overflow the browser's storage or leave half an
 * import saved. The figures are generous: ten times the largest real case we know of.
 */
import { MAX_ARTICLE_BYTES } from '../ingest/decode-article-bytes';

export { MAX_ARTICLE_BYTES };

/** A JSON file (bundle, annotations, GeoJSON, briefing) is refused before parsing above this. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024;
/**
 * Arrays and objects nested deeper than this are refused before parsing: the deepest file the app
 * writes (a MultiPolygon incident inside a bundle) nests 9 levels; a 200-deep array is an attack
 * on recursive code, not data.
 */
export const MAX_JSON_DEPTH = 64;
/** Mentions (annotations) of one article: the seed has 60; 5,000 is a book, not an article. */
export const MAX_MENTIONS_PER_ARTICLE = 5000;
/** Features of one imported GeoJSON or TopoJSON layer. */
export const MAX_FEATURES_PER_LAYER = 10000;
/** Positions of one imported layer, all features together (drawing cost, not file size). */
export const MAX_POSITIONS_PER_LAYER = 1_000_000;
/** Slides of one briefing: a long briefing is 30. */
export const MAX_SLIDES_PER_BRIEFING = 200;
/** Files opened at once (a drop or a pick). */
export const MAX_FILES_PER_OPEN = 50;

/** The table the README shows, and the command line prints with --limits. */
export const LIMITS = [
  { name: 'article text', limit: MAX_ARTICLE_BYTES, unit: 'bytes' },
  { name: 'JSON file', limit: MAX_JSON_BYTES, unit: 'bytes' },
  { name: 'JSON nesting', limit: MAX_JSON_DEPTH, unit: 'levels' },
  { name: 'mentions per article', limit: MAX_MENTIONS_PER_ARTICLE, unit: 'annotations' },
  { name: 'features per layer', limit: MAX_FEATURES_PER_LAYER, unit: 'features' },
  { name: 'positions per layer', limit: MAX_POSITIONS_PER_LAYER, unit: 'positions' },
  { name: 'slides per briefing', limit: MAX_SLIDES_PER_BRIEFING, unit: 'slides' },
  { name: 'files opened at once', limit: MAX_FILES_PER_OPEN, unit: 'files' },
] as const;
