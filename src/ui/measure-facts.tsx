import { roundDistanceKm } from '../core/geo/border-relation';
import type { LngLatPair } from '../core/geo/measure';
import type { LocalizedText } from '../core/types';
import { selectMeasureLines } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { localized, t } from './i18n';

/**
 * The distances of a card's place or incident: « Mesurer une distance » draws the line to the
 * border's nearest point at once, then waits for a click on the map or a place chosen with the
 * search, and says both distances here as the map draws them.
 */
export function MeasureFacts({ from, name }: { from: LngLatPair | null; name: LocalizedText | null }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const measure = useDashboard((s) => s.measure);
  const lines = useDashboard(selectMeasureLines);
  const isMine = measure !== null && from !== null && measure.from.lngLat[0] === from[0] && measure.from.lngLat[1] === from[1];

  if (!from) return null;
  const toBorder = isMine ? lines.find((line) => line.kind === 'border') : undefined;
  const toPoint = isMine ? lines.find((line) => line.kind === 'point') : undefined;
  return (
    <section className="measure" aria-labelledby="measure-title" data-testid="measure">
      <h3 id="measure-title">{t('measureTitle', language)}</h3>
      {isMine ? (
        <>
          <ul className="measure-results" aria-live="polite">
            {toBorder && <li data-measure="border">{t('measureToBorder', language, roundDistanceKm(toBorder.km) ?? 0)}</li>}
            {toPoint && <li data-measure="point">{t('measureToPoint', language, roundDistanceKm(toPoint.km) ?? 0, measure.to?.name ? localized(measure.to.name, language) : null)}</li>}
          </ul>
          {measure.isPicking && <p className="hint">{t('measurePicking', language)}</p>}
          <div className="measure-actions">
            {!measure.isPicking && (
              <button type="button" onClick={() => store.startMeasure(measure.from)}>
                {t('measureStart', language)}
              </button>
            )}
            <button type="button" onClick={() => store.clearMeasure()}>
              {t('measureClear', language)}
            </button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => store.startMeasure({ lngLat: from, name })}>
          {t('measureStart', language)}
        </button>
      )}
    </section>
  );
}
