import { describe, expect, it } from 'vitest';
import { EXPORT_SUFFIXES, OPENABLE_FILE_TYPES, isExportedDataFile } from '../../../../src/core/exchange/export-file-names';

describe('export file names', () => {
  it('tells exported data files, in any case, from article text', () => {
    expect(isExportedDataFile('a.borderbrief.json')).toBe(true);
    expect(isExportedDataFile('A.MENTIONS.CSV')).toBe(true);
    expect(isExportedDataFile('a.places.geojson')).toBe(true);
    expect(isExportedDataFile('a.txt')).toBe(false); // geoparsed as an article, even beside its export
    expect(isExportedDataFile('notes.json')).toBe(false);
  });

  it('lets the file picker offer text and every exported extension', () => {
    expect(OPENABLE_FILE_TYPES).toBe('.txt,.text,text/plain,.json,.jsonld,.geojson,.csv');
    for (const suffix of Object.values(EXPORT_SUFFIXES)) expect(OPENABLE_FILE_TYPES.split(',')).toContain(suffix.slice(suffix.lastIndexOf('.')));
  });
});
