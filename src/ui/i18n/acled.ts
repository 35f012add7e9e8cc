/**
 * The ACLED codebook's vocabulary in the interface language: disorder types, event types and
 * sub-event types (the codebook's full current lists), interaction (actor) types, civilian
 * targeting, and the precision levels of place and time. The data and the exports keep the
 * codebook's English values; they are translated only when shown. In English the codebook's own
 * words are shown; a value the codebook does not have is shown as stored.
 *
 * One wording of precision serves the cards, the legend, the slides and the handouts: the three
 * geo_precision levels, refined on slides by what the place is (a border zone, a region or a
 * country, or no place at all).
 */
import type { PlaceCaveat, SlideCaveat } from '../../core/briefing/slide-content';
import type { GeoPrecision, Language, LocalizedText, TimePrecision } from '../../core/types';
import { frenchSpacing } from './format';
import { claimLabel } from './strings';

/** disorder_type: the three types and the combined one ACLED gives an event of both kinds. */
export const DISORDER_TYPES = {
  'Political violence': 'Violence politique',
  Demonstrations: 'Manifestations',
  'Strategic developments': 'Évolutions stratégiques',
  'Political violence; Demonstrations': 'Violence politique ; manifestations',
} as const satisfies Record<string, string>;

/** event_type → its sub_event_types, each with its French name. */
export const EVENT_TYPES = {
  Battles: {
    fr: 'Combats',
    subEvents: {
      'Armed clash': 'Affrontement armé',
      'Government regains territory': 'Reprise de territoire par le gouvernement',
      'Non-state actor overtakes territory': 'Prise de territoire par un acteur non étatique',
    },
  },
  'Explosions/Remote violence': {
    fr: 'Explosions et violence à distance',
    subEvents: {
      'Chemical weapon': 'Arme chimique',
      'Air/drone strike': 'Frappe aérienne ou de drone',
      'Suicide bomb': 'Attentat-suicide',
      'Shelling/artillery/missile attack': 'Bombardement, tir d’artillerie ou de missile',
      'Remote explosive/landmine/IED': 'Explosif à distance, mine ou engin explosif improvisé',
      Grenade: 'Grenade',
    },
  },
  'Violence against civilians': {
    fr: 'Violence contre des civils',
    subEvents: {
      'Sexual violence': 'Violence sexuelle',
      Attack: 'Attaque',
      'Abduction/forced disappearance': 'Enlèvement ou disparition forcée',
    },
  },
  Protests: {
    fr: 'Protestations',
    subEvents: {
      'Peaceful protest': 'Manifestation pacifique',
      'Protest with intervention': 'Manifestation avec intervention',
      'Excessive force against protesters': 'Usage excessif de la force contre des manifestants',
    },
  },
  Riots: {
    fr: 'Émeutes',
    subEvents: {
      'Violent demonstration': 'Manifestation violente',
      'Mob violence': 'Violence de foule',
    },
  },
  'Strategic developments': {
    fr: 'Évolutions stratégiques',
    subEvents: {
      Agreement: 'Accord',
      Arrests: 'Arrestations',
      'Change to group/activity': 'Changement de groupe ou d’activité',
      'Disrupted weapons use': 'Usage d’armes déjoué',
      'Headquarters or base established': 'Établissement d’un quartier général ou d’une base',
      'Looting/property destruction': 'Pillage ou destruction de biens',
      'Non-violent transfer of territory': 'Transfert non violent de territoire',
      Other: 'Autre',
    },
  },
} as const satisfies Record<string, { fr: string; subEvents: Record<string, string> }>;

/** inter1 / inter2: the actor types, by name (current data) and by their former numeric codes. */
export const INTERACTION_TYPES = {
  'State forces': 'Forces de l’État',
  'Rebel group': 'Groupe rebelle',
  'Political militia': 'Milice politique',
  'Identity militia': 'Milice identitaire',
  Rioters: 'Émeutiers',
  Protesters: 'Manifestants',
  Civilians: 'Civils',
  'External/Other forces': 'Forces extérieures ou autres',
} as const satisfies Record<string, string>;
type InteractionType = keyof typeof INTERACTION_TYPES;
const INTER_CODES: Record<string, InteractionType> = {
  '1': 'State forces',
  '2': 'Rebel group',
  '3': 'Political militia',
  '4': 'Identity militia',
  '5': 'Rioters',
  '6': 'Protesters',
  '7': 'Civilians',
  '8': 'External/Other forces',
};

