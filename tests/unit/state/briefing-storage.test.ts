import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { parseBriefing } from '../../../src/core/briefing/briefing-schema';
import { loadStoredBriefing, storeBriefing, type KeyValueStorage } from '../../../src/state/briefing-storage';

const parsed = parseBriefing('seed.json', readFileSync('data/briefings/kessiya-2024-05-mali-mauritanie.json', 'utf8'));
if (!parsed.ok) throw new Error('seed briefing does not parse');
const seed = parsed.briefing;

function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

describe('briefing storage', () => {
  test('a stored briefing comes back as it was', () => {
    const storage = memoryStorage();
    const edited = { ...seed, slides: [...seed.slides].reverse() };
    storeBriefing(storage, edited);
    expect(loadStoredBriefing(storage, seed.id)).toEqual(edited);
  });

  test('a broken stored copy is ignored, not used', () => {
    const storage = memoryStorage();
    storage.setItem(`border-brief:briefing:${seed.id}`, '{"id": "x"}');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(loadStoredBriefing(storage, seed.id)).toBeNull();
    warn.mockRestore();
  });

  test('a storage that throws (disabled, full) loses the edit but not the page', () => {
    const storage: KeyValueStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(() => storeBriefing(storage, seed)).not.toThrow();
    expect(loadStoredBriefing(storage, seed.id)).toBeNull();
  });
});
