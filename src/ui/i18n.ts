/**
 * Interface strings in French and English. The article itself stays in its own language; place
 * names follow the interface language (see placeName).
 */
import type { GeoPrecision, Language, LocalizedText, MentionKind, PlaceKind, TimePrecision } from '../core/types';

const STRINGS = {
  appTitle: { fr: 'Border Brief', en: 'Border Brief' },
  tagline: { fr: 'Un article, sur la carte, cité passage par passage', en: 'An article on the map, cited passage by passage' },
  language: { fr: 'Langue de l’interface', en: 'Interface language' },
  places: { fr: 'Lieux', en: 'Places' },
  incidents: { fr: 'Incidents rapportés', en: 'Reported incidents' },
  article: { fr: 'Article', en: 'Article' },
  legend: { fr: 'Légende et couches', en: 'Legend and layers' },
  clear: { fr: 'Retour à la vue d’ensemble (Échap)', en: 'Back to the overview (Esc)' },
  close: { fr: 'Fermer', en: 'Close' },
  mentions: { fr: 'mentions', en: 'mentions' },
  mention: { fr: 'mention', en: 'mention' },
  paragraph: { fr: 'paragraphe', en: 'paragraph' },
  paragraphShort: { fr: '§', en: '¶' },
  passages: { fr: 'Passages de l’article', en: 'Passages in the article' },
  ids: { fr: 'Identifiants', en: 'Identifiers' },
  kind: { fr: 'Type', en: 'Kind' },
  what: { fr: 'Quoi', en: 'What' },
  when: { fr: 'Quand', en: 'When' },
  where: { fr: 'Où', en: 'Where' },
  whoSays: { fr: 'Qui l’affirme', en: 'Who says so' },
  known: { fr: 'Ce que l’on sait', en: 'What is known' },
  unknown: { fr: 'Ce que l’on ne sait pas', en: 'What is not known' },
  actors: { fr: 'Acteurs', en: 'Actors' },
  fatalities: { fr: 'Victimes', en: 'Fatalities' },
  noFigure: { fr: 'aucun chiffre dans l’article', en: 'no figure in the article' },
  noIncidentsInArticle: {
    fr: 'Aucun incident codé pour cet article (les incidents se codent à la main, avec leurs sources).',
    en: 'No incident coded for this article (incidents are coded by hand, with their sources).',
  },
  noIncidents: { fr: 'Aucun incident rapporté ici.', en: 'No incident reported here.' },
  relatedIncidents: { fr: 'Incidents', en: 'Incidents' },
  overviewHint: {
    fr: 'Choisissez un lieu sur la carte, dans la liste ou dans le texte pour lire ses passages.',
    en: 'Pick a place on the map, in the list or in the text to read its passages.',
  },
  mapLoading: { fr: 'Chargement de la carte…', en: 'Loading the map…' },
  mapUnavailable: {
    fr: 'La carte ne peut pas s’afficher : ce navigateur n’offre pas WebGL. L’article, les listes et les fiches restent utilisables.',
    en: 'The map cannot be shown: this browser has no WebGL. The article, the lists and the cards still work.',
  },
  mapLabel: { fr: 'Carte de la frontière Mali–Mauritanie', en: 'Map of the Mali–Mauritania border' },
  source: { fr: 'Source', en: 'Source' },
  published: { fr: 'Publié', en: 'Published' },
  titleReconstructed: { fr: 'titre reconstitué, pas le titre publié', en: 'headline reconstructed, not the published one' },
  loadingDate: { fr: 'date de chargement — date de publication inconnue', en: 'date of loading — publication date unknown' },
  unknownOutlet: { fr: 'média inconnu', en: 'unknown outlet' },
  textChanged: {
    fr: 'Le texte a changé depuis son annotation : les mentions ont été retrouvées par citation ; celles introuvables sont listées en bas.',
    en: 'The text changed since it was annotated: mentions were found again by quote; those that could not be are listed at the end.',
  },
  orphaned: { fr: 'Annotations orphelines (texte modifié)', en: 'Orphaned annotations (text changed)' },
  dataError: { fr: 'Les données ne peuvent pas être chargées', en: 'The data cannot be loaded' },
  dataErrorHelp: {
    fr: 'Rien n’a été modifié. Corrigez le fichier indiqué puis rechargez la page.',
    en: 'Nothing was changed. Fix the file named below, then reload the page.',
  },
  showOnMap: { fr: 'Voir sur la carte', en: 'Show on map' },
  layerBorder: { fr: 'Frontière Mali–Mauritanie', en: 'Mali–Mauritania border' },
  layerBorderZone: { fr: 'Zone frontalière (50 km de part et d’autre)', en: 'Border zone (50 km either side)' },
  layerCapitals: { fr: 'Capitales', en: 'Capitals' },
  layerIncidents: { fr: 'Incidents', en: 'Incidents' },
  layerCountries: { fr: 'Pays', en: 'Countries' },
  precisionTitle: { fr: 'Précision du lieu', en: 'Location precision' },
  mentionsIn: { fr: 'Mentionné', en: 'Mentioned' },
  times: { fr: 'fois', en: 'times' },
  articles: { fr: 'Articles', en: 'Articles' },
  openArticle: { fr: 'Ouvrir un article…', en: 'Open an article…' },
  allArticles: { fr: 'Tous les articles ensemble', en: 'All articles together' },
  unlocated: { fr: 'non localisé', en: 'not located' },
  allegation: { fr: 'Allégation', en: 'Allegation' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
} satisfies Record<string, LocalizedText>;

export type StringKey = keyof typeof STRINGS;

/** The interface string `key` in `language`. */
export function t(key: StringKey, language: Language): string {
  return STRINGS[key][language];
}

/** Picks the text for the interface language. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language];
}

const KIND_NAMES: Record<PlaceKind | MentionKind, LocalizedText> = {
  country: { fr: 'pays', en: 'country' },
  city: { fr: 'ville', en: 'city' },
  town: { fr: 'localité', en: 'town' },
  region: { fr: 'région', en: 'region' },
  border: { fr: 'frontière', en: 'border' },
  feature: { fr: 'élément naturel', en: 'natural feature' },
  camp: { fr: 'camp', en: 'camp' },
  demonym: { fr: 'gentilé (désigne le pays)', en: 'demonym (refers to the country)' },
};

/** The kind of a place, or of a mention (a demonym names its country). */
export function kindName(kind: PlaceKind | MentionKind, language: Language): string {
  return KIND_NAMES[kind][language];
}

const GEO_PRECISION: Record<GeoPrecision, LocalizedText> = {
  1: { fr: 'lieu précis (la localité elle-même)', en: 'exact place (the town itself)' },
  2: { fr: 'lieu approximatif : près d’une localité ou petite zone', en: 'approximate place: near a town or a small area' },
  3: { fr: 'lieu approximatif : grande zone (zone frontalière, région ou pays)', en: 'approximate place: a large area (border zone, region or country)' },
};

/** The ACLED geo_precision in plain words. */
export function geoPrecisionText(precision: GeoPrecision, language: Language): string {
  return GEO_PRECISION[precision][language];
}

const TIME_PRECISION: Record<TimePrecision, LocalizedText> = {
  1: { fr: 'date connue au jour près', en: 'date known to the day' },
  2: { fr: 'date connue à la semaine près', en: 'date known to the week' },
  3: { fr: 'date connue au mois près, ou moins bien', en: 'date known to the month, or less' },
};

/** The ACLED time_precision in plain words. */
export function timePrecisionText(precision: TimePrecision, language: Language): string {
  return TIME_PRECISION[precision][language];
}

/** The browser's preferred interface language: French unless it prefers English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}
