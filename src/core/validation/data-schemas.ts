/**
 * zod schemas for every data file the dashboard loads, mirroring src/core/types.ts. A refinement
 * that can explain itself puts its advice in `params.fix`, so the problem shown to the person
 * who edits the file names the fix, not only the rule (see validate-data-file.ts).
 */
import * as z from 'zod';
import { PARTIAL_DATE } from '../vocabulary/partial-date';
import { SLUG_PATTERN, SLUG_SOURCE } from '../vocabulary/slug';
import { SWAP_FIX, geometrySchema, positionProblems } from './geojson-geometry-schema';
import { ACLED_DISORDER_TYPES, ACLED_INTER, ACLED_SUB_EVENTS as ACLED_SUB_EVENTS_CODEBOOK } from '../vocabulary/acled-codebook';

const SHA256 = /^[0-9a-f]{64}$/;
const ISO_ALPHA2 = /^[A-Z]{2}$/;
const ANNOTATION_IRI = new RegExp(`^urn:border-brief:annotation:${SLUG_SOURCE}:[1-9]\\d*$`);
const PLACE_IRI = new RegExp(`^urn:border-brief:place:${SLUG_SOURCE}$`);
const ARTICLE_IRI = new RegExp(`^urn:border-brief:article:${SLUG_SOURCE}$`);

/** A string matching `pattern`, with the problem and its fix in plain words. */
function matching(pattern: RegExp, what: string, fix: string) {
  return z.string().refine((s) => pattern.test(s), { message: `is not ${what}.`, params: { fix } });
}
const slug = matching(SLUG_PATTERN, 'a lowercase slug (a-z, 0-9, single hyphens)', 'Write the id as a short slug such as "nouakchott" or "border-ml-mr".');
const nonEmpty = z.string().refine((t) => t.trim().length > 0, { message: 'is empty.', params: { fix: 'Write some text, or remove the entry.' } });
const localizedText = z.object({ fr: nonEmpty, en: nonEmpty });
const geoPrecision = z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'must be 1 (town), 2 (near a town, small area) or 3 (larger region).' });

const lng = z.number().check((ctx) => {
  if (ctx.value < -180 || ctx.value > 180) ctx.issues.push({ code: 'custom', input: ctx.value, message: `longitude ${ctx.value} is outside −180…180.`, params: { fix: SWAP_FIX } });
});
const lat = z.number().check((ctx) => {
  if (ctx.value < -90 || ctx.value > 90) ctx.issues.push({ code: 'custom', input: ctx.value, message: `latitude ${ctx.value} is outside −90…90.`, params: { fix: SWAP_FIX } });
});
export const lngLatSchema = z.tuple([lng, lat]);
export const bboxSchema = z.tuple([lng, lat, lng, lat]).check((ctx) => {
  const [, south, , north] = ctx.value;
  if (south > north) ctx.issues.push({ code: 'custom', input: ctx.value, message: `south ${south} is north of north ${north}.`, params: { fix: 'Write the bbox as [west, south, east, north].' } });
  // west > east is allowed: the bbox crosses the antimeridian (RFC 7946 §5.2), as Russia's does.
});

/** One entry of data/places.json (`Place`). */
export const placeSchema = z
  .looseObject({
    id: slug,
    kind: z.enum(['country', 'city', 'town', 'region', 'border', 'feature', 'camp']),
    name: localizedText,
    iso: matching(ISO_ALPHA2, 'an ISO 3166-1 alpha-2 code', 'Write two capital letters, e.g. "ML", or null for a border.').nullable(),
    countries: z.array(matching(ISO_ALPHA2, 'an ISO 3166-1 alpha-2 code', 'Write two capital letters, e.g. "MR".')).optional(),
    geonamesId: z.number().int().positive().nullable(),
    wikidataId: matching(/^Q\d+$/, 'a Wikidata id', 'Write it as Q followed by digits (Nouakchott is "Q3688"), or null.').nullable(),
    lngLat: lngLatSchema.nullable(),
    bbox: bboxSchema.nullable(),
    geoPrecision,
    coordSource: nonEmpty,
  })
  .check((ctx) => {
    const place = ctx.value;
    if (place.kind === 'border' && (!place.countries || place.countries.length !== 2)) {
      ctx.issues.push({ code: 'custom', input: place, path: ['countries'], message: 'a border must name the two countries it separates.', params: { fix: 'Add "countries": ["ML", "MR"] (ISO alpha-2, sorted).' } });
    }
    if (place.countries && [...place.countries].sort().join() !== place.countries.join()) {
      ctx.issues.push({ code: 'custom', input: place, path: ['countries'], message: 'countries are not sorted.', params: { fix: 'Sort the ISO codes alphabetically.' } });
    }
    if (place.lngLat && place.bbox && !insideBbox(place.lngLat, place.bbox)) {
      const swapped = insideBbox([place.lngLat[1], place.lngLat[0]], place.bbox);
      ctx.issues.push({
        code: 'custom',
        input: place,
        path: ['lngLat'],
        message: `[${place.lngLat.join(', ')}] lies outside the place's own bbox${swapped ? ', and [lat, lng] read the other way round would lie inside it' : ''}.`,
        params: { fix: swapped ? SWAP_FIX : 'Correct the point or the bbox so the point lies inside.' },
      });
    }
  });

