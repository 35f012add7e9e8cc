import { incidentShape, type IncidentShape } from '../map/incident-icons';
import { COLORS } from '../map/map-ids';

const PATHS: Record<IncidentShape, string> = {
  triangle: 'M8 1.5 L15 14 L1 14 Z',
  diamond: 'M8 1 L15 8 L8 15 L1 8 Z',
  square: 'M2.5 2.5 H13.5 V13.5 H2.5 Z',
  circle: 'M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z',
};

/** The map's symbol for an event type, for lists, cards and the legend (decorative: the text says it). */
export function IncidentSymbol({ eventType, isZone = false }: { eventType: string; isZone?: boolean }) {
  if (isZone) return <ZoneSymbol />;
  return (
    <svg className="symbol" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d={PATHS[incidentShape(eventType)]} fill={COLORS.incident} stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

/** The hatched, dashed square that stands for "somewhere in this zone". */
export function ZoneSymbol() {
  return (
    <svg className="symbol" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <defs>
        <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" stroke={COLORS.incident} strokeWidth="1.5" />
        </pattern>
      </defs>
      <rect x="1" y="1" width="14" height="14" fill="url(#hatch)" stroke={COLORS.incident} strokeDasharray="3 2" />
    </svg>
  );
}

/** A colour per ACLED event type (Okabe–Ito, safe for the common colour-vision deficiencies), for the timeline's bars. */
export const INCIDENT_TYPE_COLORS: Readonly<Record<string, string>> = {
  Battles: '#d55e00',
  'Explosions/Remote violence': '#cc79a7',
  'Violence against civilians': '#6a3d9a',
  Protests: '#0072b2',
  Riots: '#e69f00',
  'Strategic developments': '#009e73',
};
