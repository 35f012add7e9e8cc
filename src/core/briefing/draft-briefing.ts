/**
 * Drafts a briefing from an article's data, so that every article, not only the seed, gets a
 * first set of slides to edit: the region and its border; the tensions (each reported incident,
 * with its precision and who makes the claim); the meetings between the two states; the dated
 * visit; and what was said about the border at that visit. An article that reports no incident
 * (one just opened, before anyone codes its incidents) gets a slide for each place it names most,
 * so its draft is more than the region. Everything comes from places, incidents and annotations;
 * nothing is typed in for the seed.
 */
import type { LoadedArticle, Mention } from '../dataset';
import type { IncidentFeature, Language, LocalizedText, Place } from '../types';
import { incidentBounds, placeBounds, type Bounds } from '../views/camera';
import type { Briefing, Slide } from './briefing-schema';
import { ALL_LAYERS_VISIBLE, type LayerVisibility } from '../vocabulary/layer-toggles';

export interface DraftOptions {
  /** Language of the titles and notes; defaults to the article's. */
  language?: Language;
  /** The briefing's id; defaults to the article's. */
  id?: string;
}

const ALL_LAYERS: LayerVisibility = { ...ALL_LAYERS_VISIBLE };
const CONTEXT_LAYERS: LayerVisibility = { ...ALL_LAYERS, incidents: false };
const REGION_MARGIN_DEGREES = 1.2; // keeps capital labels on the frame's edge readable
const AREA_CONTEXT_DEGREES = 1; // around a border zone: the capitals' countries stay in view
const CITY_CONTEXT_DEGREES = 2.5; // around a city's ±1° box: the coast and the nearest border
/** Without incidents, the places named most get a slide each: enough to brief on, few enough to present. */
export const MAX_PLACE_SLIDES = 6;
const MAX_QUOTES_PER_PLACE = 4; // sentences quoted on a place's slide: its first mentions

/**
 * The first draft of a briefing for `article`.
 * @param places every known place (data/places.json)
 * @param incidents the incidents the article reports; defaults to `article.incidents`
 */
