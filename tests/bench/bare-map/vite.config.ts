import { defineConfig } from 'vite';

// Builds the baseline page on its own, outside the app's dist/.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  build: { outDir: '../../../test-results/bare-map-dist', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
