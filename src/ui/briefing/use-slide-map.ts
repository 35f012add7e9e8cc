import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Slide } from '../../core/briefing/briefing-schema';
import type { Dataset } from '../../core/dataset';
import { regionBounds } from '../../core/views/camera';
import type { MapAdapterOptions } from '../../map/map-adapter';
import { articleOverlays } from '../../map/map-overlays';
import { useDashboard } from '../../state/use-store';
import { prefersReducedMotion } from '../use-reduced-motion';
import { useMapAdapter } from '../use-map-adapter';
import { useMapStyle } from '../use-map-style';

/**
 * A slide's map in the element `containerRef` points to: made once per style (by useMapAdapter,
 * as the dashboard's is), with the briefing's article on it (its incidents and its places that no
 * base layer draws, not every article's) and labels in the interface language, showing `slide`
 * (its layers, highlights and camera). `settledId` is the id of the slide the map has settled on,
 * null while it moves. Used by the presentation and by the presenter view's preview of the next
 * slide.
 */
export function useSlideMap(
  containerRef: RefObject<HTMLElement | null>,
  dataset: Dataset,
  articleId: string,
  slide: Slide | null,
  handles: { exposeAsTestHandle?: MapAdapterOptions['exposeAsTestHandle'] } = {},
): { settledId: string | null } {
  const language = useDashboard((s) => s.language);
  const overlays = useMemo(() => articleOverlays(dataset, articleId), [dataset, articleId]);
  const style = useMapStyle(dataset, language, overlays);
  const testHandle = handles.exposeAsTestHandle;
  const options = useMemo(
    (): MapAdapterOptions => ({ style, initialBounds: regionBounds(dataset), knownPlaceIds: new Set(), reducedMotion: prefersReducedMotion(), exposeAsTestHandle: testHandle }),
    [style, dataset, testHandle],
  );
  const adapterRef = useMapAdapter(containerRef, options);
  const [settledId, setSettledId] = useState<string | null>(null);

  // The style starts with the article's overlays; a later article or dataset reaches the map here.
  useEffect(() => {
    adapterRef.current?.setIncidents(overlays.incidents);
    adapterRef.current?.setArticlePlaces(overlays.articlePlaces);
  }, [adapterRef, options, overlays]);

  useEffect(() => adapterRef.current?.setLanguage(language), [adapterRef, language]);

  useEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter || !slide) return;
    let isCurrent = true;
    setSettledId(null);
    void adapter.showSlide(slide).then(() => {
      if (!isCurrent) return;
      setSettledId(slide.id);
    });
    return () => {
      isCurrent = false;
    };
  }, [adapterRef, slide, options]);

  return { settledId };
}
