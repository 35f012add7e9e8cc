/**
 * Imports GeoJSON of places or incidents made by other tools (geojson.io, QGIS, the app's own
 * export) as what it is: a layer, never an article. Each feature is checked against RFC 7946 and
 * kept, fixed with a warning where the fix cannot change what it means (a ring closed or rewound,
 * an altitude dropped, numbers written as strings read, an id made unique), or refused with its
 * reason (out of range, latitude and longitude swapped — caught by the country the feature names —,
 * not a geometry). A layer in projected metres is refused whole: guessing its projection would
 * invent coordinates. TopoJSON with one object is converted; with several, the person chooses.
 */
import type { Geometry } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { DataProblem } from '../dataset';
import { inLanguage } from '../reader-language';
import type { Language, Place } from '../types';
import { MAX_FEATURES_PER_LAYER, MAX_POSITIONS_PER_LAYER } from '../validation/limits';
import type { ImportedFeature, ImportedLayer, RefusedFeature } from './imported-layer';

export interface GeojsonImportOptions {
  language?: Language | undefined;
  /** Countries with a bbox (data/places.json), for the swapped-axes test. */
  knownPlaces?: readonly Place[] | undefined;
}

export type LayerImport = { ok: true; layer: ImportedLayer } | { ok: false; problems: DataProblem[] };

type Wording = { fr: string; en: string };

const GEOMETRY_DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
/** Fields of the ACLED codebook; a feature with two or more of them is an incident. */
const ACLED_FIELDS = ['event_id_cnty', 'event_date', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'inter1', 'fatalities', 'time_precision'];
const METRES_FIX: Wording = { fr: 'Exportez la couche en EPSG:4326 (degrés, longitude puis latitude), par exemple avec QGIS « Enregistrer sous… » et le SCR EPSG:4326.', en: 'Export the layer as EPSG:4326 (degrees, longitude then latitude), e.g. QGIS “Save As…” with CRS EPSG:4326.' };
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `value` looks like GeoJSON (a Feature, a FeatureCollection or a bare geometry). */
export function isGeojson(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return value.type === 'FeatureCollection' || value.type === 'Feature' || (typeof value.type === 'string' && value.type in GEOMETRY_DEPTH && 'coordinates' in value);
}

/** Whether `value` looks like TopoJSON. */
export function isTopojson(value: unknown): boolean {
  return isRecord(value) && value.type === 'Topology';
}

/**
 * The layer in a parsed GeoJSON (or TopoJSON) `value` from `file`, or why none can be made.
 * @example importGeojson('towns.geojson', { type: 'FeatureCollection', features: [...] }).layer.kind // → 'places'
 */
