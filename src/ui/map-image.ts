/**
 * The current map view as a PNG that stands on its own in a report: a title, the map as drawn,
 * its legend (only the layers shown), a scale bar for the view's centre, and a footer naming every
 * source and when the view was exported. Drawn with the 2D canvas from the map's snapshot; nothing
 * is fetched.
 */
import type { MapSnapshot } from '../map/map-adapter';
import { COLORS } from '../map/map-ids';
import { INCIDENT_SHAPES, DEFAULT_INCIDENT_SHAPE, type IncidentShape } from '../map/incident-icons';
import { metersPerPixel, scaleBar } from '../core/views/map-scale';
import type { LayerVisibility } from '../core/vocabulary/layer-toggles';
import type { Language } from '../core/types';
import { acledTerm, formatDate, formatInteger, t } from './i18n';

export interface MapImageCaption {
  title: string;
  /** What is shown: the article(s) and their outlets, or the filters. */
  subtitle: string;
  /** Sources beyond the map's own (each article: outlet, date). */
  sources: readonly string[];
  layers: LayerVisibility;
  /** Event types drawn, for the legend's symbols. */
  eventTypes: readonly string[];
  hasProposals: boolean;
  language: Language;
  exportedAt: Date;
}

const HEADER = 56;
const FOOTER = 44;
const FONT = '"Noto Sans", system-ui, sans-serif';

/** Draws the image; resolves with the PNG. */
export async function composeMapImage(snapshot: MapSnapshot, caption: MapImageCaption): Promise<Blob> {
  const map = new Image();
  map.src = snapshot.dataUrl;
  await map.decode();
  const ratio = map.naturalWidth / snapshot.width || 1;
  const width = snapshot.width;
  const height = HEADER + snapshot.height + FOOTER;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('composeMapImage: this browser gives no 2D canvas.');
  context.scale(ratio, ratio);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = COLORS.label;
  context.font = `600 18px ${FONT}`;
  context.textBaseline = 'alphabetic';
  context.fillText(fit(context, caption.title, width - 32), 16, 26);
  context.font = `13px ${FONT}`;
  context.fillStyle = '#4a4a4a';
  context.fillText(fit(context, caption.subtitle, width - 32), 16, 46);

  context.drawImage(map, 0, HEADER, snapshot.width, snapshot.height);
  drawLegend(context, caption, 12, HEADER + snapshot.height - 12);
  drawScale(context, snapshot, caption.language, width - 16, HEADER + snapshot.height - 16);

  const language = caption.language;
  context.fillStyle = '#4a4a4a';
  context.font = `12px ${FONT}`;
  const sources = t('mapImageSources', language, [...snapshot.attribution, ...caption.sources].join(' · '));
  context.fillText(fit(context, sources, width - 32), 16, HEADER + snapshot.height + 18);
  context.fillText(fit(context, t('mapImageMade', language, formatDate(caption.exportedAt, 'day', language)), width - 32), 16, HEADER + snapshot.height + 36);

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('composeMapImage: the canvas gave no PNG.'))), 'image/png'));
}

interface LegendRow {
  draw(context: CanvasRenderingContext2D, x: number, y: number): void;
  label: string;
}

/** The legend of what is shown, in a box whose bottom-left corner is at (left, bottom). */
function drawLegend(context: CanvasRenderingContext2D, caption: MapImageCaption, left: number, bottom: number): void {
  const { language, layers } = caption;
  const rows: LegendRow[] = [];
  if (layers.border) rows.push({ label: t('layerBorder', language), draw: (c, x, y) => line(c, x, y, COLORS.border, 3.5) });
  if (layers.borderZone) rows.push({ label: t('layerBorderZone', language), draw: (c, x, y) => box(c, x, y, COLORS.borderZoneMl, 0.3) });
  if (layers.capitals) rows.push({ label: t('layerCapitals', language), draw: (c, x, y) => dot(c, x, y, '#1d3557') });
  if (layers.incidents) {
    const shapes = new Map<IncidentShape, string>();
    for (const type of caption.eventTypes) {
      const shape = INCIDENT_SHAPES[type] ?? DEFAULT_INCIDENT_SHAPE;
      if (!shapes.has(shape)) shapes.set(shape, acledTerm('event_type', type, language));
    }
    for (const [shape, label] of shapes) rows.push({ label, draw: (c, x, y) => symbol(c, x, y, shape, 1) });
    if (caption.eventTypes.length > 0) rows.push({ label: t('legendZone', language), draw: (c, x, y) => hatch(c, x, y) });
    if (caption.hasProposals) rows.push({ label: t('mapImageProposed', language), draw: (c, x, y) => symbol(c, x, y, 'circle', 0.55) });
  }
  if (rows.length === 0) return;
  context.font = `12px ${FONT}`;
  const rowHeight = 20;
  const width = 36 + Math.max(...rows.map((row) => context.measureText(row.label).width)) + 12;
  const height = rows.length * rowHeight + 12;
  const top = bottom - height;
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeStyle = '#9d927c';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(left, top, width, height, 6);
  context.fill();
  context.stroke();
  rows.forEach((row, index) => {
    const y = top + 6 + index * rowHeight + rowHeight / 2;
    row.draw(context, left + 10, y);
    context.fillStyle = COLORS.label;
    context.textBaseline = 'middle';
    context.fillText(row.label, left + 36, y);
  });
  context.textBaseline = 'alphabetic';
}

