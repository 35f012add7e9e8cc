/**
 * Press releases: a ministry's, an army's or a gendarmerie's own statement (« COMMUNIQUÉ DU
 * MINISTÈRE DE LA DÉFENSE », "PRESS RELEASE OF THE GENERAL STAFF", or an outlet that is the
 * institution itself). What its own units did is told with no name for them, or a generic one
 * (« les unités de la zone de défense n°5 », « un vecteur aérien », "the commander of the second
 * military region"): the issuer is the actor, and, a party to what it reports, it confirms it.
 */
import { isoInWords } from './actor-lexicon';
import { fold } from './incident-text';

export interface Issuer {
  role: 'military' | 'police' | 'government';
  /** ISO alpha-2 of the issuer's country, when the outlet, heading or opening names it. */
  iso: string | null;
  /** Who issues it, as the outlet or the heading names it. */
  name: string;
}

const RELEASE_HEADING = /^(?:communique|press release|statement|official statement|declaration)\b/;
const INSTITUTION = /\b(?:ministere|ministry|armee|armees|army|armed forces|forces armees|etat-major|general staff|gendarmerie|police|presidence|presidency|gouvernement|government)\b/;
const MILITARY = /\b(?:defen[cs]e|armee|armees|army|armed forces|forces armees|etat-major|general staff|fama|military|militaire)\b/;
const POLICE = /\b(?:gendarmerie|police|garde nationale|national guard)\b/;
// The opening the issuer's country is read from, when the outlet and heading do not name it.
const OPENING = 400;

/** The issuer of `text` when it is a press release (by its heading or its outlet), else null. */
export function pressReleaseIssuer(text: string, outlet: string): Issuer | null {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trim();
  const heading = fold(firstLine);
  const foldedOutlet = fold(outlet);
  const byHeading = RELEASE_HEADING.test(heading);
  const byOutlet = INSTITUTION.test(foldedOutlet);
  // A joint communiqué speaks for two parties: no one issuer.
  if ((!byHeading && !byOutlet) || /\b(?:conjoint|joint)\b/.test(heading)) return null;
  // Who issues it: the outlet when it is the institution, else the heading and the opening
  // (« PRESS RELEASE » then "The Mauritanian gendarmerie informs…").
  const opening = fold(text.slice(firstLine.length, firstLine.length + OPENING));
  const words = byOutlet ? foldedOutlet : `${heading} ${opening}`;
  const role: Issuer['role'] = MILITARY.test(words) ? 'military' : POLICE.test(words) ? 'police' : 'government';
  const iso = isoInWords(foldedOutlet) ?? isoInWords(heading) ?? isoInWords(opening) ?? null;
  return { role, iso, name: byOutlet ? outlet : firstLine };
}
