/**
 * Interface words of the briefing mode, in French and English, and the precision caveats in
 * plain words (« lieu approximatif : zone frontalière »), shared by the screen and the handouts.
 */
import type { SlideCaveat } from '../../core/briefing/slide-content';
import type { ClaimStatus, Language, LocalizedText } from '../../core/types';

const STRINGS = {
  briefing: { fr: 'Briefing', en: 'Briefing' },
  openBriefing: { fr: 'Ouvrir le briefing : diapositives, présentation, documents', en: 'Open the briefing: slides, presentation, handouts' },
  slides: { fr: 'Diapositives', en: 'Slides' },
  present: { fr: 'Présenter', en: 'Present' },
  presentFrom: { fr: 'Présenter depuis cette diapositive', en: 'Present from this slide' },
  addSlide: { fr: 'Ajouter une diapositive depuis la vue actuelle', en: 'Add a slide from the current view' },
  undo: { fr: 'Annuler', en: 'Undo' },
  moveUp: { fr: 'Monter', en: 'Move up' },
  moveDown: { fr: 'Descendre', en: 'Move down' },
  delete: { fr: 'Supprimer', en: 'Delete' },
  title: { fr: 'Titre', en: 'Title' },
  notes: { fr: 'Notes de l’orateur', en: 'Speaker notes' },
  exportJson: { fr: 'Exporter (JSON)', en: 'Export (JSON)' },
  importJson: { fr: 'Importer (JSON)', en: 'Import (JSON)' },
  importFailed: { fr: 'Le fichier n’a pas été importé', en: 'The file was not imported' },
  imported: { fr: 'Briefing importé', en: 'Briefing imported' },
  resetDraft: { fr: 'Revenir au brouillon dérivé des données', en: 'Back to the draft derived from the data' },
  withNotes: { fr: 'Notes dans le PDF', en: 'Notes in the PDF' },
  pngAll: { fr: 'PNG (toutes)', en: 'PNG (all)' },
  exporting: { fr: 'Export', en: 'Export' },
  exportDone: { fr: 'Export terminé', en: 'Export done' },
  close: { fr: 'Fermer', en: 'Close' },
  slideOf: { fr: 'Diapositive', en: 'Slide' },
  passages: { fr: 'Ce que dit l’article', en: 'What the article says' },
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
  nextMap: { fr: 'Carte de la diapositive suivante', en: 'Map of the next slide' },
  elapsed: { fr: 'Temps écoulé', en: 'Elapsed time' },
  waiting: { fr: 'En attente de la présentation dans l’autre fenêtre…', en: 'Waiting for the presentation in the other window…' },
  keysHelp: {
    fr: '→ Espace Page↓ : suivante · ← Page↑ : précédente · Début/Fin · numéro puis Entrée · B : écran noir · Échap : quitter',
    en: '→ Space PgDn: next · ← PgUp: previous · Home/End · number then Enter · B: blank · Esc: leave',
  },
  sources: { fr: 'Sources', en: 'Sources' },
  madeOn: { fr: 'Document établi le', en: 'Made on' },
  by: { fr: 'avec Border Brief', en: 'with Border Brief' },
  page: { fr: 'page', en: 'page' },
  newSlide: { fr: 'Nouvelle diapositive', en: 'New slide' },
  dragHint: { fr: 'Glisser pour déplacer, ou Alt+↑/↓', en: 'Drag to move, or Alt+↑/↓' },
} satisfies Record<string, LocalizedText>;

export type BriefingStringKey = keyof typeof STRINGS;

export function bt(key: BriefingStringKey, language: Language): string {
  return STRINGS[key][language];
}

const PLACE_WORDS: Record<SlideCaveat['place'], LocalizedText> = {
  exact: { fr: 'lieu précis : la ville elle-même', en: 'exact place: the town itself' },
  near: { fr: 'lieu approximatif : près d’une localité', en: 'approximate place: near a town' },
  'border-zone': { fr: 'lieu approximatif : zone frontalière', en: 'approximate place: border zone' },
  'large-area': { fr: 'lieu approximatif : grande zone (région ou pays)', en: 'approximate place: a large area (region or country)' },
  unlocated: { fr: 'lieu non précisé : absent de la carte', en: 'place not given: not on the map' },
};

const TIME_WORDS: Record<1 | 2 | 3, LocalizedText> = {
  1: { fr: 'date connue au jour près', en: 'date known to the day' },
  2: { fr: 'date connue à la semaine près', en: 'date known to the week' },
  3: { fr: 'date connue au mois près, au mieux', en: 'date known to the month at best' },
};

const CLAIM_WORDS: Record<ClaimStatus, LocalizedText> = {
  alleged: { fr: 'allégation', en: 'allegation' },
  reported: { fr: 'rapporté', en: 'reported' },
  confirmed: { fr: 'confirmé', en: 'confirmed' },
};

/**
 * One caveat in plain words: « lieu approximatif : zone frontalière · date connue au mois près ·
 * allégation — source non nommée ». A dash, not brackets, before who claims it: that often has
 * brackets of its own (« Kessiya (sans attribution) »).
 */
export function caveatText(caveat: SlideCaveat, language: Language): string {
  const parts = [PLACE_WORDS[caveat.place][language]];
  if (caveat.timePrecision) parts.push(TIME_WORDS[caveat.timePrecision][language]);
  if (caveat.claimStatus) parts.push(`${CLAIM_WORDS[caveat.claimStatus][language]}${caveat.claimBy ? ` — ${caveat.claimBy}` : ''}`);
  return parts.join(' · ');
}
