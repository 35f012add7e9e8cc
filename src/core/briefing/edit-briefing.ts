/**
 * Editing a briefing: add a slide, retitle, reorder, delete, write notes, set or clear a slide's
 * time window and filters, replace it by an
 * imported file, and undo any of these. A pure reducer over plain data; the store
 * (src/state/store.ts) keeps one editor state per briefing and applies its edits with it.
 */
import type { Briefing, Slide } from './briefing-schema';
import type { SlideFilters } from './slide-filters';

export interface BriefingEditorState {
  briefing: Briefing;
  /** Earlier versions, most recent last; undo pops one. */
  past: Briefing[];
  /** The text field last typed in, so consecutive key strokes in it make one undo step. */
  lastEdit?: { type: 'retitle' | 'notes'; index: number };
}

export type BriefingEdit =
  | { type: 'add'; slide: Omit<Slide, 'id'>; at?: number }
  | { type: 'retitle'; index: number; title: string }
  | { type: 'notes'; index: number; notes: string }
  | { type: 'filters'; index: number; filters: SlideFilters | undefined }
  | { type: 'move'; from: number; to: number }
  | { type: 'delete'; index: number }
  | { type: 'replace'; briefing: Briefing }
  | { type: 'undo' };

const HISTORY_LIMIT = 100; // undo steps kept

export function createEditorState(briefing: Briefing): BriefingEditorState {
  return { briefing, past: [] };
}

export function briefingEditorReducer(state: BriefingEditorState, edit: BriefingEdit): BriefingEditorState {
  if (edit.type === 'undo') {
    const previous = state.past.at(-1);
    return previous ? { briefing: previous, past: state.past.slice(0, -1) } : state;
  }
  const next = applyEdit(state.briefing, edit);
  if (next === state.briefing) return state;
  // Typing a title or notes is one undo step per field, not one per key stroke.
  const last = state.lastEdit;
  const isSameField = (edit.type === 'retitle' || edit.type === 'notes') && last?.type === edit.type && last.index === edit.index;
  const past = isSameField ? state.past : [...state.past, state.briefing].slice(-HISTORY_LIMIT);
  return { briefing: next, past, lastEdit: edit.type === 'retitle' || edit.type === 'notes' ? { type: edit.type, index: edit.index } : undefined };
}

/** A slide id not yet used in `briefing`: slide-1, slide-2, … */
export function freeSlideId(briefing: Briefing): string {
  const ids = new Set(briefing.slides.map((slide) => slide.id));
  let n = briefing.slides.length + 1;
  while (ids.has(`slide-${n}`)) n++;
  return `slide-${n}`;
}

function applyEdit(briefing: Briefing, edit: Exclude<BriefingEdit, { type: 'undo' }>): Briefing {
  const slides = briefing.slides;
  const inRange = (index: number) => index >= 0 && index < slides.length;
  const withSlides = (next: Slide[]): Briefing => ({ ...withoutProvenance(briefing), slides: next });
  switch (edit.type) {
    case 'add': {
      const at = Math.min(slides.length, Math.max(0, edit.at ?? slides.length));
      const slide: Slide = { ...edit.slide, id: freeSlideId(briefing) };
      return withSlides([...slides.slice(0, at), slide, ...slides.slice(at)]);
    }
    case 'retitle':
      if (!inRange(edit.index) || slides[edit.index]!.title === edit.title) return briefing;
      return withSlides(slides.map((slide, i) => (i === edit.index ? { ...slide, title: edit.title } : slide)));
    case 'notes':
      if (!inRange(edit.index) || slides[edit.index]!.notes === edit.notes) return briefing;
      return withSlides(slides.map((slide, i) => (i === edit.index ? { ...slide, notes: edit.notes } : slide)));
    case 'filters': {
      if (!inRange(edit.index)) return briefing;
      const current = slides[edit.index]!;
      if (JSON.stringify(current.filters) === JSON.stringify(edit.filters)) return briefing;
      return withSlides(slides.map((slide, i) => (i === edit.index ? withFilters(slide, edit.filters) : slide)));
    }
    case 'move': {
      const to = Math.min(slides.length - 1, Math.max(0, edit.to));
      if (!inRange(edit.from) || edit.from === to) return briefing;
      const next = [...slides];
      const [moved] = next.splice(edit.from, 1);
      next.splice(to, 0, moved!);
      return withSlides(next);
    }
    case 'delete':
      // A briefing keeps at least one slide: the schema requires it.
      if (!inRange(edit.index) || slides.length === 1) return briefing;
      return withSlides(slides.filter((_, i) => i !== edit.index));
    case 'replace':
      return edit.briefing;
  }
}

/** The slide with `filters`, or without the key when there are none (a file without filters stays one). */
function withFilters(slide: Slide, filters: SlideFilters | undefined): Slide {
  const { filters: _old, ...rest } = slide;
  return filters ? { ...rest, filters } : rest;
}

/** An edited briefing is no longer what the derivation script made. */
function withoutProvenance(briefing: Briefing): Briefing {
  const { provenance: _provenance, ...rest } = briefing;
  return rest;
}
