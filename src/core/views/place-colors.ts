/**
 * Each place has one colour, used for its mentions in the article, its entry in the lists and
 * its symbol on the map, so the eye links text and map. The colours are given per set of places
 * shown together, so that no two of them share one (a hash of the id, as before, gave Bamako and
 * Fassala the same pink). The map's colour expression is built from these in src/map/map-style.ts
 * (src/core builds no MapLibre expression).
 *
 * Three colours are fixed because the map already draws them: the border line's red for every
 * border, and the border zone's two sides for Mali and Mauritania. The others come from a
 * categorical palette safe for the common colour-vision deficiencies (Okabe–Ito, then Paul Tol's
 * "muted" hues that differ from it), assigned in order: first the places the base map always
 * draws (the capitals, so their colour never changes when an article is opened), then the rest
 * by id. Past the palette's end the hues come again darker, then lighter: still distinct, though
 * beyond a dozen colours the labels, not the hues, tell places apart.
 */
import type { Dataset, LoadedArticle } from '../dataset';

const BORDER_RED = '#c1121f';
const FIXED: Readonly<Record<string, string>> = {
  mali: '#d55e00', // the border zone's Mali side
  mauritania: '#009e73', // the border zone's Mauritania side
};

/** The categorical palette, in the order colours are given out. */
export const PLACE_PALETTE = [
  '#0072b2', // Okabe–Ito blue
  '#cc79a7', // Okabe–Ito reddish purple
  '#56b4e9', // Okabe–Ito sky blue
  '#e69f00', // Okabe–Ito orange
  '#332288', // Tol indigo
  '#999933', // Tol olive
  '#882255', // Tol wine
  '#44aa99', // Tol teal
  '#aa4499', // Tol purple
] as const;

/** Colours of a set of places shown together: place id → colour (#rrggbb, lowercase). */
export type PlaceColors = ReadonlyMap<string, string>;

/** The fixed colour of a place, when it has one (the borders, Mali, Mauritania). */
function fixedColor(placeId: string): string | undefined {
  return FIXED[placeId] ?? (placeId.startsWith('border-') ? BORDER_RED : undefined);
}

/**
 * Gives each place of the set its colour, no two alike (fixed colours aside: every border is red).
 * @param placeIds the places shown together (duplicates are fine)
 * @param firstIds places served first, in this order (the base map's capitals), when in the set
 */
export function assignPlaceColors(placeIds: Iterable<string>, firstIds: readonly string[] = []): PlaceColors {
  const all = new Set(placeIds);
  const colors = new Map<string, string>();
  const free: string[] = [];
  for (const id of all) {
    const fixed = fixedColor(id);
    if (fixed) colors.set(id, fixed);
  }
  const ordered = [...new Set(firstIds.filter((id) => all.has(id))), ...[...all].sort()];
  for (const id of ordered) {
    if (colors.has(id)) continue;
    colors.set(id, paletteColor(free.length));
    free.push(id);
  }
  return colors;
}

/**
 * The n-th colour given out: the palette, then its hues again, darker and lighter by turns, each
 * round a step further from the palette (so every colour given out is a different one).
 */
export function paletteColor(index: number): string {
  const size = PLACE_PALETTE.length;
  const base = PLACE_PALETTE[index % size]!;
  const round = Math.floor(index / size);
  if (round === 0) return base;
  const step = Math.ceil(round / 2); // 1, 1, 2, 2, 3, 3…
  const amount = Math.min(0.85, (round % 2 === 1 ? 0.25 : 0.3) + 0.1 * (step - 1));
  return mix(base, round % 2 === 1 ? '#000000' : '#ffffff', amount);
}

function mix(hex: string, towards: string, amount: number): string {
  const a = Number.parseInt(hex.slice(1), 16);
  const b = Number.parseInt(towards.slice(1), 16);
  const channel = (shift: number) => Math.round(((a >> shift) & 255) * (1 - amount) + ((b >> shift) & 255) * amount);
  const value = (channel(16) << 16) | (channel(8) << 8) | channel(0);
  return `#${value.toString(16).padStart(6, '0')}`;
}

/** The places the base map always draws (the capitals), in the order they are served colours. */
export function baseMapPlaceIds(geo: Pick<Dataset['geo'], 'capitals'>): string[] {
  return [...new Set(geo.capitals.features.map((feature) => feature.properties.place_id))].sort();
}

/**
 * The colours of what is shown: the base map's capitals and every place the shown articles
 * mention. The text, the lists, the cards and the map all read this one assignment.
 */
export function shownPlaceColors(dataset: { geo: Pick<Dataset['geo'], 'capitals'> }, articles: readonly Pick<LoadedArticle, 'mentions'>[]): PlaceColors {
  const base = baseMapPlaceIds(dataset.geo);
  const mentioned = articles.flatMap((article) => article.mentions.map((mention) => mention.placeId).filter((id): id is string => typeof id === 'string'));
  return assignPlaceColors([...base, ...mentioned], base);
}

/** The colour of a place in an assignment; a place outside it (not shown) gets the palette's first. */
export function colorOf(colors: PlaceColors, placeId: string): string {
  return colors.get(placeId) ?? fixedColor(placeId) ?? PLACE_PALETTE[0];
}
