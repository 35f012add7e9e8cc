/**
 * Writes a briefing as JSON with a fixed key order and a trailing newline, so the derived file
 * is the same bytes on every run and an exported file reads back equal to what was exported.
 */
import type { Briefing, Slide } from './briefing-schema';

const SLIDE_KEYS: Array<keyof Slide> = ['id', 'title', 'camera', 'layers', 'placeIds', 'incidentIds', 'annotationIds', 'notes', 'filters'];
const BRIEFING_KEYS: Array<keyof Briefing> = ['id', 'title', 'language', 'articleId', 'provenance', 'slides'];

export function serializeBriefing(briefing: Briefing): string {
  const slides = briefing.slides.map((slide) => pick(slide, SLIDE_KEYS));
  return `${JSON.stringify(pick({ ...briefing, slides }, BRIEFING_KEYS), null, 2)}\n`;
}

function pick<T extends object>(value: T, keys: Array<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
