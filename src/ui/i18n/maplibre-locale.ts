/**
 * MapLibre's own words (its controls' labels, the canvas's name) in the interface language, as
 * the patch of its localization table that the map takes when it is made (MapOptions.locale).
 */
import type { Language } from '../../core/types';
import { t, type PlainKey } from './strings';

const MAPLIBRE_KEYS: Record<string, PlainKey> = {
  'AttributionControl.ToggleAttribution': 'mapToggleAttribution',
  'FullscreenControl.Enter': 'mapFullscreenEnter',
  'FullscreenControl.Exit': 'mapFullscreenExit',
  'LogoControl.Title': 'mapLogo',
  'Map.Title': 'mapLabel',
  'Marker.Title': 'mapMarker',
  'NavigationControl.ResetBearing': 'mapResetBearing',
  'NavigationControl.ZoomIn': 'mapZoomIn',
  'NavigationControl.ZoomOut': 'mapZoomOut',
  'Popup.Close': 'mapPopupClose',
  'ScaleControl.Meters': 'mapMeters',
  'ScaleControl.Kilometers': 'mapKilometers',
};

export function mapLibreLocale(language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(MAPLIBRE_KEYS).map(([id, key]) => [id, t(key, language)]));
}
