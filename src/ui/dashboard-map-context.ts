/**
 * What the rest of the dashboard may ask of the dashboard's map, without reaching for MapLibre or
 * the test handle: the camera now (a briefing slide added from the view) and the map as drawn (the view export). MapView attaches its
 * adapter; the briefing, a sibling of the map in the tree, reads it. Without a provider both use
 * one default handle, which is all a page with one dashboard needs; a provider scopes it.
 */
import { createContext } from 'react';
import type { CurrentCamera, MapAdapter, MapSnapshot } from '../map/map-adapter';

type LentAdapter = Pick<MapAdapter, 'currentCamera' | 'snapshot'>;

export class DashboardMapHandle {
  private adapter: LentAdapter | null = null;

  /** Attaches the live map; the returned function detaches it (only if it is still the one attached). */
  attach(adapter: LentAdapter): () => void {
    this.adapter = adapter;
    return () => {
      if (this.adapter === adapter) this.adapter = null;
    };
  }

  /** The dashboard map's camera, rounded as a slide saves it; null when there is no map (no WebGL). */
  currentCamera(): CurrentCamera | null {
    return this.adapter?.currentCamera() ?? null;
  }

  /** The map as drawn at its next frame; null when there is no map (no WebGL). */
  snapshot(): Promise<MapSnapshot> | null {
    return this.adapter?.snapshot() ?? null;
  }
}

export const DashboardMapContext = createContext<DashboardMapHandle>(new DashboardMapHandle());
