/**
 * Each place has one colour, used for its mentions in the article, its entry in the lists and
 * its symbol on the map, so the eye links text and map. Okabe–Ito colours (safe for the common
 * colour-vision deficiencies); the border keeps the border line's red everywhere. The map's
 * colour expression is built from these in src/map/map-style.ts (src/core builds no MapLibre
 * expression).
 */
const BORDER_RED = '#c1121f';
const KNOWN: Record<string, string> = {
  'border-ml-mr': BORDER_RED,
  mali: '#d55e00',
  mauritania: '#009e73',
  nouakchott: '#0072b2',
  bamako: '#cc79a7',
  russia: '#8a6d00',
};
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#6a3d9a', '#b15928'];

/** The colour of a place, stable for a given id. */
export function placeColor(placeId: string): string {
  const known = KNOWN[placeId];
  if (known) return known;
  if (placeId.startsWith('border-')) return BORDER_RED;
  let hash = 0;
  for (let i = 0; i < placeId.length; i++) hash = (hash * 31 + placeId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0]!;
}

