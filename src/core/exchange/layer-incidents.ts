/**
 * The features of an imported layer of incidents (GeoJSON from QGIS, geojson.io, another tool) as
 * incidents the dashboard can index, filter, draw and describe: the codebook fields they carry are
 * kept, the others are left empty (never guessed), and each says where it comes from. They cite
 * no passage of an article: their source is the file.
 */
import type { IncidentFeature, IncidentProperties, LocalizedText } from '../types';
import type { ImportedLayer } from './imported-layer';

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const precision = (value: unknown, fallback: 1 | 2 | 3): 1 | 2 | 3 => (value === 1 || value === 2 || value === 3 ? value : Number(value) === 1 || Number(value) === 2 || Number(value) === 3 ? (Number(value) as 1 | 2 | 3) : fallback);

export function layerIncidents(layer: ImportedLayer, layerId: string): IncidentFeature[] {
  return layer.features.map((feature) => {
    const p = feature.properties;
    const date = text(p.event_date);
    const eventType = text(p.event_type);
    const where = text(p.location) || text(p.admin1) || text(p.country);
    const title: LocalizedText = { fr: [eventType, where].filter(Boolean).join(' — ') || feature.id, en: [eventType, where].filter(Boolean).join(' — ') || feature.id };
    const fatalities = typeof p.fatalities === 'number' && Number.isInteger(p.fatalities) && p.fatalities >= 0 ? p.fatalities : null;
    const id = `${layerId}:${feature.id}`;
    const properties: IncidentProperties = {
      id,
      event_date: date,
      time_precision: precision(p.time_precision, date.length === 10 ? 1 : 3),
      disorder_type: text(p.disorder_type),
      event_type: eventType,
      sub_event_type: text(p.sub_event_type),
      actor1: text(p.actor1),
      actor2: text(p.actor2),
      inter1: text(p.inter1),
      inter2: text(p.inter2),
      civilian_targeting: text(p.civilian_targeting),
      country: text(p.country),
      admin1: text(p.admin1),
      location: text(p.location),
      geo_precision: precision(p.geo_precision, feature.geometry?.type === 'Point' ? 1 : 3),
      source: text(p.source) || layer.file,
      notes: text(p.notes),
      fatalities,
      annotation_ids: [],
      place_ids: [],
      claim_status: p.claim_status === 'alleged' || p.claim_status === 'confirmed' ? p.claim_status : 'reported',
      claim_by: text(p.claim_by) || text(p.source) || layer.file,
      title,
      known: { fr: `Importé de ${layer.file}.`, en: `Imported from ${layer.file}.` },
      unknown: { fr: 'Aucun passage d’article ne le rapporte ici.', en: 'No article passage reports it here.' },
    };
    return { type: 'Feature', id, geometry: feature.geometry, properties };
  });
}
