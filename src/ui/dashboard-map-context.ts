/**
 * What the rest of the dashboard may ask of the dashboard's map, without reaching for MapLibre or
 * the test handle: the camera now (a briefing slide added from the view). MapView attaches its
 * adapter; the briefing, a sibling of the map in the tree, reads it. Without a provider both use
 * one default handle, which is all a page with one dashboard needs; a provider scopes it.
 */
import { createContext } from 'react';
import type { CurrentCamera, MapAdapter } from '../map/map-adapter';

export class DashboardMapHandle {
  private adapter: Pick<MapAdapter, 'currentCamera'> | null = null;

  /** Attaches the live map; the returned function detaches it (only if it is still the one attached). */
  attach(adapter: Pick<MapAdapter, 'currentCamera'>): () => void {
    this.adapter = adapter;
    return () => {
      if (this.adapter === adapter) this.adapter = null;
    };
  }

  /** The dashboard map's camera, rounded as a slide saves it; null when there is no map (no WebGL). */
  currentCamera(): CurrentCamera | null {
    return this.adapter?.currentCamera() ?? null;
  }
}

export const DashboardMapContext = createContext<DashboardMapHandle>(new DashboardMapHandle());
