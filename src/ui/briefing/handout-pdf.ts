/**
 * The PDF handout: A4 landscape, one page per slide with the slide's map, its title, the time
 * window and filters it applies (in words), the quoted
 * passages with full citations, the precision caveats, the notes if asked for, and a footer with
 * the sources and the day it was made. Made in the browser with jsPDF, with Noto Sans embedded.
 */
import type { jsPDF } from 'jspdf';
import type { Briefing } from '../../core/briefing/briefing-schema';
import type { Dataset } from '../../core/dataset';
import type { Language } from '../../core/types';
import { PDF_LANGUAGES, t } from '../i18n';
import { handoutFooter, handoutSlide } from './handout-content';
import { loadHandoutFonts } from './handout-fonts';
import { SLIDE_MAP_SIZE } from './render-slide-images';

const PAGE = { width: 297, height: 210, margin: 12 } as const; // millimetres, A4 landscape
const MAP_WIDTH = 160;
const MAP_HEIGHT = (MAP_WIDTH * SLIDE_MAP_SIZE.height) / SLIDE_MAP_SIZE.width;
const TEXT_X = PAGE.margin + MAP_WIDTH + 8;
const FOOTER_Y = PAGE.height - 8;
const INK: [number, number, number] = [31, 31, 31];
const MUTED: [number, number, number] = [85, 80, 73];

export interface HandoutOptions {
  withNotes: boolean;
  madeOn?: Date;
}

/**
 * Builds the handout. `mapImages[i]` is slide i's map as a JPEG or PNG data URL (renderSlideImages).
 * Returns the PDF bytes.
 */
export async function buildHandoutPdf(briefing: Briefing, dataset: Dataset, language: Language, mapImages: readonly string[], options: HandoutOptions): Promise<ArrayBuffer> {
  const [{ jsPDF }, fonts] = await Promise.all([import('jspdf'), loadHandoutFonts()]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFont('NotoSans-Regular.ttf', 'NotoSans', 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Bold.ttf', 'NotoSans', 'bold');
  doc.setProperties({ title: briefing.title, creator: 'Border Brief', subject: t('briefing', language) });
  doc.setLanguage(PDF_LANGUAGES[language]);
  const footer = handoutFooter(briefing, dataset, language, options.madeOn ?? new Date());

  briefing.slides.forEach((_, index) => {
    if (index > 0) doc.addPage();
    const slide = handoutSlide(briefing, index, dataset, language);
    doc.setFont('NotoSans', 'bold');
    doc.setFontSize(17);
    doc.setTextColor(...INK);
    const titleLines = doc.splitTextToSize(slide.title, PAGE.width - 2 * PAGE.margin - 20) as string[];
    doc.text(titleLines, PAGE.margin, PAGE.margin + 6);
    doc.setFont('NotoSans', 'normal');
    doc.setFontSize(10);
    doc.setTextColor(...MUTED);
    doc.text(slide.number, PAGE.width - PAGE.margin, PAGE.margin + 6, { align: 'right' });

    const top = PAGE.margin + 6 + titleLines.length * 7;
    const image = mapImages[index];
    if (image) doc.addImage(image, image.startsWith('data:image/jpeg') ? 'JPEG' : 'PNG', PAGE.margin, top, MAP_WIDTH, MAP_HEIGHT, undefined, 'FAST');
    doc.setDrawColor(...MUTED);
    doc.rect(PAGE.margin, top, MAP_WIDTH, MAP_HEIGHT);

    // Quotes and caveats fill the column beside the map, then the full width below it.
    const flow = textFlow(doc, top);
    // What the map was filtered by, first: the reader must know what the map leaves out.
    if (slide.filters) flow.write(slide.filters, { size: 9, color: INK, bold: true, after: 3 });
    for (const quote of slide.quotes) {
      flow.write(quote.text, { size: 10.5, color: INK });
      flow.write(quote.citation, { size: 8.5, color: MUTED, after: 3 });
    }
    if (slide.caveats.length) {
      flow.write(t('caveats', language), { size: 9, color: INK, bold: true });
      for (const caveat of slide.caveats) flow.write(`• ${caveat}`, { size: 8.5, color: INK });
    }
    if (options.withNotes && slide.notes.trim()) {
      flow.gap(2);
      flow.write(t('notes', language), { size: 9, color: INK, bold: true });
      flow.write(slide.notes, { size: 8.5, color: MUTED });
    }

    doc.setFont('NotoSans', 'normal');
    doc.setFontSize(7);
    doc.setTextColor(...MUTED);
    const footerLines = doc.splitTextToSize(footer, PAGE.width - 2 * PAGE.margin) as string[];
    doc.text(footerLines, PAGE.margin, FOOTER_Y - (footerLines.length - 1) * 3);
  });
  return doc.output('arraybuffer');
}

type Doc = jsPDF;

function textFlow(doc: Doc, top: number) {
  let y = top + 3;
  let isFull = false;
  const mapBottom = top + MAP_HEIGHT;
  const bottom = FOOTER_Y - 10;
  const frame = () => (y < mapBottom ? { x: TEXT_X, width: PAGE.width - PAGE.margin - TEXT_X } : { x: PAGE.margin, width: PAGE.width - 2 * PAGE.margin });
  return {
    gap(mm: number) {
      y += mm;
    },
    write(text: string, style: { size: number; color: [number, number, number]; bold?: boolean; after?: number }) {
      if (isFull) return;
      doc.setFont('NotoSans', style.bold ? 'bold' : 'normal');
      doc.setFontSize(style.size);
      doc.setTextColor(...style.color);
      const lineHeight = style.size * 0.45;
      for (const paragraph of text.split('\n')) {
        let lines = doc.splitTextToSize(paragraph, frame().width) as string[];
        while (lines.length) {
          // Below the map the column widens: re-wrap what is left at the new width.
          const { x, width } = frame();
          const line = lines.shift()!;
          if (y > bottom) {
            // Out of room on the page: say so rather than cut a quote silently.
            doc.text('[…]', x, y);
            isFull = true;
            return;
          }
          doc.text(line, x, y);
          y += lineHeight;
          if (frame().width !== width && lines.length) lines = doc.splitTextToSize(lines.join(' '), frame().width) as string[];
        }
      }
      y += style.after ?? 1;
    },
  };
}
