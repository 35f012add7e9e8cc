import latinUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtUrl from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';

/** The map's label font files, served by the app itself; made absolute as the style spec asks. */
export function labelFontUrls(): { latin: string; latinExt: string } {
  return { latin: new URL(latinUrl, window.location.href).href, latinExt: new URL(latinExtUrl, window.location.href).href };
}

/**
 * Asks the browser for the Latin label font now, so the map's first labels do not wait for it.
 * MapLibre downloads `font-faces` files with fetch(), so the preload is a fetch: a font preload
 * would not match that request and the file would be downloaded twice.
 */
export function preloadLabelFont(): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = labelFontUrls().latin;
  document.head.append(link);
}