/**
 * data/places.json: an array of places with unique ids, each place that has a country lying in
 * that country's bbox (a point read as [lat, lng] usually does not, while both numbers stay in range).
 */
export const placesFileSchema = z.array(placeSchema).check((ctx) => {
  duplicateIds(ctx, ctx.value.map((p) => p.id), (i) => [i, 'id']);
  const countries = new Map(ctx.value.filter((p) => p.kind === 'country' && p.iso && p.bbox).map((p) => [p.iso as string, p]));
  ctx.value.forEach((place, i) => {
    const country = place.kind === 'country' || !place.iso ? undefined : countries.get(place.iso);
    if (!country?.bbox || !place.lngLat || insideBbox(place.lngLat, country.bbox)) return;
    const swapped = insideBbox([place.lngLat[1], place.lngLat[0]], country.bbox);
    ctx.issues.push({
      code: 'custom',
      input: place.lngLat,
      path: [i, 'lngLat'],
      message: `${place.name.en} at [${place.lngLat.join(', ')}] lies outside ${country.name.en}'s bbox${swapped ? ', and read as [lat, lng] it would lie inside: latitude and longitude look swapped' : ''}.`,
      params: { fix: swapped ? SWAP_FIX : `Check the coordinates against their source (${place.coordSource}).` },
    });
  });
});

/** data/articles/<slug>/meta.json (`ArticleMeta`). */
export const articleMetaSchema = z
  .looseObject({
    id: slug,
    title: nonEmpty,
    titleIsReconstructed: z.boolean(),
    outlet: nonEmpty,
    published: matching(PARTIAL_DATE, 'an ISO 8601 date ("2024", "2024-05" or "2024-05-09")', 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.'),
    publishedPrecision: z.enum(['day', 'month', 'year']),
    language: z.enum(['fr', 'en']),
    url: z.url({ protocol: /^https?$/, message: 'is not an http(s) address.' }).nullable(),
    sha256: matching(SHA256, 'a sha256 (64 lowercase hex digits)', 'Run sha256sum on text.txt and copy the hex digest.'),
    lengthUtf16: z.number().int().nonnegative(),
  })
  .check((ctx) => {
    const { published, publishedPrecision } = ctx.value;
    const expected = { year: 4, month: 7, day: 10 }[publishedPrecision];
    if (PARTIAL_DATE.test(published) && published.length !== expected) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['publishedPrecision'], message: `is "${publishedPrecision}" but published is "${published}".`, params: { fix: 'Make publishedPrecision say how precise published is: "2024" year, "2024-05" month, "2024-05-09" day.' } });
    }
  });

const quoteSelector = z.looseObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().max(32).default(''), suffix: z.string().max(32).default('') });
const positionSelector = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.start < s.end, { message: 'start is not before end.', params: { fix: 'Offsets are UTF-16 code units with end exclusive: end = start + length of the quote.' } });

