/**
 * Coordinates a reviewer types for an incident (the keyboard's way to place it by hand):
 * « latitude, longitude » in decimal degrees, as map sites and GPS units write them; a
 * semicolon or a space may separate them instead, and then a decimal comma is read too
 * (« 15,41 ; -5,52 »). Null when the text is not two numbers in range.
 * @example parseLatLng('15.41, -5.52') // → [-5.52, 15.41] ([lng, lat], as GeoJSON)
 */
export function parseLatLng(text: string): [lng: number, lat: number] | null {
  const trimmed = text.trim();
  const number = String.raw`[-+−]?\d+(?:\.\d+)?`;
  const withComma = new RegExp(`^(${number})\\s*,\\s*(${number})$`).exec(trimmed);
  const decimalComma = String.raw`[-+−]?\d+(?:[.,]\d+)?`;
  const other = withComma ?? new RegExp(`^(${decimalComma})\\s*(?:;|\\s)\\s*(${decimalComma})$`).exec(trimmed);
  if (!other) return null;
  const read = (value: string) => Number(value.replace('−', '-').replace(',', '.'));
  const lat = read(other[1]!);
  const lng = read(other[2]!);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return [lng, lat];
}
