import { describe, expect, it } from 'vitest';
import { foldText, normalizeName } from '../../../../src/core/gazetteer/fold-text';

describe('foldText', () => {
  it('keeps one code unit per code unit so offsets carry over unchanged', () => {
    const text = 'd’Aïoun-el-Atrouss, 🇲🇱 Ségou';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('folds accents, capitals, typographic apostrophes and hyphens', () => {
    expect(foldText('D’AÏOUN-el-Atrouss')).toBe("d'aioun el atrouss");
  });

  it('folds a decomposed accent to a skipped code unit, not a letter', () => {
    expect(foldText('Se\u0301gou')).toBe('se\u0000gou');
  });
});

describe('normalizeName', () => {
  it('collapses runs of separators and trims', () => {
    expect(normalizeName('  Hodh  Ech-Chargui ')).toBe('hodh ech chargui');
  });
});
