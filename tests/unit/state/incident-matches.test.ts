/**
 * The selectors behind the cards' matches and the article's dimmed marks, on the real seed data
 * with SYNTHETIC ACLED events: matches are worked out once per index and set of incidents (not on
 * every filter change), both ways, and a mark is dimmed only when every incident it reports is
 * filtered out.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { AcledEvent } from '../../../src/core/acled/acled-event';
import { acledFeature } from '../../../src/core/acled/acled-features';
import { parseAcledCsv } from '../../../src/core/acled/parse-acled-csv';
import type { Dataset } from '../../../src/core/dataset';
import { incidentById, selectAnnotationsOutsideFilters, selectIncidentIndex, selectIncidentMatches, selectValueCounts } from '../../../src/state/selectors';
import { createStore } from '../../../src/state/store';
import { syntheticAcledCsv } from '../../fixtures/acled/synthetic-acled';
import { seedDataset } from '../core/briefing/seed-dataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await seedDataset();
});

function acledLayer() {
  const parsed = parseAcledCsv(syntheticAcledCsv({ rows: 1 }));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const event = (id: string, overrides: Partial<AcledEvent>) => acledFeature({ ...parsed.events[0]!, event_id_cnty: id, ...overrides });
  // The seed's 9 May visit of a Malian military delegation to Nouakchott, as ACLED would code it; and one a day later.
  const features = [
    event('SYN-VISIT', { event_type: 'Strategic developments', sub_event_type: 'Other', event_date: '2024-05-09', time_precision: 1, latitude: 18.0858, longitude: -15.9785, geo_precision: 1 }),
    event('SYN-LATER', { event_type: 'Strategic developments', sub_event_type: 'Other', event_date: '2024-06-10', time_precision: 1, latitude: 18.0858, longitude: -15.9785, geo_precision: 1 }),
  ];
  return { id: 'acled', name: 'synthetic.csv', kind: 'acled' as const, features };
}

describe('incident matches', () => {
  test('an article incident and the ACLED event it is are matched both ways; none before a layer is open', () => {
    const store = createStore({ bundled: dataset, isRestored: true });
    expect(selectIncidentMatches(store.getState()).byIncident.size).toBe(0);
    store.addEventLayer(acledLayer());
    const matches = selectIncidentMatches(store.getState());
    expect(matches.byIncident.get('military-delegation-visit-nouakchott')?.map((m) => m.eventId)).toContain('SYN-VISIT');
    expect(matches.byEvent.get('SYN-VISIT')?.map((m) => m.incidentId)).toContain('military-delegation-visit-nouakchott');
    expect(matches.byEvent.has('SYN-LATER')).toBe(false);
  });

  test('are remembered across filter changes and recomputed when a layer changes', () => {
    const store = createStore({ bundled: dataset, isRestored: true });
    store.addEventLayer(acledLayer());
    const first = selectIncidentMatches(store.getState());
    store.setFilters({ sides: ['mali'] });
    expect(selectIncidentMatches(store.getState())).toBe(first);
    store.removeEventLayer('acled');
    expect(selectIncidentMatches(store.getState())).not.toBe(first);
    expect(selectIncidentMatches(store.getState()).byEvent.size).toBe(0);
  });

  test('an event of a layer is found by id for its card, without an article', () => {
    const layer = acledLayer();
    expect(incidentById(dataset.articles, [layer], 'SYN-VISIT')).toEqual({ incident: layer.features[0], article: null });
    expect(incidentById(dataset.articles, [layer], 'abductions-border')?.article?.meta.id).toBe(dataset.articles[0]!.meta.id);
    expect(incidentById(dataset.articles, [layer], 'nothing')).toBeNull();
  });
});

describe('marks outside the filters', () => {
  test('a mark is dimmed when every incident it reports is filtered out, not when one of them is shown', () => {
    const store = createStore({ bundled: dataset, isRestored: true });
    expect(selectAnnotationsOutsideFilters(store.getState()).size).toBe(0);
    const incidents = dataset.articles[0]!.incidents;
    const visit = incidents.find((incident) => incident.properties.id === 'military-delegation-visit-nouakchott')!;
    // Only the day of the visit: the month-long incidents overlap it too, so they stay.
    store.setFilters({ eventTypes: ['Violence against civilians'] });
    const outside = selectAnnotationsOutsideFilters(store.getState());
    const shownIds = new Set(incidents.filter((incident) => incident.properties.event_type === 'Violence against civilians').flatMap((incident) => incident.properties.annotation_ids));
    expect(visit.properties.annotation_ids.length).toBeGreaterThan(0);
    for (const id of visit.properties.annotation_ids) expect(outside.has(id)).toBe(!shownIds.has(id));
    for (const id of shownIds) expect(outside.has(id)).toBe(false);
    expect(outside.size).toBeGreaterThan(0);
  });
});

describe('filter counts', () => {
  test('count each value and nest each sub-event type under its event type', () => {
    const store = createStore({ bundled: dataset, isRestored: true });
    store.addEventLayer(acledLayer());
    const counts = selectValueCounts(store.getState())!;
    const index = selectIncidentIndex(store.getState())!;
    const parentOf = (sub: string) => index.eventTypes[counts.subEventParent[index.subEventTypes.indexOf(sub)]!];
    expect(parentOf('Abduction/forced disappearance')).toBe('Violence against civilians');
    expect(parentOf('Other')).toBe('Strategic developments');
    // The seed's three strategic developments of « Other » and the two events.
    expect(counts.subEventTypes[index.subEventTypes.indexOf('Other')]).toBe(5);
    const total = counts.eventTypes.reduce((a, b) => a + b, 0);
    expect(total).toBe(dataset.articles[0]!.incidents.length + 2);
    expect(counts.sides.reduce((a, b) => a + b, 0)).toBe(total);
    expect(counts.geoPrecisions[1]! + counts.geoPrecisions[2]! + counts.geoPrecisions[3]!).toBe(total);
  });
});
