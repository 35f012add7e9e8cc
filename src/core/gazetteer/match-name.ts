/**
 * How a query matches a name, for every place search in the app (the header's search, the
 * gazetteer pickers of review and of the incident form), so that one query ranks the same
 * everywhere: the whole name, then its start, then the start of one of its words, then anywhere.
 * Both sides are keys made by `normalizeName` (accents, capitals, hyphens, apostrophes aside).
 */

/** 0 whole name, 1 name start, 2 word start, 3 inside. */
export type MatchRank = 0 | 1 | 2 | 3;

/** How `key` (a normalized query) matches `name` (a normalized name), or null when it does not. */
export function matchRank(name: string, key: string): MatchRank | null {
  if (name === key) return 0;
  if (name.startsWith(key)) return 1;
  const at = name.indexOf(key);
  if (at < 0) return null;
  // A word start: after a space or an elided article's apostrophe (« d'Aïoun », "l'Azawad").
  const before = name[at - 1];
  if (before === ' ' || before === "'") return 2;
  // Inside a word, a short query is noise (« une » in Brunei, "ara" in Sahara): four letters at least.
  return key.length >= MIN_INSIDE_LENGTH ? 3 : null;
}

const MIN_INSIDE_LENGTH = 4;
