/**
 * Place ids are short stable slugs (DESIGN.md): the lowercase English common name, accents
 * removed, words joined by hyphens — 'russia', 'burkina-faso', 'ivory-coast'.
 */

/** Returns the slug of a place name: `placeSlug("Côte d'Ivoire")` is `'cote-d-ivoire'`. */
export function placeSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug === '') throw new Error(`placeSlug: '${name}' has no letters or digits to make a slug from`);
  return slug;
}
