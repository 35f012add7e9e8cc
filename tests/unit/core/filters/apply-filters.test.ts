import { describe, expect, it } from 'vitest';
import { applyFilters, histogram, visibleIds, visibleRows } from '../../../../src/core/filters/apply-filters';
import { filters, type FilterState } from '../../../../src/core/filters/filter-state';
import { BORDER_SIDES, buildIncidentIndex, concatIndexes, indexTransferables } from '../../../../src/core/filters/incident-index';
import { incidentInterval, parseIsoDay } from '../../../../src/core/filters/time-interval';
import { normalizeName } from '../../../../src/core/gazetteer/fold-text';
import { uncertaintyRadiusKm } from '../../../../src/core/acled/precision-zones';
import type { IncidentFeature } from '../../../../src/core/types';
import { border, SEED_ARTICLE, seedIncidents, syntheticFeatures } from './acled-test-data';

const acled = syntheticFeatures(3000, 11);
const index = buildIncidentIndex([{ origin: 'acled', features: acled }, { origin: SEED_ARTICLE, features: seedIncidents }], border);
const all: IncidentFeature[] = [...acled, ...seedIncidents];

/** The same filters, the slow obvious way, feature by feature: the oracle. */
function naive(state: FilterState): string[] {
  return all
    .filter((feature, row) => {
      const p = feature.properties as IncidentFeature['properties'] & Record<string, unknown>;
      if (state.eventTypes.length && !state.eventTypes.includes(p.event_type)) return false;
      if (state.claimStatuses.length && !state.claimStatuses.includes(p.claim_status)) return false;
      if (state.geoPrecisions.length && !state.geoPrecisions.includes(p.geo_precision)) return false;
      if (state.origins.length && !state.origins.includes(row < acled.length ? 'acled' : SEED_ARTICLE)) return false;
      if (state.actors.length) {
        const names = [p.actor1, p.actor2, String(p.assoc_actor_1 ?? ''), String(p.assoc_actor_2 ?? '')].map(normalizeName);
        if (!state.actors.some((q) => names.some((n) => n.includes(normalizeName(q))))) return false;
      }
      if (state.from || state.to) {
        const interval = incidentInterval(p.event_date, p.time_precision)!;
        if (state.from && interval.end <= parseIsoDay(state.from)!) return false;
        if (state.to && interval.start > parseIsoDay(state.to)!) return false;
      }
      if (state.sides.length || state.maxDistanceKm !== null) {
        const relation = typeof p.latitude === 'number' ? border.relatePoint(p.longitude as number, p.latitude, uncertaintyRadiusKm(p.geo_precision)) : border.relate(feature.geometry);
        if (state.sides.length && !state.sides.includes(relation.side)) return false;
        if (state.maxDistanceKm !== null && !(relation.distanceKm !== null && relation.distanceKm <= state.maxDistanceKm)) return false;
      }
      return true;
    })
    .map((f) => String(f.id));
}

