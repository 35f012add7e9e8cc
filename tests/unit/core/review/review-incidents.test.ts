import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../../src/core/dataset';
import { reviewIncidents, type IncidentReviewState, type ReviewedIncident } from '../../../../src/core/review/review-incidents';
import { reviewerAgent } from '../../../../src/core/review/reviewer';
import { placeGeometry } from '../../../../src/core/views/place-geometry';
import { deepFreeze, seedDataset } from '../briefing/seed-dataset';

let dataset: Dataset;
let start: IncidentReviewState;
const by = { reviewer: reviewerAgent('Awa'), at: '2026-12-02T10:00:00Z' };
beforeAll(async () => {
  dataset = await seedDataset();
  start = deepFreeze({ incidents: dataset.articles[0]!.incidents as ReviewedIncident[], history: [] });
});
const ok = (outcome: ReturnType<typeof reviewIncidents>) => {
  if (!outcome.ok) throw new Error(outcome.notice);
  return outcome.state;
};
const byId = (state: IncidentReviewState, id: string) => state.incidents.find((incident) => incident.properties.id === id)!;

describe('reviewIncidents', () => {
  test('accept and reject are signed, and undo puts the incident back', () => {
    const rejected = ok(reviewIncidents(start, { type: 'reject-incident', id: 'abductions-border', ...by }));
    expect(byId(rejected, 'abductions-border').properties).toMatchObject({ 'bb:status': 'rejected', creator: by.reviewer, modified: by.at });
    const undone = ok(reviewIncidents(rejected, { type: 'undo-incidents' }));
    expect(undone.incidents).toBe(start.incidents);
  });

  test('an edit keeps the earlier value of each changed field beside it, once', () => {
    const edited = ok(reviewIncidents(start, { type: 'edit-incident', id: 'abductions-border', changes: { sub_event_type: 'Attack', fatalities: 2 }, ...by }));
    const again = ok(reviewIncidents(edited, { type: 'edit-incident', id: 'abductions-border', changes: { fatalities: 3 }, ...by }));
    const props = byId(again, 'abductions-border').properties;
    expect(props.fatalities).toBe(3);
    expect(props['bb:proposal']).toEqual({ sub_event_type: byId(start, 'abductions-border').properties.sub_event_type, fatalities: null });
    expect(props['bb:status']).toBe('accepted');
  });

  test('an edit that contradicts itself is refused with a reason', () => {
    const outcome = reviewIncidents(start, { type: 'edit-incident', id: 'abductions-border', changes: { event_date: '2024-05', time_precision: 1 }, ...by });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.notice).toMatch(/month alone has precision 3/);
    expect(reviewIncidents(start, { type: 'edit-incident', id: 'abductions-border', changes: { fatalities: Number.NaN }, ...by }).ok).toBe(false);
  });

  test('placing an incident at a town draws a point; at the border, the border zone', () => {
    const nouakchott = dataset.places.find((place) => place.id === 'nouakchott')!;
    const border = dataset.places.find((place) => place.id === 'border-ml-mr')!;
    expect(placeGeometry(nouakchott, 1, dataset.geo)?.type).toBe('Point');
    expect(placeGeometry(border, 3, dataset.geo)?.type).toMatch(/Polygon/);
    const moved = ok(reviewIncidents(start, { type: 'edit-incident', id: 'abductions-border', changes: { place_ids: ['nouakchott'], geo_precision: 1, geometry: placeGeometry(nouakchott, 1, dataset.geo) }, ...by }));
    const incident = byId(moved, 'abductions-border');
    expect(incident.geometry?.type).toBe('Point');
    expect(incident.properties['bb:proposal']?.geometry?.type).toMatch(/Polygon/);
  });

  test('merge joins passages and places; split moves passages to a new incident', () => {
    const merged = ok(reviewIncidents(start, { type: 'merge-incidents', keepId: 'ministerial-meeting-nouakchott', mergeId: 'ministerial-meeting-bamako', ...by }));
    expect(merged.incidents).toHaveLength(start.incidents.length - 1);
    const kept = byId(merged, 'ministerial-meeting-nouakchott');
    expect(kept.properties.place_ids).toEqual(expect.arrayContaining(['nouakchott', 'bamako']));
    const moving = kept.properties.annotation_ids.slice(-1);
    const split = ok(reviewIncidents(merged, { type: 'split-incident', id: 'ministerial-meeting-nouakchott', annotationIds: moving, newId: 'meeting-2', ...by }));
    expect(byId(split, 'meeting-2').properties.annotation_ids).toEqual(moving);
    expect(byId(split, 'meeting-2').properties['bb:addedBy']).toEqual(by.reviewer);
    expect(reviewIncidents(merged, { type: 'split-incident', id: 'ministerial-meeting-nouakchott', annotationIds: kept.properties.annotation_ids, newId: 'x', ...by }).ok).toBe(false);
  });
});
