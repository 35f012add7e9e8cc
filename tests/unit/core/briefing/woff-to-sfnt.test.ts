import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { woffToSfnt } from '../../../../src/core/briefing/woff-to-sfnt';

const inflate = async (bytes: Uint8Array) => new Uint8Array(inflateSync(bytes));
const woff = new Uint8Array(readFileSync('node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'));

function tableTags(sfnt: Uint8Array): string[] {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => String.fromCharCode(...sfnt.subarray(12 + i * 16, 16 + i * 16)));
}

describe('woffToSfnt', () => {
  test('unwraps Noto Sans into a TrueType file with the tables a PDF font needs', async () => {
    const sfnt = await woffToSfnt(woff, inflate);
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000); // TrueType outlines
    expect(tableTags(sfnt)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']));
  });

  test('restores the size the WOFF header announces', async () => {
    const totalSfntSize = new DataView(woff.buffer, woff.byteOffset).getUint32(16);
    expect((await woffToSfnt(woff, inflate)).byteLength).toBe(totalSfntSize);
  });

  test('refuses a file that is not WOFF 1.0', async () => {
    await expect(woffToSfnt(new Uint8Array(64), inflate)).rejects.toThrow(/woff/);
  });
});
