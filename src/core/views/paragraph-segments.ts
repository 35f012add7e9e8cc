/**
 * Cuts a paragraph into plain text and mention segments so the article can be rendered as text
 * (never as HTML) with each mention in its own element. The text is never altered: joining the
 * segments gives the paragraph back, character for character.
 */
import type { Mention } from '../dataset';
import type { Passage } from '../types';

export interface Segment {
  start: number; // UTF-16 code units into the article
  end: number;
  text: string;
  mention: Mention | null;
}

/**
 * The segments of `paragraph`, given the article's mentions in text order. A mention that
 * overlaps an earlier one is left unmarked rather than splitting words twice.
 */
export function paragraphSegments(text: string, paragraph: Passage, mentions: readonly Mention[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = paragraph.start;
  for (const mention of mentions) {
    if (mention.start < cursor || mention.end > paragraph.end) continue;
    if (mention.start > cursor) segments.push(plain(text, cursor, mention.start));
    segments.push({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), mention });
    cursor = mention.end;
  }
  if (cursor < paragraph.end) segments.push(plain(text, cursor, paragraph.end));
  return segments;
}

function plain(text: string, start: number, end: number): Segment {
  return { start, end, text: text.slice(start, end), mention: null };
}
