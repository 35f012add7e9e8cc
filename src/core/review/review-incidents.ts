/**
 * A reviewer's decisions on an article's incidents, as a pure reducer: accept, reject, edit any
 * field, add one from selected words, merge two, split one, undo. Every change is signed (the
 * incident's `creator` becomes the reviewer, `modified` the moment), and the machine's proposal is
 * kept beside it (`bb:proposal`: the values the coder proposed for each field a person changed),
 * so what a person decided and what a machine guessed stay distinguishable.
 */
import type { Geometry } from 'geojson';
import type { Agent, IncidentFeature, IncidentProperties } from '../types';

export type IncidentStatus = 'proposed' | 'accepted' | 'rejected';

/** An incident as a reviewer leaves it. */
export type ReviewedIncidentProperties = IncidentProperties & {
  'bb:status'?: IncidentStatus;
  modified?: string;
  creator?: Agent;
  /** Set on an incident a person added (from words or by a split): it has no machine proposal to keep. */
  'bb:addedBy'?: Agent;
  /** The values each field had before a person first changed it (the coder's proposal, or the bundled coding). */
  'bb:proposal'?: Partial<IncidentProperties> & { geometry?: Geometry | null };
};
export type ReviewedIncident = IncidentFeature & { properties: ReviewedIncidentProperties };

/** The fields a reviewer may set. */
export const EDITABLE_INCIDENT_FIELDS = [
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'inter1',
  'inter2',
  'civilian_targeting',
  'event_date',
  'time_precision',
  'location',
  'admin1',
  'country',
  'geo_precision',
  'place_ids',
  'claim_status',
  'claim_by',
  'fatalities',
  'notes',
  'annotation_ids',
] as const satisfies ReadonlyArray<keyof IncidentProperties>;
export type IncidentChanges = Partial<Pick<IncidentProperties, (typeof EDITABLE_INCIDENT_FIELDS)[number]>> & { geometry?: Geometry | null };

interface ByReviewer {
  reviewer: Agent;
  at: string; // ISO 8601 date-time
}

export type IncidentAction =
  | ({ type: 'accept-incident'; id: string } & ByReviewer)
  | ({ type: 'reject-incident'; id: string } & ByReviewer)
  | ({ type: 'edit-incident'; id: string; changes: IncidentChanges } & ByReviewer)
  /** A new incident from words the reviewer selected: `incident` is a draft made by the caller. */
  | ({ type: 'add-incident'; incident: IncidentFeature } & ByReviewer)
  /** Two reports of one event: the second's passages and places join the first, the second goes. */
  | ({ type: 'merge-incidents'; keepId: string; mergeId: string } & ByReviewer)
  /** One incident that was two events: the given passages move to a new incident `newId`. */
  | ({ type: 'split-incident'; id: string; annotationIds: string[]; newId: string } & ByReviewer)
  | { type: 'undo-incidents' };

export interface IncidentReviewState {
  incidents: ReviewedIncident[];
  history: ReviewedIncident[][]; // oldest first
}

export type IncidentOutcome = { ok: true; state: IncidentReviewState } | { ok: false; notice: string };

const MAX_UNDO_STEPS = 200;

