import { useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Dataset } from '../core/dataset';
import type { Language } from '../core/types';
import { countryLabelPoints } from '../core/views/country-label-points';
import { placeColorMatch } from '../core/views/place-colors';
import { buildMapStyle } from '../map/map-style';
import { labelFontUrls } from './label-fonts';

/**
 * The map style for a dataset, built once per dataset: rebuilding it on each render would
 * blank the map. Incidents start empty and are set by the adapter, which follows the shown
 * articles. `language` is only the starting label language; later changes go through the adapter.
 */
export function useMapStyle(dataset: Dataset, language: Language): StyleSpecification {
  const [initialLanguage] = useState(language);
  return useMemo(
    () =>
      buildMapStyle({
        geo: dataset.geo,
        incidents: { type: 'FeatureCollection', features: [] },
        countryLabels: countryLabelPoints(dataset.geo.countries),
        language: initialLanguage,
        fontUrls: labelFontUrls(),
        capitalColor: placeColorMatch(dataset.geo.capitals.features.map((f) => f.properties.place_id), '#1d3557'),
      }),
    [dataset, initialLanguage],
  );
}
