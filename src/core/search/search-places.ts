/**
 * The place search box's engine: every place the articles name and every gazetteer entry, found
 * by any of their names or variants, in either language, with accents, capitals, hyphens and
 * apostrophes optional (« aioun » finds Aïoun el-Atrouss, "nema" finds Néma).
 *
 * Results are ranked by how the query matches a name (`matchRank`: the whole name, then its start,
 * then the start of one of its words, then anywhere inside), then places the articles name before
 * gazetteer-only entries (those have passages to read), then by mentions, then by kind (a country
 * or a city before a town or a feature), then alphabetically, so the order is stable.
 */
import type { GazetteerPlace } from '../gazetteer/gazetteer-schema';
import { normalizeName } from '../gazetteer/fold-text';
import { matchRank, type MatchRank } from '../gazetteer/match-name';
import type { LocalizedText, Place, PlaceKind } from '../types';

export interface PlaceSearchEntry {
  id: string;
  name: LocalizedText;
  kind: PlaceKind;
  /** [lng, lat]; null for a place known only by its outline (then `bbox`). */
  lngLat: [number, number] | null;
  bbox: [number, number, number, number] | null;
  /** True when an article names it: the result selects the place (its card, its passages). */
  isArticlePlace: boolean;
  /** Mentions in the shown articles (0 for a gazetteer-only entry). */
  mentionCount: number;
  /** Where the coordinates come from (the gazetteer's `source`), for a gazetteer-only result. */
  source: string | null;
}

export interface PlaceSearchResult {
  entry: PlaceSearchEntry;
  /** The name or variant that matched, as written ("Nema" for a query that matched a variant). */
  matchedName: string;
  /** 0 whole name, 1 name start, 2 word start, 3 inside. */
  matchRank: MatchRank;
}

export interface PlaceSearch {
  readonly size: number;
  /** The best `limit` results for the query; none for an empty query. */
  search(query: string, limit?: number): PlaceSearchResult[];
}

const KIND_ORDER: Record<PlaceKind, number> = { country: 0, city: 1, region: 2, border: 3, town: 4, camp: 5, feature: 6 };
const DEFAULT_LIMIT = 8;

interface IndexedName {
  key: string;
  written: string;
}

/**
 * Builds the search over the dataset's places (the articles' and the base layers') and the
 * gazetteer's. A place in both is one entry: the dataset's (selectable), with the gazetteer's
 * variants as extra names.
 * @param mentionCounts mentions per place id in the shown articles
 */
export function createPlaceSearch(places: readonly Place[], gazetteerPlaces: readonly GazetteerPlace[], mentionCounts: ReadonlyMap<string, number> = new Map()): PlaceSearch {
  const gazetteerById = new Map(gazetteerPlaces.map((place) => [place.id, place]));
  const entries: Array<{ entry: PlaceSearchEntry; names: IndexedName[] }> = [];
  const seen = new Set<string>();
  for (const place of places) {
    seen.add(place.id);
    const variants = gazetteerById.get(place.id)?.names ?? [];
    entries.push({
      entry: { id: place.id, name: place.name, kind: place.kind, lngLat: place.lngLat, bbox: place.bbox, isArticlePlace: true, mentionCount: mentionCounts.get(place.id) ?? 0, source: place.coordSource ?? null },
      names: indexNames([place.name.fr, place.name.en, ...variants]),
    });
  }
  for (const place of gazetteerPlaces) {
    // A border's names are labels, not names the text uses; the base layers already hold it.
    if (seen.has(place.id) || place.kind === 'border') continue;
    entries.push({
      entry: { id: place.id, name: { fr: place.name.fr, en: place.name.en }, kind: place.kind, lngLat: [place.lng, place.lat], bbox: null, isArticlePlace: false, mentionCount: 0, source: place.source },
      names: indexNames([place.name.fr, place.name.en, ...place.names]),
    });
  }

  return {
    size: entries.length,
    search(query, limit = DEFAULT_LIMIT) {
      const key = normalizeName(query);
      if (key === '') return [];
      const results: PlaceSearchResult[] = [];
      for (const { entry, names } of entries) {
        let best: { rank: MatchRank; written: string } | null = null;
        for (const name of names) {
          const rank = matchRank(name.key, key);
          if (rank !== null && (best === null || rank < best.rank)) best = { rank, written: name.written };
          if (best?.rank === 0) break;
        }
        if (best) results.push({ entry, matchedName: best.written, matchRank: best.rank });
      }
      return results.sort(compareResults).slice(0, limit);
    },
  };
}

function indexNames(written: readonly string[]): IndexedName[] {
  const byKey = new Map<string, string>();
  for (const name of written) {
    const key = normalizeName(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey].map(([key, name]) => ({ key, written: name }));
}

function compareResults(a: PlaceSearchResult, b: PlaceSearchResult): number {
  return (
    a.matchRank - b.matchRank ||
    Number(b.entry.isArticlePlace) - Number(a.entry.isArticlePlace) ||
    b.entry.mentionCount - a.entry.mentionCount ||
    KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
    a.entry.name.en.localeCompare(b.entry.name.en) ||
    a.entry.id.localeCompare(b.entry.id)
  );
}
