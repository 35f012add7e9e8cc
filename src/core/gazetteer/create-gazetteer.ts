/**
 * The gazetteer behind an interface: the geoparser, the review UI (search, candidates) and the
 * CLI ask it for places by name or id and never read the JSON themselves. The in-memory
 * implementation here serves Node, the Web Worker and the tests alike.
 */
import { matchRank, type MatchRank } from './match-name';
import { normalizeName } from './fold-text';
import { parseGazetteerData, type GazetteerData, type GazetteerPlace } from './gazetteer-schema';

/** How a name refers to its place: its own name, or a nationality word for a country. */
export type NameRole = 'name' | 'demonym';

export interface NameEntry {
  place: GazetteerPlace;
  role: NameRole;
  /** The name as written in the gazetteer, accents and capitals kept ("Néma"). */
  written: string;
}

export interface Gazetteer {
  readonly version: string;
  readonly places: readonly GazetteerPlace[];
  /** The place with this id, or undefined. */
  get(id: string): GazetteerPlace | undefined;
  /** Every place a name may refer to, looked up by its normalized form ("Nema" finds Néma). */
  lookup(name: string): readonly NameEntry[];
  /** Every normalized name and its entries, for building a matcher. */
  nameIndex(): ReadonlyMap<string, readonly NameEntry[]>;
  /** Places whose names start with (or, failing that, contain) the query, best first. */
  search(query: string, options?: { limit?: number }): GazetteerPlace[];
}

/**
 * Builds the in-memory gazetteer from the JSON of `data/gazetteer/gazetteer.json`,
 * validating it first (throws with the place id and field at fault).
 */
export function createGazetteer(data: unknown, label = 'gazetteer'): Gazetteer {
  const parsed: GazetteerData = parseGazetteerData(data, label);
  const byId = new Map(parsed.places.map((place) => [place.id, place]));
  const index = new Map<string, NameEntry[]>();
  const add = (written: string, place: GazetteerPlace, role: NameRole) => {
    const key = normalizeName(written);
    if (key === '') return;
    let entries = index.get(key);
    if (!entries) index.set(key, (entries = []));
    if (!entries.some((entry) => entry.place === place && entry.role === role)) entries.push({ place, role, written });
  };
  for (const place of parsed.places) {
    // A border's names are labels ("Mali–Mauritania border"): the text names its countries, each a mention.
    if (place.kind === 'border') continue;
    for (const name of place.names) add(name, place, 'name');
    for (const demonym of place.demonyms ?? []) add(demonym, place, 'demonym');
  }

  return {
    version: parsed.version,
    places: parsed.places,
    get: (id) => byId.get(id),
    lookup: (name) => index.get(normalizeName(name)) ?? [],
    nameIndex: () => index,
    search: (query, options = {}) => searchPlaces(parsed.places, query, options.limit ?? 10),
  };
}

/** The best `limit` places for `query`, ranked as every place search ranks (`matchRank`), then by English name. */
function searchPlaces(places: readonly GazetteerPlace[], query: string, limit: number): GazetteerPlace[] {
  const key = normalizeName(query);
  if (key === '') return [];
  const scored: { place: GazetteerPlace; rank: MatchRank }[] = [];
  for (const place of places) {
    let best: MatchRank | null = null;
    for (const name of place.names) {
      const rank = matchRank(normalizeName(name), key);
      if (rank !== null && (best === null || rank < best)) best = rank;
      if (best === 0) break;
    }
    if (best !== null) scored.push({ place, rank: best });
  }
  scored.sort((a, b) => a.rank - b.rank || a.place.name.en.localeCompare(b.place.name.en));
  return scored.slice(0, limit).map((entry) => entry.place);
}
