/**
 * Re-anchoring on the edit set (tests/fixtures/anchoring/edit-set.json, made by
 * make-edit-set.ts; conventions in that folder's README): annotations made on the original of
 * each case are re-anchored in its edited text. At least 95 % of the mentions whose words survive
 * must land exactly where the edit put them, and none may land on other words: a mention whose
 * words were deleted must be orphaned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reanchorAnnotations } from '../../../../src/core/annotations/anchor-annotation';
import { createPlaceAnnotation } from '../../../../src/core/annotations/create-place-annotation';
import { caseTexts, formatEditSet, makeEditSet, type EditCase } from '../../../fixtures/anchoring/make-edit-set';

const root = '.';
const editSet = JSON.parse(readFileSync('tests/fixtures/anchoring/edit-set.json', 'utf8')) as EditCase[];

function run(editCase: EditCase) {
  const { original, edited } = caseTexts(root, editCase);
  const annotations = editCase.mentions.map((m, i) =>
    createPlaceAnnotation({
      articleId: 'edit-set',
      text: original,
      sha256: '0'.repeat(64),
      index: i + 1,
      start: m.start,
      end: m.end,
      placeId: 'somewhere',
      mentionKind: 'town',
      creator: { id: 'urn:border-brief:agent:test', type: 'Person', name: 'Test' },
      created: '2024-05-31T00:00:00Z',
    }),
  );
  const report = reanchorAnnotations(annotations, edited);
  return editCase.mentions.map((m, i) => {
    const outcome = report.outcomes[i]!;
    const landed = outcome.status === 'orphaned' ? 'orphaned' : { start: outcome.start, end: outcome.end };
    const verdict =
      m.expected === 'orphaned'
        ? landed === 'orphaned' ? 'orphaned as expected' : 'wrong words'
        : landed === 'orphaned' ? 'missed' : landed.start === m.expected.start && landed.end === m.expected.end ? 'right' : 'wrong words';
    return { case: editCase.name, exact: m.exact, expected: m.expected, landed, verdict, words: landed === 'orphaned' ? null : edited.slice(landed.start, landed.end) };
  });
}

describe('re-anchoring the edit set', () => {
  const results = editSet.flatMap(run);
  if (process.env.EDIT_SET_REPORT) {
    // The verdicts by kind of edit, for the fixtures README and reviews of anchoring changes.
    const table: Record<string, Record<string, number>> = {};
    for (const r of results) {
      const byVerdict = (table[r.case.split('--')[0]!] ??= {});
      byVerdict[r.verdict] = (byVerdict[r.verdict] ?? 0) + 1;
    }
    console.log(JSON.stringify(table));
  }

  it('is what make-edit-set.ts makes (regenerate it after changing the script)', () => {
    expect(formatEditSet(makeEditSet(root))).toBe(readFileSync('tests/fixtures/anchoring/edit-set.json', 'utf8'));
  });

  it('holds at least 40 edited texts of every kind of edit', () => {
    expect(editSet.length).toBeGreaterThanOrEqual(40);
    expect(new Set(editSet.map((c) => c.kind))).toEqual(new Set(['word-inserted', 'sentence-inserted', 'passage-deleted', 'typos-fixed', 'whitespace-reflowed', 'quotes-straightened', 'paragraph-moved', 'name-respelled']));
  });

  it('never attaches a mention to other words', () => {
    expect(results.filter((r) => r.verdict === 'wrong words')).toEqual([]);
  });

  it('re-anchors at least 95 % of the mentions whose words survive, where the edit put them', () => {
    const surviving = results.filter((r) => r.expected !== 'orphaned');
    const right = surviving.filter((r) => r.verdict === 'right');
    const missed = surviving.filter((r) => r.verdict === 'missed');
    expect(right.length / surviving.length, JSON.stringify(missed.slice(0, 10), null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('orphans every mention whose words were deleted', () => {
    const deleted = results.filter((r) => r.expected === 'orphaned');
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted.every((r) => r.verdict === 'orphaned as expected')).toBe(true);
  });
});
