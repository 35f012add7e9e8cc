import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../../src/core/dataset';
import { buildDataset } from '../../../../src/core/build-dataset';
import { articlePlacesBounds, countryBounds, paddingClearOf, placeBounds, regionBounds } from '../../../../src/core/views/camera';
import { readBundledDataFiles } from '../../../../src/cli/check-bundled-data';

let dataset: Dataset;
beforeAll(async () => {
  const result = await buildDataset(readBundledDataFiles());
  if (!result.ok) throw new Error('the seed does not build');
  dataset = result.dataset;
});

describe('framing: what the map looks at', () => {
  test('a country is framed on the region’s part of it, not on its whole box', () => {
    const mali = dataset.places.find((place) => place.id === 'mali')!;
    const box = countryBounds(dataset, mali)!;
    const whole = placeBounds(mali)!;
    const region = regionBounds(dataset);
    expect(box[2]).toBeLessThan(whole[2]); // not as far east as Mali's desert corner
    expect(box[2]).toBeLessThanOrEqual(region[2]);
    expect(box[0]).toBeGreaterThanOrEqual(whole[0]);
    expect((box[2] - box[0]) * (box[3] - box[1])).toBeLessThan((whole[2] - whole[0]) * (whole[3] - whole[1]));
  });

  test('a country outside the region (Russia) has no regional part: framed whole instead', () => {
    const russia = dataset.places.find((place) => place.id === 'russia')!;
    expect(countryBounds(dataset, russia)).toBeNull();
  });

  test('an article’s places: its capitals and the border inside the box, Russia left out', () => {
    const box = articlePlacesBounds(dataset, dataset.articles)!;
    const inside = (id: string) => {
      const [lng, lat] = dataset.places.find((place) => place.id === id)!.lngLat!;
      return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
    };
    expect(inside('nouakchott')).toBe(true);
    expect(inside('bamako')).toBe(true);
    expect(inside('border-ml-mr')).toBe(true);
    expect(box[2] - box[0]).toBeLessThan(40); // not stretched to Russia
  });

  test('padding: the legend in the bottom-left corner pushes the cheaper side; a huge overlay is ignored', () => {
    // 1000 × 600 map, a legend 200 × 150 near the bottom-left corner: 210/1000 of the width costs less than 160/600 of the height.
    expect(paddingClearOf(1000, 600, [{ left: 10, top: 440, width: 200, height: 150 }], 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 230 });
    // a wide, short bar at the bottom pushes the bottom
    expect(paddingClearOf(1000, 600, [{ left: 0, top: 560, width: 1000, height: 40 }], 40)).toEqual({ top: 40, right: 40, bottom: 60, left: 40 });
    expect(paddingClearOf(1000, 600, [{ left: 0, top: 0, width: 900, height: 600 }], 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
  });
});
