/**
 * The map's layer toggles: the one list of what a user (or a briefing slide) can show or hide.
 * The store keeps one boolean per id, a slide stores them, the legend draws a switch for each, and
 * the map adapter knows which MapLibre layers each one covers (src/map/map-ids.ts).
 */
export const LAYER_TOGGLE_IDS = ['border', 'borderZone', 'capitals', 'incidents', 'countries'] as const;
export type LayerToggleId = (typeof LAYER_TOGGLE_IDS)[number];
export type LayerVisibility = Record<LayerToggleId, boolean>;

/** Every layer shown: where the dashboard starts. */
export const ALL_LAYERS_VISIBLE: Readonly<LayerVisibility> = Object.freeze(Object.fromEntries(LAYER_TOGGLE_IDS.map((id) => [id, true])) as LayerVisibility);
