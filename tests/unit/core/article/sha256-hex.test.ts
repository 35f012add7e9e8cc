import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/core/article/sha256-hex';

describe('sha256Hex', () => {
  it('hashes the empty string to the known SHA-256 value', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the UTF-8 bytes of the text, not its UTF-16 code units', async () => {
    // `printf 'é' | sha256sum` over the two bytes C3 A9
    expect(await sha256Hex('\u00e9')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});
