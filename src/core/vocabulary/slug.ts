/**
 * Slugs: the short stable ids of places ('nouakchott', 'burkina-faso', 'border-ml-mr'), of
 * articles ('kessiya-2024-05-09-…') and of the people who sign corrections. One way to make them
 * and one shape to check them against, so an id made in the browser, by the command line or by a
 * derive script is the id the data files are validated with: lowercase ASCII letters and digits,
 * words joined by single hyphens, accents removed.
 */

/** The shape of a slug, unanchored, to build the id and IRI patterns from. */
export const SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A whole string that is a slug. */
export const SLUG_PATTERN = new RegExp(`^${SLUG_SOURCE}$`);

/**
 * The slug of `text`, at most `maxLength` characters (never ending in a hyphen), or null when
 * `text` has no Latin letter or digit to make one from ("—", "北京").
 * @example slugify("Côte d'Ivoire") // → 'cote-d-ivoire'
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string | null {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug === '' ? null : slug;
}

/**
 * The id of a place: the slug of its lowercase English common name.
 * @example placeSlug("Côte d'Ivoire") // → 'cote-d-ivoire'
 * @throws Error when the name has no letters or digits to make a slug from.
 */
export function placeSlug(name: string): string {
  const slug = slugify(name);
  if (slug === null) throw new Error(`placeSlug: '${name}' has no letters or digits to make a slug from`);
  return slug;
}

/** Longest article slug: long enough to tell articles apart, short enough for a folder name. */
const MAX_ARTICLE_SLUG_LENGTH = 80;

/**
 * The id of an article: its outlet, its publication date and a few words (the file's name, or the
 * title's first words), so the same article gets the same id wherever it is opened.
 * @example articleSlug('Kessiya', '2024-05-09', 'Mali Mauritanie') // → 'kessiya-2024-05-09-mali-mauritanie'
 */
export function articleSlug(outlet: string | undefined, published: string, words: string): string {
  const slug = slugify(`${outlet ?? ''} ${published} ${words}`, MAX_ARTICLE_SLUG_LENGTH);
  if (slug === null) throw new Error(`articleSlug: '${outlet ?? ''} ${published} ${words}' has no letters or digits to make a slug from`);
  return slug;
}
