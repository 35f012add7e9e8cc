/**
 * The life cycle of one MapAdapter in a component, the same for the dashboard's map, the
 * presentation's and the presenter's preview: made in a layout effect, before the browser first
 * paints (painting competes with MapLibre's WebGL set-up for the GPU), destroyed on unmount or
 * when `options` change, and reported as unavailable when the browser has no WebGL.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { MapAdapter, type MapAdapterOptions, type MapCallbacks } from '../map/map-adapter';

export interface MapAdapterHandlers {
  /** Right after the adapter is made (before any effect of the component runs); may return a clean-up, run before it is destroyed. */
  onCreated?(adapter: MapAdapter): void | (() => void);
  /** The map could not be made (no WebGL2, a blocked GPU); called after the commit. */
  onUnavailable?(): void;
}

/** Without a chooser, a click on several things selects the most specific one. */
function pickFirst(callbacks: MapCallbacks): NonNullable<MapCallbacks['onPickMany']> {
  return ([first]) => {
    if (first?.type === 'place') callbacks.onPlaceClick(first.id);
    if (first?.type === 'incident') callbacks.onIncidentClick(first.id);
  };
}

const NO_CALLBACKS: MapCallbacks = { onPlaceClick() {}, onIncidentClick() {}, onStateChange() {} };

/**
 * Makes the adapter in `containerRef`'s element. `options` must be referentially stable (useMemo):
 * new options make a new map. `callbacks` and `handlers` may change on every render; the adapter
 * always calls the latest. The ref is set before the component's effects run, so effects that
 * list `options` among their dependencies reach each new adapter.
 */
export function useMapAdapter(containerRef: RefObject<HTMLElement | null>, options: MapAdapterOptions, callbacks: MapCallbacks = NO_CALLBACKS, handlers: MapAdapterHandlers = {}): RefObject<MapAdapter | null> {
  const adapterRef = useRef<MapAdapter | null>(null);
  const live = useRef({ callbacks, handlers });
  useLayoutEffect(() => {
    live.current = { callbacks, handlers };
  });

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter(container, options, {
        onPlaceClick: (id) => live.current.callbacks.onPlaceClick(id),
        onIncidentClick: (id) => live.current.callbacks.onIncidentClick(id),
        onPlacingClick: (lngLat) => live.current.callbacks.onPlacingClick?.(lngLat),
        onStateChange: (state) => live.current.callbacks.onStateChange(state),
        onHover: (candidates, point) => live.current.callbacks.onHover?.(candidates, point),
        onPickMany: (candidates, point) => (live.current.callbacks.onPickMany ?? pickFirst(live.current.callbacks))(candidates, point),
      });
    } catch (error) {
      // No WebGL2 (MapLibre's own check, which is cheaper than probing a second context here),
      // or a blocked GPU: reported after this commit, like any other event from the map.
      console.warn('Map unavailable:', error);
      queueMicrotask(() => live.current.handlers.onUnavailable?.());
      return;
    }
    adapterRef.current = adapter;
    const cleanUp = live.current.handlers.onCreated?.(adapter);
    return () => {
      cleanUp?.();
      adapter.destroy();
      adapterRef.current = null;
    };
  }, [containerRef, options]);

  return adapterRef;
}
