/**
 * Selecting words in the article without a mouse. The text is not editable, so the browser gives
 * it no caret: in review mode the text takes the arrow keys itself and moves the page's selection
 * with Selection.modify (a caret, then Shift+arrows extend it; Ctrl word by word). Enter on a
 * selection gives its offsets, for the add-mention card.
 */
import { selectionOffsets } from './text-with-mentions';

const DIRECTIONS: Record<string, { direction: 'forward' | 'backward'; unit: 'character' | 'line' }> = {
  ArrowRight: { direction: 'forward', unit: 'character' },
  ArrowLeft: { direction: 'backward', unit: 'character' },
  ArrowDown: { direction: 'forward', unit: 'line' },
  ArrowUp: { direction: 'backward', unit: 'line' },
};

/** Handles one key on the article text; returns the selected words' offsets when Enter confirms them. */
export function keyboardSelect(event: KeyboardEvent, container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection) return null;
  if (event.key === 'Enter') {
    const offsets = selectionOffsets(container, selection);
    if (offsets) event.preventDefault(); // not the link's Enter: the words are the point
    return offsets;
  }
  const move = DIRECTIONS[event.key];
  // Up and Down without Shift keep scrolling the column; the caret moves on the other keys.
  if (!move || event.altKey || event.metaKey || (!event.shiftKey && move.unit === 'line')) return null;
  event.preventDefault();
  if (!selection.anchorNode || !container.contains(selection.anchorNode)) placeCaret(selection, event.target instanceof Node && container.contains(event.target) ? event.target : container);
  const unit = event.ctrlKey && move.unit === 'character' ? 'word' : move.unit;
  selection.modify(event.shiftKey ? 'extend' : 'move', move.direction, unit);
  return null;
}

/** Puts a caret at the start of the first piece of article text in `from` (the focused mention, or the whole text). */
function placeCaret(selection: Selection, from: Node): void {
  const element = from instanceof Element ? from : from.parentElement;
  const piece = element?.matches('[data-start]') ? element : (element?.querySelector('[data-start]:not(.confidence)') ?? element?.closest('[data-start]'));
  const walker = document.createTreeWalker(piece ?? from, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  if (text) selection.collapse(text, 0);
}
