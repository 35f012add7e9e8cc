/**
 * Serves the built app (dist/, made by `vite build` before this suite) on 127.0.0.1 for the
 * browser tests, and hands its address to them through Vitest's provide/inject. The server is
 * the only thing the test files share: each file launches its own browser and opens its own
 * pages (tests/e2e/session.ts), so any one of them runs alone.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveBuiltApp } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` before the browser tests (npm test does).');
  const { server, url } = await serveBuiltApp();
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