/** One W3C Web Annotation linking a mention to a place (`PlaceAnnotation`). */
export const placeAnnotationSchema = z
  .looseObject({
    '@context': z.tuple([z.literal('http://www.w3.org/ns/anno.jsonld'), z.looseObject({ bb: z.literal('urn:border-brief:vocab:') })], {
      message: 'must be ["http://www.w3.org/ns/anno.jsonld", {"bb": "urn:border-brief:vocab:"}].',
    }),
    id: matching(ANNOTATION_IRI, 'an annotation IRI', 'Use urn:border-brief:annotation:<article slug>:<n>, n from 1 in text order.'),
    type: z.literal('Annotation'),
    motivation: z.literal('identifying'),
    created: z.iso.datetime({ offset: true, message: 'is not an ISO 8601 date-time.' }),
    creator: z.looseObject({ id: nonEmpty, type: z.enum(['Software', 'Person']), name: nonEmpty }),
    body: z.looseObject({
      type: z.literal('SpecificResource'),
      purpose: z.literal('identifying'),
      source: matching(PLACE_IRI, 'a place IRI', 'Use urn:border-brief:place:<place id>, or urn:border-brief:place:unlocated.'),
    }),
    target: z.looseObject({
      source: matching(ARTICLE_IRI, 'an article IRI', 'Use urn:border-brief:article:<article slug>.'),
      selector: z.tuple([quoteSelector, positionSelector], { message: 'must be [TextQuoteSelector, TextPositionSelector].' }),
    }),
    'bb:articleSha256': matching(SHA256, 'a sha256 (64 lowercase hex digits)', 'Copy the sha256 from the article’s meta.json.'),
    'bb:mentionKind': z.enum(['country', 'demonym', 'city', 'town', 'region', 'border', 'feature']),
    'bb:confidence': z.number().min(0).max(1).optional(),
    'bb:status': z.enum(['proposed', 'accepted', 'rejected']).optional(),
    'bb:candidates': z.array(z.looseObject({ placeId: slug, score: z.number() })).optional(),
  })
  .check((ctx) => {
    const [quote, position] = ctx.value.target.selector;
    if (position.end - position.start !== quote.exact.length) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['target', 'selector', 1],
        message: `spans ${position.end - position.start} code units but the quote « ${quote.exact} » has ${quote.exact.length}.`,
        params: { fix: 'Make end − start equal the length of exact (UTF-16 code units), or re-derive the annotations.' },
      });
    }
  });

/** data/articles/<slug>/annotations.jsonld: a JSON array of annotations with unique ids. */
export const annotationsFileSchema = z.array(placeAnnotationSchema).check((ctx) => duplicateIds(ctx, ctx.value.map((a) => a.id), (i) => [i, 'id']));

// ACLED codebook (2023 edition): event types and the sub-event types each allows, defined once.
const ACLED_SUB_EVENTS: Record<string, readonly string[]> = ACLED_SUB_EVENTS_CODEBOOK;

const agentSchema = z.looseObject({ id: nonEmpty, type: z.enum(['Software', 'Person']), name: nonEmpty });

