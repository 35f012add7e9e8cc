/**
 * `npm run check` over the hostile fixtures: the command line says, through the same doors as the
 * dialog, what each file is and what opening it would do, and exits 1 exactly when one is refused.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = 'tests/fixtures/hostile';
const { cases } = JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { cases: Array<{ folder: string; files: string[]; expect: Array<{ status: string }> }> };

function check(args: string[]): { code: number; out: Array<{ status: string; problems: unknown[] }> } {
  try {
    return { code: 0, out: JSON.parse(execFileSync('node_modules/.bin/tsx', ['src/cli/check.ts', '--json', ...args], { encoding: 'utf8' })) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: JSON.parse(failed.stdout) };
  }
}

describe('npm run check', () => {
  // One process per case would take minutes on two cores: a sample of cases, one process each,
  // and the rest in the unit test of the same doors.
  const sample = cases.filter((_, i) => i % 10 === 0);
  it.each(sample.map((c) => [c.folder, c] as const))('%s', (_, c) => {
    const { code, out } = check(c.files.map((f) => `${ROOT}/files/${c.folder}/${f}`));
    expect(out.map((o) => o.status)).toEqual(c.expect.map((e) => e.status));
    expect(code).toBe(c.expect.some((e) => e.status === 'refused') ? 1 : 0);
  }, 30_000);

  it('prints the limits', () => {
    expect(execFileSync('node_modules/.bin/tsx', ['src/cli/check.ts', '--limits'], { encoding: 'utf8' })).toContain('slides per briefing: 200 slides');
  });
});
