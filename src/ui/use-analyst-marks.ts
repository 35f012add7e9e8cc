/**
 * Hands the dashboard map the analyst's own marks from the store: the place found with the
 * search (a gazetteer entry no article names) and the measure lines, labelled in the interface's
 * language. The map adds their layers on first use.
 */
import { useEffect, useMemo, type RefObject } from 'react';
import { measureFeatures } from '../core/geo/measure';
import { roundDistanceKm } from '../core/geo/border-relation';
import type { MapAdapter, MapAdapterOptions } from '../map/map-adapter';
import { selectMeasureLines } from '../state/selectors';
import { useDashboard } from '../state/use-store';
import { localized, t } from './i18n';

export function useAnalystMarks(adapterRef: RefObject<MapAdapter | null>, options: MapAdapterOptions): void {
  const located = useDashboard((s) => s.located);
  const language = useDashboard((s) => s.language);
  const lines = useDashboard(selectMeasureLines);
  const measure = useMemo(() => measureFeatures(lines, (line) => t('measureLabel', language, roundDistanceKm(line.km) ?? 0)), [lines, language]);

  useEffect(() => adapterRef.current?.setLocatedPlace(located ? { lngLat: located.lngLat, name: localized(located.name, language) } : null), [adapterRef, located, language, options]);
  useEffect(() => adapterRef.current?.setMeasure(measure), [adapterRef, measure, options]);
}
