import { useState, type ReactElement } from 'react';
import type { LayerToggleId } from '../core/vocabulary/layer-toggles';
import { useDashboard, useStoreApi } from '../state/use-store';
import { COLORS } from '../map/map-ids';
import { acledTerm, geoPrecisionText, t, type PlainKey } from './i18n';
import { IncidentSymbol, ZoneSymbol } from './incident-symbol';

/**
 * The window (CSS px) from which the map has room for the open legend beside its data: tall, and
 * wide enough that the map column is not narrowed under the legend (a 768 × 1024 tablet is tall
 * but its map is half covered by the open legend).
 */
const LEGEND_OPEN_MEDIA = '(min-height: 1000px) and (min-width: 1600px)';

const TOGGLES: Array<{ layer: LayerToggleId; label: PlainKey; swatch: ReactElement }> = [
  { layer: 'border', label: 'layerBorder', swatch: <span className="legend-line" style={{ background: COLORS.border }} /> },
  { layer: 'borderZone', label: 'layerBorderZone', swatch: <span className="legend-zone" /> },
  { layer: 'capitals', label: 'layerCapitals', swatch: <span className="legend-dot" /> },
  { layer: 'incidents', label: 'layerIncidents', swatch: <IncidentSymbol eventType="Strategic developments" /> },
  { layer: 'countries', label: 'layerCountries', swatch: <span className="legend-country" /> },
];

/** What each symbol means, the precision levels, and a switch per layer. */
export function Legend() {
  const store = useStoreApi();
  const layers = useDashboard((s) => s.layers);
  const language = useDashboard((s) => s.language);
  // Folded at start where the map is small: open, it would cover the coast and Nouakchott.
  const [isOpen, setOpen] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia(LEGEND_OPEN_MEDIA).matches);
  return (
    <details className="legend" data-map-overlay="" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('legend', language)}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('legend', language)}</legend>
        {TOGGLES.map(({ layer, label, swatch }) => (
          <label key={layer} className="legend-row">
            <input type="checkbox" checked={layers[layer]} onChange={() => store.toggleLayer(layer)} />
            <span className="legend-swatch" aria-hidden="true">
              {swatch}
            </span>
            {t(label, language)}
          </label>
        ))}
      </fieldset>
      <ul className="legend-symbols">
        <li>
          <IncidentSymbol eventType="Violence against civilians" /> {acledTerm('event_type', 'Violence against civilians', language)}
        </li>
        <li>
          <IncidentSymbol eventType="Strategic developments" /> {acledTerm('event_type', 'Strategic developments', language)} {t('legendStrategicExamples', language)}
        </li>
        <li>
          <ZoneSymbol /> {t('legendZone', language)}
        </li>
      </ul>
      <details className="legend-precision">
        <summary>{t('precisionLevels', language)}</summary>
        <ol>
          <li>{geoPrecisionText(1, language)}</li>
          <li>{geoPrecisionText(2, language)}</li>
          <li>{geoPrecisionText(3, language)}</li>
        </ol>
      </details>
    </details>
  );
}
