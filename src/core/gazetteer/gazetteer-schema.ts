/**
 * The shape of `data/gazetteer/gazetteer.json`, checked at load so that a broken file fails
 * with the place id and the field at fault instead of a wrong map later.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from '../vocabulary/slug';

/** How far a place's point can be trusted; see data/gazetteer/README.md. */
export const COORD_PRECISIONS = ['point', 'centroid', 'representative', 'approximate'] as const;
export type CoordPrecision = (typeof COORD_PRECISIONS)[number];

const isoCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "ML"');

export const gazetteerPlaceSchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN, 'a lowercase slug such as "adel-bagrou"'),
    kind: z.enum(['country', 'city', 'town', 'region', 'border', 'feature', 'camp']),
    iso: isoCode.nullable(),
    countries: z.tuple([isoCode, isoCode]).optional(),
    name: z.object({ fr: z.string().min(1), en: z.string().min(1) }),
    names: z.array(z.string().min(1)).min(1),
    demonyms: z.array(z.string().min(1)).optional(),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    precision: z.enum(COORD_PRECISIONS),
    source: z.string().min(1),
    geonamesId: z.number().int().positive().optional(),
    note: z.string().optional(),
    weak: z.boolean().optional(),
  })
  .refine((place) => place.kind !== 'border' || place.countries !== undefined, { message: 'a border needs its two `countries`' });

export const gazetteerDataSchema = z.object({
  version: z.string().min(1),
  provenance: z.object({
    script: z.string(),
    command: z.string(),
    inputs: z.array(z.string()),
    licence: z.string(),
  }),
  places: z.array(gazetteerPlaceSchema),
});

export type GazetteerPlace = z.infer<typeof gazetteerPlaceSchema>;
export type GazetteerData = z.infer<typeof gazetteerDataSchema>;

/**
 * Validates raw gazetteer JSON; throws an Error naming the place and field at fault.
 * @param data parsed JSON of gazetteer.json
 * @param label the file name, for the message
 */
export function parseGazetteerData(data: unknown, label = 'gazetteer'): GazetteerData {
  const result = gazetteerDataSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    let where = path.join('.');
    if (path[0] === 'places' && typeof path[1] === 'number' && typeof data === 'object' && data !== null) {
      const place = (data as { places?: { id?: unknown }[] }).places?.[path[1]];
      if (place && typeof place.id === 'string') where = `place "${place.id}" ${path.slice(2).join('.')}`;
    }
    throw new Error(`${label}: invalid at ${where || '(root)'}: ${issue?.message ?? 'unknown problem'}. Fix the entry in data/gazetteer/regional-sources.json or re-run geo/scripts/derive-gazetteer.ts.`);
  }
  const ids = new Set<string>();
  for (const place of result.data.places) {
    if (ids.has(place.id)) throw new Error(`${label}: place id "${place.id}" appears twice; ids must be unique.`);
    ids.add(place.id);
  }
  return result.data;
}
