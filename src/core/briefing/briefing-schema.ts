/**
 * A briefing is data: `data/briefings/<id>.json`, a title and slides, each slide a camera, the
 * layers shown, what is highlighted, the passages quoted (annotation ids), speaker notes, and
 * optionally the time window and filters it applies.
 * This module checks such a file, whether it comes from the repository, from the browser's
 * storage or from an imported file, and says what is wrong in words that name the file, the
 * field and the fix.
 */
import { z } from 'zod';
import type { Dataset, DataProblem } from '../dataset';
import { inLanguage } from '../reader-language';
import { describeIssue } from '../validation/describe-issue';
import { MAX_SLIDES_PER_BRIEFING } from '../validation/limits';
import { readJson } from '../validation/read-json';
import { LAYER_TOGGLE_IDS, type LayerToggleId } from '../vocabulary/layer-toggles';
import { BORDER_SIDES, CLAIM_STATUSES } from '../filters/incident-index';
import { parseIsoDay } from '../filters/time-interval';
import type { BorderSide } from '../geo/border-relation';
import type { ClaimStatus, Language } from '../types';

/** The time window and filters a slide carries (slide-filters.ts says what they do). */
const day = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoDay(text) !== null, 'must be a day written YYYY-MM-DD');
const precision = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const names = z.array(z.string().min(1));

export const slideFiltersSchema = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  eventTypes: names.optional(),
  subEventTypes: names.optional(),
  actors: names.optional(),
  claimStatuses: z.array(z.enum(CLAIM_STATUSES as [ClaimStatus, ...ClaimStatus[]])).optional(),
  geoPrecisions: z.array(precision).optional(),
  timePrecisions: z.array(precision).optional(),
  origins: names.optional(),
  sources: names.optional(),
  sides: z.array(z.enum(BORDER_SIDES as [BorderSide, ...BorderSide[]])).optional(),
  maxDistanceKm: z.number().min(0).optional(),
});

export type SlideFilters = z.infer<typeof slideFiltersSchema>;

/** The keys a slide's `filters` may hold, for the problems that name an unknown one. */
export const SLIDE_FILTER_KEYS = Object.keys(slideFiltersSchema.shape);

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-85.06).max(85.06); // Web Mercator cannot show the poles
const angle = z.number().min(-360).max(360);

const boundsCamera = z.strictObject({ bounds: z.tuple([lng, lat, lng, lat]), bearing: angle.optional(), pitch: z.number().min(0).max(85).optional() });
const centerCamera = z.strictObject({ center: z.tuple([lng, lat]), zoom: z.number().min(0).max(22), bearing: angle.optional(), pitch: z.number().min(0).max(85).optional() });

const slideId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug (letters, digits, hyphens)');

export const slideSchema = z.strictObject({
  id: slideId,
  title: z.string().trim().min(1, 'must not be empty'),
  camera: z.union([boundsCamera, centerCamera]),
  layers: z.strictObject(Object.fromEntries(LAYER_TOGGLE_IDS.map((id) => [id, z.boolean()])) as Record<LayerToggleId, z.ZodBoolean>),
  placeIds: z.array(z.string()),
  incidentIds: z.array(z.string()),
  annotationIds: z.array(z.string().startsWith('urn:border-brief:annotation:', 'must be an annotation IRI (urn:border-brief:annotation:<article>:<n>)')),
  notes: z.string(),
  /** The time window and filters presenting the slide applies (slide-filters.ts); absent: none, as in files made before slides had them. */
  filters: slideFiltersSchema.optional(),
});

export const briefingSchema = z.strictObject({
  id: slideId,
  title: z.string().trim().min(1, 'must not be empty'),
  language: z.enum(['fr', 'en']),
  /** The article the briefing was drafted from; its passages are the ones quoted. */
  articleId: z.string().min(1),
  /** Which script made the file from which inputs (absent once a person edited it). */
  provenance: z.strictObject({ script: z.string(), inputs: z.array(z.string()), command: z.string() }).optional(),
  slides: z.array(slideSchema).min(1, 'needs at least one slide'),
});

export type Briefing = z.infer<typeof briefingSchema>;
export type Slide = z.infer<typeof slideSchema>;

export type BriefingResult = { ok: true; briefing: Briefing } | { ok: false; problems: DataProblem[] };

/**
 * Parses and checks a briefing file. `path` names it in the problems ('data/briefings/x.json' or
 * the name of an imported file). With a dataset, every place, incident and annotation a slide
 * names must exist in it, and slide ids must be unique.
 */
