/**
 * Lays a slide's words out in a fixed frame, as many frames as they need: blocks (title, quotes,
 * citations, caveats) are wrapped into lines by an injected measure, and a block that does not fit
 * continues in the next frame, so an image of a slide never cuts its last quote, its citation or
 * its caveat. Pure: the measure comes from a canvas in the browser and from a stub in the tests.
 */

export interface TextBlock {
  text: string;
  /** Which style draws it (the caller's font, colour and line height). */
  style: string;
  lineHeight: number;
  /** Space after the block, in the frame's units. */
  gapAfter: number;
}

export interface PlacedLine {
  text: string;
  style: string;
  /** Baseline position from the frame's top. */
  y: number;
}

/**
 * The lines of each frame.
 * @param measure the width of `text` drawn in `style`
 * @param width the frame's text width; @param height its usable height
 */
export function layoutTextPages(blocks: readonly TextBlock[], measure: (text: string, style: string) => number, width: number, height: number): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = 0;
  for (const block of blocks) {
    for (const line of wrapText(block.text, (text) => measure(text, block.style), width)) {
      if (y + block.lineHeight > height && pages.at(-1)!.length > 0) {
        pages.push([]);
        y = 0;
      }
      y += block.lineHeight;
      pages.at(-1)!.push({ text: line, style: block.style, y });
    }
    y += block.gapAfter;
  }
  return pages;
}

/** Words into lines no wider than `width`; a word wider than a line is cut where it must be. */
export function wrapText(text: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (measure(line) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
