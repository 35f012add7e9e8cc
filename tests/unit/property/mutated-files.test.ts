/**
 * Valid files, mutated at random (a member deleted, a value replaced by another type, a string
 * cut short, bytes flipped, the text truncated), opened through the real doors: each either opens
 * or is refused with a problem that names its file and says what to do; nothing throws, nothing
 * hangs, and what was already open is unchanged.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectContext } from '../../../src/cli/check-files';
import { openFiles } from '../../../src/core/exchange/import-files';

const context = await projectContext('data', 'en');
const frozen = JSON.stringify(context.openArticles);
const BUNDLE = JSON.parse(readFileSync('tests/fixtures/exchange/out/cridem-2024-06-01-bassikounou.borderbrief.json', 'utf8'));
const GEOJSON = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'nema', geometry: { type: 'Point', coordinates: [-7.2566, 16.6166] }, properties: { name: 'Néma', iso_a2: 'MR' } }, { type: 'Feature', id: 'zone', geometry: { type: 'Polygon', coordinates: [[[-6, 15], [-5, 15], [-5, 16], [-6, 16], [-6, 15]]] }, properties: { event_date: '2024-05-09', event_type: 'Battles' } }] };
const BRIEFING = JSON.parse(readFileSync('data/briefings/kessiya-2024-05-mali-mauritanie.json', 'utf8'));

const replacement = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant('<script>window.__pwned=1</script>'), fc.constant(1e308), fc.constant('__proto__'));

/** Every path to a value inside `value`. */
function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (out.length > 4000) return out;
  if (Array.isArray(value)) value.slice(0, 40).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  out.push(prefix);
  return out;
}

function mutate(value: unknown, path: Array<string | number>, action: 'delete' | 'replace', by: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  if (path.length === 0) return action === 'replace' ? by : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = by;
  return copy;
}

async function opensCleanly(name: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const outcomes = await openFiles([{ name, bytes }], context);
  expect(outcomes.length).toBeGreaterThan(0);
  for (const outcome of outcomes) {
    if (outcome.status === 'refused') expect(outcome.problems.length).toBeGreaterThan(0);
    for (const problem of outcome.problems) {
      expect(problem.file).not.toBe('');
      expect(problem.message.length).toBeGreaterThan(3);
      expect(`${problem.message} ${problem.fix}`).not.toMatch(/Unexpected token|SyntaxError|\[object Object\]/);
    }
  }
  expect(JSON.stringify(context.openArticles)).toBe(frozen);
  expect(Object.prototype).not.toHaveProperty('polluted');
}

for (const [label, name, valid] of [
  ['an article bundle', 'a.borderbrief.json', BUNDLE],
  ['a GeoJSON layer', 'layer.geojson', GEOJSON],
  ['a briefing', 'briefing.json', BRIEFING],
] as const) {
  const all = paths(valid);
  describe(`${label}, mutated`, () => {
    it('with a member deleted or replaced by another type', async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(all.length - 1), fc.constantFrom('delete' as const, 'replace' as const), replacement, async (i, action, by) => {
          await opensCleanly(name, JSON.stringify(mutate(valid, all[i]!, action, by)) ?? '');
        }),
        { numRuns: 150, seed: 20240509 },
      );
    });
    it('cut short or with bytes changed', async () => {
      const text = JSON.stringify(valid, null, 2);
      await fc.assert(
        fc.asyncProperty(fc.nat(text.length), fc.array(fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), async (cut, flips) => {
          const bytes = new TextEncoder().encode(text.slice(0, Math.max(1, cut)));
          for (const [at, byte] of flips) if (at < bytes.length) bytes[at] = byte;
          await opensCleanly(name, bytes);
        }),
        { numRuns: 100, seed: 7946 },
      );
    });
  });
}
