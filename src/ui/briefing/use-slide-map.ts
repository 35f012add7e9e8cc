import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Slide } from '../../core/briefing/briefing-schema';
import type { Dataset } from '../../core/dataset';
import { regionBounds } from '../../core/views/camera';
import { incidentMapFeatures } from '../../map/incident-features';
import { useDashboard } from '../../state/use-store';
import { prefersReducedMotion } from '../use-reduced-motion';
import { useMapStyle } from '../use-map-style';
import { SlideMapAdapter } from './slide-map-adapter';

/**
 * A slide's map in the element `containerRef` points to: made once per style, with every
 * article's incidents and labels in the interface language, showing `slide` (its layers,
 * highlights and camera). `settledId` is the id of the slide the map has settled on, null while it
 * moves. Used by the presentation and by the presenter view's preview of the next slide.
 */
export function useSlideMap(
  containerRef: RefObject<HTMLElement | null>,
  dataset: Dataset,
  slide: Slide | null,
  handles: { onCreated?(adapter: SlideMapAdapter): void; onSettled?(slideId: string | null): void } = {},
): { settledId: string | null } {
  const language = useDashboard((s) => s.language);
  const style = useMapStyle(dataset, language);
  const incidents = useMemo(() => incidentMapFeatures(dataset.articles.flatMap((article) => article.incidents)), [dataset]);
  const adapterRef = useRef<SlideMapAdapter | null>(null);
  const [settledId, setSettledId] = useState<string | null>(null);
  const live = useRef(handles);
  useEffect(() => {
    live.current = handles;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let adapter: SlideMapAdapter;
    try {
      adapter = new SlideMapAdapter(
        container,
        { style, initialBounds: regionBounds(dataset), knownPlaceIds: new Set(), reducedMotion: prefersReducedMotion() },
        { onPlaceClick() {}, onIncidentClick() {}, onStateChange() {} },
      );
    } catch (error) {
      console.warn('Slide map unavailable:', error);
      return;
    }
    adapter.setIncidents(incidents);
    adapterRef.current = adapter;
    live.current.onCreated?.(adapter);
    return () => {
      adapter.destroy();
      adapterRef.current = null;
    };
  }, [containerRef, style, dataset, incidents]);

  useEffect(() => adapterRef.current?.setLanguage(language), [language]);

  useEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter || !slide) return;
    let isCurrent = true;
    setSettledId(null);
    live.current.onSettled?.(null);
    void adapter.showSlide(slide).then(() => {
      if (!isCurrent) return;
      setSettledId(slide.id);
      live.current.onSettled?.(slide.id);
    });
    return () => {
      isCurrent = false;
    };
  }, [slide, style]);

  return { settledId };
}