/** A scale bar for the view's centre, right-aligned at (right, bottom). */
function drawScale(context: CanvasRenderingContext2D, snapshot: MapSnapshot, language: Language, right: number, bottom: number): void {
  const bar = scaleBar(metersPerPixel(snapshot.centerLatitude, snapshot.zoom), Math.min(160, snapshot.width / 4));
  const label = bar.meters >= 1000 ? `${formatInteger(bar.meters / 1000, language)} km` : `${formatInteger(bar.meters, language)} m`;
  const note = t('mapImageScaleNote', language);
  context.font = `12px ${FONT}`;
  const boxWidth = Math.max(bar.pixels, context.measureText(note).width) + 16;
  const left = right - boxWidth;
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.fillRect(left, bottom - 44, boxWidth, 44);
  context.fillStyle = COLORS.label;
  context.fillText(label, left + 8, bottom - 28);
  context.fillRect(left + 8, bottom - 22, bar.pixels, 3);
  context.fillRect(left + 8, bottom - 26, 1.5, 7);
  context.fillRect(left + 8 + bar.pixels - 1.5, bottom - 26, 1.5, 7);
  context.font = `10px ${FONT}`;
  context.fillStyle = '#4a4a4a';
  context.fillText(note, left + 8, bottom - 6);
}

function line(c: CanvasRenderingContext2D, x: number, y: number, color: string, width: number) {
  c.strokeStyle = color;
  c.lineWidth = width;
  c.beginPath();
  c.moveTo(x, y);
  c.lineTo(x + 18, y);
  c.stroke();
}

function box(c: CanvasRenderingContext2D, x: number, y: number, color: string, alpha: number) {
  c.globalAlpha = alpha;
  c.fillStyle = color;
  c.fillRect(x, y - 6, 18, 12);
  c.globalAlpha = 1;
  c.setLineDash([2, 2]);
  c.strokeStyle = COLORS.border;
  c.lineWidth = 1;
  c.strokeRect(x, y - 6, 18, 12);
  c.setLineDash([]);
}

function dot(c: CanvasRenderingContext2D, x: number, y: number, color: string) {
  c.fillStyle = color;
  c.strokeStyle = '#ffffff';
  c.lineWidth = 2;
  c.beginPath();
  c.arc(x + 9, y, 6, 0, Math.PI * 2);
  c.fill();
  c.stroke();
}

function hatch(c: CanvasRenderingContext2D, x: number, y: number) {
  c.save();
  c.beginPath();
  c.rect(x, y - 7, 18, 14);
  c.clip();
  c.strokeStyle = COLORS.incident;
  c.lineWidth = 1.5;
  for (let offset = -14; offset < 18; offset += 5) {
    c.beginPath();
    c.moveTo(x + offset, y + 7);
    c.lineTo(x + offset + 14, y - 7);
    c.stroke();
  }
  c.restore();
  c.setLineDash([3, 2]);
  c.strokeStyle = COLORS.incident;
  c.strokeRect(x, y - 7, 18, 14);
  c.setLineDash([]);
}

function symbol(c: CanvasRenderingContext2D, x: number, y: number, shape: IncidentShape, alpha: number) {
  const cx = x + 9;
  const r = 7;
  c.globalAlpha = alpha;
  c.fillStyle = COLORS.incident;
  c.strokeStyle = '#ffffff';
  c.lineWidth = 2;
  c.beginPath();
  if (shape === 'triangle') {
    c.moveTo(cx, y - r);
    c.lineTo(cx + r, y + r * 0.8);
    c.lineTo(cx - r, y + r * 0.8);
    c.closePath();
  } else if (shape === 'diamond') {
    c.moveTo(cx, y - r);
    c.lineTo(cx + r, y);
    c.lineTo(cx, y + r);
    c.lineTo(cx - r, y);
    c.closePath();
  } else if (shape === 'square') {
    c.rect(cx - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
  } else {
    c.arc(cx, y, r * 0.85, 0, Math.PI * 2);
  }
  c.stroke();
  c.fill();
  c.globalAlpha = 1;
}

/** The text, cut with an ellipsis to fit `maxWidth`. */
function fit(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}
