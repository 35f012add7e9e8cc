/**
 * Incident symbols, drawn as pixels so the map needs no sprite file or server: one shape per
 * ACLED event type, so the legend can explain them and colour is not the only cue.
 */
export type IncidentShape = 'triangle' | 'diamond' | 'square' | 'circle';

export const INCIDENT_SHAPES: Record<string, IncidentShape> = {
  'Violence against civilians': 'triangle',
  'Strategic developments': 'diamond',
  'Battles': 'square',
};
export const DEFAULT_INCIDENT_SHAPE: IncidentShape = 'circle';

/** The shape for an ACLED event type. */
export function incidentShape(eventType: string): IncidentShape {
  return INCIDENT_SHAPES[eventType] ?? DEFAULT_INCIDENT_SHAPE;
}

/** Image id of a shape in the map style. */
export function iconId(shape: IncidentShape): string {
  return `incident-${shape}`;
}

/**
 * RGBA pixels of a shape filled with `fill` and outlined in white, `size` pixels square.
 * Pure, so it can be tested and used without a canvas.
 */
export function drawIncidentIcon(shape: IncidentShape, size: number, fill: [number, number, number]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(size * size * 4);
  const c = (size - 1) / 2;
  const outline = 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inside = distanceInside(shape, x - c, y - c, c);
      if (inside < 0) continue;
      const i = (y * size + x) * 4;
      const rgb = inside < outline ? [255, 255, 255] : fill;
      data[i] = rgb[0]!;
      data[i + 1] = rgb[1]!;
      data[i + 2] = rgb[2]!;
      data[i + 3] = 255;
    }
  }
  return data;
}

/** How far (in pixels, roughly) a point lies inside the shape; negative outside. */
function distanceInside(shape: IncidentShape, dx: number, dy: number, radius: number): number {
  switch (shape) {
    case 'circle':
      return radius - Math.hypot(dx, dy);
    case 'square':
      return radius * 0.85 - Math.max(Math.abs(dx), Math.abs(dy));
    case 'diamond':
      return (radius - (Math.abs(dx) + Math.abs(dy))) / Math.SQRT2;
    case 'triangle': {
      // Upward triangle: base at the bottom, apex at the top.
      const top = -radius;
      const bottom = radius * 0.8;
      const halfWidthAt = ((dy - top) / (bottom - top)) * radius;
      return Math.min(bottom - dy, halfWidthAt - Math.abs(dx), dy - top);
    }
  }
}
