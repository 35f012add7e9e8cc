/**
 * Every hostile and malformed file of tests/fixtures/hostile/ (make-hostile.ts writes them)
 * through the real doors, with the project's places and the seed article open, as the dashboard
 * has them: each gets the outcome expected.json says, with a message that names the file and says
 * what to do, and none throws, hangs or changes what was already open.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectContext } from '../../../../src/cli/check-files';
import { openFiles, type OpenContext, type OpenOutcome } from '../../../../src/core/exchange/import-files';
import { MAX_FEATURES_PER_LAYER, MAX_JSON_BYTES, MAX_MENTIONS_PER_ARTICLE } from '../../../../src/core/validation/limits';

interface Case {
  folder: string;
  class: string;
  files: string[];
  expect: Array<{ status: string; door?: string; pattern?: string }>;
}
const ROOT = 'tests/fixtures/hostile';
const { cases } = JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { cases: Case[] };
const context = await projectContext('data', 'en');
const frozen = JSON.stringify(context.openArticles);

function messagesOf(outcome: OpenOutcome): string {
  return [outcome.what, ...outcome.warnings, ...outcome.problems.map((p) => `${p.file} ${p.field} ${p.message} ${p.fix}`)].join('\n');
}

function check(outcomes: OpenOutcome[], expected: Case['expect'], label: string) {
  expect(outcomes.map((o) => o.status), `${label}: statuses`).toEqual(expected.map((e) => e.status));
  expected.forEach((e, i) => {
    const outcome = outcomes[i]!;
    if (e.door) expect(outcome.door, `${label}: door`).toBe(e.door);
    if (e.pattern) expect(messagesOf(outcome), `${label}: messages`).toMatch(new RegExp(e.pattern, 'i'));
    for (const problem of outcome.problems) {
      expect(problem.file, `${label}: a problem names its file`).not.toBe('');
      expect(`${problem.message} ${problem.fix}`, `${label}: never the parser's own words`).not.toMatch(/Unexpected token|Invalid input|SyntaxError|undefined|\[object Object\]/);
    }
    if (outcome.status === 'refused') expect(outcome.problems.length, `${label}: a refusal says why`).toBeGreaterThan(0);
  });
}

describe('hostile files through the doors', () => {
  it('has at least 100 cases across every class', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => c.class)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(cases.map((c) => [c.folder, c] as const))('%s', async (_, c) => {
    const files = c.files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${ROOT}/files/${c.folder}/${name}`)) }));
    const outcomes = await openFiles(files, context);
    check(outcomes, c.expect, c.folder);
    expect(JSON.stringify(context.openArticles), 'what was open is unchanged').toBe(frozen);
    expect(Object.prototype, 'no key reached the prototype').not.toHaveProperty('polluted');
    expect({} as Record<string, unknown>).not.toHaveProperty('isAdmin');
  });

  it('answers in French when the interface is in French', async () => {
    const fr: OpenContext = { ...context, language: 'fr' };
    const [outcome] = await openFiles([{ name: 'a.geojson', bytes: new TextEncoder().encode('{"type": "FeatureCollection", "features": [],}') }], fr);
    expect(outcome!.problems[0]).toMatchObject({ field: 'ligne 1, colonne 46', message: 'a une virgule juste avant « } ».' });
  });
});

// Inputs too big to commit, made here.
describe('limits, held before parsing', () => {
  it('refuses a 50 MB JSON file naming the limit, in well under a second', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    big[0] = 0x5b;
    big[big.length - 1] = 0x5d;
    const started = performance.now();
    const [outcome] = await openFiles([{ name: 'big.geojson', bytes: big }], context);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(outcome!.status).toBe('refused');
    expect(outcome!.problems[0]!.message).toContain(`limit of ${MAX_JSON_BYTES / 1024 / 1024} MiB`);
  });

  it('refuses an article text over 1 MiB', async () => {
    const [outcome] = await openFiles([{ name: 'huge.txt', bytes: new TextEncoder().encode('Nouakchott. '.repeat(90_000)) }], context);
    expect(outcome).toMatchObject({ status: 'refused' });
    expect(outcome!.problems[0]!.message).toMatch(/limit of 1048576 bytes/);
  });

  it(`refuses a layer of more than ${MAX_FEATURES_PER_LAYER} features`, async () => {
    const features = Array.from({ length: MAX_FEATURES_PER_LAYER + 1 }, (_, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [-7 + i / 1e5, 16] }, properties: {} }));
    const [outcome] = await openFiles([{ name: 'many.geojson', bytes: new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })) }], context);
    expect(outcome!.problems[0]!.message).toContain(`limit of ${MAX_FEATURES_PER_LAYER} per layer`);
  });

  it(`refuses annotations beyond ${MAX_MENTIONS_PER_ARTICLE} mentions`, async () => {
    const seed = context.openArticles![0]!.annotations[0]!;
    const many = Array.from({ length: MAX_MENTIONS_PER_ARTICLE + 1 }, (_, i) => ({ ...seed, id: seed.id.replace(/\d+$/, String(i + 1)) }));
    const [outcome] = await openFiles([{ name: 'many.jsonld', bytes: new TextEncoder().encode(JSON.stringify(many)) }], context);
    expect(outcome!.problems[0]!.message).toContain(`limit of ${MAX_MENTIONS_PER_ARTICLE} mentions`);
  });

  it('refuses more than 50 files at once', async () => {
    const files = Array.from({ length: 51 }, (_, i) => ({ name: `${i}.txt`, bytes: new TextEncoder().encode('Nouakchott') }));
    const outcomes = await openFiles(files, context);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.problems[0]!.message).toContain('limit of 50 files');
  });
});
