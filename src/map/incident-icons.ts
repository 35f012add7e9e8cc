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

/** MapLibre reads an SDF image's alpha as distance: 0.75 on the shape's edge, 1/8 less per pixel outside. */
const SDF_EDGE = 0.75;
const SDF_PIXELS_PER_UNIT = 8;
/** Room left around the shape for the white halo the map draws (icon-halo-width) and its antialiasing. */
export const INCIDENT_ICON_HALO = 2;

/**
 * A shape as a signed distance field, `size` pixels square: the map colours it (icon-color) and
 * rings it in white (icon-halo-*) itself. An SDF image shares its shader program with the
 * labels', where a plain image would need a program of its own, slow to compile in software WebGL.
 * Pure, so it can be tested and used without a canvas.
 */
export function drawIncidentIcon(shape: IncidentShape, size: number): Uint8ClampedArray {
  const data = new Uint8ClampedArray(size * size * 4);
  const c = (size - 1) / 2;
  const radius = c - INCIDENT_ICON_HALO - 1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = SDF_EDGE + distanceInside(shape, x - c, y - c, radius) / SDF_PIXELS_PER_UNIT;
      const i = (y * size + x) * 4;
      data.fill(255, i, i + 3); // the colour comes from the style; only the alpha counts
      data[i + 3] = Math.round(Math.min(1, Math.max(0, distance)) * 255);
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
