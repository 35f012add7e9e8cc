/**
 * The bundled gazetteer, loaded on first use in a chunk of its own: the dashboard needs it only
 * for an article opened in the browser, an import, the review search and the geoparser's
 * main-thread fallback, so its JSON stays out of the first load.
 */
import type { Place } from '../types';
import type { Gazetteer } from './create-gazetteer';
import { toPlace } from './to-place';

/** The shipped gazetteer, validated on first call and cached (see bundledGazetteer). */
export async function loadGazetteer(): Promise<Gazetteer> {
  const { bundledGazetteer } = await import('./bundled-gazetteer');
  return bundledGazetteer();
}

/** Looks up places by id in the shipped gazetteer, as `Place`s: for articles that name places data/places.json does not list. */
export async function loadPlaceResolver(): Promise<(placeId: string) => Place | undefined> {
  const gazetteer = await loadGazetteer();
  return (placeId) => {
    const entry = gazetteer.get(placeId);
    return entry && toPlace(entry);
  };
}
