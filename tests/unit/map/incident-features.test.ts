import { describe, expect, test } from 'vitest';
import type { IncidentFeature } from '../../../src/core/types';
import { incidentMapFeatures } from '../../../src/map/incident-features';
import { readBundledDataFiles } from '../../../src/cli/check-bundled-data';

const seedIncidents = (): IncidentFeature[] => JSON.parse(readBundledDataFiles().articles[0]!.incidents!.content).features;

describe('incident map features', () => {
  test('keeps only what the map draws and picks: id, shape, symbol offset and whether it is a proposal', () => {
    const features = incidentMapFeatures(seedIncidents()).features;
    for (const feature of features) expect(Object.keys(feature.properties).sort()).toEqual(['icon_offset', 'id', 'proposed', 'shape']);
    expect(features.every((f) => f.properties.proposed === 0)).toBe(true); // hand-coded
    expect(features.find((f) => f.properties.id === 'ministerial-meeting-bamako')?.properties.shape).toBe('diamond');
  });
  test('draws a proposal fainter and leaves out a rejected incident', () => {
    const [first, second, ...rest] = seedIncidents();
    const marked = [
      { ...first!, properties: { ...first!.properties, 'bb:status': 'proposed' as const } },
      { ...second!, properties: { ...second!.properties, 'bb:status': 'rejected' as const } },
      ...rest,
    ];
    const features = incidentMapFeatures(marked).features;
    expect(features.find((f) => f.properties.id === first!.properties.id)?.properties.proposed ?? 1).toBe(1);
    expect(features.map((f) => f.properties.id)).not.toContain(second!.properties.id);
  });
  test('leaves out the incident the article does not place', () => {
    const ids = incidentMapFeatures(seedIncidents()).features.map((f) => f.properties.id);
    expect(ids).not.toContain('alleged-abuses-mauritanian-civilians');
    expect(ids).toHaveLength(5);
  });
  test('fans out the symbols of incidents at one point, the first to the right, the next to the left', () => {
    const features = incidentMapFeatures(seedIncidents()).features;
    const atNouakchott = features.filter((f) => f.properties.id.endsWith('nouakchott')).map((f) => f.properties.icon_offset);
    expect(atNouakchott).toEqual([
      [17, -17],
      [-17, -17],
    ]);
    expect(features.find((f) => f.properties.id === 'abductions-border')?.properties.icon_offset).toEqual([0, 0]);
  });
});
