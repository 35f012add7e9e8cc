/**
 * The bytes of an annotations file (`data/articles/<slug>/annotations.jsonld`, and the
 * `.annotations.jsonld` an article exports): one writer, so the CLI, the export and the data
 * scripts give the same bytes for the same annotations.
 */
import type { PlaceAnnotation } from '../types';

/** A JSON array, two-space indent, trailing newline. */
export function serializeAnnotations(annotations: readonly PlaceAnnotation[]): string {
  return `${JSON.stringify(annotations, null, 2)}\n`;
}
