import { useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Dataset } from '../core/dataset';
import type { Language } from '../core/types';
import { countryLabelPoints } from '../core/views/country-label-points';
import { placeColorMatch } from '../core/views/place-colors';
import { buildMapStyle } from '../map/map-style';
import { labelFontUrls } from './label-fonts';

/**
 * The map style for a dataset's base layers, built once: rebuilding it on each render (or when an
 * article is added) would blank the map. Incidents and article places start empty and are set by
 * the adapter, which follows the shown articles. `language` is only the starting label language; later changes go through the adapter.
 */
export function useMapStyle(dataset: Dataset, language: Language): StyleSpecification {
  const [initialLanguage] = useState(language);
  const geo = dataset.geo; // the base layers; articles' incidents and places are set by the adapter
  return useMemo(
    () =>
      buildMapStyle({
        geo,
        incidents: { type: 'FeatureCollection', features: [] },
        countryLabels: countryLabelPoints(geo.countries),
        language: initialLanguage,
        fontUrls: labelFontUrls(),
        capitalColor: placeColorMatch(geo.capitals.features.map((f) => f.properties.place_id), '#1d3557'),
      }),
    [geo, initialLanguage],
  );
}
