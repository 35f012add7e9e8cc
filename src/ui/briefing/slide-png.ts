/**
 * A slide as 16:9 PNG images (1920×1080): its map on the left and its words on the right (title,
 * quotes with citations, caveats, slide number), drawn on a canvas so it can be pasted anywhere
 * offline. Words that do not fit continue on a second image (and more), marked « suite »: nothing
 * of the slide is cut.
 */
import { layoutTextPages, type TextBlock } from '../../core/briefing/layout-text-pages';
import type { Language } from '../../core/types';
import { t } from '../i18n';
import type { HandoutSlide } from './handout-content';
import { SLIDE_MAP_SIZE } from './render-slide-images';

export const SLIDE_IMAGE_SIZE = { width: 1920, height: 1080 } as const;
const MAP_AREA_WIDTH = 1180;
const PADDING = 40;
const FOOTER_HEIGHT = 70;
const FAMILY = "'Noto Sans', 'DejaVu Sans', sans-serif";
const STYLES: Record<string, { font: string; color: string }> = {
  number: { font: `22px ${FAMILY}`, color: '#555049' },
  title: { font: `bold 36px ${FAMILY}`, color: '#1f1f1f' },
  quote: { font: `italic 24px ${FAMILY}`, color: '#1f1f1f' },
  citation: { font: `19px ${FAMILY}`, color: '#555049' },
  caveat: { font: `19px ${FAMILY}`, color: '#1f1f1f' },
};

/** The slide's images: one, or more when its words need them. */
export async function slidePngs(mapDataUrl: string, slide: HandoutSlide, footer: string, language: Language): Promise<Blob[]> {
  const image = await loadImage(mapDataUrl);
  const measureCanvas = document.createElement('canvas').getContext('2d');
  if (!measureCanvas) throw new Error('slidePngs: this browser cannot draw on a canvas.');
  const measure = (text: string, style: string) => {
    measureCanvas.font = STYLES[style]!.font;
    return measureCanvas.measureText(text).width;
  };
  const textX = MAP_AREA_WIDTH + PADDING;
  const textWidth = SLIDE_IMAGE_SIZE.width - textX - PADDING;
  const textHeight = SLIDE_IMAGE_SIZE.height - 2 * PADDING - FOOTER_HEIGHT;
  const pages = layoutTextPages(slideBlocks(slide), measure, textWidth, textHeight);

  const blobs: Blob[] = [];
  for (const [index, lines] of pages.entries()) {
    const canvas = document.createElement('canvas');
    canvas.width = SLIDE_IMAGE_SIZE.width;
    canvas.height = SLIDE_IMAGE_SIZE.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('slidePngs: this browser cannot draw on a canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // The map keeps its aspect, as large as the left area allows, centred.
    const scale = Math.min(MAP_AREA_WIDTH / SLIDE_MAP_SIZE.width, SLIDE_IMAGE_SIZE.height / SLIDE_MAP_SIZE.height);
    const mapWidth = SLIDE_MAP_SIZE.width * scale;
    const mapHeight = SLIDE_MAP_SIZE.height * scale;
    context.drawImage(image, (MAP_AREA_WIDTH - mapWidth) / 2, (SLIDE_IMAGE_SIZE.height - mapHeight) / 2, mapWidth, mapHeight);
    for (const line of lines) {
      context.font = STYLES[line.style]!.font;
      context.fillStyle = STYLES[line.style]!.color;
      context.fillText(line.text, textX, PADDING + line.y);
    }
    context.font = `14px ${FAMILY}`;
    context.fillStyle = '#555049';
    const continued = pages.length > 1 ? ` · ${t('imagePart', language, index + 1, pages.length)}` : '';
    context.fillText(`${footer}${continued}`, textX, SLIDE_IMAGE_SIZE.height - PADDING);
    blobs.push(await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('slidePngs: the canvas gave no image.'))), 'image/png')));
  }
  return blobs;
}

/** The slide's words in reading order, each with its style. */
export function slideBlocks(slide: HandoutSlide): TextBlock[] {
  const blocks: TextBlock[] = [
    { text: slide.number, style: 'number', lineHeight: 28, gapAfter: 10 },
    { text: slide.title, style: 'title', lineHeight: 44, gapAfter: 18 },
  ];
  if (slide.filters) blocks.push({ text: slide.filters, style: 'caveat', lineHeight: 26, gapAfter: 14 });
  for (const quote of slide.quotes) {
    blocks.push({ text: quote.text, style: 'quote', lineHeight: 32, gapAfter: 6 });
    blocks.push({ text: quote.citation, style: 'citation', lineHeight: 26, gapAfter: 16 });
  }
  for (const caveat of slide.caveats) blocks.push({ text: `• ${caveat}`, style: 'caveat', lineHeight: 26, gapAfter: 8 });
  return blocks;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('slidePngs: the map image did not load.'));
    image.src = src;
  });
}
