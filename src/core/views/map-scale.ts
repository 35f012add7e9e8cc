/**
 * A scale bar's figures for a web-mercator view, for the exported map image (the live map uses
 * MapLibre's own ScaleControl). The scale holds at the view's centre latitude only: mercator
 * stretches away from it, which is why the bar is drawn for the centre and says so nowhere else.
 */

const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;

/** Metres per CSS pixel at a latitude and zoom (MapLibre's world is 512 px wide at zoom 0). */
export function metersPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ km, or metres under a kilometre) whose bar fits in
 * `maxPixels`, and the bar's length in pixels.
 * @example scaleBar(1000, 120) // { meters: 100000, pixels: 100 }
 */
export function scaleBar(metersPerPixelAtCentre: number, maxPixels: number): { meters: number; pixels: number } {
  const maxMeters = metersPerPixelAtCentre * maxPixels;
  const magnitude = 10 ** Math.floor(Math.log10(maxMeters));
  const step = [5, 2, 1].find((candidate) => candidate * magnitude <= maxMeters) ?? 1;
  const meters = step * magnitude;
  return { meters, pixels: meters / metersPerPixelAtCentre };
}