export function draftBriefing(article: LoadedArticle, places: readonly Place[], incidents: readonly IncidentFeature[] = notRejected(article.incidents), options: DraftOptions = {}): Briefing {
  const language = options.language ?? article.meta.language;
  const words = WORDS[language];
  const placeById = new Map(places.map((place) => [place.id, place]));
  const mentioned = new Set(article.mentions.map((mention) => mention.placeId).filter((id): id is string => Boolean(id)));
  const borders = places.filter((place) => place.kind === 'border' && mentioned.has(place.id));
  const cities = places.filter((place) => (place.kind === 'city' || place.kind === 'town') && mentioned.has(place.id));
  const region = regionOf([...borders, ...cities]);
  const ordered = [...incidents].sort((a, b) => firstMentionStart(article, a) - firstMentionStart(article, b));
  const diplomatic = ordered.filter(isStateToStateContact);
  const tensions = ordered.filter((incident) => !isStateToStateContact(incident));
  const visits = diplomatic.filter((incident) => incident.properties.time_precision === 1);
  const meetings = diplomatic.filter((incident) => incident.properties.time_precision !== 1);
  const borderIds = new Set(borders.map((place) => place.id));
  const slides: Slide[] = [];

  const border = borders[0];
  if (border) {
    const firstBorderMention = article.mentions.find((mention) => mention.placeId === border.id);
    const sentence = firstBorderMention ? sentenceOf(article, firstBorderMention) : null;
    const countries = places.filter((place) => place.kind === 'country' && place.iso && border.countries?.includes(place.iso));
    const paragraphs = [...new Set(article.mentions.filter((m) => m.placeId === border.id).map((m) => m.paragraphNumber))];
    slides.push({
      id: 'region',
      title: words.regionTitle(border.name[language]),
      camera: { bounds: region ?? framed(placeBounds(border))! },
      layers: CONTEXT_LAYERS,
      placeIds: [border.id, ...countries.map((place) => place.id)],
      incidentIds: [],
      annotationIds: sentence ? mentionsIn(article, sentence).map((m) => m.annotationId) : [],
      notes: words.regionNotes(paragraphs),
    });
  }

  for (const incident of tensions) {
    const p = incident.properties;
    slides.push({
      id: `incident-${p.id}`,
      title: p.title[language],
      camera: { bounds: framed(incidentBounds(incident)) ?? region ?? WORLD_FALLBACK },
      layers: ALL_LAYERS,
      placeIds: p.place_ids.filter((id) => placeById.has(id) && borderIds.has(id)),
      incidentIds: [p.id],
      annotationIds: [...p.annotation_ids],
      notes: words.incidentNotes(incident, language),
    });
  }

  if (meetings.length) {
    const boxes = meetings.map(incidentBounds).filter((box): box is Bounds => box !== null);
    const locations = meetings.map((incident) => incident.properties.location).filter(Boolean);
    slides.push({
      id: 'meetings',
      title: words.meetingsTitle(locations),
      camera: { bounds: boxes.length ? padded(union(boxes), 1) : (region ?? WORLD_FALLBACK) },
      layers: ALL_LAYERS,
      placeIds: meetings.flatMap((incident) => incident.properties.place_ids).filter((id, i, all) => all.indexOf(id) === i && placeById.get(id)?.kind === 'city'),
      incidentIds: meetings.map((incident) => incident.properties.id),
      annotationIds: meetings.flatMap((incident) => incident.properties.annotation_ids),
      notes: meetings.map((incident) => words.incidentNotes(incident, language)).join('\n\n'),
    });
  }

  for (const visit of visits) {
    const p = visit.properties;
    const mentions = article.mentions.filter((mention) => p.annotation_ids.includes(mention.annotationId));
    // Sentences of the visit that speak of the border are what the two sides said they would do there.
    const isAboutBorder = (mention: Mention) => mentionsIn(article, sentenceOf(article, mention)).some((m) => m.placeId !== null && borderIds.has(m.placeId));
    const onVisit = mentions.filter((mention) => !isAboutBorder(mention));
    const onBorder = mentions.filter(isAboutBorder);
    slides.push({
      id: `visit-${p.id}`,
      title: `${p.title[language]} — ${formatEventDate(p.event_date, language)}`,
      camera: { bounds: framed(incidentBounds(visit)) ?? region ?? WORLD_FALLBACK },
      layers: ALL_LAYERS,
      placeIds: p.place_ids.filter((id) => placeById.get(id)?.kind === 'city'),
      incidentIds: [p.id],
      annotationIds: (onVisit.length ? onVisit : mentions).map((m) => m.annotationId),
      notes: words.incidentNotes(visit, language),
    });
    if (onBorder.length && border) {
      slides.push({
        id: `commitments-${p.id}`,
        title: words.commitmentsTitle,
        camera: { bounds: framed(placeBounds(border))! },
        layers: CONTEXT_LAYERS,
        placeIds: [border.id],
        incidentIds: [],
        annotationIds: onBorder.map((m) => m.annotationId),
        notes: words.commitmentsNotes(p.claim_by),
      });
    }
  }

  if (incidents.length === 0) slides.push(...placeSlides(article, places, borderIds, language));

  return {
    id: options.id ?? article.meta.id,
    title: words.briefingTitle(article.meta.title),
    language,
    articleId: article.meta.id,
    slides,
  };
}

/**
 * A slide for each of the places `article` names most (rejected mentions left out; the border,
 * already on the region slide, too), in the order the article first names them: framed on the
 * place, highlighting it, quoting the sentences of its first mentions.
 */
