/**
 * The article's fingerprint: annotations carry it so that a changed text is detected, and the
 * loader compares it with `meta.json`. Uses Web Crypto so the same code runs in the browser,
 * a worker and Node 20.
 */

/** Lowercase hex sha256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
