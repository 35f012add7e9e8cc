import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseBriefing } from '../../../../src/core/briefing/briefing-schema';
import type { Dataset } from '../../../../src/core/dataset';
import { seedDataset, SEED_ARTICLE_ID } from './seed-dataset';

const PATH = `data/briefings/${SEED_ARTICLE_ID}.json`;
const content = readFileSync(PATH, 'utf8');
let dataset: Dataset;

beforeAll(async () => {
  dataset = await seedDataset();
});

function edited(edit: (json: Record<string, unknown> & { slides: Array<Record<string, unknown>> }) => void): string {
  const json = JSON.parse(content);
  edit(json);
  return JSON.stringify(json);
}

describe('parseBriefing', () => {
  test('accepts the seed briefing against the seed data', () => {
    expect(parseBriefing(PATH, content, dataset)).toMatchObject({ ok: true });
  });

  test('names the file, the field and the fix when a latitude is out of range', () => {
    const result = parseBriefing('x.json', edited((json) => (json.slides[0]!.camera = { bounds: [-17, 11, -3, 96] })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'x.json', field: 'slides[0].camera.bounds[3]' });
    expect(result.problems[0]!.fix).toContain('longitude first');
  });

  test('names the layer list as the field when a layer is missing', () => {
    const result = parseBriefing('x.json', edited((json) => delete (json.slides[1]!.layers as Record<string, boolean>).border));
    expect(result.ok ? null : result.problems[0]!.field).toBe('slides[1].layers.border');
  });

  test('rejects an annotation id that the article does not have', () => {
    const result = parseBriefing('x.json', edited((json) => (json.slides[0]!.annotationIds = ['urn:border-brief:annotation:kessiya-2024-05-mali-mauritanie:99'])), dataset);
    expect(result.ok ? null : result.problems.map((problem) => problem.field)).toEqual(['slides[0].annotationIds[0]']);
  });

  test('rejects two slides with the same id', () => {
    const result = parseBriefing('x.json', edited((json) => (json.slides[1]!.id = json.slides[0]!.id)));
    expect(result.ok ? null : result.problems[0]!.message).toContain('repeats the slide id');
  });

  test('rejects a briefing with no slides', () => {
    const result = parseBriefing('x.json', edited((json) => (json.slides = [])));
    expect(result.ok ? null : result.problems[0]!.field).toBe('slides');
  });

  test('says a file that is not JSON is not JSON', () => {
    const result = parseBriefing('broken.json', '{"id": ');
    expect(result.ok ? null : result.problems[0]).toMatchObject({ file: 'broken.json', field: 'line 1, column 8', message: 'ends too early: a value was expected.' });
  });
});