/** The incidents after `action`, or why nothing changed. Pure: the input is never mutated. */
export function reviewIncidents(state: IncidentReviewState, action: IncidentAction): IncidentOutcome {
  if (action.type === 'undo-incidents') {
    const previous = state.history.at(-1);
    return previous ? { ok: true, state: { incidents: previous, history: state.history.slice(0, -1) } } : { ok: false, notice: 'Nothing to undo.' };
  }
  const find = (id: string) => state.incidents.findIndex((incident) => incident.properties.id === id);
  const sign = (incident: ReviewedIncident, patch: Partial<ReviewedIncidentProperties>, geometry = incident.geometry): ReviewedIncident => ({
    ...incident,
    geometry,
    properties: { ...incident.properties, ...patch, creator: action.reviewer, modified: action.at },
  });
  const commit = (incidents: ReviewedIncident[]): IncidentOutcome => ({ ok: true, state: { incidents, history: [...state.history, state.incidents].slice(-MAX_UNDO_STEPS) } });
  const replace = (index: number, ...incidents: ReviewedIncident[]) => [...state.incidents.slice(0, index), ...incidents, ...state.incidents.slice(index + 1)];

  switch (action.type) {
    case 'accept-incident':
    case 'reject-incident': {
      const index = find(action.id);
      if (index < 0) return { ok: false, notice: `No incident ${action.id} in this article (it may have been undone).` };
      const status: IncidentStatus = action.type === 'accept-incident' ? 'accepted' : 'rejected';
      if (state.incidents[index]!.properties['bb:status'] === status) return { ok: false, notice: `The incident is already ${status}.` };
      return commit(replace(index, sign(state.incidents[index]!, { 'bb:status': status })));
    }
    case 'edit-incident': {
      const index = find(action.id);
      if (index < 0) return { ok: false, notice: `No incident ${action.id} in this article (it may have been undone).` };
      const incident = state.incidents[index]!;
      const { geometry, ...fields } = action.changes;
      const changed = Object.entries(fields).filter(([key, value]) => JSON.stringify(incident.properties[key as keyof IncidentProperties]) !== JSON.stringify(value));
      const isGeometryChanged = geometry !== undefined && JSON.stringify(geometry) !== JSON.stringify(incident.geometry);
      if (changed.length === 0 && !isGeometryChanged) return { ok: false, notice: 'Nothing changed.' };
      const problem = checkChanges({ ...incident.properties, ...fields });
      if (problem) return { ok: false, notice: problem };
      // The coder's value of each field is kept the first time a person changes it.
      const proposal = { ...(incident.properties['bb:proposal'] ?? {}) } as NonNullable<ReviewedIncidentProperties['bb:proposal']>;
      if (!incident.properties['bb:addedBy']) {
        for (const [key] of changed) if (!(key in proposal)) (proposal as Record<string, unknown>)[key] = incident.properties[key as keyof IncidentProperties];
        if (isGeometryChanged && !('geometry' in proposal)) proposal.geometry = incident.geometry;
      }
      const patch: Partial<ReviewedIncidentProperties> = { ...Object.fromEntries(changed), 'bb:status': 'accepted', ...(Object.keys(proposal).length ? { 'bb:proposal': proposal } : {}) };
      return commit(replace(index, sign(incident, patch, isGeometryChanged ? geometry : incident.geometry)));
    }
    case 'add-incident': {
      if (find(action.incident.properties.id) >= 0) return { ok: false, notice: `An incident ${action.incident.properties.id} exists already.` };
      const added = sign(action.incident as ReviewedIncident, { 'bb:status': 'accepted', 'bb:addedBy': action.reviewer });
      return commit([...state.incidents, added]);
    }
    case 'merge-incidents': {
      const keep = find(action.keepId);
      const merge = find(action.mergeId);
      if (keep < 0 || merge < 0 || keep === merge) return { ok: false, notice: 'Pick two different incidents of this article to merge.' };
      const a = state.incidents[keep]!;
      const b = state.incidents[merge]!;
      const merged = sign(a, { annotation_ids: union(a.properties.annotation_ids, b.properties.annotation_ids), place_ids: union(a.properties.place_ids, b.properties.place_ids), 'bb:status': 'accepted' });
      return commit(state.incidents.flatMap((incident, i) => (i === keep ? [merged] : i === merge ? [] : [incident])));
    }
    case 'split-incident': {
      const index = find(action.id);
      if (index < 0) return { ok: false, notice: `No incident ${action.id} in this article.` };
      if (find(action.newId) >= 0) return { ok: false, notice: `An incident ${action.newId} exists already.` };
      const incident = state.incidents[index]!;
      const moving = new Set(action.annotationIds.filter((id) => incident.properties.annotation_ids.includes(id)));
      const staying = incident.properties.annotation_ids.filter((id) => !moving.has(id));
      if (moving.size === 0 || staying.length === 0) return { ok: false, notice: 'Choose some, not all, of the incident’s passages to make the new incident.' };
      const first = sign(incident, { annotation_ids: staying, 'bb:status': 'accepted' });
      const { 'bb:proposal': _proposal, ...rest } = incident.properties;
      const second = sign({ ...incident, id: action.newId, properties: { ...rest, id: action.newId } }, { annotation_ids: [...moving], 'bb:status': 'accepted', 'bb:addedBy': action.reviewer });
      return commit(replace(index, first, second));
    }
  }
}

/** Why these values cannot stand together, in words for the reviewer; null when they can. */
export function checkChanges(properties: IncidentProperties): string | null {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(properties.event_date)) return `« ${properties.event_date} » is not a date: write YYYY-MM-DD, or YYYY-MM when only the month is known.`;
  const expected = properties.event_date.length === 10 ? [1, 2] : [3];
  if (!expected.includes(properties.time_precision)) return properties.event_date.length === 10 ? 'A date known to the day has precision 1 (day) or 2 (week).' : 'A month alone has precision 3 (month).';
  if (properties.fatalities !== null && (!Number.isInteger(properties.fatalities) || properties.fatalities < 0)) return 'Fatalities are a whole number, 0 or more, or none when the article gives no figure.';
  if (!properties.actor1.trim()) return 'An incident needs actor 1 (ACLED names it, or « Unidentified Armed Group »).';
  return null;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