export function importGeojson(file: string, value: unknown, options: GeojsonImportOptions = {}): LayerImport {
  const say = (wording: Wording) => inLanguage(options.language, wording);
  const refuse = (field: string, message: Wording, fix: Wording): LayerImport => ({ ok: false, problems: [{ file, field, message: say(message), fix: say(fix) }] });
  const warnings: string[] = [];
  if (isTopojson(value)) return importTopojson(file, value as Record<string, unknown>, options);
  if (!isGeojson(value)) {
    return refuse('type', { fr: 'n’est pas du GeoJSON (ni Feature, ni FeatureCollection).', en: 'is not GeoJSON (neither a Feature nor a FeatureCollection).' }, { fr: 'Exportez la couche en GeoJSON (RFC 7946).', en: 'Export the layer as GeoJSON (RFC 7946).' });
  }
  const root = value as Record<string, unknown>;
  const crs = crsName(root.crs);
  if (crs && !/(?:CRS84|4326)$/i.test(crs)) {
    return refuse('crs', { fr: `déclare le système ${crs} : des coordonnées en mètres, pas en degrés.`, en: `declares the CRS ${crs}: coordinates in metres, not degrees.` }, METRES_FIX);
  }
  let rawFeatures: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) return refuse('features', { fr: 'manque ou n’est pas un tableau.', en: 'is missing or not an array.' }, { fr: 'Une FeatureCollection a un tableau « features ».', en: 'A FeatureCollection has a "features" array.' });
    rawFeatures = root.features;
  } else if (root.type === 'Feature') rawFeatures = [root];
  else {
    rawFeatures = [{ type: 'Feature', geometry: root, properties: {} }];
    warnings.push(say({ fr: `${file} : une géométrie seule, lue comme une entité sans propriétés.`, en: `${file}: a bare geometry, read as one feature with no properties.` }));
  }
  if (rawFeatures.length === 0) return refuse('features', { fr: 'est vide : aucune entité à afficher.', en: 'is empty: no feature to show.' }, { fr: 'Exportez une couche qui a des entités.', en: 'Export a layer that has features.' });
  if (rawFeatures.length > MAX_FEATURES_PER_LAYER) {
    return refuse('features', { fr: `a ${rawFeatures.length} entités, au-delà de la limite de ${MAX_FEATURES_PER_LAYER} par couche.`, en: `has ${rawFeatures.length} features, over the limit of ${MAX_FEATURES_PER_LAYER} per layer.` }, { fr: 'Filtrez ou découpez la couche.', en: 'Filter or split the layer.' });
  }
  const positions = countPositions(rawFeatures);
  if (positions > MAX_POSITIONS_PER_LAYER) {
    return refuse('features', { fr: `a ${positions} positions, au-delà de la limite de ${MAX_POSITIONS_PER_LAYER} par couche.`, en: `has ${positions} positions, over the limit of ${MAX_POSITIONS_PER_LAYER} per layer.` }, { fr: 'Simplifiez les géométries (QGIS « Simplifier », mapshaper).', en: 'Simplify the geometries (QGIS “Simplify”, mapshaper).' });
  }
  if (looksProjected(rawFeatures)) return refuse('features', { fr: 'a des coordonnées en mètres, pas en degrés (des valeurs de plusieurs milliers).', en: 'has coordinates in metres, not degrees (values in the thousands).' }, METRES_FIX);

  const fixes = new Map<string, { wording: Wording; ids: string[] }>();
  const fixed = (key: string, wording: Wording, id: string) => {
    const entry = fixes.get(key) ?? { wording, ids: [] };
    entry.ids.push(id);
    fixes.set(key, entry);
  };
  const refused: RefusedFeature[] = [];
  const features: ImportedFeature[] = [];
  const seen = new Set<string>();
  const countries = (options.knownPlaces ?? []).filter((p) => p.kind === 'country' && p.bbox);
  rawFeatures.forEach((raw, index) => {
    const label = `#${index}`;
    if (!isRecord(raw) || raw.type !== 'Feature') {
      refused.push({ index, id: null, reason: say({ fr: `${label} : n’est pas une Feature (trouvé : ${isRecord(raw) ? `type ${JSON.stringify(raw.type)}` : JSON.stringify(raw)?.slice(0, 30)}).`, en: `${label}: is not a Feature (found ${isRecord(raw) ? `type ${JSON.stringify(raw.type)}` : JSON.stringify(raw)?.slice(0, 30)}).` }) });
      return;
    }
    const properties = plainProperties(raw.properties);
    const givenId = idOf(raw, properties);
    const name = givenId ?? label;
    const result = checkGeometry(raw.geometry, (key, wording) => fixed(key, wording, name));
    if (!result.ok) {
      refused.push({ index, id: givenId, reason: say({ fr: `${name} : ${result.reason.fr}`, en: `${name}: ${result.reason.en}` }) });
      return;
    }
    if (result.geometry?.type === 'Point') {
      const swap = swappedInCountry(result.geometry.coordinates as [number, number], properties, countries);
      if (swap) {
        refused.push({ index, id: givenId, reason: say({ fr: `${name} : [${swap.point.join(', ')}] tombe hors de ${swap.country.name.fr}, qu’il nomme, et y tomberait lu comme [lat, lng] : latitude et longitude semblent inversées. Écrivez [longitude, latitude].`, en: `${name}: [${swap.point.join(', ')}] lies outside ${swap.country.name.en}, which it names, and would lie inside read as [lat, lng]: latitude and longitude look swapped. Write [longitude, latitude].` }) });
        return;
      }
    }
    if (result.geometry === null) fixed('unlocated', { fr: 'sans géométrie, gardée(s) comme non localisée(s)', en: 'no geometry, kept as unlocated' }, name);
    let id = givenId ?? `${slugOf(file)}-${index + 1}`;
    if (seen.has(id)) {
      let n = 2;
      while (seen.has(`${id}-${n}`)) n += 1;
      fixed('duplicate', { fr: 'identifiant déjà pris, renommé avec un suffixe -2, -3…', en: 'id already used, renamed with a suffix -2, -3…' }, id);
      id = `${id}-${n}`;
    }
    seen.add(id);
    features.push({ type: 'Feature', id, geometry: result.geometry, properties });
  });
  for (const { wording, ids } of fixes.values()) {
    const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? '…' : '');
    warnings.push(say({ fr: `${file} : ${ids.length} entité(s) — ${wording.fr} (${shown}).`, en: `${file}: ${ids.length} feature(s) — ${wording.en} (${shown}).` }));
  }
  if (features.length === 0) {
    return { ok: false, problems: [{ file, field: 'features', message: say({ fr: `n’a aucune entité utilisable sur ${rawFeatures.length}.`, en: `has no usable feature out of ${rawFeatures.length}.` }), fix: refused.slice(0, 3).map((r) => r.reason).join(' ') }] };
  }
  const incidents = features.filter((f) => ACLED_FIELDS.filter((key) => key in f.properties).length >= 2).length;
  const kind = incidents * 2 > features.length ? 'incidents' : 'places';
  const name = typeof root.name === 'string' && root.name.trim() ? root.name.trim().slice(0, 120) : file.replace(/\.[^.]*$/, '');
  return { ok: true, layer: { kind, name, file, features, warnings, refused } };
}

