import { useEffect, useRef } from 'react';
import { prefersReducedMotion } from './use-reduced-motion';

/**
 * A ref for a card that opens at the top of a scrolled panel: when the card appears (or `key`
 * changes), it is revealed (`revealCard`). Cards load lazily, so the card itself does it on mount.
 */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ref.current) revealCard(ref.current);
  }, [key]);
  return ref;
}

/**
 * Shows a card from its top inside its own panel, and keeps the map in view.
 *
 * `scrollIntoView` scrolls every scrolled ancestor, the page included: below 1100px, where the
 * page scrolls as one column, it took the map away from a user who had just clicked on it. So the
 * card's panel scrolls by itself, as in the wide layout, and the page moves only as far as shows
 * that panel whole: the panel spans the map's rows (styles.css), so the card then stands beside
 * the map, which is what map apps on a tablet do with a place's sheet. A click on the map, which is
 * in view, moves nothing or only brings the map's hidden edge in; a pick from the list, the text or
 * the search, made further down the page, scrolls up to the map, framed on the pick, with its card
 * beside it, which is what the reader asked to see.
 */
export function revealCard(card: HTMLElement) {
  const panel = scrollingPanelOf(card);
  if (panel) panel.scrollTop += card.getBoundingClientRect().top - scrollportTop(panel); // from its top, even when taller than the panel
  showInPage(panel ?? card);
}

/**
 * Scrolls `element` to `block` within its own scrolled panel, never the page: a mention beside
 * the map (wide layout) comes into view, and one in the article below the map (one column) is
 * left where it is rather than pull the page, and the map, away.
 */
export function scrollWithinPanel(element: Element, block: 'start' | 'center') {
  const panel = scrollingPanelOf(element);
  if (!panel) return;
  const box = element.getBoundingClientRect();
  const top = scrollportTop(panel);
  const offset = block === 'start' ? box.top - top : box.top + box.height / 2 - (top + panel.clientHeight / 2);
  if (offset === 0) return;
  if (typeof panel.scrollBy === 'function') panel.scrollBy({ top: offset, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  else panel.scrollTop += offset;
}

/** The nearest ancestor that scrolls its content by itself (a panel), not the page. */
function scrollingPanelOf(element: Element): HTMLElement | null {
  const page = document.scrollingElement;
  for (let parent = element.parentElement; parent && parent !== page && parent !== document.body; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}

function scrollportTop(panel: HTMLElement): number {
  return panel.getBoundingClientRect().top + panel.clientTop;
}

/**
 * Scrolls the page the least that shows `element` whole below the sticky header, its top first
 * when it is taller than the room left. Where the page does not scroll (wide layout) nothing moves.
 */
function showInPage(element: HTMLElement) {
  const box = element.getBoundingClientRect();
  const top = stickyHeaderBottom();
  const bottom = window.innerHeight;
  let offset = 0;
  if (box.top < top) offset = box.top - top;
  else if (box.bottom > bottom) offset = Math.min(box.bottom - bottom, box.top - top);
  if (Math.abs(offset) < 1) return;
  window.scrollBy({ top: offset, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** Where the page's header ends when it stays on top of the scrolled page (below 1100px); 0 otherwise. */
function stickyHeaderBottom(): number {
  const header = document.querySelector('.app-header');
  if (!header || getComputedStyle(header).position !== 'sticky') return 0;
  return Math.max(0, header.getBoundingClientRect().bottom);
}