/** ACLED codebook properties plus our links into the text (`IncidentProperties`). */
export const incidentPropertiesSchema = z
  .looseObject({
    id: slug,
    event_date: matching(PARTIAL_DATE, 'an ISO 8601 date ("2024-05-09", "2024-05" or "2024")', 'Write YYYY-MM-DD when the day is known, else YYYY-MM or YYYY.'),
    time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'must be 1 (day), 2 (week) or 3 (month or longer).' }),
    disorder_type: z.enum(ACLED_DISORDER_TYPES),
    event_type: z.enum(Object.keys(ACLED_SUB_EVENTS) as [string, ...string[]]),
    sub_event_type: nonEmpty,
    actor1: z.string(),
    actor2: z.string(),
    inter1: z.enum(ACLED_INTER),
    inter2: z.enum(ACLED_INTER),
    civilian_targeting: z.enum(['Civilian targeting', '']),
    country: z.string(),
    admin1: z.string(),
    location: z.string(),
    geo_precision: geoPrecision,
    source: nonEmpty,
    notes: nonEmpty,
    fatalities: z.number().int().nonnegative().nullable(),
    annotation_ids: z.array(matching(ANNOTATION_IRI, 'an annotation IRI', 'Cite ids from the article’s annotations.jsonld.')),
    place_ids: z.array(slug),
    claim_status: z.enum(['alleged', 'reported', 'confirmed']),
    claim_by: nonEmpty,
    title: localizedText,
    known: localizedText,
    unknown: localizedText,
    // A machine proposal's fields, and a review's (src/core/incidents/code-incidents.ts).
    assoc_actor_1: z.string().optional(),
    evidence: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
    confidence: z.record(z.string(), z.number().min(0).max(1)).optional(),
    undecided: z.record(z.string(), nonEmpty).optional(),
    'bb:status': z.enum(['proposed', 'accepted', 'rejected']).optional(),
    'bb:proposedBy': agentSchema.optional(),
    modified: z.string().optional(),
    creator: agentSchema.optional(),
    'bb:proposal': z.record(z.string(), z.unknown()).optional(),
  })
  .check((ctx) => {
    const p = ctx.value;
    if (p.actor1.trim() === '' && !p.undecided?.actor1) {
      ctx.issues.push({ code: 'custom', input: p, path: ['actor1'], message: 'is empty.', params: { fix: 'Name the actor (ACLED name), or say why it is unknown in undecided.actor1.' } });
    }
    if (p.annotation_ids.length === 0 && !(p.evidence && p.evidence.length > 0)) {
      ctx.issues.push({ code: 'custom', input: p, path: ['annotation_ids'], message: 'is empty: every claim cites its passage.', params: { fix: 'Add the ids of the annotations whose passages report this incident (or its evidence spans).' } });
    }
    for (const [i, span] of (p.evidence ?? []).entries()) {
      if (span.end <= span.start) ctx.issues.push({ code: 'custom', input: span, path: ['evidence', i], message: `ends at ${span.end}, not after its start ${span.start}.`, params: { fix: 'Give each evidence span start < end (UTF-16 code units, end exclusive).' } });
    }
    const allowed = ACLED_SUB_EVENTS[p.event_type] ?? [];
    if (!allowed.includes(p.sub_event_type)) {
      ctx.issues.push({ code: 'custom', input: p, path: ['sub_event_type'], message: `"${p.sub_event_type}" is not an ACLED sub-event type of "${p.event_type}".`, params: { fix: `Use one of: ${allowed.join(', ')}.` } });
    }
    if (p.time_precision === 1 && p.event_date.length !== 10) {
      ctx.issues.push({ code: 'custom', input: p, path: ['event_date'], message: `"${p.event_date}" is not a day, but time_precision 1 says the day is known.`, params: { fix: 'Write the day (YYYY-MM-DD), or set time_precision to 3.' } });
    }
    if (p.event_type === 'Violence against civilians' && p.civilian_targeting !== 'Civilian targeting') {
      ctx.issues.push({ code: 'custom', input: p, path: ['civilian_targeting'], message: 'is empty for violence against civilians.', params: { fix: 'Set it to "Civilian targeting" (ACLED codebook).' } });
    }
  });

/** One incident: a GeoJSON Feature whose geometry may be null (an incident the article does not place). */
export const incidentFeatureSchema = z
  .looseObject({ type: z.literal('Feature'), geometry: geometrySchema.nullable(), properties: incidentPropertiesSchema })
  .check((ctx) => {
    const { geometry, properties } = ctx.value;
    if (geometry && /Polygon/.test(geometry.type) && properties.geo_precision === 1) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['properties', 'geo_precision'], message: 'is 1 (a town) but the geometry is a zone.', params: { fix: 'A zone means geo_precision 2 or 3; use a Point for a town-precise incident.' } });
    }
  });

/** data/articles/<slug>/incidents.geojson. Foreign members such as `provenance` are kept. */
export const incidentCollectionSchema = z
  .looseObject({ type: z.literal('FeatureCollection'), features: z.array(incidentFeatureSchema) })
  .check((ctx) => duplicateIds(ctx, ctx.value.features.map((f) => f.properties.id), (i) => ['features', i, 'properties', 'id']));

/** A feature of a geo layer (geo/*.geojson): every one names the place it draws. */
export const geoLayerSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      type: z.literal('Feature'),
      geometry: geometrySchema,
      properties: z.looseObject({ place_id: slug, name_fr: nonEmpty, name_en: nonEmpty, geo_precision: geoPrecision.optional(), side: z.string().optional() }),
    }),
  ),
});

export { positionProblems };

function insideBbox([x, y]: [number, number], [west, south, east, north]: [number, number, number, number]): boolean {
  const isInsideLng = west <= east ? x >= west && x <= east : x >= west || x <= east; // west > east: across the antimeridian
  return isInsideLng && y >= south && y <= north;
}

function duplicateIds(ctx: z.core.ParsePayload<unknown>, ids: string[], pathOf: (i: number) => Array<string | number>): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) ctx.issues.push({ code: 'custom', input: id, path: pathOf(i), message: `"${id}" is used twice (first at index ${first}).`, params: { fix: 'Give every entry its own id.' } });
    else seen.set(id, i);
  });
}