function importTopojson(file: string, topology: Record<string, unknown>, options: GeojsonImportOptions): LayerImport {
  const say = (wording: Wording) => inLanguage(options.language, wording);
  const objects = isRecord(topology.objects) ? Object.keys(topology.objects) : [];
  const fail = (message: Wording, fix: Wording): LayerImport => ({ ok: false, problems: [{ file, field: 'objects', message: say(message), fix: say(fix) }] });
  if (!Array.isArray(topology.arcs) || objects.length === 0) return fail({ fr: 'est une TopoJSON sans objets ou sans arcs.', en: 'is TopoJSON with no objects or no arcs.' }, { fr: 'Exportez-la à nouveau, ou exportez la couche en GeoJSON.', en: 'Export it again, or export the layer as GeoJSON.' });
  if (objects.length > 1) {
    return fail({ fr: `est une TopoJSON de ${objects.length} objets (${objects.join(', ')}) : lequel importer ?`, en: `is TopoJSON with ${objects.length} objects (${objects.join(', ')}): which one to import?` }, { fr: 'Exportez l’objet voulu seul, ou en GeoJSON (mapshaper : -o format=geojson).', en: 'Export the object you want alone, or as GeoJSON (mapshaper: -o format=geojson).' });
  }
  let converted: unknown;
  try {
    // topojson-client trusts its input; a broken arc index throws, which is a refusal, not a crash.
    converted = topojsonFeature(topology as never, objects[0]! as never);
  } catch {
    return fail({ fr: `est une TopoJSON dont l’objet « ${objects[0]} » ne peut pas être converti (arcs incohérents).`, en: `is TopoJSON whose object "${objects[0]}" cannot be converted (inconsistent arcs).` }, { fr: 'Exportez la couche en GeoJSON.', en: 'Export the layer as GeoJSON.' });
  }
  const result = importGeojson(file, isRecord(converted) ? { ...converted, name: objects[0] } : converted, options);
  if (result.ok) result.layer.warnings.unshift(say({ fr: `${file} : TopoJSON, objet « ${objects[0]} » converti en GeoJSON.`, en: `${file}: TopoJSON, object "${objects[0]}" converted to GeoJSON.` }));
  return result;
}

type GeometryCheck = { ok: true; geometry: Geometry | null } | { ok: false; reason: Wording };
type Fix = (key: string, wording: Wording) => void;

class Refusal {
  constructor(readonly reason: Wording) {}
}

