/**
 * Serves the built app (dist/, made by `vite build` before this suite) on 127.0.0.1 for the
 * browser tests, and hands its address to them through Vitest's provide/inject.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` before the browser tests (npm test does).');
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address.');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
