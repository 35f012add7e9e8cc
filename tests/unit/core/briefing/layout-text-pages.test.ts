import { describe, expect, test } from 'vitest';
import { layoutTextPages, wrapText, type TextBlock } from '../../../../src/core/briefing/layout-text-pages';

// A stub measure: every character is 10 units wide, whatever the style.
const measure = (text: string) => text.length * 10;

describe('layoutTextPages', () => {
  test('wraps words into lines no wider than the frame, and cuts a word longer than a line', () => {
    expect(wrapText('the border area near Fassala', measure, 120)).toEqual(['the border', 'area near', 'Fassala']);
    expect(wrapText('Bassikounouuuuuu', measure, 100)).toEqual(['Bassikouno', 'uuuuuu']);
  });

  test('every line of every block is placed: what does not fit continues in the next frame', () => {
    const blocks: TextBlock[] = Array.from({ length: 6 }, (_, i) => ({ text: `quote ${i} with several words in it`, style: 'quote', lineHeight: 30, gapAfter: 10 }));
    const pages = layoutTextPages(blocks, measure, 150, 200);
    const placed = pages.flat().map((line) => line.text).join(' ');
    for (let i = 0; i < 6; i++) expect(placed).toContain(`quote ${i}`);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) for (const line of page) expect(line.y).toBeLessThanOrEqual(200);
    expect(pages.flat().length).toBe(blocks.reduce((n, block) => n + wrapText(block.text, measure, 150).length, 0));
  });

  test('a short slide fits one frame', () => {
    expect(layoutTextPages([{ text: 'Title', style: 'title', lineHeight: 40, gapAfter: 0 }], measure, 500, 500)).toHaveLength(1);
  });
});
