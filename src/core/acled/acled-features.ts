/**
 * ACLED events as incident features, the same shape as an article's incidents (so the same
 * cards, filters and layers serve both), with ACLED's own column names and `source_kind: 'acled'`.
 * The geometry is the precision zone (`precision-zones.ts`): a point only when ACLED says the
 * town itself; the coordinates ACLED gave stay in `latitude` / `longitude`.
 */
import type { Point, Polygon } from 'geojson';
import type { IncidentFeature, IncidentProperties, LocalizedText } from '../types';
import type { AcledEvent } from './acled-event';
import { precisionZone, uncertaintyRadiusKm } from './precision-zones';

export interface AcledIncidentProperties extends IncidentProperties {
  source_kind: 'acled';
  event_id_cnty: string;
  year: number;
  assoc_actor_1: string;
  assoc_actor_2: string;
  interaction: string;
  iso: string;
  region: string;
  admin2: string;
  admin3: string;
  latitude: number;
  longitude: number;
  source_scale: string;
  tags: string;
  timestamp: string;
  /** Radius of the zone drawn, in km: 0, 25 or 100 by geo_precision (see precision-zones.ts). */
  uncertainty_km: number;
}
export type AcledIncidentFeature = IncidentFeature & { id: string; geometry: Point | Polygon; properties: AcledIncidentProperties };

export interface AcledFeatureOptions {
  /** 'zone' (default): a disc for geo_precision 2 and 3. 'point': ACLED's coordinates only, for a map that draws the disc itself from `uncertainty_km`. */
  geometry?: 'zone' | 'point';
}

/** True for a feature made by `acledFeature` (or read back from an ACLED GeoJSON export). */
export function isAcledFeature(feature: IncidentFeature): feature is AcledIncidentFeature {
  return (feature.properties as Partial<AcledIncidentProperties>).source_kind === 'acled';
}

/** Zones already drawn, by place and precision: ACLED repeats a town's or a region's coordinates, and a disc is 33 positions. Shared geometries are never mutated. */
const zones = new Map<string, Point | Polygon>();
const MAX_CACHED_ZONES = 50_000;

export function acledFeature(event: AcledEvent, options: AcledFeatureOptions = {}): AcledIncidentFeature {
  const uncertainty = uncertaintyRadiusKm(event.geo_precision);
  let geometry: Point | Polygon;
  if (options.geometry === 'point' || uncertainty === 0) geometry = { type: 'Point', coordinates: [event.longitude, event.latitude] };
  else {
    const key = `${event.longitude},${event.latitude},${event.geo_precision}`;
    geometry = zones.get(key) ?? precisionZone(event.longitude, event.latitude, event.geo_precision);
    if (zones.size >= MAX_CACHED_ZONES) zones.clear();
    zones.set(key, geometry);
  }
  const properties: AcledIncidentProperties = {
    id: event.event_id_cnty,
    source_kind: 'acled',
    event_id_cnty: event.event_id_cnty,
    event_date: event.event_date,
    year: event.year,
    time_precision: event.time_precision,
    disorder_type: event.disorder_type,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: event.actor1,
    assoc_actor_1: event.assoc_actor_1,
    inter1: event.inter1,
    actor2: event.actor2,
    assoc_actor_2: event.assoc_actor_2,
    inter2: event.inter2,
    interaction: event.interaction,
    civilian_targeting: event.civilian_targeting,
    iso: event.iso,
    region: event.region,
    country: event.country,
    admin1: event.admin1,
    admin2: event.admin2,
    admin3: event.admin3,
    location: event.location,
    latitude: event.latitude,
    longitude: event.longitude,
    geo_precision: event.geo_precision,
    source: event.source,
    source_scale: event.source_scale,
    notes: event.notes,
    fatalities: event.fatalities,
    tags: event.tags,
    timestamp: event.timestamp,
    uncertainty_km: uncertainty,
    annotation_ids: [],
    place_ids: [],
    // ACLED codes what its sources report; it is not a party's allegation nor a confirmation.
    claim_status: 'reported',
    claim_by: event.source,
    title: { en: `ACLED event ${event.event_id_cnty} — ${event.location}`, fr: `Événement ACLED ${event.event_id_cnty} — ${event.location}` },
    known: { en: event.notes, fr: event.notes === '' ? '' : `Notes d’ACLED (en anglais) : ${event.notes}` },
    unknown: unknownWords(event),
  };
  return { type: 'Feature', id: event.event_id_cnty, geometry, properties };
}

function unknownWords(event: AcledEvent): LocalizedText {
  const en: string[] = [];
  const fr: string[] = [];
  const area = event.admin1 || event.location;
  if (event.geo_precision === 2) {
    en.push(`Where exactly: near ${event.location} (within about 25 km).`);
    fr.push(`Où exactement : près de ${event.location} (à 25 km près environ).`);
  } else if (event.geo_precision === 3) {
    en.push(`Where exactly: only the region is known (${area}; within about 100 km).`);
    fr.push(`Où exactement : seule la région est connue (${area} ; à 100 km près environ).`);
  }
  if (event.time_precision === 2) {
    en.push('Which day: only the week is known.');
    fr.push('Quel jour : seule la semaine est connue.');
  } else if (event.time_precision === 3) {
    en.push('Which day: only the month is known.');
    fr.push('Quel jour : seul le mois est connu.');
  }
  if (event.fatalities === null) {
    en.push('How many died: no figure.');
    fr.push('Combien de morts : aucun chiffre.');
  }
  return { en: en.join(' '), fr: fr.join(' ') };
}
