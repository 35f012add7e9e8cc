/**
 * Every word the interface shows, in French and English, in one table: the dashboard, its cards
 * and dialogs, the review, the briefing editor, the presentation, the presenter view and the
 * handouts. Words that take values are functions of them. The article itself stays in its own
 * language; place names follow the interface language (see localized).
 *
 * French words are written here with ordinary spaces; the table puts in the no-break spaces of
 * French typography once, when it is loaded (frenchSpacing).
 */
import type { ClaimStatus, Language, LocalizedText, MentionKind, PlaceKind } from '../../core/types';
import { colon, formatInteger, formatList, frenchSpacing, NBSP, pluralCategory, quote } from './format';

type Plain = { fr: string; en: string };
// `(...args: never) => string` is any function returning a string: each entry keeps its own arguments.
type Template = { fr: (...args: never) => string; en: (...args: never) => string };

/** A count with its noun, agreed by the language's plural rules: « 1 mention », « 3 mentions ». */
function counted(count: number, language: Language, forms: { one: string; other: string }): string {
  return `${formatInteger(count, language)} ${pluralCategory(count, language) === 'one' ? forms.one : forms.other}`;
}

/** « file → field : message fix », a problem found in what was opened. */
type Problem = { where: string; field?: string | undefined; message: string; fix?: string | undefined };
function problemLine({ where, field, message, fix }: Problem, language: Language): string {
  return `${where}${field ? ` → ${field}` : ''}${colon(language)}${message}${fix ? ` ${fix}` : ''}`;
}

