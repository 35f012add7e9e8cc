import { useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Dataset } from '../core/dataset';
import type { FeatureCollection, Point } from 'geojson';
import type { Language } from '../core/types';
import type { IncidentMapCollection } from '../map/incident-features';
import { countryLabelPoints } from '../core/views/country-label-points';
import { buildMapStyle } from '../map/map-style';
import { labelFontUrls } from './label-fonts';

/**
 * The map style for a dataset's base layers, built once: rebuilding it on each render (or when an
 * article is added) would blank the map. `language` and `overlays` (the shown articles' incidents
 * and places) are only where the map starts: later changes go through the adapter, which skips
 * what the style already shows, since each change makes MapLibre re-parse that source's tiles.
 */
export function useMapStyle(dataset: Dataset, language: Language, overlays?: { incidents: IncidentMapCollection; articlePlaces: FeatureCollection<Point> }): StyleSpecification {
  const [initialLanguage] = useState(language);
  const [initialOverlays] = useState(overlays);
  const geo = dataset.geo; // the base layers; articles' incidents and places are set by the adapter
  return useMemo(
    () =>
      buildMapStyle({
        geo,
        incidents: initialOverlays?.incidents ?? { type: 'FeatureCollection', features: [] },
        articlePlaces: initialOverlays?.articlePlaces,
        countryLabels: countryLabelPoints(geo.countries),
        language: initialLanguage,
        fontUrls: labelFontUrls(),
      }),
    [geo, initialLanguage, initialOverlays],
  );
}
