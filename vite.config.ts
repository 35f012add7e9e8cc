import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import type { bundledDataRefusal } from './src/cli/check-bundled-data';

/**
 * The built app may load nothing from any other host: a Content-Security-Policy says so. It is
 * added to the built page only, since the dev server injects inline scripts for hot reload.
 * MapLibre needs blob: for its worker fallback and images, data: for inline icons.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Asks for the data files from the page itself (`<link rel="preload" as="fetch">`), so they
 * arrive while the JavaScript is still being parsed; the loader's fetch() then reuses them.
 */
function preloadData(): Plugin {
  return {
    name: 'border-brief-preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const assets = Object.values(context.bundle ?? {}).filter((item) => item.type === 'asset');
        const isData = (name: string) => /(^|\/)(geo\/[^/]+\.geojson|data\/places\.json|data\/articles\/[^/]+\/[^/]+\.(json|jsonld|geojson|txt))$/.test(name);
        return assets
          .filter((asset) => (asset.originalFileNames ?? []).some(isData))
          .map((asset) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${asset.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * Stops the build when a bundled data file would be refused by the app
 * (src/cli/check-bundled-data.ts): the built app then only parses them. Loaded through Vite's
 * module runner, as the check is TypeScript from src/.
 */
function checkBundledData(): Plugin {
  let root = process.cwd();
  return {
    name: 'border-brief-check-bundled-data',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const { module } = await runnerImport<{ bundledDataRefusal: typeof bundledDataRefusal }>(fileURLToPath(new URL('./src/cli/check-bundled-data.ts', import.meta.url)), { configFile: false, logLevel: 'warn' });
      const refusal = await module.bundledDataRefusal(root);
      if (refusal) this.error(refusal);
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'border-brief-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// Relative base so the built app works from any folder or static host, with no server logic.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadData(), checkBundledData()],
  resolve: {
    alias: {
      html2canvas: new URL('./src/vendor/jspdf-unused-plugin.ts', import.meta.url).pathname,
      dompurify: new URL('./src/vendor/jspdf-unused-plugin.ts', import.meta.url).pathname,
      canvg: new URL('./src/vendor/jspdf-unused-plugin.ts', import.meta.url).pathname,
    },
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0, // every data file stays a file the loader fetches and checks, never a data: URL
    chunkSizeWarningLimit: 1200, // MapLibre alone is ~1 MB minified; it is split into its own chunk
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 3 },
            // React in its own chunk so the benchmark can tell the app's own code from the framework.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // Everything the first page needs in one file, not in a score of shared scraps: the
            // preview server speaks HTTP/1.1, six requests at a time, and each small chunk waits its turn.
            { name: 'index', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
