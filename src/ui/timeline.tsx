import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { histogram } from '../core/filters/apply-filters';
import { NO_DAY } from '../core/filters/incident-index';
import { isoDay, monthStart, nextMonthStart, parseIsoDay } from '../core/filters/time-interval';
import { selectFilterResult, selectIncidentIndex } from '../state/selectors';
import { useDashboard, useStoreApi } from '../state/use-store';
import { acledTerm, formatDate, formatShortMonth, t } from './i18n';
import { INCIDENT_TYPE_COLORS } from './incident-symbol';

const HEIGHT = 132;
const AXIS = 18;
const HISTOGRAM_HEIGHT = 44;
const LANE = 7;
const SPEEDS = [1, 2, 4] as const;

/**
 * A time axis under the map that tells the truth about time: each incident is drawn as its
 * precision says (a day as a day, a week as a week, a month as a bar across its month, never a dot
 * on the 15th), with counts per week or month by event type above. Dragging across it brushes a
 * window that filters the map, the lists and the counts (an incident overlapping the window counts,
 * and is shown as partly in); ← → step one period; playback moves the window through time, or grows
 * it (cumulative). The number shown and the total are always in view.
 */
export function Timeline() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const index = useDashboard(selectIncidentIndex);
  const result = useDashboard(selectFilterResult);
  const filters = useDashboard((s) => s.filters);
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(800);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [playing, setPlaying] = useState<{ speed: (typeof SPEEDS)[number]; cumulative: boolean } | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(200, entry.contentRect.width)));
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  // The span of every incident shown, whatever the filters: the axis does not jump as they change.
  const span = useMemo(() => {
    if (!index) return null;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < index.total; i++) {
      if (index.start[i] === NO_DAY) continue;
      lo = Math.min(lo, index.start[i]!);
      hi = Math.max(hi, index.end[i]!);
    }
    if (!(lo < hi)) return null;
    return { start: monthStart(lo), end: nextMonthStart(hi - 1) };
  }, [index]);
  const period: 'week' | 'month' = span && span.end - span.start < 200 ? 'week' : 'month';
  const bins = useMemo(() => (index && span ? histogram(index, filters, period, { range: span }) : null), [index, filters, period, span]);
  const windowDays = useMemo(() => ({ start: filters.from ? parseIsoDay(filters.from) : null, end: filters.to ? parseIsoDay(filters.to) : null }), [filters.from, filters.to]);

  // Playback: each tick moves (or widens) the window by one period.
  useEffect(() => {
    if (!playing || !span) return;
    const timer = setInterval(() => {
      const { from, to } = store.getState().filters;
      const start = from ? parseIsoDay(from)! : span.start;
      const end = to ? parseIsoDay(to)! : start + (period === 'week' ? 6 : 30);
      const step = period === 'week' ? 7 : nextMonthStart(start) - start;
      if (end + step >= span.end) return setPlaying(null);
      store.setFilters(playing.cumulative ? { from: isoDay(span.start), to: isoDay(end + step) } : { from: isoDay(start + step), to: isoDay(end + step) });
    }, 1000 / playing.speed);
    return () => clearInterval(timer);
  }, [playing, span, period, store]);

  if (!index || !span || !result) return null;
  const x = (day: number) => ((day - span.start) / (span.end - span.start)) * width;
  const dayAt = (clientX: number) => {
    const box = svgRef.current!.getBoundingClientRect();
    return Math.round(span.start + ((clientX - box.left) / box.width) * (span.end - span.start));
  };
  const maxCount = Math.max(1, ...(bins?.bins ?? []).map((bin) => bin.within.reduce((a, b) => a + b, 0) + bin.overlapping.reduce((a, b) => a + b, 0)));

  const step = (direction: 1 | -1) => {
    const start = windowDays.start ?? span.start;
    const end = windowDays.end ?? (period === 'week' ? start + 6 : nextMonthStart(start) - 1);
    const length = end - start;
    const next = direction === 1 ? (period === 'week' ? start + 7 : nextMonthStart(start)) : period === 'week' ? start - 7 : monthStart(start - 1);
    store.setFilters({ from: isoDay(next), to: isoDay(next + length) });
  };

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const day = dayAt(event.clientX);
    setDrag({ from: day, to: day });
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => drag && setDrag({ ...drag, to: dayAt(event.clientX) });
  const onPointerUp = () => {
    if (!drag) return;
    const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    setDrag(null);
    if (b - a < 1) return store.setFilters({ from: null, to: null }); // a click clears the window
    store.setFilters({ from: isoDay(a), to: isoDay(b) });
  };

  const shownWindow = drag ? { start: Math.min(drag.from, drag.to), end: Math.max(drag.from, drag.to) } : windowDays.start !== null || windowDays.end !== null ? { start: windowDays.start ?? span.start, end: (windowDays.end ?? span.end) + 1 } : null;
  const lanes: number[] = [];

  return (
    <section className="timeline" aria-label={t('timeline', language)}>
      <div className="timeline-bar">
        <strong className="timeline-count" role="status" data-shown={result.count} data-total={result.total}>
          {t('incidentsShown', language, result.count, result.total)}
          {result.partialCount > 0 && <> · {t('partlyInWindow', language, result.partialCount)}</>}
        </strong>
        <button type="button" onClick={() => step(-1)} aria-label={t('previousPeriod', language)}>
          ←
        </button>
        <button type="button" onClick={() => step(1)} aria-label={t('nextPeriod', language)}>
          →
        </button>
        <button type="button" aria-pressed={playing !== null} onClick={() => setPlaying(playing ? null : { speed: 1, cumulative: false })}>
          {playing ? t('pause', language) : t('play', language)}
        </button>
        <label>
          {t('speed', language)}{' '}
          <select value={playing?.speed ?? 1} onChange={(event) => setPlaying({ speed: Number(event.target.value) as (typeof SPEEDS)[number], cumulative: playing?.cumulative ?? false })}>
            {SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                ×{speed}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={playing?.cumulative ?? false} onChange={(event) => setPlaying({ speed: playing?.speed ?? 1, cumulative: event.target.checked })} /> {t('cumulative', language)}
        </label>
        {shownWindow && !drag && (
          <span className="timeline-window">
            {formatDate(isoDay(shownWindow.start), 'day', language)} – {formatDate(isoDay(shownWindow.end - 1), 'day', language)}{' '}
            <button type="button" onClick={() => store.setFilters({ from: null, to: null })}>
              {t('clearWindow', language)}
            </button>
          </span>
        )}
      </div>
      <svg
        ref={svgRef}
        className="timeline-chart"
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={t('timelineChart', language)}
        tabIndex={0}
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') step(1);
          else if (event.key === 'ArrowLeft') step(-1);
          else return;
          event.preventDefault();
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        {bins?.bins.map((bin) => {
          const x0 = x(parseIsoDay(bin.start)!);
          const x1 = x(parseIsoDay(bin.end)! + 1);
          let y = HISTOGRAM_HEIGHT;
          return (
            <g key={bin.start} data-bin={bin.start}>
              {bins.eventTypes.map((type, k) => {
                const within = bin.within[k]!;
                const over = bin.overlapping[k]!;
                const parts = [];
                for (const [count, isOver] of [[within, false], [over, true]] as const) {
                  if (count === 0) continue;
                  const h = (count / maxCount) * (HISTOGRAM_HEIGHT - 4);
                  y -= h;
                  parts.push(
                    <rect key={`${type}-${isOver}`} x={x0 + 1} y={y} width={Math.max(1, x1 - x0 - 2)} height={h} fill={INCIDENT_TYPE_COLORS[type] ?? '#6a3d9a'} opacity={isOver ? 0.4 : 0.85}>
                      <title>{`${acledTerm('event_type', type, language)}: ${count}${isOver ? ` (${t('lessPrecise', language)})` : ''}`}</title>
                    </rect>,
                  );
                }
                return parts;
              })}
            </g>
          );
        })}
        {Array.from({ length: index.total }, (_, i) => {
          if (index.start[i] === NO_DAY || !result.visible[i]) return null;
          const s = index.start[i]!;
          const e = index.end[i]!;
          let lane = lanes.findIndex((end) => end <= s);
          if (lane < 0) lane = lanes.push(0) - 1;
          lanes[lane] = e;
          if (lane > 8) return null; // the counts above say how many more
          const y = HISTOGRAM_HEIGHT + 6 + lane * LANE;
          return (
            <rect key={index.ids[i]} className="timeline-incident" data-incident-id={index.ids[i]} data-partial={result.partial[i] ? 'true' : undefined} x={x(s)} y={y} width={Math.max(2, x(e) - x(s))} height={LANE - 2} rx={1} fill={INCIDENT_TYPE_COLORS[index.eventTypes[index.eventType[i]!]!] ?? '#6a3d9a'} opacity={result.partial[i] ? 0.45 : 0.9}>
              <title>{index.ids[i]}</title>
            </rect>
          );
        })}
        {monthTicks(span.start, span.end, Math.max(2, Math.floor(width / 80))).map((day) => (
          <g key={day}>
            <line x1={x(day)} x2={x(day)} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS + 4} stroke="#6b6455" />
            <text x={x(day) + 2} y={HEIGHT - 4} fontSize={10} fill="#3c3830">
              {formatShortMonth(isoDay(day), language)}
            </text>
          </g>
        ))}
        <line x1={0} x2={width} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="#6b6455" />
        {shownWindow && <rect className="timeline-brush" x={x(shownWindow.start)} y={0} width={Math.max(2, x(shownWindow.end) - x(shownWindow.start))} height={HEIGHT - AXIS} fill="#ffb703" opacity={0.18} stroke="#e09a00" />}
      </svg>
    </section>
  );
}

/** The first day of each month in [start, end), thinned to at most `most` labels (as many as fit). */
function monthTicks(start: number, end: number, most: number): number[] {
  const months: number[] = [];
  for (let day = monthStart(start); day < end; day = nextMonthStart(day)) months.push(day);
  const every = Math.ceil(months.length / most);
  return months.filter((_, i) => i % every === 0);
}
