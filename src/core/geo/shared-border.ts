/**
 * The border between two countries of a TopoJSON topology: the arcs their polygons share, found
 * with topojson's `mesh`. Sharing arcs is what makes this exact: the line is the very edge both
 * country polygons are drawn with, not a second digitisation of it.
 *
 * Natural Earth ids in world-atlas are ISO 3166-1 numeric codes as strings with leading zeros
 * ('012' is Algeria, not 12), and a few features (Kosovo, Somaliland, N. Cyprus) have no id.
 */
import { mesh, meshArcs } from 'topojson-client';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface SharedBorderOptions {
  objectName?: string; // the topology object holding the countries
}

/**
 * Returns the line shared by the features with ids `idA` and `idB`, as one LineString when the
 * shared arcs join end to end, else a MultiLineString. Throws when either id is absent or they
 * share no edge.
 * @example sharedBorder(countries10m, '466', '478') // Mali–Mauritania, about 2,174 km
 */
export function sharedBorder(topology: Topology, idA: string, idB: string, options: SharedBorderOptions = {}): Feature<LineString | MultiLineString, null> {
  const { object, filter } = borderFilter(topology, idA, idB, options);
  const lines = mesh(topology, object, filter);
  const geometry: LineString | MultiLineString =
    lines.coordinates.length === 1 && lines.coordinates[0] ? { type: 'LineString', coordinates: lines.coordinates[0] } : lines;
  return { type: 'Feature', properties: null, geometry };
}

/** The indexes of the topology arcs that make up the shared border (`~i` marks a reversed arc, as in TopoJSON). */
export function sharedBorderArcs(topology: Topology, idA: string, idB: string, options: SharedBorderOptions = {}): number[] {
  const { object, filter } = borderFilter(topology, idA, idB, options);
  return meshArcs(topology, object, filter).arcs.flat();
}

function borderFilter(topology: Topology, idA: string, idB: string, options: SharedBorderOptions) {
  const { objectName = 'countries' } = options;
  const found = topology.objects[objectName];
  if (!found || found.type !== 'GeometryCollection') {
    throw new Error(`sharedBorder: topology has no GeometryCollection named '${objectName}'`);
  }
  // topojson-client's typings want properties of type {}; Natural Earth's are {name} or absent.
  const object = found as GeometryCollection;
  for (const id of [idA, idB]) {
    if (typeof id !== 'string') throw new TypeError(`sharedBorder: ids are strings such as '012', got ${typeof id} ${String(id)}`);
    if (!object.geometries.some((g) => g.id === id)) {
      throw new Error(`sharedBorder: no feature with id '${id}' in '${objectName}' (ids are strings with leading zeros, e.g. '012')`);
    }
  }
  if (idA === idB) throw new Error(`sharedBorder: idA and idB are both '${idA}'`);
  // a === b marks an exterior arc (coast or edge of the data): never part of a border.
  const filter = (a: GeometryObject, b: GeometryObject) => a !== b && ((a.id === idA && b.id === idB) || (a.id === idB && b.id === idA));
  if (meshArcs(topology, object, filter).arcs.length === 0) {
    throw new Error(`sharedBorder: features '${idA}' and '${idB}' share no edge in '${objectName}'`);
  }
  return { object, filter };
}
