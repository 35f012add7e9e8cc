import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a CLI entry point with the project's tsx, as `npm run` would. */
export function runCli(script: 'geoparse' | 'ingest' | 'incidents', args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('node_modules/.bin/tsx', [`src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created: string[] = [];

/** A fresh folder under the system's temp dir: tests never write into the real data/. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'border-brief-cli-'));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
