/**
 * A slide as a PNG image: its map on the left and its words on the right (title, quotes with
 * citations, caveats, slide number), drawn on a canvas so it can be pasted anywhere offline.
 */
import type { HandoutSlide } from './handout-content';
import { SLIDE_MAP_SIZE } from './render-slide-images';

const PANEL_WIDTH = 620;
const PADDING = 32;

export async function slidePng(mapDataUrl: string, slide: HandoutSlide, footer: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_MAP_SIZE.width + PANEL_WIDTH;
  canvas.height = SLIDE_MAP_SIZE.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('slidePng: this browser cannot draw on a canvas.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const image = await loadImage(mapDataUrl);
  context.drawImage(image, 0, 0, SLIDE_MAP_SIZE.width, SLIDE_MAP_SIZE.height);

  const x = SLIDE_MAP_SIZE.width + PADDING;
  const width = PANEL_WIDTH - 2 * PADDING;
  let y = PADDING;
  const write = (text: string, font: string, color: string, lineHeight: number, limit = canvas.height - 70) => {
    context.font = font;
    context.fillStyle = color;
    for (const line of wrap(context, text, width)) {
      if (y + lineHeight > limit) return;
      y += lineHeight;
      context.fillText(line, x, y);
    }
    y += lineHeight * 0.4;
  };
  const family = "'Noto Sans', 'DejaVu Sans', sans-serif";
  write(slide.number, `20px ${family}`, '#555049', 26);
  write(slide.title, `bold 34px ${family}`, '#1f1f1f', 42);
  for (const quote of slide.quotes) {
    write(quote.text, `italic 22px ${family}`, '#1f1f1f', 30);
    write(quote.citation, `18px ${family}`, '#555049', 24);
  }
  for (const caveat of slide.caveats) write(`• ${caveat}`, `18px ${family}`, '#1f1f1f', 24);
  y = canvas.height - 60;
  write(footer, `13px ${family}`, '#555049', 17, canvas.height);

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('slidePng: the canvas gave no image.'))), 'image/png'));
}

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && context.measureText(candidate).width > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('slidePng: the map image did not load.'));
    image.src = src;
  });
}
