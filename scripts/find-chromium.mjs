// Where the browser tests find Chromium: CHROMIUM_PATH first, then Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}
