/**
 * What importing a GeoJSON or TopoJSON file from another tool gives the store: a layer of places
 * or of incidents, each feature as it will be drawn (checked and, where a fix is safe, fixed), and
 * the account of what was done: warnings for the fixes, and each refused feature with its reason.
 * The store keeps it apart from the articles: an imported layer cites no passage, so it is shown
 * as what it is, someone else's data.
 */
import type { Feature, Geometry } from 'geojson';

/** One feature of an imported layer; `id` is unique within the layer. */
export type ImportedFeature = Feature<Geometry | null, Record<string, unknown>> & { id: string };

export interface RefusedFeature {
  index: number; // position in the file's features
  id: string | null; // its id when it had one
  reason: string; // in the reader's language
}

export interface ImportedLayer {
  /** Incidents when most features carry ACLED codebook fields (event_date, event_type, actor1…), else places. */
  kind: 'places' | 'incidents';
  /** The collection's own `name` (QGIS writes one), else the file name without its extension. */
  name: string;
  /** The file it came from. */
  file: string;
  features: ImportedFeature[];
  /** What was fixed (rewound rings, altitude dropped, ids renamed…), one sentence per kind of fix. */
  warnings: string[];
  refused: RefusedFeature[];
}