describe('applyFilters', () => {
  it('no filter shows everything', () => {
    const result = applyFilters(index, filters());
    expect(result).toMatchObject({ count: all.length, total: all.length, partialCount: 0 });
  });

  it.each<[string, Partial<FilterState>]>([
    ['event type', { eventTypes: ['Battles', 'Riots'] }],
    ['claim status', { claimStatuses: ['alleged'] }],
    ['geo precision', { geoPrecisions: [3] }],
    ['origin', { origins: [SEED_ARTICLE] }],
    ['actor, folded', { actors: ['WAGNER'] }],
    ['time window', { from: '2024-03-01', to: '2024-03-31' }],
    ['open-ended window', { from: '2024-05-15' }],
    ['border: within 50 km, Mauritania side, since March', { sides: ['mauritania'], maxDistanceKm: 50, from: '2024-03-01' }],
    ['astride', { sides: ['astride'] }],
    ['everything at once', { eventTypes: ['Violence against civilians'], geoPrecisions: [1, 2], actors: ['mali'], from: '2024-02-01', to: '2024-04-30', maxDistanceKm: 80 }],
  ])('agrees with the feature-by-feature oracle: %s', (_name, overrides) => {
    const state = filters(overrides);
    const result = applyFilters(index, state);
    expect(visibleIds(index, result)).toEqual(naive(state));
    expect(result.count).toBeGreaterThan(0);
    expect(visibleRows(result)).toHaveLength(result.count);
  });

  it('an interval that overlaps the window counts and is flagged partly in', () => {
    const result = applyFilters(index, filters({ from: '2024-05-01', to: '2024-05-09' }));
    const partial = visibleIds(index, { ...result, visible: result.partial });
    // The seed's month-precision incidents (May 2024) overlap 1–9 May without lying inside it.
    expect(partial).toEqual(expect.arrayContaining(seedIncidents.filter((f) => f.properties.time_precision === 3).map((f) => String(f.id))));
    expect(result.partialCount).toBe(partial.length);
    const whole = applyFilters(index, filters({ from: '2024-05-01', to: '2024-05-31' }));
    expect(visibleIds(index, { ...whole, visible: whole.partial })).not.toContain('abductions-border');
  });

  it("the seed's border-zone incidents are astride; its unlocated one has no side", () => {
    const sides = Object.fromEntries(seedIncidents.map((f) => [f.id, BORDER_SIDES[index.side[index.ids.indexOf(String(f.id))]!]]));
    expect(sides['abductions-border']).toBe('astride');
    expect(sides['alleged-abuses-mauritanian-civilians']).toBe('unlocated');
  });

  it('joins indexes built apart as if built together (the worker\'s ACLED index and the articles\')', () => {
    const joined = concatIndexes([buildIncidentIndex([{ origin: 'acled', features: acled }], border), buildIncidentIndex([{ origin: SEED_ARTICLE, features: seedIncidents }], border)]);
    expect(joined).toEqual(index);
  });

  it('its 16 arrays are transferable, each with a buffer of its own (postMessage refuses repeats)', () => {
    const buffers = indexTransferables(index);
    expect(buffers).toHaveLength(16);
    expect(new Set(buffers).size).toBe(16);
    const small = () => buildIncidentIndex([{ origin: 'acled', features: acled.slice(0, 10) }], border);
    const sent = small();
    const received = structuredClone(sent, { transfer: indexTransferables(sent) });
    expect(received).toEqual(small());
    expect(sent.start.length).toBe(0); // moved, not copied
  });
});

describe('histogram', () => {
  it('counts each incident once within its period, or as overlapping every period it spans', () => {
    for (const period of ['week', 'month'] as const) {
      const state = filters({ eventTypes: ['Battles', 'Protests'] });
      const h = histogram(index, state, period);
      const within = h.bins.reduce((sum, bin) => sum + bin.within.reduce((a, b) => a + b, 0), 0);
      const spanning = applyFilters(index, state).count - within;
      expect(spanning).toBeGreaterThan(0);
      // Every spanning incident appears in at least two periods.
      const overlapping = h.bins.reduce((sum, bin) => sum + bin.overlapping.reduce((a, b) => a + b, 0), 0);
      expect(overlapping).toBeGreaterThanOrEqual(2 * spanning);
      const other = h.eventTypes.indexOf('Riots');
      expect(h.bins.every((bin) => bin.within[other] === 0 && bin.overlapping[other] === 0)).toBe(true);
    }
  });

  it('a month-precision incident is in each week of its month, never on one day', () => {
    const h = histogram(index, filters({ origins: [SEED_ARTICLE], eventTypes: ['Violence against civilians'] }), 'week');
    const type = h.eventTypes.indexOf('Violence against civilians');
    expect(h.bins.map((b) => b.start)).toEqual(['2024-04-29', '2024-05-06', '2024-05-13', '2024-05-20', '2024-05-27']);
    expect(h.bins.every((b) => b.within[type] === 0 && b.overlapping[type]! > 0)).toBe(true);
  });

  it('ignores the time window unless asked, so the timeline shows what lies outside the brush', () => {
    const state = filters({ from: '2024-03-01', to: '2024-03-31' });
    expect(histogram(index, state, 'month').bins.length).toBeGreaterThan(1);
    const inWindow = histogram(index, state, 'month', { applyTimeWindow: true });
    expect(inWindow.bins.map((b) => b.start)).toContain('2024-03-01');
  });
});