const STRINGS = {
  // ---- Dashboard ----
  appTitle: { fr: 'Border Brief', en: 'Border Brief' },
  tagline: { fr: 'Un article, sur la carte, cité passage par passage', en: 'An article on the map, cited passage by passage' },
  language: { fr: 'Langue de l’interface', en: 'Interface language' },
  places: { fr: 'Lieux', en: 'Places' },
  incidents: { fr: 'Incidents rapportés', en: 'Reported incidents' },
  article: { fr: 'Article', en: 'Article' },
  legend: { fr: 'Légende et couches', en: 'Legend and layers' },
  clear: { fr: 'Retour à la vue d’ensemble (Échap)', en: 'Back to the overview (Esc)' },
  close: { fr: 'Fermer', en: 'Close' },
  paragraph: { fr: 'paragraphe', en: 'paragraph' },
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
  layerBorder: { fr: 'Frontière Mali–Mauritanie', en: 'Mali–Mauritania border' },
  layerBorderZone: { fr: 'Zone frontalière (50 km de part et d’autre)', en: 'Border zone (50 km either side)' },
  layerCapitals: { fr: 'Capitales', en: 'Capitals' },
  layerIncidents: { fr: 'Incidents', en: 'Incidents' },
  layerCountries: { fr: 'Pays', en: 'Countries' },
  legendStrategicExamples: { fr: '(visite, réunion)', en: '(visit, meeting)' },
  legendZone: { fr: 'Incident situé seulement dans une zone, pas en un point', en: 'Incident located only to a zone, not a point' },
  precisionLevels: { fr: 'Niveaux de précision (ACLED)', en: 'Precision levels (ACLED)' },
  precisionTitle: { fr: 'Précision du lieu', en: 'Location precision' },
  articles: { fr: 'Articles', en: 'Articles' },
  openArticle: { fr: 'Ouvrir un article…', en: 'Open an article…' },
  allArticles: { fr: 'Tous les articles ensemble', en: 'All articles together' },
  unlocated: { fr: 'non localisé', en: 'not located' },
  allegation: { fr: 'Allégation', en: 'Allegation' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  claimAlleged: { fr: 'allégation', en: 'allegation' },
  claimReported: { fr: 'rapporté', en: 'reported' },
  claimConfirmed: { fr: 'confirmé', en: 'confirmed' },
  /** How often and where the article names a place: « Mentionné 3 fois, paragraphes 1, 2 et 5. » */
  mentionedIn: {
    fr: (count: number, paragraphs: readonly number[]) =>
      `Mentionné ${count === 1 ? 'une fois' : `${formatInteger(count, 'fr')} fois`}, ${paragraphs.length === 1 ? 'paragraphe' : 'paragraphes'} ${formatList(paragraphs.map((n) => formatInteger(n, 'fr')), 'fr')}.`,
    en: (count: number, paragraphs: readonly number[]) =>
      `Mentioned ${count === 1 ? 'once' : `${formatInteger(count, 'en')} times`}, ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${formatList(paragraphs.map((n) => formatInteger(n, 'en')), 'en')}.`,
  },
  countMentions: {
    fr: (count: number) => counted(count, 'fr', { one: 'mention', other: 'mentions' }),
    en: (count: number) => counted(count, 'en', { one: 'mention', other: 'mentions' }),
  },

  // ---- Review of the places found ----
  reviewPlaces: { fr: 'Relire les lieux', en: 'Review places' },
  status: { fr: 'statut', en: 'status' },
  statusProposed: { fr: 'proposé', en: 'proposed' },
  statusAccepted: { fr: 'accepté', en: 'accepted' },
  statusRejected: { fr: 'rejeté', en: 'rejected' },
  place: { fr: 'Lieu', en: 'Place' },
  confidence: { fr: 'Confiance', en: 'Confidence' },
  confidenceNotGiven: { fr: 'non indiquée', en: 'not given' },
  creator: { fr: 'Par', en: 'By' },
  creatorPerson: { fr: 'personne', en: 'person' },
  creatorSoftware: { fr: 'logiciel', en: 'software' },
  proposedBy: { fr: 'proposé par', en: 'proposed by' },
  decision: { fr: 'Décision', en: 'Decision' },
  accept: { fr: 'Accepter', en: 'Accept' },
  reject: { fr: 'Rejeter', en: 'Reject' },
  placeOnMap: { fr: 'Placer sur la carte', en: 'Place on the map' },
  undo: { fr: 'Annuler', en: 'Undo' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  placingHint: { fr: 'Cliquez sur la carte à l’endroit du lieu.', en: 'Click the map where the place is.' },
  candidates: { fr: 'Candidats du géocodeur', en: 'Geoparser candidates' },
  relativeScore: { fr: 'score relatif', en: 'relative score' },
  searchGazetteer: { fr: 'Chercher dans le répertoire de lieux', en: 'Search the gazetteer' },
  searchExamples: { fr: 'Néma, Kayes, Mbera…', en: 'Nema, Kayes, Mbera…' },
  correctionsSigned: { fr: 'Vos corrections sont signées :', en: 'Your corrections are signed:' },
  addMention: { fr: 'Ajouter une mention', en: 'Add a mention' },
  addUnlocated: { fr: 'Ajouter sans lieu (non localisé)', en: 'Add without a place (unlocated)' },

  // ---- Article tools and the open dialog ----
  export: { fr: 'Exporter', en: 'Export' },
  exportArticle: { fr: 'Exporter l’article', en: 'Export the article' },
  exportOneFile: { fr: 'Tout en un fichier (.borderbrief.json)', en: 'Everything in one file (.borderbrief.json)' },
  exportSeparateFiles: { fr: 'Fichiers séparés (texte, JSON-LD, GeoJSON, CSV)', en: 'Separate files (text, JSON-LD, GeoJSON, CSV)' },
  removeFromBrowser: { fr: 'Retirer de ce navigateur', en: 'Remove from this browser' },
  confirmRemove: {
    fr: (title: string) => `Retirer «${NBSP}${title}${NBSP}» de ce navigateur, avec ses corrections${NBSP}?`,
    en: (title: string) => `Remove “${title}” from this browser, with its corrections?`,
  },
  confirmRemoveButton: { fr: 'Retirer', en: 'Remove' },
  // ---- Timeline and filters ----
  timeline: { fr: 'Frise chronologique des incidents', en: 'Timeline of incidents' },
  timelineChart: {
    fr: 'Incidents dans le temps, chacun à sa précision (jour, semaine ou mois) ; faites glisser pour choisir une période',
    en: 'Incidents over time, each at its precision (day, week or month); drag to choose a period',
  },
  incidentsShown: {
    fr: (shown: number, total: number) => `${counted(shown, 'fr', { one: 'incident affiché', other: 'incidents affichés' })} sur ${formatInteger(total, 'fr')}`,
    en: (shown: number, total: number) => `${counted(shown, 'en', { one: 'incident shown', other: 'incidents shown' })} of ${formatInteger(total, 'en')}`,
  },
  partlyInWindow: {
    fr: (count: number) => `dont ${formatInteger(count, 'fr')} en partie dans la période`,
    en: (count: number) => `${formatInteger(count, 'en')} only partly in the period`,
  },
  previousPeriod: { fr: 'Période précédente (←)', en: 'Previous period (←)' },
  nextPeriod: { fr: 'Période suivante (→)', en: 'Next period (→)' },
  play: { fr: 'Lecture', en: 'Play' },
  pause: { fr: 'Pause', en: 'Pause' },
  speed: { fr: 'Vitesse', en: 'Speed' },
  cumulative: { fr: 'Cumulé', en: 'Cumulative' },
  clearWindow: { fr: 'Toute la période', en: 'Whole span' },
  lessPrecise: { fr: 'date moins précise que la barre', en: 'date less precise than the bar' },
  filtersTitle: { fr: 'Filtres', en: 'Filters' },
  eventLayers: { fr: 'Données d’événements (ACLED)', en: 'Event data (ACLED)' },
  openAcled: { fr: 'Ouvrir un export ACLED (CSV)…', en: 'Open an ACLED export (CSV)…' },
  exportShownCsv: { fr: 'Exporter ce qui est affiché (CSV ACLED)', en: 'Export what is shown (ACLED CSV)' },
  exportShownGeojson: { fr: 'Exporter ce qui est affiché (GeoJSON)', en: 'Export what is shown (GeoJSON)' },
  removeLayer: { fr: 'Retirer', en: 'Remove' },
  rows: { fr: 'lignes', en: 'rows' },
  placeCount: { fr: (count: number) => counted(count, 'fr', { one: 'lieu', other: 'lieux' }), en: (count: number) => counted(count, 'en', { one: 'place', other: 'places' }) },
  eventCount: { fr: (count: number) => counted(count, 'fr', { one: 'événement', other: 'événements' }), en: (count: number) => counted(count, 'en', { one: 'event', other: 'events' }) },
  acledLoaded: {
    fr: (name: string, count: number) => `${name}\u00a0: ${counted(count, 'fr', { one: 'événement chargé', other: 'événements chargés' })}.`,
    en: (name: string, count: number) => `${name}: ${counted(count, 'en', { one: 'event loaded', other: 'events loaded' })}.`,
  },
  acledCancelled: { fr: (name: string) => `${name}\u00a0: lecture annulée, rien n’a changé.`, en: (name: string) => `${name}: reading cancelled, nothing changed.` },
  moreIssues: { fr: (count: number) => `… et ${formatInteger(count, 'fr')} autres lignes signalées.`, en: (count: number) => `… and ${formatInteger(count, 'en')} more rows flagged.` },
  resetFilters: { fr: 'Tout réinitialiser', en: 'Reset all' },
  filtersOn: { fr: 'actifs', en: 'on' },
  filterEventType: { fr: 'Type d’événement', en: 'Event type' },
  filterClaim: { fr: 'Qui l’affirme', en: 'Claim' },
  filterSide: { fr: 'Côté de la frontière', en: 'Side of the border' },
  filterDistance: { fr: 'Distance à la frontière', en: 'Distance to the border' },
  anyDistance: { fr: 'toute distance', en: 'any distance' },
  withinKm: { fr: (km: number) => `à ${formatInteger(km, 'fr')} km au plus`, en: (km: number) => `within ${formatInteger(km, 'en')} km` },
  filterPrecision: { fr: 'Précision du lieu', en: 'Location precision' },
  sideMali: { fr: 'côté malien', en: 'Mali side' },
  sideMauritania: { fr: 'côté mauritanien', en: 'Mauritania side' },
  sideAstride: { fr: 'à cheval sur la frontière', en: 'astride the border' },
  sideElsewhere: { fr: 'hors des deux pays', en: 'outside both countries' },
  sideUnlocated: { fr: 'non localisé', en: 'not located' },
  borderWords: {
    fr: (km: number, side: string) => (km === 0 ? `sur la frontière, ${side}` : `à ${formatInteger(km, 'fr')} km de la frontière, ${side}`),
    en: (km: number, side: string) => (km === 0 ? `on the border, ${side}` : `${formatInteger(km, 'en')} km from the border, ${side}`),
  },
  borderLabel: { fr: 'Frontière', en: 'Border' },

  // ---- Place search, measure, map view export ----
  searchPlaces: { fr: 'Rechercher un lieu', en: 'Search places' },
  searchPlaceholder: { fr: 'Lieu, ville, région…', en: 'Place, town, region…' },
  searchResults: { fr: 'Lieux trouvés', en: 'Places found' },
  searchNoResult: { fr: (query: string) => `Aucun lieu ne correspond à « ${query} »`, en: (query: string) => `No place matches “${query}”` },
  searchResultCount: {
    fr: (count: number) => (count === 0 ? 'Aucun lieu trouvé' : `${counted(count, 'fr', { one: 'lieu trouvé', other: 'lieux trouvés' })} ; flèches pour choisir, Entrée pour aller`),
    en: (count: number) => (count === 0 ? 'No place found' : `${counted(count, 'en', { one: 'place found', other: 'places found' })}; arrows to choose, Enter to go`),
  },
  searchInArticles: { fr: (count: number) => `cité ${counted(count, 'fr', { one: 'fois', other: 'fois' })}`, en: (count: number) => `mentioned ${count === 1 ? 'once' : `${formatInteger(count, 'en')} times`}` },
  searchGazetteerOnly: { fr: 'gazetteer, absent des articles', en: 'gazetteer, not in the articles' },
  searchPickTarget: { fr: 'Choisir comme point d’arrivée de la mesure', en: 'Choose as the end of the measure' },
  locatedTitle: { fr: 'Lieu du gazetteer', en: 'Gazetteer place' },
  locatedNotInArticles: { fr: 'Aucun article chargé ne cite ce lieu.', en: 'No loaded article mentions this place.' },
  locatedSource: { fr: 'Coordonnées', en: 'Coordinates' },
  measureTitle: { fr: 'Distances', en: 'Distances' },
  measureStart: { fr: 'Mesurer une distance', en: 'Measure a distance' },
  measureClear: { fr: 'Effacer la mesure', en: 'Clear the measure' },
  measurePicking: { fr: 'Cliquez sur la carte, ou cherchez un lieu, pour mesurer jusqu’à lui (Échap pour arrêter).', en: 'Click the map, or search for a place, to measure to it (Esc to stop).' },
  measureToBorder: {
    fr: (km: number) => (km === 0 ? 'sur la frontière' : `à ${formatInteger(km, 'fr')} km de la frontière (au plus près)`),
    en: (km: number) => (km === 0 ? 'on the border' : `${formatInteger(km, 'en')} km from the border (nearest point)`),
  },
  measureToPoint: {
    fr: (km: number, name: string | null) => `${formatInteger(km, 'fr')} km à vol d’oiseau jusqu’à ${name ?? 'le point choisi'}`,
    en: (km: number, name: string | null) => `${formatInteger(km, 'en')} km as the crow flies to ${name ?? 'the chosen point'}`,
  },
  measureLabel: { fr: (km: number) => `${formatInteger(km, 'fr')} km`, en: (km: number) => `${formatInteger(km, 'en')} km` },
  exportMapView: { fr: 'Exporter la vue (PNG)', en: 'Export the view (PNG)' },
  exportMapViewBusy: { fr: 'Image en cours…', en: 'Making the image…' },
  exportMapViewFailed: { fr: 'L’image de la carte n’a pas pu être faite : la carte n’est pas affichée (WebGL indisponible).', en: 'The map image could not be made: the map is not shown (WebGL unavailable).' },
  mapImageTitle: { fr: 'Frontière Mali–Mauritanie', en: 'Mali–Mauritania border' },
  mapImageSources: { fr: (sources: string) => `Sources : ${sources}`, en: (sources: string) => `Sources: ${sources}` },
  mapImageMade: { fr: (date: string) => `Vue exportée le ${date} avec Border Brief`, en: (date: string) => `View exported on ${date} with Border Brief` },
  mapImageScaleNote: { fr: 'échelle au centre de la vue', en: 'scale at the centre of the view' },
  mapImageProposed: { fr: 'proposition non revue (pâle)', en: 'unreviewed proposal (faint)' },
  reattach: { fr: 'Rattacher aux mots sélectionnés', en: 'Attach to the selected words' },
  reattachHint: {
    fr: 'Sélectionnez dans le texte les mots qui désignent ce lieu, puis « Rattacher ».',
    en: 'Select the words that name the place in the text, then “Attach”.',
  },
  selectWordsFirst: { fr: 'Sélectionnez d’abord les mots dans le texte.', en: 'Select the words in the text first.' },
  // ---- Incident review ----
  proposedBadge: { fr: 'proposition', en: 'proposal' },
  addIncidentFromWords: { fr: 'Ajouter un incident à partir de ces mots', en: 'Add an incident from these words' },
  incidentReview: { fr: 'Relecture de l’incident', en: 'Incident review' },
  incidentStatus: { fr: 'Statut de l’incident :', en: 'Incident status:' },
  proposalKept: { fr: 'proposition du codeur conservée', en: 'coder’s proposal kept' },
  editIncident: { fr: 'Modifier', en: 'Edit' },
  eventType: { fr: 'Type d’événement', en: 'Event type' },
  subEventType: { fr: 'Sous-type', en: 'Sub-event type' },
  actor1: { fr: 'Acteur 1', en: 'Actor 1' },
  actor2: { fr: 'Acteur 2', en: 'Actor 2' },
  eventDate: { fr: 'Date (AAAA-MM-JJ ou AAAA-MM)', en: 'Date (YYYY-MM-DD or YYYY-MM)' },
  timePrecision: { fr: 'Précision de la date', en: 'Date precision' },
  incidentPlace: { fr: 'Lieu (parmi ceux de l’article)', en: 'Place (among the article’s)' },
  claimStatus: { fr: 'Statut de l’affirmation', en: 'Claim status' },
  saveIncident: { fr: 'Enregistrer l’incident', en: 'Save the incident' },
  mergeOrSplit: { fr: 'Fusionner ou scinder', en: 'Merge or split' },
  mergeWith: { fr: 'Fusionner avec', en: 'Merge with' },
  merge: { fr: 'Fusionner', en: 'Merge' },
  splitPassages: { fr: 'Passages à détacher dans un nouvel incident', en: 'Passages to move to a new incident' },
  split: { fr: 'Scinder', en: 'Split' },
  saveSaving: { fr: 'Enregistrement…', en: 'Saving…' },
  saveSaved: { fr: 'Enregistré dans ce navigateur', en: 'Saved in this browser' },
  saveFailed: { fr: 'Non enregistré (voir le message en haut)', en: 'Not saved (see the message above)' },
  articleRemoved: { fr: (title: string) => `«${NBSP}${title}${NBSP}» a été retiré de ce navigateur.`, en: (title: string) => `“${title}” was removed from this browser.` },
  undoRemove: { fr: 'Annuler le retrait', en: 'Undo the removal' },
  editDetails: { fr: 'Corriger les détails', en: 'Correct the details' },
  saveDetails: { fr: 'Enregistrer les détails', en: 'Save the details' },
  detailsProblem: { fr: (problem: string) => `Détails non enregistrés${NBSP}: ${problem}`, en: (problem: string) => `Details not saved: ${problem}` },
  /** « image 2 / 3 » when a slide's words need several images. */
  imagePart: { fr: (n: number, total: number) => `image ${n} / ${total}`, en: (n: number, total: number) => `image ${n} of ${total}` },
  openDialogTitle: { fr: 'Ouvrir un article', en: 'Open an article' },
  openDialogHint: {
    fr: 'Texte brut en français ou en anglais (UTF-8, ou Windows-1252 converti), 1 Mio au plus. Les fichiers exportés par Border Brief s’importent aussi. Tout reste sur cette machine.',
    en: 'Plain text in French or English (UTF-8, or Windows-1252 converted), 1 MiB at most. Files exported by Border Brief import too. Everything stays on this machine.',
  },
  openDetails: { fr: 'Détails (facultatifs)', en: 'Details (optional)' },
  fieldTitle: { fr: 'Titre', en: 'Title' },
  fieldOutlet: { fr: 'Média', en: 'Outlet' },
  fieldDate: { fr: 'Date de publication', en: 'Publication date' },
  fieldUrl: { fr: 'Adresse (URL)', en: 'Address (URL)' },
  datePlaceholder: { fr: 'AAAA-MM-JJ', en: 'YYYY-MM-DD' },
  files: { fr: 'Fichiers', en: 'Files' },
  dropHint: { fr: 'ou déposez les fichiers n’importe où sur la page.', en: 'or drop the files anywhere on the page.' },
  orPaste: { fr: 'Ou collez le texte', en: 'Or paste the text' },
  putOnMap: { fr: 'Placer sur la carte', en: 'Put on the map' },
  pastedText: { fr: 'texte collé', en: 'pasted text' },
  readingFiles: { fr: 'Lecture des fichiers…', en: 'Reading the files…' },
  reading: { fr: 'Lecture…', en: 'Reading…' },
  stageReading: { fr: 'Lecture du texte…', en: 'Reading the text…' },
  stageGeoparsing: { fr: 'Recherche des lieux…', en: 'Finding the places…' },
  stageResolving: { fr: 'Choix des lieux…', en: 'Resolving the places…' },
  stageBuildingAnnotations: { fr: 'Création des annotations…', en: 'Building the annotations…' },
  stageCodingIncidents: { fr: 'Proposition des incidents…', en: 'Proposing the incidents…' },
  stageDone: { fr: 'Terminé', en: 'Done' },
  /** « titre — 18 mentions trouvées », and whether it could be kept in the browser. */
  mentionsFound: {
    fr: (title: string, count: number, isSaved: boolean) =>
      `${title} — ${formatInteger(count, 'fr')} ${pluralCategory(count, 'fr') === 'one' ? 'mention trouvée' : 'mentions trouvées'}${isSaved ? '' : ' (affiché, mais non enregistré dans ce navigateur)'}`,
    en: (title: string, count: number, isSaved: boolean) =>
      `${title} — ${formatInteger(count, 'en')} ${pluralCategory(count, 'en') === 'one' ? 'mention found' : 'mentions found'}${isSaved ? '' : ' (shown, but not saved in this browser)'}`,
  },
  articleImported: { fr: (title: string) => `${title} — importé`, en: (title: string) => `${title} — imported` },
  problem: { fr: (problem: Problem) => problemLine(problem, 'fr'), en: (problem: Problem) => problemLine(problem, 'en') },

  // ---- Briefing: editor, presentation, presenter view, handouts ----
  briefing: { fr: 'Briefing', en: 'Briefing' },
  briefingLabel: { fr: (title: string) => `Briefing${NBSP}: ${title}`, en: (title: string) => `Briefing: ${title}` },
  openBriefing: { fr: 'Ouvrir le briefing : diapositives, présentation, documents', en: 'Open the briefing: slides, presentation, handouts' },
  slides: { fr: 'Diapositives', en: 'Slides' },
  present: { fr: 'Présenter', en: 'Present' },
  presentFrom: { fr: 'Présenter depuis cette diapositive', en: 'Present from this slide' },
  addSlide: { fr: 'Ajouter une diapositive depuis la vue actuelle', en: 'Add a slide from the current view' },
  moveUp: { fr: 'Monter', en: 'Move up' },
  moveDown: { fr: 'Descendre', en: 'Move down' },
  delete: { fr: 'Supprimer', en: 'Delete' },
  title: { fr: 'Titre', en: 'Title' },
  notes: { fr: 'Notes de l’orateur', en: 'Speaker notes' },
  exportJson: { fr: 'Exporter (JSON)', en: 'Export (JSON)' },
  importJson: { fr: 'Importer (JSON)', en: 'Import (JSON)' },
  briefingImported: {
    fr: (title: string, slides: number) => `Briefing « ${title} » importé : ${counted(slides, 'fr', { one: 'diapositive', other: 'diapositives' })}.`,
    en: (title: string, slides: number) => `Briefing “${title}” imported: ${counted(slides, 'en', { one: 'slide', other: 'slides' })}.`,
  },
  importFailed: { fr: 'Le fichier n’a pas été importé', en: 'The file was not imported' },
  resetDraft: { fr: 'Revenir au brouillon dérivé des données', en: 'Back to the draft derived from the data' },
  withNotes: { fr: 'Notes dans le PDF', en: 'Notes in the PDF' },
  pngAll: { fr: 'PNG (toutes)', en: 'PNG (all)' },
  exporting: { fr: 'Export', en: 'Export' },
  /** « Diapositive 3 / 7 » */
  slideNumber: { fr: (n: number, total: number) => `Diapositive ${n} / ${total}`, en: (n: number, total: number) => `Slide ${n} / ${total}` },
  slidePassages: { fr: 'Ce que dit l’article', en: 'What the article says' },
  caveats: { fr: 'Précision', en: 'Precision' },
  noPassage: { fr: 'Aucun passage cité sur cette diapositive.', en: 'No passage quoted on this slide.' },
  next: { fr: 'Suivante', en: 'Next' },
  previous: { fr: 'Précédente', en: 'Previous' },
  presenterView: { fr: 'Vue de l’orateur', en: 'Presenter view' },
  presenterWindow: { fr: 'Ouvrir la vue de l’orateur (nouvelle fenêtre)', en: 'Open the presenter view (new window)' },
  contrast: { fr: 'Contraste élevé', en: 'High contrast' },
  exit: { fr: 'Quitter (Échap)', en: 'Leave (Esc)' },
  blank: { fr: 'Écran noir (B)', en: 'Blank screen (B)' },
  current: { fr: 'Diapositive actuelle', en: 'Current slide' },
  upNext: { fr: 'Suivante', en: 'Next slide' },
  lastSlide: { fr: 'Fin du briefing', en: 'End of the briefing' },
  nextMap: { fr: (title: string) => `Carte de la diapositive suivante${NBSP}: ${title}`, en: (title: string) => `Map of the next slide: ${title}` },
  elapsed: { fr: 'Temps écoulé', en: 'Elapsed time' },
  waiting: { fr: 'En attente de la présentation dans l’autre fenêtre…', en: 'Waiting for the presentation in the other window…' },
  keysHelp: {
    fr: '→ Espace Page↓ : suivante · ← Page↑ : précédente · Début/Fin · numéro puis Entrée · B : écran noir · Échap : quitter',
    en: '→ Space PgDn: next · ← PgUp: previous · Home/End · number then Enter · B: blank · Esc: leave',
  },
  sources: { fr: 'Sources', en: 'Sources' },
  madeOn: { fr: 'Document établi le', en: 'Made on' },
  madeWith: { fr: 'avec Border Brief', en: 'with Border Brief' },
  newSlide: { fr: 'Nouvelle diapositive', en: 'New slide' },
  dragHint: { fr: 'Glisser pour déplacer, ou Alt+↑/↓', en: 'Drag to move, or Alt+↑/↓' },

  // ---- Map orientation: MapLibre's controls, the tooltip, the chooser, the context towns ----
  mapZoomIn: { fr: 'Zoom avant', en: 'Zoom in' },
  mapZoomOut: { fr: 'Zoom arrière', en: 'Zoom out' },
  mapResetBearing: { fr: 'Remettre le nord en haut', en: 'Reset bearing to north' },
  mapToggleAttribution: { fr: 'Afficher ou masquer les sources de la carte', en: 'Toggle the map’s sources' },
  mapPopupClose: { fr: 'Fermer', en: 'Close' },
  mapMeters: { fr: 'm', en: 'm' },
  mapKilometers: { fr: 'km', en: 'km' },
  chooserTitle: { fr: 'Plusieurs éléments ici — lequel ?', en: 'Several things here — which one?' },
  chooserIncident: { fr: 'Incident', en: 'Incident' },
  tooltipIncident: {
    fr: (eventType: string, date: string) => `${eventType} · ${date}`,
    en: (eventType: string, date: string) => `${eventType} · ${date}`,
  },

  // ---- The open dialog's doors (files other than article text) ----
  openDialogFilesHint: {
    fr: 'Ouvre aussi : du GeoJSON ou TopoJSON de lieux ou d’incidents (geojson.io, QGIS), des annotations W3C pour un article ouvert, un briefing. Un fichier inutilisable est refusé avec la raison, jamais lu comme un article.',
    en: 'Also opens: GeoJSON or TopoJSON of places or incidents (geojson.io, QGIS), W3C annotations for an open article, a briefing. A file the app cannot use is refused with the reason, never read as an article.',
  },
  layerImported: {
    fr: (name: string, count: number, kind: 'places' | 'incidents') => `${name} — couche ${kind === 'incidents' ? 'd’incidents' : 'de lieux'}, ${formatInteger(count, 'fr')} ${pluralCategory(count, 'fr') === 'one' ? 'entité' : 'entités'}`,
    en: (name: string, count: number, kind: 'places' | 'incidents') => `${name} — layer of ${kind}, ${formatInteger(count, 'en')} ${pluralCategory(count, 'en') === 'one' ? 'feature' : 'features'}`,
  },
  briefingChecked: {
    fr: (title: string, isOpened: boolean) => `${title} — briefing ${isOpened ? 'importé' : 'vérifié ; importez-le depuis le panneau Briefing'}`,
    en: (title: string, isOpened: boolean) => `${title} — briefing ${isOpened ? 'imported' : 'checked; import it from the Briefing panel'}`,
  },
  // ---- Analyst's filters, ACLED ↔ article matches, slides with filters (issue 11 §2, §3, §5) ----
  filterSubEventType: { fr: 'Sous-type d’événement', en: 'Sub-event type' },
  filterActor: { fr: 'Acteur', en: 'Actor' },
  filterActorHint: { fr: 'Tapez un nom (ou une partie), puis Entrée ; plusieurs acteurs possibles', en: 'Type a name (or part of one), then Enter; several actors allowed' },
  addActor: { fr: 'Ajouter', en: 'Add' },
  removeActor: { fr: (actor: string) => `Retirer l’acteur « ${actor} »`, en: (actor: string) => `Remove the actor “${actor}”` },
  filterTimePrecision: { fr: 'Précision de la date', en: 'Date precision' },
  filterOrigin: { fr: 'Article ou données', en: 'Article or data' },
  filterSource: { fr: 'Source', en: 'Source' },
  originAcled: { fr: 'Données ACLED', en: 'ACLED data' },
  filterCount: { fr: (count: number) => `(${formatInteger(count, 'fr')})`, en: (count: number) => `(${formatInteger(count, 'en')})` },
  matchesHeading: { fr: 'Correspondances', en: 'Matches' },
  matchesOfIncident: {
    fr: 'Le même incident dans vos données (mêmes jours, même lieu et même type, à leur précision près) :',
    en: 'The same incident in your data (same days, same place and same type, within their precision):',
  },
  matchesOfEvent: { fr: 'Le même événement, tel qu’un article le rapporte :', en: 'The same event, as an article reports it:' },
  noMatch: { fr: 'Aucun événement de vos données ne lui correspond.', en: 'No event in your data matches it.' },
  noMatchOfEvent: { fr: 'Aucun incident d’article ne lui correspond.', en: 'No article incident matches it.' },
  matchReason: {
    fr: (days: string, km: number, tolerance: number) => `${days} · à ${formatInteger(km, 'fr')} km (tolérance ${formatInteger(tolerance, 'fr')} km)`,
    en: (days: string, km: number, tolerance: number) => `${days} · ${formatInteger(km, 'en')} km apart (tolerance ${formatInteger(tolerance, 'en')} km)`,
  },
  outsideFilters: { fr: 'hors des filtres ou de la période affichés', en: 'outside the filters or period shown' },
  dayRange: { fr: (from: string, to: string) => `du ${from} au ${to}`, en: (from: string, to: string) => `${from} to ${to}` },
  sinceDay: { fr: (from: string) => `depuis le ${from}`, en: (from: string) => `since ${from}` },
  untilDay: { fr: (to: string) => `jusqu’au ${to}`, en: (to: string) => `until ${to}` },
  slideFiltersLabel: { fr: 'Filtres', en: 'Filters' },
  slideFiltersNone: { fr: 'aucun : tout est montré', en: 'none: everything is shown' },
  slideFiltersFrom: { fr: 'Du', en: 'From' },
  slideFiltersTo: { fr: 'Au', en: 'To' },
  slideFiltersTake: { fr: 'Prendre les filtres du tableau de bord', en: 'Use the dashboard’s filters' },
  slideFiltersClear: { fr: 'Effacer les filtres', en: 'Clear the filters' },
  slideFiltersOf: { fr: (n: number) => `Filtres de la diapositive ${n}`, en: (n: number) => `Filters of slide ${n}` },
  actorWords: { fr: (actor: string) => `acteur « ${actor} »`, en: (actor: string) => `actor “${actor}”` },
  sourceWords: { fr: (source: string) => `source ${source}`, en: (source: string) => `source ${source}` },
  slideIncidentsShown: {
    fr: (shown: number, total: number) => `${counted(shown, 'fr', { one: 'incident montré', other: 'incidents montrés' })} sur ${formatInteger(total, 'fr')}`,
    en: (shown: number, total: number) => `${counted(shown, 'en', { one: 'incident shown', other: 'incidents shown' })} of ${formatInteger(total, 'en')}`,
  },

  // ---- Keyboard, screen reader and onboarding: skip links, announcements, the map's text alternative, help ----
  skipToMap: { fr: 'Aller à la carte', en: 'Skip to the map' },
  skipToArticle: { fr: 'Aller à l’article', en: 'Skip to the article' },
  skipToLists: { fr: 'Aller aux listes', en: 'Skip to the lists' },
  skipLinks: { fr: 'Accès rapide', en: 'Skip links' },
  articleColumn: { fr: 'Articles', en: 'Articles' },
  /** « Nouakchott, 5 mentions », what a screen reader hears when a place is selected. */
  announcePlace: {
    fr: (name: string, count: number) => `${name}, ${counted(count, 'fr', { one: 'mention', other: 'mentions' })}`,
    en: (name: string, count: number) => `${name}, ${counted(count, 'en', { one: 'mention', other: 'mentions' })}`,
  },
  announceIncident: { fr: (title: string) => `Incident${colon('fr')}${title}`, en: (title: string) => `Incident${colon('en')}${title}` },
  announceMention: { fr: (words: string, status: string) => `Mention ${quote(words, 'fr')}, ${status}`, en: (words: string, status: string) => `Mention “${words}”, ${status}` },
  announceOverview: { fr: 'Vue d’ensemble', en: 'Overview' },
  /** The map's text alternative: what it shows now. */
  mapDescription: {
    fr: (places: number, incidents: number, selected: string | null) =>
      `La région frontalière Mali–Mauritanie, ${counted(places, 'fr', { one: 'lieu', other: 'lieux' })} et ${counted(incidents, 'fr', { one: 'incident', other: 'incidents' })} des articles affichés.${selected ? ` Sélection${colon('fr')}${selected}.` : ' Aucune sélection.'} Flèches pour déplacer la carte, + et − pour zoomer.`,
    en: (places: number, incidents: number, selected: string | null) =>
      `The Mali–Mauritania border region, ${counted(places, 'en', { one: 'place', other: 'places' })} and ${counted(incidents, 'en', { one: 'incident', other: 'incidents' })} from the shown articles.${selected ? ` Selected: ${selected}.` : ' Nothing selected.'} Arrow keys move the map, + and − zoom.`,
  },
  placingKeysHint: {
    fr: 'Au clavier : les flèches déplacent la carte sous la croix, Entrée place le lieu au centre, Échap annule.',
    en: 'By keyboard: the arrow keys move the map under the cross, Enter places it at the centre, Esc cancels.',
  },
  placingCross: { fr: 'Centre de la carte : le lieu sera placé ici', en: 'Map centre: the place goes here' },
  keyboardSelectHint: {
    fr: 'Au clavier : Tab jusqu’au texte, Maj+flèches pour sélectionner des mots (Ctrl+Maj+flèches mot par mot), puis Entrée pour ajouter la mention.',
    en: 'By keyboard: Tab to the text, Shift+arrows to select words (Ctrl+Shift+arrows word by word), then Enter to add the mention.',
  },
  articleTextLabel: { fr: 'Texte de l’article, sélection au clavier', en: 'Article text, keyboard selection' },
  help: { fr: 'Aide', en: 'Help' },
  helpButton: { fr: 'Aide et raccourcis clavier, touche point d’interrogation', en: 'Help and keyboard shortcuts, question mark key' },
  helpTitle: { fr: 'Aide et raccourcis clavier', en: 'Help and keyboard shortcuts' },
  helpIntro: {
    fr: 'Border Brief place sur la carte les lieux que nomment des articles sur la frontière Mali–Mauritanie. Chaque lieu, chaque incident renvoie aux passages qui le citent.',
    en: 'Border Brief puts on the map the places named by articles about the Mali–Mauritania border. Every place and incident leads back to the passages that cite it.',
  },
  helpSteps: {
    fr: 'Choisissez un lieu sur la carte, dans la liste ou dans le texte. « Relire les lieux » corrige ce que le géocodage a proposé. « Ouvrir un article… » ajoute un article, collé ou en fichier. « Briefing » prépare une présentation.',
    en: 'Pick a place on the map, in the list or in the text. “Review places” corrects what the geoparser proposed. “Open an article…” adds an article, pasted or as a file. “Briefing” prepares a presentation.',
  },
  shortcutsTitle: { fr: 'Raccourcis clavier', en: 'Keyboard shortcuts' },
  shortcutKey: { fr: 'Touche', en: 'Key' },
  shortcutAction: { fr: 'Action', en: 'Action' },
  shortcutHelp: { fr: 'Ouvrir cette aide', en: 'Open this help' },
  shortcutEscape: { fr: 'Fermer ce qui est ouvert, une couche à la fois : dialogue, fiche, puis sélection', en: 'Close what is open, one layer at a time: dialog, card, then selection' },
  shortcutTab: { fr: 'Passer d’un élément à l’autre ; les liens d’accès rapide mènent à la carte, à l’article et aux listes', en: 'Move between controls; the skip links lead to the map, the article and the lists' },
  shortcutMapArrows: { fr: 'Sur la carte : déplacer la vue ; + et − : zoomer', en: 'On the map: move the view; + and −: zoom' },
  shortcutPlacing: { fr: 'En placement : flèches puis Entrée place le lieu au centre de la carte', en: 'While placing: arrows, then Enter places it at the map centre' },
  shortcutSelectWords: { fr: 'En relecture, dans le texte : sélectionner des mots, puis Entrée pour ajouter une mention', en: 'In review, in the text: select words, then Enter to add a mention' },
  shortcutSlides: { fr: 'En présentation : diapositive suivante ou précédente ; B : écran noir ; Échap : quitter', en: 'Presenting: next or previous slide; B: blank screen; Esc: leave' },
  shortcutMoveSlide: { fr: 'Dans l’éditeur de briefing : déplacer une diapositive', en: 'In the briefing editor: move a slide' },
  keyShiftTab: { fr: 'Maj+Tab', en: 'Shift+Tab' },
  keyEscape: { fr: 'Échap', en: 'Esc' },
  keyEnter: { fr: 'Entrée', en: 'Enter' },
  keySpace: { fr: 'Espace', en: 'Space' },
  keyShiftArrows: { fr: 'Maj+←/→', en: 'Shift+←/→' },
  keyCtrlShiftArrows: { fr: 'Ctrl+Maj+←/→', en: 'Ctrl+Shift+←/→' },
  mapFullscreenEnter: { fr: 'Plein écran', en: 'Full screen' },
  mapFullscreenExit: { fr: 'Quitter le plein écran', en: 'Leave full screen' },
  mapMarker: { fr: 'Repère sur la carte', en: 'Map marker' },
  mapLogo: { fr: 'Logo MapLibre', en: 'MapLibre logo' },
  shortcutUndo: { fr: 'Annuler la dernière modification du briefing', en: 'Undo the last change to the briefing' },

  // ---- Incident place: gazetteer picker, placing on the map, coordinates ----
  incidentPlaceGazetteer: { fr: 'Ou une entrée du répertoire de lieux', en: 'Or a gazetteer entry' },
  gazetteerNoMatch: { fr: 'Aucun lieu de ce nom dans le répertoire', en: 'No place of that name in the gazetteer' },
  gazetteerLoading: { fr: 'Chargement du répertoire de lieux…', en: 'Loading the gazetteer…' },
  placeIncidentOnMap: { fr: 'Placer sur la carte', en: 'Place on the map' },
  placingIncidentHint: {
    fr: 'Cliquez sur la carte à l’endroit de l’incident (Échap pour annuler). La précision choisie ci-dessus est celle du point cliqué.',
    en: 'Click the map where the incident happened (Esc to cancel). The precision chosen above is the clicked point’s.',
  },
  incidentCoordinates: { fr: 'Ou des coordonnées (lat, lng)', en: 'Or coordinates (lat, lng)' },
  incidentCoordinatesPlaceholder: { fr: '15.41, -5.52', en: '15.41, -5.52' },
  badCoordinates: { fr: 'Coordonnées illisibles : donnez « latitude, longitude » en degrés décimaux, par ex. 15.41, -5.52.', en: 'Unreadable coordinates: give “latitude, longitude” in decimal degrees, e.g. 15.41, -5.52.' },
  placedByHand: { fr: 'placé à la main', en: 'placed by hand' },
  incidentPlaceChosen: {
    fr: (name: string) => `Lieu choisi : ${name}`,
    en: (name: string) => `Place chosen: ${name}`,
  },
} satisfies Record<string, Plain | Template>;

// French spacing, once, in the table's own French words (functions put theirs in themselves).
for (const entry of Object.values(STRINGS)) if (typeof entry.fr === 'string') (entry as Plain).fr = frenchSpacing(entry.fr);

type Table = typeof STRINGS;
export type StringKey = keyof Table;
/** The keys whose words take no values. */
export type PlainKey = { [K in StringKey]: Table[K]['fr'] extends string ? K : never }[StringKey];
type ArgsOf<K extends StringKey> = Table[K]['fr'] extends (...args: infer A) => string ? A : [];

/** The interface words `key` in `language`; words that take values are given them after the language. */
export function t<K extends StringKey>(key: K, language: Language, ...args: ArgsOf<K>): string {
  const words = STRINGS[key][language] as string | ((...values: ArgsOf<K>) => string);
  return typeof words === 'function' ? words(...args) : words;
}

/** Every key and its two languages, for the tests that hold the table to its promises. */
export const STRING_TABLE: Readonly<Record<StringKey, Plain | Template>> = STRINGS;

/** Picks the text for the interface language. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language];
}

/** The other interface language: the one a place's second name is given in. */
export function otherLanguage(language: Language): Language {
  return OTHER_LANGUAGE[language];
}
const OTHER_LANGUAGE: Record<Language, Language> = { fr: 'en', en: 'fr' };

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

const CLAIM_KEYS: Record<ClaimStatus, PlainKey> = { alleged: 'claimAlleged', reported: 'claimReported', confirmed: 'claimConfirmed' };

/** How firmly the article makes a claim: « allégation », « rapporté », « confirmé ». */
export function claimLabel(status: ClaimStatus, language: Language): string {
  return t(CLAIM_KEYS[status], language);
}

const REVIEW_STATUS_KEYS: Record<string, PlainKey> = { proposed: 'statusProposed', accepted: 'statusAccepted', rejected: 'statusRejected' };

/** A mention's review status in words; a status this version does not know is shown as stored. */
export function reviewStatusLabel(status: string, language: Language): string {
  const key = REVIEW_STATUS_KEYS[status];
  return key ? t(key, language) : status;
}

/** The browser's preferred interface language: French unless it prefers English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}
