/**
 * Noto Sans for the PDF handouts, as TrueType: unwrapped from the @fontsource WOFF 1.0 files the
 * app serves itself (see woff-to-sfnt.ts), so the PDF shows ’ « » œ as written, offline.
 */
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import { woffToSfnt } from '../../core/briefing/woff-to-sfnt';

export interface HandoutFonts {
  regular: string; // base64 TrueType
  bold: string;
}

let cached: Promise<HandoutFonts> | null = null;

export function loadHandoutFonts(): Promise<HandoutFonts> {
  cached ??= Promise.all([loadTrueType(regularUrl), loadTrueType(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  return cached;
}

async function loadTrueType(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Handout font ${url}: HTTP ${response.status}.`);
  const sfnt = await woffToSfnt(new Uint8Array(await response.arrayBuffer()), inflate);
  return toBase64(sfnt);
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  // WOFF tables are zlib streams, which DecompressionStream calls 'deflate'.
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
