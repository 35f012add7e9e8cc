import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Slide } from '../../core/briefing/briefing-schema';
import type { Dataset } from '../../core/dataset';
import { regionBounds } from '../../core/views/camera';
import type { MapAdapterOptions } from '../../map/map-adapter';
import { articleOverlays } from '../../map/map-overlays';
import { selectBorderRelation } from '../../state/selectors';
import { useDashboard } from '../../state/use-store';
import { slideIncidents, type SlideIncidents } from './slide-incidents';
import { mapLibreLocale } from '../i18n';
import { prefersReducedMotion } from '../use-reduced-motion';
import { useMapAdapter } from '../use-map-adapter';
import { useMapStyle } from '../use-map-style';

/**
 * A slide's map in the element `containerRef` points to: made once per style (by useMapAdapter,
 * as the dashboard's is), with the briefing's article on it (its incidents and its places that no
 * base layer draws, not every article's) and labels in the interface language, showing `slide`
 * (its layers, highlights and camera, and only the incidents its time window and filters let
 * through: `drawn`). `settledId` is the id of the slide the map has settled on, null while it moves. Used by the presentation and by the presenter view's preview of the next
 * slide.
 */
export function useSlideMap(
  containerRef: RefObject<HTMLElement | null>,
  dataset: Dataset,
  articleId: string,
  slide: Slide | null,
  handles: { exposeAsTestHandle?: MapAdapterOptions['exposeAsTestHandle'] } = {},
): { settledId: string | null; drawn: SlideIncidents | null } {
  const language = useDashboard((s) => s.language);
  const border = useDashboard(selectBorderRelation);
  const overlays = useMemo(() => articleOverlays(dataset, articleId), [dataset, articleId]);
  // The slide's filters decide which incidents are drawn; the style keeps them all, so a slide
  // step changes the incidents' data, never the map.
  const filtersKey = slide ? JSON.stringify(slide.filters ?? null) : null;
  const drawn = useMemo(() => (filtersKey === null ? null : slideIncidents(dataset, articleId, { filters: JSON.parse(filtersKey) ?? undefined }, border)), [dataset, articleId, filtersKey, border]);
  const style = useMapStyle(dataset, language, overlays);
  const testHandle = handles.exposeAsTestHandle;
  // MapLibre's own words (the canvas's name, the credits button) in the interface's language: the
  // first language when the map is made (as the style), later ones through setLocale below.
  const [initialLanguage] = useState(language);
  const options = useMemo(
    (): MapAdapterOptions => ({ style, initialBounds: regionBounds(dataset), knownPlaceIds: new Set(), reducedMotion: prefersReducedMotion(), exposeAsTestHandle: testHandle, locale: mapLibreLocale(initialLanguage) }),
    [style, dataset, testHandle, initialLanguage],
  );
  const adapterRef = useMapAdapter(containerRef, options);
  const [settledId, setSettledId] = useState<string | null>(null);

  // The style starts with the article's overlays; a later article or dataset reaches the map here.
  useEffect(() => {
    adapterRef.current?.setIncidents(drawn?.incidents ?? overlays.incidents);
    adapterRef.current?.setArticlePlaces(overlays.articlePlaces);
  }, [adapterRef, options, overlays, drawn]);

  useEffect(() => adapterRef.current?.setLanguage(language), [adapterRef, language]);
  useEffect(() => adapterRef.current?.setLocale(mapLibreLocale(language)), [adapterRef, language, options]);

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

  return { settledId, drawn };
}
