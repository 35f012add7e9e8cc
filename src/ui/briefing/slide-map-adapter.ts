/**
 * The map of a slide: the dashboard's MapAdapter, plus what a slide needs and a selection does
 * not: several places and incidents highlighted at once, and a promise that resolves when the
 * camera has settled on the slide (the presentation waits for it, the handouts capture after it).
 */
import { MapAdapter } from '../../map/map-adapter';
import type { Slide } from '../../core/briefing/briefing-schema';

const SETTLE_TIMEOUT_MS = 20_000; // never leave an export waiting on a map that will not go idle

export class SlideMapAdapter extends MapAdapter {
  /** Shows a slide: its layers, its highlights and its camera. Resolves once the map is idle there. */
  showSlide(slide: Slide): Promise<void> {
    this.setLayerVisibility(slide.layers);
    this.setHighlights(slide.placeIds, slide.incidentIds);
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
      this.showCamera(slide.camera, () => {
        clearTimeout(timer);
        resolve();
      });
      // An unchanged camera draws no frame, so no idle would come: ask for one.
      this.whenStyleLoaded(() => this.map.triggerRepaint());
    });
  }

  private whenStyleLoaded(action: () => void): void {
    if (this.map.isStyleLoaded()) action();
    else this.map.once('load', action);
  }
}
