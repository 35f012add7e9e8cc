/**
 * The words that name a border without naming its countries (« la frontière commune », "the
 * border area"), and the French compound adjectives that do name them (« frontière
 * mauritano-malienne »). The seed article's reviewer marks every « frontière » that means the
 * border, plural area phrases included, but not words that only qualify people or posts.
 */

/** Border phrases, French and English; the longest match wins ("border area" over "border"). */
export const BORDER_PHRASES: readonly string[] = [
  'frontière', 'frontière commune', 'frontières communes', 'zone frontalière', 'zones frontalières', 'région frontalière', 'régions frontalières',
  'bande frontalière', 'border', 'border area', 'border areas', 'border region', 'border regions', 'border zone', 'border zones', 'shared border',
  'common border', 'borderlands', 'frontier',
];

/**
 * Folded text just before or after a border word that makes it part of another term: a
 * guard, a post, a crossing, "cross-border". Such a word is not a mention of the border.
 */
export const BORDER_EXCLUDED_BEFORE = /(?:cross|garde|gardes|poste|postes|police) ?$/;
export const BORDER_EXCLUDED_AFTER = /^ (?:guards?|police|posts?|crossings?|forces?|controls?|patrols?|security|agency|officials?)(?![a-z])/;

/** French prefix forms of compound adjectives (« mauritano- », « malo- ») to ISO alpha-2. */
export const COMPOUND_PREFIXES: Readonly<Record<string, string>> = {
  mauritano: 'MR', malo: 'ML', maliano: 'ML', senegalo: 'SN', algero: 'DZ', nigero: 'NE', burkinabo: 'BF', guineo: 'GN', ivoiro: 'CI', maroco: 'MA',
};