function checkGeometry(raw: unknown, fix: Fix): GeometryCheck {
  if (raw === null || raw === undefined) return { ok: true, geometry: null };
  if (!isRecord(raw)) return { ok: false, reason: { fr: 'sa géométrie n’est pas un objet.', en: 'its geometry is not an object.' } };
  if (raw.type === 'GeometryCollection') return { ok: false, reason: { fr: 'GeometryCollection n’est pas dessinée : découpez-la en entités.', en: 'a GeometryCollection is not drawn: split it into features.' } };
  const depth = typeof raw.type === 'string' ? GEOMETRY_DEPTH[raw.type] : undefined;
  if (depth === undefined) return { ok: false, reason: { fr: `type de géométrie inconnu ${JSON.stringify(raw.type)}.`, en: `unknown geometry type ${JSON.stringify(raw.type)}.` } };
  try {
    const coordinates = positionsAt(raw.coordinates, depth, fix);
    if (raw.type === 'Polygon') (coordinates as number[][][]).forEach((ring, i) => ring.splice(0, ring.length, ...checkRing(ring, i === 0, fix)));
    if (raw.type === 'MultiPolygon') (coordinates as number[][][][]).forEach((polygon) => polygon.forEach((ring, i) => ring.splice(0, ring.length, ...checkRing(ring, i === 0, fix))));
    if (raw.type === 'LineString' || raw.type === 'MultiLineString' || /Polygon/.test(raw.type as string)) {
      const lines = raw.type === 'LineString' ? [coordinates] : raw.type === 'MultiPolygon' ? (coordinates as number[][][][]).flat() : (coordinates as number[][][]);
      if ((lines as number[][][]).some((line) => line.some((p, i) => i > 0 && Math.abs(p[0]! - line[i - 1]![0]!) > 180))) {
        fix('antimeridian', { fr: 'traverse l’antiméridien sans y être coupée (RFC 7946 §3.1.9) ; dessinée telle quelle', en: 'crosses the antimeridian without being cut there (RFC 7946 §3.1.9); drawn as is' });
      }
    }
    return { ok: true, geometry: { type: raw.type, coordinates } as Geometry };
  } catch (caught) {
    if (caught instanceof Refusal) return { ok: false, reason: caught.reason };
    throw caught;
  }
}

function positionsAt(value: unknown, depth: number, fix: Fix): unknown {
  if (depth === 0) return position(value, fix);
  if (!Array.isArray(value)) throw new Refusal({ fr: `coordonnées mal imbriquées (trouvé : ${JSON.stringify(value)?.slice(0, 30)}).`, en: `coordinates nested wrongly (found ${JSON.stringify(value)?.slice(0, 30)}).` });
  if (value.length === 0) throw new Refusal({ fr: 'coordonnées vides.', en: 'empty coordinates.' });
  return value.map((child) => positionsAt(child, depth - 1, fix));
}

function position(value: unknown, fix: Fix): number[] {
  if (!Array.isArray(value) || value.length < 2) throw new Refusal({ fr: `${JSON.stringify(value)?.slice(0, 30)} n’est pas une position [longitude, latitude].`, en: `${JSON.stringify(value)?.slice(0, 30)} is not a [longitude, latitude] position.` });
  const numbers = value.map((n) => {
    if (typeof n === 'number') return n;
    if (typeof n === 'string' && /^\s*[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\s*$/.test(n)) {
      fix('strings', { fr: 'nombres écrits comme textes, lus comme nombres', en: 'numbers written as strings, read as numbers' });
      return Number(n);
    }
    throw new Refusal({ fr: `la position ${JSON.stringify(value).slice(0, 40)} contient ${JSON.stringify(n)}, pas un nombre.`, en: `the position ${JSON.stringify(value).slice(0, 40)} holds ${JSON.stringify(n)}, not a number.` });
  });
  if (!numbers.every(Number.isFinite)) throw new Refusal({ fr: 'une position n’est pas finie.', en: 'a position is not finite.' });
  if (numbers.length > 2) fix('altitude', { fr: 'altitude (3e coordonnée) retirée : la carte est plane', en: 'altitude (3rd coordinate) dropped: the map is flat' });
  const [lng, lat] = numbers as [number, number];
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    const swapped = lat >= -180 && lat <= 180 && lng >= -90 && lng <= 90;
    throw new Refusal(swapped
      ? { fr: `[${lng}, ${lat}] est hors limites, mais valable lu comme [lat, lng] : latitude et longitude semblent inversées. Écrivez [longitude, latitude].`, en: `[${lng}, ${lat}] is out of range, but valid read as [lat, lng]: latitude and longitude look swapped. Write [longitude, latitude].` }
      : { fr: `[${lng}, ${lat}] est hors de −180…180 / −90…90.`, en: `[${lng}, ${lat}] is outside −180…180 / −90…90.` });
  }
  const rounded = [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  if (rounded[0] !== lng || rounded[1] !== lat) fix('decimals', { fr: 'plus de 6 décimales, arrondies à 6 (environ 10 cm ; RFC 7946 §11.2)', en: 'more than 6 decimals, rounded to 6 (about 10 cm; RFC 7946 §11.2)' });
  return rounded;
}

function checkRing(ring: number[][], isExterior: boolean, fix: Fix): number[][] {
  let result = ring;
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    result = [...ring, [...first]];
    fix('closed', { fr: 'anneau non fermé, fermé en répétant son premier point', en: 'ring not closed, closed by repeating its first position' });
  }
  if (result.length < 4) throw new Refusal({ fr: `un anneau a ${ring.length} positions ; il en faut au moins 4, la dernière égale à la première.`, en: `a ring has ${ring.length} positions; it needs at least 4, the last equal to the first.` });
  const isClockwise = signedArea(result) < 0;
  if (isExterior === isClockwise) {
    result = [...result].reverse();
    fix('wound', { fr: 'anneau dans le mauvais sens, retourné (extérieur anti-horaire, trous horaires, RFC 7946 §3.1.6)', en: 'ring wound the wrong way, rewound (exterior counter-clockwise, holes clockwise, RFC 7946 §3.1.6)' });
  }
  return result;
}

