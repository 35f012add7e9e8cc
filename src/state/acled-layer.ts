/**
 * The ACLED layer as the store keeps it: the worker's column index and event table, and features
 * made from them only when something reads one. A card, a tooltip or a match link asks for one
 * event (`eventFeature`, remembered); the export reads `features`, made once, on first read. So a
 * 100,000-row file costs the page its columns, not 100,000 feature objects.
 */
import { acledFeature } from '../core/acled/acled-features';
import { acledEventAt, type AcledTable } from '../core/acled/acled-table';
import type { IncidentIndex } from '../core/filters/incident-index';
import type { IncidentFeature } from '../core/types';
import type { EventLayer } from './app-state';

export function acledEventLayer(name: string, table: AcledTable, index: IncidentIndex, geometry: 'zone' | 'point' = 'zone'): EventLayer {
  let all: IncidentFeature[] | null = null;
  return {
    id: 'acled',
    name,
    kind: 'acled',
    index,
    table,
    geometry,
    get features() {
      return (all ??= Array.from({ length: table.rows }, (_, row) => acledFeature(acledEventAt(table, row), { geometry })));
    },
  };
}

/** How many events a layer holds, without making its features. */
export function eventCount(layer: EventLayer): number {
  return layer.table ? layer.table.rows : layer.features.length;
}

const rowsById = new WeakMap<EventLayer, Map<string, number>>();
const madeByLayer = new WeakMap<EventLayer, Map<number, IncidentFeature>>();

/** The layer's event with `id`, or null; an ACLED row becomes a feature here, once. */
export function eventFeature(layer: EventLayer, id: string): IncidentFeature | null {
  const { table, index } = layer;
  if (!table || !index) return null;
  let rows = rowsById.get(layer);
  if (!rows) rowsById.set(layer, (rows = new Map(index.ids.map((rowId, row) => [rowId, row]))));
  const row = rows.get(id);
  if (row === undefined) return null;
  let made = madeByLayer.get(layer);
  if (!made) madeByLayer.set(layer, (made = new Map()));
  let feature = made.get(row);
  if (!feature) made.set(row, (feature = acledFeature(acledEventAt(table, row), { geometry: layer.geometry ?? 'zone' })));
  return feature;
}