function placeSlides(article: LoadedArticle, places: readonly Place[], borderIds: ReadonlySet<string>, language: Language): Slide[] {
  const placeById = new Map(places.map((place) => [place.id, place]));
  const mentionsByPlace = new Map<string, Mention[]>();
  for (const mention of article.mentions) {
    if (!mention.placeId || mention.status === 'rejected' || borderIds.has(mention.placeId)) continue;
    const place = placeById.get(mention.placeId);
    if (!place || !placeBoundsOrPoint(place)) continue; // an unlocated place has nothing to frame
    mentionsByPlace.set(place.id, [...(mentionsByPlace.get(place.id) ?? []), mention]);
  }
  const firstStart = (id: string) => mentionsByPlace.get(id)![0]!.start;
  const most = [...mentionsByPlace.keys()].sort((a, b) => mentionsByPlace.get(b)!.length - mentionsByPlace.get(a)!.length || firstStart(a) - firstStart(b)).slice(0, MAX_PLACE_SLIDES);
  return most
    .sort((a, b) => firstStart(a) - firstStart(b))
    .map((id): Slide => {
      const place = placeById.get(id)!;
      const mentions = mentionsByPlace.get(id)!;
      return {
        id: `place-${id}`,
        title: place.name[language],
        camera: { bounds: framed(placeBoundsOrPoint(place))! },
        layers: ALL_LAYERS,
        placeIds: [id],
        incidentIds: [],
        annotationIds: mentions.slice(0, MAX_QUOTES_PER_PLACE).map((mention) => mention.annotationId),
        notes: WORDS[language].placeNotes(place.name[language], mentions.length, [...new Set(mentions.map((mention) => mention.paragraphNumber))]),
      };
    });
}

/** A meeting or visit: a strategic development between two state actors. */
export function isStateToStateContact(incident: IncidentFeature): boolean {
  const p = incident.properties;
  return p.event_type === 'Strategic developments' && p.inter1 === 'State forces' && p.inter2 === 'State forces';
}

/** '2024-05-09' → « 9 mai 2024 »; '2024-05' → « mai 2024 ». */
export function formatEventDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const months = MONTHS[language];
  const name = months[month - 1] ?? '';
  if (!day) return `${name} ${year}`;
  return `${day} ${name} ${year}`; // « 9 mai 2024 », "9 May 2024"
}

const WORLD_FALLBACK: Bounds = [-20, 5, 10, 30];

const MONTHS: Record<Language, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const CLAIM: Record<Language, Record<'alleged' | 'reported' | 'confirmed', string>> = {
  fr: { alleged: 'Allégation', reported: 'Rapporté', confirmed: 'Confirmé' },
  en: { alleged: 'Allegation', reported: 'Reported', confirmed: 'Confirmed' },
};

const WORDS = {
  fr: {
    briefingTitle: (title: string) => `Briefing : ${title}`,
    regionTitle: (border: string) => `La région : ${lowerFirst(border)}`,
    regionNotes: (paragraphs: number[]) =>
      `L’article parle de la frontière aux paragraphes ${paragraphs.join(', ')}. Il ne la délimite pas : la bande dessinée de part et d’autre est la zone frontalière de la carte, pas une donnée de l’article.`,
    meetingsTitle: (locations: string[]) => `Les rencontres à ${locations.join(' et à ')}`,
    commitmentsTitle: 'Ce que les deux parties se sont engagées à faire',
    commitmentsNotes: (by: string) => `Engagements tels que rapportés (${by}) : aucune mesure précise n’est nommée ni datée dans l’article.`,
    placeNotes: (name: string, count: number, paragraphs: number[]) =>
      `L’article nomme ${name} ${count === 1 ? 'une fois' : `${count} fois`}, ${paragraphs.length === 1 ? 'au paragraphe' : 'aux paragraphes'} ${paragraphs.join(', ')}. Aucun incident n’est encore codé pour cet article.`,
    incidentNotes: (incident: IncidentFeature, language: Language) => incidentNotes(incident, language, 'Ce que l’on sait', 'Ce que l’on ne sait pas', 'Source'),
  },
  en: {
    briefingTitle: (title: string) => `Briefing: ${title}`,
    regionTitle: (border: string) => `The region: the ${border}`,
    regionNotes: (paragraphs: number[]) =>
      `The article speaks of the border in paragraphs ${paragraphs.join(', ')}. It does not delimit it: the band drawn either side is the map's border zone, not something the article says.`,
    meetingsTitle: (locations: string[]) => `The meetings in ${locations.join(' and ')}`,
    commitmentsTitle: 'What the two sides committed to',
    commitmentsNotes: (by: string) => `Commitments as reported (${by}): the article names no specific measure and no date.`,
    placeNotes: (name: string, count: number, paragraphs: number[]) =>
      `The article names ${name} ${count === 1 ? 'once' : `${count} times`}, in ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${paragraphs.join(', ')}. No incident is coded for this article yet.`,
    incidentNotes: (incident: IncidentFeature, language: Language) => incidentNotes(incident, language, 'What is known', 'What is not known', 'Source'),
  },
} satisfies Record<Language, unknown>;