/** civilian_targeting: the one value the codebook gives (the field is empty otherwise). */
export const CIVILIAN_TARGETING = { 'Civilian targeting': 'Civils pris pour cible' } as const satisfies Record<string, string>;

const SUB_EVENT_TYPES: Record<string, string> = Object.fromEntries(Object.values(EVENT_TYPES).flatMap((type) => Object.entries(type.subEvents)));
const EVENT_TYPE_NAMES: Record<string, string> = Object.fromEntries(Object.entries(EVENT_TYPES).map(([value, type]) => [value, type.fr]));

/** The fields of an incident that hold codebook values. */
export type AcledField = 'disorder_type' | 'event_type' | 'sub_event_type' | 'inter' | 'civilian_targeting';

const FRENCH: Record<AcledField, Record<string, string>> = {
  disorder_type: DISORDER_TYPES,
  event_type: EVENT_TYPE_NAMES,
  sub_event_type: SUB_EVENT_TYPES,
  inter: INTERACTION_TYPES,
  civilian_targeting: CIVILIAN_TARGETING,
};

/**
 * A codebook value in the interface language: ('event_type', 'Violence against civilians', 'fr')
 * → « Violence contre des civils ». English shows the codebook's own words; an inter code given as
 * a number is named; a value the codebook does not have is shown as it is stored.
 */
export function acledTerm(field: AcledField, value: string, language: Language): string {
  const english = field === 'inter' ? (INTER_CODES[value.trim()] ?? value) : value;
  if (language === 'en') return english;
  return FRENCH[field][english] ?? value;
}

// ---- Precision ----

const PLACE_PRECISION: Record<PlaceCaveat | 'large-area-or-border', LocalizedText> = {
  exact: { fr: 'lieu précis : la localité elle-même', en: 'exact place: the town itself' },
  near: { fr: 'lieu approximatif : près d’une localité, ou petite zone', en: 'approximate place: near a town, or a small area' },
  'large-area-or-border': { fr: 'lieu approximatif : grande zone (zone frontalière, région ou pays)', en: 'approximate place: a large area (border zone, region or country)' },
  'border-zone': { fr: 'lieu approximatif : zone frontalière', en: 'approximate place: border zone' },
  'large-area': { fr: 'lieu approximatif : grande zone (région ou pays)', en: 'approximate place: a large area (region or country)' },
  unlocated: { fr: 'lieu non précisé : absent de la carte', en: 'place not given: not on the map' },
};

const GEO_PRECISION: Record<GeoPrecision, keyof typeof PLACE_PRECISION> = { 1: 'exact', 2: 'near', 3: 'large-area-or-border' };

const TIME_PRECISION: Record<TimePrecision, LocalizedText> = {
  1: { fr: 'date connue au jour près', en: 'date known to the day' },
  2: { fr: 'date connue à la semaine près', en: 'date known to the week' },
  3: { fr: 'date connue au mois près, au mieux', en: 'date known to the month at best' },
};

// French spacing, once, in these words as in the strings table.
for (const words of [...Object.values(PLACE_PRECISION), ...Object.values(TIME_PRECISION)]) words.fr = frenchSpacing(words.fr);

/** The ACLED geo_precision in plain words (the legend's levels, a card's place). */
export function geoPrecisionText(precision: GeoPrecision, language: Language): string {
  return PLACE_PRECISION[GEO_PRECISION[precision]][language];
}

/** A slide caveat's place in plain words: a geo_precision level, refined by what the place is. */
export function placePrecisionText(place: PlaceCaveat, language: Language): string {
  return PLACE_PRECISION[place][language];
}

/** The ACLED time_precision in plain words. */
export function timePrecisionText(precision: TimePrecision, language: Language): string {
  return TIME_PRECISION[precision][language];
}

/**
 * One caveat in plain words: « lieu approximatif : zone frontalière · date connue au mois près,
 * au mieux · allégation — source non nommée ». A dash, not brackets, before who claims it: that
 * often has brackets of its own (« Kessiya (sans attribution) »).
 */
export function caveatText(caveat: SlideCaveat, language: Language): string {
  const parts = [placePrecisionText(caveat.place, language)];
  if (caveat.timePrecision) parts.push(timePrecisionText(caveat.timePrecision, language));
  if (caveat.claimStatus) parts.push(`${claimLabel(caveat.claimStatus, language)}${caveat.claimBy ? ` — ${caveat.claimBy}` : ''}`);
  return parts.join(' · ');
}
