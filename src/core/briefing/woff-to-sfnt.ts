/**
 * Turns a WOFF 1.0 font (https://www.w3.org/TR/WOFF/) back into the TrueType file it wraps.
 * The PDF handouts need a TrueType font for ’ « » œ, which jsPDF's built-in Helvetica lacks;
 * the project ships Noto Sans only as web fonts (@fontsource), and WOFF 1.0 is the one that can
 * be unwrapped without a font library: each table is zlib-compressed, nothing else changes.
 * Pure: the caller hands in the zlib inflater (DecompressionStream in the browser, node:zlib in tests).
 */
export type Inflate = (compressed: Uint8Array) => Promise<Uint8Array>;

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_ENTRY_BYTES = 16;

/** The sfnt (TrueType/OpenType) bytes of a WOFF 1.0 file. @throws when `woff` is not WOFF 1.0. */
export async function woffToSfnt(woff: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER_BYTES || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('woffToSfnt: woff is not a WOFF 1.0 file (no wOFF signature).');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: Array<{ tag: number; checksum: number; data: Uint8Array }> = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    // A table is stored as is when compressing it would not make it smaller (WOFF §5).
    const data = compLength < origLength ? await inflate(raw) : raw;
    if (data.byteLength !== origLength) throw new Error(`woffToSfnt: table ${i} inflates to ${data.byteLength} bytes, expected ${origLength}.`);
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data });
  }
  const padded = (length: number) => (length + 3) & ~3;
  const total = SFNT_HEADER_BYTES + numTables * SFNT_ENTRY_BYTES + tables.reduce((sum, table) => sum + padded(table.data.byteLength), 0);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, power * 16); // searchRange
  outView.setUint16(8, Math.log2(power)); // entrySelector
  outView.setUint16(10, numTables * 16 - power * 16); // rangeShift
  let offset = SFNT_HEADER_BYTES + numTables * SFNT_ENTRY_BYTES;
  tables.forEach((table, i) => {
    const at = SFNT_HEADER_BYTES + i * SFNT_ENTRY_BYTES;
    outView.setUint32(at, table.tag);
    outView.setUint32(at + 4, table.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return out;
}
