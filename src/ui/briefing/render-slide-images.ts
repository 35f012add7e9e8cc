/**
 * Renders each slide's map off screen, as it looks on that slide (camera, layers, highlights,
 * the incidents its filters let through, and the briefing's article: its incidents and its own places), and hands back data URLs for the
 * handouts. One hidden map is made for the whole export and removed after it; camera moves there
 * are instant.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Slide } from '../../core/briefing/briefing-schema';
import { regionBounds } from '../../core/views/camera';
import type { Dataset } from '../../core/dataset';
import { MapAdapter } from '../../map/map-adapter';
import { articleOverlays } from '../../map/map-overlays';
import type { BorderRelation } from '../../core/geo/border-relation';
import { slideIncidents } from './slide-incidents';

/** Size of a slide's map image in CSS pixels; its aspect (1.375) is the PDF's map frame. */
export const SLIDE_MAP_SIZE = { width: 1100, height: 800 } as const;

export async function renderSlideImages(
  dataset: Dataset,
  style: StyleSpecification,
  /** The briefing's article, whose incidents and places the maps show. */
  articleId: string,
  slides: readonly Slide[],
  onImage: (index: number, dataUrl: string) => void | Promise<void>,
  format: 'image/png' | 'image/jpeg' = 'image/png', // JPEG for the PDF: jsPDF embeds it as is instead of re-encoding a PNG
  /** Where the border runs, to apply a slide's filters by side and distance; without it a slide's filters are not applied to its image. */
  border: BorderRelation | null = null,
): Promise<void> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${SLIDE_MAP_SIZE.width}px`, height: `${SLIDE_MAP_SIZE.height}px` });
  document.body.append(container);
  const adapter = new MapAdapter(container, { style, initialBounds: regionBounds(dataset), knownPlaceIds: new Set(), reducedMotion: true, preserveDrawingBuffer: true }, { onPlaceClick() {}, onIncidentClick() {}, onStateChange() {} });
  try {
    const overlays = articleOverlays(dataset, articleId);
    adapter.setIncidents(overlays.incidents);
    adapter.setArticlePlaces(overlays.articlePlaces);
    for (const [index, slide] of slides.entries()) {
      // Each slide's image shows what its time window and filters let through, as presenting it does.
      adapter.setIncidents(slideIncidents(dataset, articleId, slide, border).incidents);
      await adapter.showSlide(slide);
      await onImage(index, adapter.canvasImage(format, 0.9));
    }
  } finally {
    adapter.destroy();
    container.remove();
  }
}
