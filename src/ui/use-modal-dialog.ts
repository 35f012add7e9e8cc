import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens and closes a native <dialog> as a modal with `isOpen`, and puts the focus back where it
 * belongs when it closes: on what had it before the dialog opened (its opener), unless
 * `returnFocus` names a better place (the article just opened, say). The browser's own Esc
 * closes the dialog and nothing under it (the dashboard's Esc skips events from a dialog).
 */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, isOpen: boolean, returnFocus?: () => HTMLElement | null) {
  const openerRef = useRef<HTMLElement | null>(null);
  const returnRef = useRef(returnFocus);
  useEffect(() => {
    returnRef.current = returnFocus;
  });
  const restore = () => restoreFocus(openerRef, returnRef.current);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal?.();
    }
    if (!isOpen && dialog.open) dialog.close();
    if (!isOpen) restore();
  }, [dialogRef, isOpen]);
  // A dialog unmounted while open (its opener went away) still hands the focus back.
  useEffect(() => () => restore(), []);
}

/** Hands the focus back to `returnFocus()`'s element, or to the opener while it is still in the page. */
function restoreFocus(openerRef: { current: HTMLElement | null }, returnFocus: (() => HTMLElement | null) | undefined) {
  const opener = openerRef.current;
  openerRef.current = null;
  if (!opener) return;
  const target = returnFocus?.() ?? (opener.isConnected ? opener : null);
  // After the browser's own focus fix-up on close, which would otherwise win.
  if (target) requestAnimationFrame(() => target.focus());
}
