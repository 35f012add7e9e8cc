/** The hand-coded incident sets and the chain that codes them (shared with scripts/devset-eval.ts). */
export { allPlaces, DEVSET_DIR, loadGoldArticles, proposeFor, proposeText, zones, type GoldArticle, type IncidentSplit } from '../../../../scripts/incident-sets';
