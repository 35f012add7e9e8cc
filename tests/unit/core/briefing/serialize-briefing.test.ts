import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../../../src/core/briefing/briefing-schema';
import { serializeBriefing } from '../../../../src/core/briefing/serialize-briefing';

const content = readFileSync('data/briefings/kessiya-2024-05-mali-mauritanie.json', 'utf8');

describe('serializeBriefing', () => {
  test('an exported briefing imports back equal, byte for byte', () => {
    const parsed = parseBriefing('seed.json', content);
    if (!parsed.ok) throw new Error('seed briefing does not parse');
    expect(serializeBriefing(parsed.briefing)).toBe(content);
  });

  test('writes keys in a fixed order whatever order they came in', () => {
    const parsed = parseBriefing('seed.json', content);
    if (!parsed.ok) throw new Error('seed briefing does not parse');
    const reversed = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
    const reordered = reversed({ ...parsed.briefing, slides: parsed.briefing.slides.map(reversed) });
    expect(Object.keys(reordered)[0]).toBe('slides');
    expect(serializeBriefing(reordered)).toBe(content);
  });
});
