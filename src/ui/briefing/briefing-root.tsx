import type { Dataset } from '../../core/dataset';

/**
 * Mount point of the briefing mode (issue 4): the dashboard renders it once, beside the map.
 * It renders nothing until the briefing feature is built.
 */
export function BriefingRoot(_props: { dataset: Dataset }) {
  return null;
}