function incidentNotes(incident: IncidentFeature, language: Language, knownLabel: string, unknownLabel: string, sourceLabel: string): string {
  const p = incident.properties;
  const separator = language === 'fr' ? ' : ' : ': ';
  return [`${CLAIM[language][p.claim_status]} — ${sourceLabel}${separator}${p.claim_by}.`, `${knownLabel}${separator}${localizedText(p.known, language)}`, `${unknownLabel}${separator}${localizedText(p.unknown, language)}`].join('\n');
}

function localizedText(text: LocalizedText, language: Language): string {
  return text[language];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstMentionStart(article: LoadedArticle, incident: IncidentFeature): number {
  const starts = article.mentions.filter((mention) => incident.properties.annotation_ids.includes(mention.annotationId)).map((mention) => mention.start);
  return starts.length ? Math.min(...starts) : Number.MAX_SAFE_INTEGER;
}

function sentenceOf(article: LoadedArticle, mention: Mention) {
  return article.sentences.find((s) => mention.start >= s.start && mention.end <= s.end) ?? article.paragraphs.find((p) => mention.start >= p.start && mention.end <= p.end)!;
}

function mentionsIn(article: LoadedArticle, passage: { start: number; end: number }): Mention[] {
  return article.mentions.filter((mention) => mention.start >= passage.start && mention.end <= passage.end);
}

function regionOf(places: readonly Place[]): Bounds | null {
  const boxes = places.map(placeBoundsOrPoint).filter((box): box is Bounds => box !== null);
  return boxes.length ? padded(union(boxes), REGION_MARGIN_DEGREES) : null;
}

function placeBoundsOrPoint(place: Place): Bounds | null {
  if (place.lngLat && !place.bbox) return [place.lngLat[0], place.lngLat[1], place.lngLat[0], place.lngLat[1]];
  return placeBounds(place);
}

/**
 * A box with room around it: an area gets a degree of context on each side, a point (a city)
 * enough to show the coast or the neighbouring country it sits by.
 */
function framed(box: Bounds | null): Bounds | null {
  if (!box) return null;
  const isSmall = box[2] - box[0] <= 2 && box[3] - box[1] <= 2;
  return padded(box, isSmall ? CITY_CONTEXT_DEGREES : AREA_CONTEXT_DEGREES);
}

function union(boxes: readonly Bounds[]): Bounds {
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

function padded(box: Bounds, degrees: number): Bounds {
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  return [round(box[0] - degrees), round(Math.max(-85, box[1] - degrees)), round(box[2] + degrees), round(Math.min(85, box[3] + degrees))];
}

/** The incidents a briefing can speak of: all but those a reviewer rejected. */
function notRejected(incidents: readonly IncidentFeature[]): IncidentFeature[] {
  return incidents.filter((incident) => (incident.properties as { 'bb:status'?: string })['bb:status'] !== 'rejected');
}
