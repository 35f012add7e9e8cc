/**
 * The time window and filters a slide carries, as a briefing file writes them: only the members
 * that filter (`{ "from": "2024-03-01", "to": "2024-05-31", "sides": ["mauritania"] }`), so a slide
 * without filters has no `filters` key at all and files written before slides had filters read as
 * before. Presenting the slide applies them to what its map and words show; the dashboard's own
 * filters are not touched.
 */
import { filters, isUnfiltered, NO_FILTERS, type FilterState } from '../filters/filter-state';
import type { SlideFilters } from './briefing-schema';

// The schema a briefing file's `filters` are held to is in briefing-schema.ts, with the rest of
// the file's: what the dashboard does with a slide's filters needs no schema library.
export type { SlideFilters };

/** The filters a slide carries as a FilterState, or null when it carries none (it shows everything). */
export function slideFilterState(slide: { filters?: SlideFilters | undefined }): FilterState | null {
  if (!slide.filters) return null;
  const state = filters();
  for (const [key, value] of Object.entries(slide.filters) as Array<[keyof SlideFilters, unknown]>) {
    if (value !== undefined) (state as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
  }
  return isUnfiltered(state) ? null : state;
}

/** What a slide stores of `state`: the members that filter, or undefined when none does. */
export function toSlideFilters(state: FilterState): SlideFilters | undefined {
  if (isUnfiltered(state)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(NO_FILTERS) as Array<keyof FilterState>) {
    const value = state[key];
    if (Array.isArray(value) ? value.length > 0 : value !== null) out[key] = Array.isArray(value) ? [...new Set<unknown>(value)] : value;
  }
  return out as SlideFilters;
}

/** A slide's filters with some members changed (a window's end typed in the editor); undefined when nothing filters any more. */
export function patchSlideFilters(current: SlideFilters | undefined, patch: Partial<FilterState>): SlideFilters | undefined {
  return toSlideFilters({ ...(slideFilterState({ filters: current }) ?? filters()), ...patch });
}
