/**
 * The bundled gazetteer, loaded on first use in a chunk of its own: the dashboard needs it only
 * for an article opened in the browser, an import, the review search and the geoparser's
 * main-thread fallback, so its JSON stays out of the first load.
 */
import type { Gazetteer } from './create-gazetteer';

/** The shipped gazetteer, validated on first call and cached (see bundledGazetteer). */
export async function loadGazetteer(): Promise<Gazetteer> {
  const { bundledGazetteer } = await import('./bundled-gazetteer');
  return bundledGazetteer();
}
