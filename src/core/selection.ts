/**
 * The one piece of state that links text and map: what is selected. A place, an incident, a
 * mention under review (an annotation id), or nothing (the overview). Map clicks, mention clicks, list clicks and the URL all produce and
 * consume this same value, so map → text and text → map are one mechanism.
 */
export type Selection = { type: 'place'; id: string } | { type: 'incident'; id: string } | { type: 'mention'; id: string } | null;

const SELECTION_KEYS = ['place', 'incident', 'mention'] as const;

/** True when two selections name the same thing. */
export function isSameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  return a.type === b.type && a.id === b.id;
}

/**
 * Reads a selection from a URL hash such as `#place=nouakchott` or `#incident=visit-nouakchott`.
 * Unknown keys are ignored so other features can share the hash (`#brief=…&slide=3`).
 */
export function selectionFromHash(hash: string): Selection {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const type of SELECTION_KEYS) {
    const id = params.get(type);
    if (id) return { type, id };
  }
  return null;
}

/** Writes a selection into a URL hash, keeping any other parameters already there. */
export function hashWithSelection(hash: string, selection: Selection): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const type of SELECTION_KEYS) params.delete(type);
  if (selection) params.set(selection.type, selection.id);
  const text = params.toString();
  return text ? `#${text}` : '';
}