// Shoelace formula in degrees: positive for counter-clockwise rings.
function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

// A layer in a projected CRS (Web Mercator, UTM) has numbers in the thousands; a few out-of-range
// degrees do not make a projection, so this asks for most positions seen.
function looksProjected(features: unknown[]): boolean {
  let seen = 0;
  let large = 0;
  const visit = (value: unknown): void => {
    if (seen >= 2000 || !Array.isArray(value)) return;
    if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number') {
      seen += 1;
      if (Math.abs(value[0]) > 1000 || Math.abs(value[1]) > 1000) large += 1;
      return;
    }
    value.forEach(visit);
  };
  for (const f of features) if (isRecord(f) && isRecord(f.geometry)) visit(f.geometry.coordinates);
  return seen > 0 && large * 2 > seen;
}

function countPositions(features: unknown[]): number {
  let count = 0;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value) || count > MAX_POSITIONS_PER_LAYER) return;
    if (value.length > 0 && !Array.isArray(value[0])) count += 1;
    else value.forEach(visit);
  };
  for (const f of features) if (isRecord(f) && isRecord(f.geometry)) visit(f.geometry.coordinates);
  return count;
}

function swappedInCountry(point: [number, number], properties: Record<string, unknown>, countries: readonly Place[]): { point: [number, number]; country: Place } | null {
  const hints = ['iso_a2', 'ISO_A2', 'iso', 'country_code', 'country', 'COUNTRY', 'admin'].map((key) => properties[key]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const country = countries.find((c) => hints.some((h) => h === c.iso || h.toLowerCase() === c.name.en.toLowerCase() || h.toLowerCase() === c.name.fr.toLowerCase()));
  if (!country?.bbox) return null;
  if (inside(point, country.bbox) || !inside([point[1], point[0]], country.bbox)) return null;
  return { point, country };
}

function inside([x, y]: [number, number], [west, south, east, north]: [number, number, number, number]): boolean {
  const isInsideLng = west <= east ? x >= west && x <= east : x >= west || x <= east; // west > east: across the antimeridian
  return isInsideLng && y >= south && y <= north;
}

function idOf(raw: Record<string, unknown>, properties: Record<string, unknown>): string | null {
  for (const candidate of [raw.id, properties.id, properties.place_id, properties.event_id_cnty, properties.fid]) {
    if ((typeof candidate === 'string' && candidate.trim() !== '') || (typeof candidate === 'number' && Number.isFinite(candidate))) return String(candidate).trim().slice(0, 120);
  }
  return null;
}

// A plain copy without keys that could reach a prototype: the properties are someone else's data.
function plainProperties(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!DANGEROUS_KEYS.has(key)) copy[key] = v;
  return copy;
}

function crsName(crs: unknown): string | null {
  if (!isRecord(crs) || !isRecord(crs.properties)) return null;
  return typeof crs.properties.name === 'string' ? crs.properties.name : null;
}

function slugOf(file: string): string {
  return file.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'feature';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
