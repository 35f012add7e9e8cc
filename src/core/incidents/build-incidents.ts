/**
 * Makes an article's incidents layer from its hand-written properties and the project's geo
 * layers. Geometry is never typed by hand: a border-area incident takes the border zone, a
 * town-precise one its town's point, and one the article does not place gets `geometry: null`
 * (RFC 7946 §3.2 allows it), so a precision claim always matches a shape drawn from real data.
 */
import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, GeoJSON, MultiPolygon, Point, Polygon } from 'geojson';
import type { IncidentCollection, IncidentFeature, IncidentProperties } from '../types';
import { rewindRfc7946 } from '../geo/rewind-rfc7946';
import { roundCoordinates } from '../geo/round-coordinates';

/** Where an incident's geometry comes from: the border zone, a point of the capitals layer, or nowhere. */
export type GeometryRef = { layer: 'border-zone' } | { layer: 'capitals'; place_id: string } | null;

export interface IncidentSource {
  article_id: string;
  about?: string;
  incidents: Array<{ geometry_ref: GeometryRef; properties: IncidentProperties }>;
}

export interface IncidentGeoLayers {
  borderZone: FeatureCollection<Polygon | MultiPolygon>; // geo/border-zone.geojson: one polygon per side
  capitals: FeatureCollection<Point, { place_id: string }>; // geo/capitals.geojson
}

/** Coordinates are rounded to this many decimals (RFC 7946 §11.2). */
export const INCIDENT_DECIMALS = 6;

/**
 * The incidents of `source` as a FeatureCollection, in source order, each feature's `id` its
 * properties' `id`. Zone incidents share one geometry: the union of the border zone's sides.
 * @throws Error naming the incident when its geometry_ref points at nothing.
 */
export function buildIncidents(source: IncidentSource, layers: IncidentGeoLayers, provenance?: Record<string, unknown>): IncidentCollection & { provenance?: Record<string, unknown> } {
  let zone: Polygon | MultiPolygon | undefined;
  const features = source.incidents.map(({ geometry_ref: ref, properties }): IncidentFeature => {
    let geometry: IncidentFeature['geometry'] = null;
    if (ref?.layer === 'border-zone') {
      zone ??= borderZoneUnion(layers.borderZone);
      geometry = zone;
    } else if (ref?.layer === 'capitals') {
      const point = layers.capitals.features.find((f) => f.properties.place_id === ref.place_id);
      if (!point) throw new Error(`buildIncidents: incident "${properties.id}" refers to capital "${ref.place_id}", which the capitals layer does not have.`);
      geometry = point.geometry;
    }
    const feature: IncidentFeature = { type: 'Feature', id: properties.id, geometry, properties };
    // @types/geojson's GeoJSON union has no null-geometry Feature; roundCoordinates handles one.
    return roundCoordinates(feature as GeoJSON, INCIDENT_DECIMALS) as IncidentFeature;
  });
  return { type: 'FeatureCollection', ...(provenance ? { provenance } : {}), features };
}

/** Both sides of the border zone as one polygon, wound as RFC 7946 asks. */
export function borderZoneUnion(borderZone: FeatureCollection<Polygon | MultiPolygon>): Polygon | MultiPolygon {
  if (borderZone.features.length === 0) throw new Error('borderZoneUnion: the border zone layer has no features.');
  const merged = borderZone.features.length === 1 ? borderZone.features[0] : union(featureCollection(borderZone.features as Array<Feature<Polygon | MultiPolygon>>));
  if (!merged) throw new Error('borderZoneUnion: the sides of the border zone have no union.');
  return rewindRfc7946(merged.geometry);
}
