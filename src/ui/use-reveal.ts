import { useEffect, useRef } from 'react';

/**
 * A ref for a card that opens at the top of a scrolled panel: when the card appears (or `key`
 * changes), it is scrolled into view. Cards load lazily, so the card itself does it on mount.
 */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' }); // from its top, even when taller than the panel
  }, [key]);
  return ref;
}