export function parseBriefing(path: string, content: string, dataset?: Pick<Dataset, 'places' | 'articles'>, language?: Language): BriefingResult {
  const read = readJson(path, content, language, { fr: 'Exportez le briefing à nouveau depuis Border Brief ; le fichier est incomplet.', en: 'Export the briefing again from Border Brief; the file is incomplete.' });
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const json = read.value;
  const slides = (json as { slides?: unknown } | null)?.slides;
  if (Array.isArray(slides) && slides.length > MAX_SLIDES_PER_BRIEFING) {
    return { ok: false, problems: [{ file: path, field: 'slides', message: inLanguage(language, { fr: `a ${slides.length} diapositives, au-delà de la limite de ${MAX_SLIDES_PER_BRIEFING} par briefing.`, en: `has ${slides.length} slides, over the limit of ${MAX_SLIDES_PER_BRIEFING} per briefing.` }), fix: inLanguage(language, { fr: 'Découpez-le en plusieurs briefings.', en: 'Split it into several briefings.' }) }] };
  }
  const parsed = briefingSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const described = describeIssue(path, issue, { language, root: json, keysAt: briefingKeysAt, fallbackFix: { fr: 'Corrigez le champ comme indiqué, ou exportez le briefing à nouveau depuis Border Brief.', en: 'Correct the field as described, or export the briefing again from Border Brief.' } });
        // A wrong type or an unknown key has its own fix (what to write, which keys); otherwise
        // the fix for the field says what to write there (a camera's shape, the layer list).
        const isOwnFix = issue.code === 'unrecognized_keys' || issue.code === 'invalid_type';
        const fix = isOwnFix ? described.fix : (fixFor(issue.path) ?? described.fix);
        return { ...described, message: `${described.message.replace(/\.$/, '')}${slideNumber(issue.path, language)}.`, fix };
      }),
    };
  }
  const problems = [...duplicateSlideProblems(path, parsed.data), ...(dataset ? briefingReferenceProblems(path, parsed.data, dataset) : [])];
  return problems.length ? { ok: false, problems } : { ok: true, briefing: parsed.data };
}

/** Slides that name a place, incident or annotation the data does not have. */
export function briefingReferenceProblems(path: string, briefing: Briefing, dataset: Pick<Dataset, 'places' | 'articles'>): DataProblem[] {
  const placeIds = new Set(dataset.places.map((place) => place.id));
  const incidentIds = new Set(dataset.articles.flatMap((article) => article.incidents.map((incident) => incident.properties.id)));
  const annotationIds = new Set(dataset.articles.flatMap((article) => article.annotations.map((annotation) => annotation.id)));
  const problems: DataProblem[] = [];
  if (!dataset.articles.some((article) => article.meta.id === briefing.articleId)) {
    problems.push({ file: path, field: 'articleId', message: `names the article "${briefing.articleId}", which is not loaded.`, fix: 'Use the id of a folder in data/articles/.' });
  }
  briefing.slides.forEach((slide, i) => {
    const check = (field: 'placeIds' | 'incidentIds' | 'annotationIds', known: Set<string>, fix: string) =>
      slide[field].forEach((id, j) => {
        if (!known.has(id)) problems.push({ file: path, field: `slides[${i}].${field}[${j}]`, message: `names "${id}", which the data does not have.`, fix });
      });
    check('placeIds', placeIds, 'Use a place id from data/places.json, or remove it.');
    check('incidentIds', incidentIds, "Use an incident id from an article's incidents.geojson, or remove it.");
    check('annotationIds', annotationIds, "Use an annotation id from the article's annotations.jsonld, or remove it.");
  });
  return problems;
}

function duplicateSlideProblems(path: string, briefing: Briefing): DataProblem[] {
  const seen = new Set<string>();
  const problems: DataProblem[] = [];
  briefing.slides.forEach((slide, i) => {
    if (seen.has(slide.id)) problems.push({ file: path, field: `slides[${i}].id`, message: `repeats the slide id "${slide.id}".`, fix: 'Give every slide its own id.' });
    seen.add(slide.id);
  });
  return problems;
}

// « (slide 3) » for slides[2]: people count slides from 1, the file from 0.
function slideNumber(path: readonly PropertyKey[], language?: Language): string {
  if (path[0] !== 'slides' || typeof path[1] !== 'number') return '';
  return ` (${inLanguage(language, { fr: 'diapositive', en: 'slide' })} ${path[1] + 1})`;
}

// The keys each strict object of a briefing allows, to answer an unknown key with the right ones.
function briefingKeysAt(path: readonly PropertyKey[]): readonly string[] {
  const names = path.filter((key) => typeof key === 'string');
  const last = names[names.length - 1];
  if (names.length === 0) return Object.keys(briefingSchema.shape);
  if (last === 'provenance') return ['script', 'inputs', 'command'];
  if (last === 'slides') return Object.keys(slideSchema.shape);
  if (last === 'layers') return LAYER_TOGGLE_IDS;
  if (last === 'camera') return ['bounds', 'center', 'zoom', 'bearing', 'pitch'];
  if (last === 'filters') return SLIDE_FILTER_KEYS;
  return [];
}

const FIXES: Record<string, string> = {
  camera: 'Give either { "bounds": [west, south, east, north] } or { "center": [lng, lat], "zoom": z }, in degrees, longitude first.',
  layers: `List each layer with true or false: ${LAYER_TOGGLE_IDS.join(', ')}.`,
  title: 'Write a title.',
  id: 'Use a lowercase slug such as "region" or "slide-3".',
  slides: 'Add at least one slide.',
  annotationIds: 'Use ids from the article’s annotations.jsonld.',
  language: 'Use "fr" or "en".',
  filters: 'Give the filters as { "from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "eventTypes": [...], "sides": ["mali" | "mauritania" | "astride" | "elsewhere" | "unlocated"], "maxDistanceKm": 50, … }, or remove "filters".',
};

function fixFor(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && FIXES[key]) return FIXES[key]!;
  }
  return undefined;
}
