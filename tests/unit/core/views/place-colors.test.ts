import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { GeoLayers } from '../../../../src/core/dataset';
import { assignPlaceColors, colorOf, paletteColor, PLACE_PALETTE, shownPlaceColors } from '../../../../src/core/views/place-colors';
import { capitalColors } from '../../../../src/map/map-style';

const capitals = JSON.parse(readFileSync('geo/capitals.geojson', 'utf8')) as GeoLayers['capitals'];
const geo = { capitals };

/** The place ids an article's mentions point at: the seed's annotations, and each hand-marked article of the dev set. */
function articlesPlaceIds(): Array<{ name: string; placeIds: string[] }> {
  const seed = readFileSync('data/articles/kessiya-2024-05-mali-mauritanie/annotations.jsonld', 'utf8');
  const seedIds = [...seed.matchAll(/urn:border-brief:place:([a-z0-9-]+)/g)].map((match) => match[1]!).filter((id) => id !== 'unlocated');
  const devset = readdirSync('tests/fixtures/devset')
    .filter((file) => file.endsWith('.gold.json'))
    .map((file) => {
      const gold = JSON.parse(readFileSync(`tests/fixtures/devset/${file}`, 'utf8')) as { mentions: Array<{ placeId: string | null }> };
      return { name: file, placeIds: gold.mentions.map((mention) => mention.placeId).filter((id): id is string => typeof id === 'string') };
    });
  return [{ name: 'seed', placeIds: seedIds }, ...devset];
}

const asArticle = (placeIds: string[]) => ({ mentions: placeIds.map((placeId) => ({ placeId })) }) as never;

/** Two places that may share a colour: both borders (red, like the border line). */
const mayShare = (a: string, b: string) => a.startsWith('border-') && b.startsWith('border-');

function clashes(colors: ReadonlyMap<string, string>): string[] {
  const ids = [...colors.keys()];
  return ids.flatMap((a, i) => ids.slice(i + 1).filter((b) => colors.get(a) === colors.get(b) && !mayShare(a, b)).map((b) => `${a} = ${b} (${colors.get(a)})`));
}

describe('place colours: no two places shown together share one', () => {
  test.each(articlesPlaceIds())('$name with the capitals', ({ placeIds }) => {
    const colors = shownPlaceColors({ geo }, [asArticle(placeIds)]);
    expect(placeIds.every((id) => colors.has(id))).toBe(true);
    expect(clashes(colors)).toEqual([]);
  });

  test('every article shown at once', () => {
    const all = articlesPlaceIds().flatMap((article) => article.placeIds);
    const colors = shownPlaceColors({ geo }, [asArticle(all)]);
    expect(colors.size).toBeGreaterThan(PLACE_PALETTE.length * 2);
    expect(clashes(colors)).toEqual([]);
  });

  test('the pairs the old hash mixed up: Bamako and Fassala, Nouakchott and Hodh Ech Chargui', () => {
    const colors = shownPlaceColors({ geo }, [asArticle(['fassala', 'hodh-ech-chargui', 'bassikounou', 'mali', 'mauritania'])]);
    expect(colors.get('bamako')).not.toBe(colors.get('fassala'));
    expect(colors.get('nouakchott')).not.toBe(colors.get('hodh-ech-chargui'));
  });
});

describe('place colours: the same answer everywhere', () => {
  test('deterministic: the order the ids come in changes nothing', () => {
    const ids = ['nara', 'kayes', 'fassala', 'mali', 'border-ml-mr', 'nioro-du-sahel'];
    expect([...assignPlaceColors(ids).entries()].sort()).toEqual([...assignPlaceColors([...ids].reverse()).entries()].sort());
  });

  test('the capitals keep the colour the map style gives them, whatever article is shown', () => {
    const style = capitalColors(geo);
    for (const { placeIds } of articlesPlaceIds()) {
      const colors = shownPlaceColors({ geo }, [asArticle(placeIds)]);
      for (const [id, color] of style) expect(colors.get(id), id).toBe(color);
    }
  });

  test('the border keeps the border line’s red and the two countries their side of the zone', () => {
    const colors = assignPlaceColors(['border-ml-mr', 'border-ml-sn', 'mali', 'mauritania']);
    expect(colors.get('border-ml-mr')).toBe('#c1121f');
    expect(colors.get('border-ml-sn')).toBe('#c1121f');
    expect(colors.get('mali')).toBe('#d55e00');
    expect(colors.get('mauritania')).toBe('#009e73');
    expect(colorOf(colors, 'unknown-place')).toBe(PLACE_PALETTE[0]);
  });

  test('past the palette the hues come again, darker and lighter by turns, all distinct', () => {
    const colors = Array.from({ length: PLACE_PALETTE.length * 10 }, (_, i) => paletteColor(i));
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors.every((color) => /^#[0-9a-f]{6}$/.test(color))).toBe(true);
  });
});
