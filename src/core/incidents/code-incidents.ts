/**
 * The incident coder: a machine coder proposes, the analyst disposes. It reads an article (text,
 * language, publication date and the geoparser's mentions) and proposes the incidents it reports
 * as ACLED-coded GeoJSON features like the seed's, each marked `bb:status: 'proposed'` with the
 * coder as `bb:proposedBy`, the sentences that report it as `evidence`, a confidence per field,
 * and, where it could not decide, `undecided: { field: why }` — never an invented value.
 *
 * One pass over the sentences finds events (triggers read in context), classifies them, resolves
 * their date, place, actors and attribution; a second groups the events that are one incident
 * (same kind of event, compatible place, date and actors, or a sentence that only refers back),
 * one incident per day and place. Pure: no DOM, no file system; time linear in the text.
 *
 * The kind of text changes how a sentence is read: what an article recalls from an earlier year
 * is background, not news; « le même jour » takes the date told before it; a liveblog entry with
 * no day of its own happened on the blog's day; a press release's own units are its issuer.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Agent, ClaimStatus, GeoPrecision, IncidentFeature, IncidentProperties, Language, Place, TimePrecision } from '../types';
import { acledActor, ACTOR_ENTRIES, COUNTRY_AS_GOVERNMENT, COUNTRY_NAMES, demonymIso, isoInWords, type ActorRole } from './actor-lexicon';
import { deniedAfter, denouncesPerpetrator, isDenial, readAttribution, strongerClaim } from './attribution';
import { classifyEvent } from './classify-event';
import { familyOf, findTriggers, OFFICIAL_KINDS, VIOLENT_KINDS, type EventKind, type Trigger } from './event-triggers';
import { findFatalities } from './fatalities';
import { clauseSpans, coderSentences, type CoderSentence } from './incident-text';
import { readLiveblog } from './liveblog';
import { pressReleaseIssuer, type Issuer } from './press-release';
import { choosePlace, type CoderMention, type PlaceChoice } from './resolve-incident-place';
import { backgroundYears, findDateAnaphora, findDates, isBackgroundDate, publicationMonth, resolveAnaphor, type ResolvedDate } from './resolve-event-date';

export type { CoderMention };

export const INCIDENT_CODER_VERSION = '0.1.0';
export const INCIDENT_CODER_AGENT: Agent = { id: `urn:border-brief:agent:incident-coder:${INCIDENT_CODER_VERSION}`, type: 'Software', name: `Border Brief incident coder ${INCIDENT_CODER_VERSION}` };

export interface CodeIncidentsInput {
  text: string;
  language: Language;
  /** Publication date, 'YYYY-MM-DD' or 'YYYY-MM'. */
  published: string;
  /**
   * False when `published` is only the day the article was loaded (no date given): then it cannot
   * tell news from background, and the newest date the text gives does instead.
   */
  isPublishedKnown?: boolean;
  /** The geoparser's mentions with their annotation ids, in any order. */
  mentions: readonly CoderMention[];
  /** The places the mentions name (at least those), by id. */
  places: ReadonlyMap<string, Place> | readonly Place[];
  articleId: string;
  outlet: string;
  /** Zone geometries by place id (the border zone for `border-ml-mr`), drawn for a precision-3 zone. */
  zones?: Readonly<Record<string, Polygon | MultiPolygon>>;
}

/** What the coder adds to an incident's properties: the proposal's own fields. */
export interface ProposalFields {
  assoc_actor_1: string;
  evidence: Array<{ start: number; end: number }>;
  confidence: Record<string, number>;
  undecided?: Record<string, string>;
  'bb:status': 'proposed';
  'bb:proposedBy': Agent;
}

export type ProposedIncident = IncidentFeature & { properties: IncidentProperties & ProposalFields };

interface ActorHit {
  role: ActorRole;
  iso?: string;
  start: number; // local
  end: number;
}

interface RawEvent {
  sentence: CoderSentence;
  kinds: Set<EventKind>;
  strong: boolean;
  triggerAt: number; // text offset
  date: ResolvedDate | null; // its own, null when the words give none
  place: PlaceChoice | null;
  /** Every place the event's words name (not nationality words), for matching a group's place. */
  placeIds: string[];
  agents: ActorHit[];
  /** Actors of its words that are neither agent nor patient (« délégations ministérielles » after the noun). */
  others: ActorHit[];
  patient?: ActorHit;
  fatalities: ReturnType<typeof findFatalities>;
  claim: ClaimStatus;
  claimBy: string | null;
  /** One of several places of one sentence (« à Alger puis à Dakar »): never merged with its siblings. */
  splitPlace: boolean;
  /** The event is referred to with a definite article and has no place or date of its own. */
  anaphoric: boolean;
}

interface Group {
  events: RawEvent[];
  kinds: Set<EventKind>;
  denied: boolean;
}

/** The incidents `input` reports, as proposals, in text order of their first evidence. */
export function codeIncidents(input: CodeIncidentsInput): ProposedIncident[] {
  const places = input.places instanceof Map ? (input.places as ReadonlyMap<string, Place>) : new Map((input.places as readonly Place[]).map((p) => [p.id, p]));
  const read = coderSentences(input.text);
  const blog = readLiveblog(read, input.published);
  const sentences = blog?.sentences ?? read;
  const issuer = pressReleaseIssuer(input.text, input.outlet);
  // A dateline (« NOUAKCHOTT (AFP) - », "BAMAKO, June 5 (Reuters) -") says where the story was
  // filed, not where its events happened: its place is never an event's.
  const dateline = datelineEnd(input.text);
  const mentions = [...input.mentions].filter((mention) => mention.start >= dateline.end || mention.start < dateline.start).sort((a, b) => a.start - b.start);
  const dominantIso = dominantCountry(mentions, places);
  const groups: Group[] = [];
  const weak: RawEvent[] = [];
  let m = 0;
  const newsDay = input.isPublishedKnown === false ? newestTextDate(sentences, input.published) : input.published;
  // The last date told, for « le même jour », « le lendemain »: a liveblog entry starts at its day.
  let told: ResolvedDate | null = null;
  for (const sentence of sentences) {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m += 1;
    const own: CoderMention[] = [];
    for (let k = m; k < mentions.length && mentions[k]!.start < sentence.end; k += 1) own.push(mentions[k]!);
    const entryDay = blog?.entryDay.get(sentence.paragraph);
    if (entryDay !== undefined && sentences[sentence.index - 1]?.paragraph !== sentence.paragraph) told = entryDay;
    const time = sentenceTime(sentence.folded, entryDay?.date ?? input.published, newsDay, told);
    if (time.dates.length > 0) told = time.dates[time.dates.length - 1]!;
    const triggers = findTriggers(sentence.folded, input.language, sentence.isHeadline).filter((t) => !t.dropped);
    if (triggers.length === 0) {
      if (isDenial(sentence.folded)) attachDenial(groups, sentence);
      continue;
    }
    const context: SentenceContext = { dates: time.dates, backgroundYears: time.backgroundYears, newsDay, entryDay: entryDay ?? null, issuer };
    for (const event of sentenceEvents(sentence, triggers, own, places, input, dominantIso, context)) {
      if (!event.strong) weak.push(event);
      else addEvent(groups, event);
    }
  }
  for (const event of weak) attachWeak(groups, event);
  const features = groups.map((group, i) => toFeature(group, i, input, places, mentions));
  return features;
}

// ── per sentence ────────────────────────────────────────────────────────────

/** What the text around a sentence tells about it: its dates, its background years, its liveblog day, the press release's issuer. */
interface SentenceContext {
  dates: ResolvedDate[];
  backgroundYears: Array<{ start: number; end: number }>;
  /** The day the article speaks from, against which a date is background; null when nothing tells it. */
  newsDay: string | null;
  /** The blog's day, for a liveblog entry (null when only the month is known). */
  entryDay: ResolvedDate | null;
  issuer: Issuer | null;
}

/**
 * The dates of a folded sentence against `reference` (the publication, or a liveblog entry's
 * day), with « le même jour », « le lendemain » resolved against the date told just before them
 * in the sentence, else `told`; and its spans of background years (« en 2023 »).
 */
function sentenceTime(folded: string, reference: string, newsDay: string | null, told: ResolvedDate | null): { dates: ResolvedDate[]; backgroundYears: Array<{ start: number; end: number }> } {
  const dates = findDates(folded, reference);
  for (const anaphor of findDateAnaphora(folded)) {
    if (dates.some((d) => d.start < anaphor.end && d.end > anaphor.start)) continue;
    const before = [...dates].reverse().find((d) => d.start >= 0 && d.end <= anaphor.start) ?? told;
    if (before) dates.push(resolveAnaphor(anaphor, before));
  }
  dates.sort((a, b) => a.start - b.start);
  return { dates, backgroundYears: newsDay === null ? [] : backgroundYears(folded, newsDay) };
}

/**
 * The newest date with a written year the text gives, for an article whose publication date is
 * unknown: a report speaks from the day of its latest news. Null when no date has its year.
 */
function newestTextDate(sentences: readonly CoderSentence[], loaded: string): string | null {
  let newest: string | null = null;
  for (const sentence of sentences) for (const date of findDates(sentence.folded, loaded)) if (date.explicitYear !== undefined && (newest === null || date.date > newest)) newest = date.date;
  return newest;
}

const STATE_ROLES: ReadonlySet<ActorRole> = new Set(['government', 'military', 'police']);
const NON_STATE_ARMED: ReadonlySet<ActorRole> = new Set(['armed-group', 'jnim', 'is-sahel']);
// Kinds a press release's issuer does itself when the sentence names no one else: its operations.
const ISSUER_KINDS: ReadonlySet<EventKind> = new Set(['visit', 'meeting', 'summon', 'agreement', 'arrest', 'seize', 'base', 'change', 'closure', 'airstrike', 'regain']);

function sentenceEvents(sentence: CoderSentence, triggers: Trigger[], mentions: CoderMention[], places: ReadonlyMap<string, Place>, input: CodeIncidentsInput, dominantIso: string | null, context: SentenceContext): RawEvent[] {
  // An arrival (« est arrivé à », "arrived in") is an official visit only when an official arrives:
  // refugees, lorries and convoys arrive too.
  const official = findActors(sentence.folded, 0, sentence.folded.length, undefined).some((a) => STATE_ROLES.has(a.role));
  const read = triggers.filter((t) => !(t.kind === 'visit' && /arriv/.test(sentence.folded.slice(t.start, t.end)) && !official && !context.issuer));
  if (read.length === 0) return [];
  const strong = read.filter((t) => t.strong);
  const used = strong.length > 0 ? strong : read;
  const clauses = clauseSpans(sentence.folded);
  const families = new Set(used.map((t) => familyOf(t.kind)));
  // One event per family; each family's scope is the whole sentence, or its clauses when the
  // sentence reports events of several families (« convoque … après que … tués »).
  const scopes: Array<{ triggers: Trigger[]; start: number; end: number }> = [];
  for (const family of families) {
    const own = used.filter((t) => familyOf(t.kind) === family);
    if (families.size === 1) scopes.push({ triggers: own, start: 0, end: sentence.folded.length });
    else {
      const inClauses = clauses.filter((c) => own.some((t) => t.start >= c.start && t.start < c.end));
      scopes.push({ triggers: own, start: inClauses[0]!.start, end: inClauses[inClauses.length - 1]!.end });
    }
  }
  const attribution = readAttribution(sentence.folded);
  const { dates, issuer } = context;
  const events: RawEvent[] = [];
  for (const scope of scopes) {
    const first = scope.triggers[0]!;
    const inScope = (s: number) => s >= scope.start && s < scope.end;
    // Dated to an earlier year (« en février 2024 », "On 5 March 2022", « il y a trois ans »):
    // background the article recalls, not news — when that date is the one nearest the event's
    // words: « jeudi, … attaqué un poste, déjà visé en mars 2023 » is Thursday's news, « mardi, le
    // tribunal a jugé les auteurs d'une attaque … en mars 2023 » an old attack.
    const isRecalled = (d: ResolvedDate) => context.newsDay !== null && isBackgroundDate(d, context.newsDay);
    const scopeDates = dates.filter((d) => inScope(d.start) && !isRecalled(d));
    const recalled = [...dates.filter((d) => inScope(d.start) && isRecalled(d)), ...context.backgroundYears.filter((y) => inScope(y.start))];
    const nearest = (spans: Array<{ start: number }>) => Math.min(...spans.map((d) => Math.abs(d.start - first.start)));
    if (recalled.length > 0 && (scopeDates.length === 0 || nearest(recalled) < nearest(scopeDates))) continue;
    const ownMentions = mentions.filter((mn) => inScope(mn.start - sentence.start));
    const scopeMentions = ownMentions.length > 0 && ownMentions.some((mn) => mn.kind !== 'demonym' && mn.placeId) ? ownMentions : mentions;
    const source = attribution.source;
    const actors = findActors(sentence.folded, scope.start, scope.end, source);
    const kinds = new Set(scope.triggers.map((t) => t.kind));
    const roles = assignRoles(sentence.folded, actors, first);
    let { agents } = roles;
    const { patient } = roles;
    if (issuer) agents = issuerAgents(agents, patient, kinds, issuer, first.start);
    // "The army said it had arrested …", « l'armée … dit avoir perdu »: the source is the one who acted.
    const sourceActor = source ? findActors(sentence.folded, source.start, source.end, undefined)[0] : undefined;
    const selfReport = source !== undefined && sourceActor !== undefined && source.end <= first.start && /\b(?:it|its|they|il|ils|elle|avoir)\b/.test(sentence.folded.slice(source.end, first.start));
    if (agents.length === 0 && selfReport && sourceActor) agents = [sourceActor];
    // "…, which the army denies", « ce que dément l'état-major »: an attribution its target denies.
    const deniedAttribution = agents.length > 0 && deniedAfter(sentence.folded.slice(first.end));
    const accusation = attribution.accusation || denouncesPerpetrator(sentence.folded) || deniedAttribution;
    const issuerActs = issuer !== null && agents.some((a) => a.role === issuer.role && (a.iso === undefined || issuer.iso === null || a.iso === issuer.iso));
    const sourceIsParty = issuerActs || (source !== undefined && (selfReport || isParty(sentence.folded.slice(source.start, source.end), agents, patient)));
    const officialAct = [...kinds].some((k) => OFFICIAL_KINDS.has(k));
    const claim: ClaimStatus = accusation ? 'alleged' : sourceIsParty || officialAct ? 'confirmed' : 'reported';
    const claimBy = source ? sentence.text.slice(source.start, source.end).trim() : issuerActs ? issuer.name : null;
    // Split: two days in one expression, or two places joined by « et à » / « puis à » for official acts.
    // A liveblog entry with no day of its own happened on the blog's day.
    const dayGroups = scopeDates.length === 0 && context.entryDay ? [context.entryDay] : splitDates(scopeDates, first.start);
    const placeChoices = officialAct ? coordinatedPlaces(sentence, scopeMentions, places) : null;
    // Where the source speaks from (", the foreign ministry in Nouakchott said") is a last resort.
    const inSource = (mn: CoderMention) => source !== undefined && mn.start - sentence.start >= source.start && mn.start - sentence.start < source.end;
    let choice = choosePlace(scopeMentions.filter((mn) => !inSource(mn)), places, sentence.folded, sentence.start, sentence.start + first.start);
    if (!choice || choice.place.kind === 'country') choice = choosePlace(mentions.filter(inSource), places, sentence.folded, sentence.start, sentence.start + first.start) ?? choice;
    const placeList = placeChoices && placeChoices.length > 1 ? placeChoices : [choice];
    const anaphoric = /\b(?:la|le|les|l'|the)\s*$/.test(sentence.folded.slice(Math.max(0, first.start - 5), first.start)) && scopeDates.length === 0 && placeList[0] === null;
    for (const date of dayGroups) {
      for (const place of placeList) {
        events.push({
          sentence,
          kinds,
          strong: first.strong,
          triggerAt: sentence.start + first.start,
          date,
          place,
          placeIds: scopeMentions.filter((mn) => mn.kind !== 'demonym' && mn.placeId).map((mn) => mn.placeId!),
          agents,
          others: actors.filter((a) => !agents.includes(a) && a !== patient),
          ...(patient ? { patient } : {}),
          fatalities: kinds.has('kill') || kinds.has('attack') || kinds.has('clash') ? findFatalities(sentence.folded) : null,
          claim,
          claimBy,
          anaphoric,
          splitPlace: placeList.length > 1,
        });
      }
    }
  }
  void dominantIso;
  return events;
}

function splitDates(dates: ResolvedDate[], triggerAt: number): Array<ResolvedDate | null> {
  if (dates.length === 0) return [null];
  const byExpression = new Map<number, ResolvedDate[]>();
  for (const d of dates) byExpression.set(d.start, [...(byExpression.get(d.start) ?? []), d]);
  const multi = [...byExpression.values()].find((list) => list.length > 1);
  if (multi) return multi;
  // The expression nearest the trigger, preferring the one before it (« Jeudi, une patrouille … »).
  return [dates.reduce((best, d) => (Math.abs(d.start - triggerAt) < Math.abs(best.start - triggerAt) ? d : best))];
}

function coordinatedPlaces(sentence: CoderSentence, mentions: CoderMention[], places: ReadonlyMap<string, Place>): PlaceChoice[] | null {
  const towns = mentions.filter((mn) => mn.placeId && ['city', 'town', 'camp'].includes(places.get(mn.placeId)?.kind ?? ''));
  for (let i = 0; i + 1 < towns.length; i += 1) {
    const between = sentence.folded.slice(towns[i]!.end - sentence.start, towns[i + 1]!.start - sentence.start);
    if (/^\s*(?:et|puis|and|then)\s+(?:a|en|in|to)\s+$/.test(between)) {
      const pair = [towns[i]!, towns[i + 1]!];
      return pair.map((mn) => choosePlace([mn], places, sentence.folded, sentence.start, mn.start)).filter((c): c is PlaceChoice => c !== null);
    }
  }
  return null;
}

function findActors(folded: string, start: number, end: number, source: { start: number; end: number } | undefined): ActorHit[] {
  const hits: ActorHit[] = [];
  const scope = folded.slice(start, end);
  for (const entry of ACTOR_ENTRIES) {
    entry.re.lastIndex = 0;
    for (const match of scope.matchAll(entry.re)) {
      const s = start + match.index;
      const e = s + match[0].length;
      if (hits.some((h) => s < h.end && e > h.start)) continue;
      if (source && s >= source.start && s < source.end) continue; // who says so is not who did it
      const around = folded.slice(Math.max(0, s - 14), Math.min(folded.length, e + 14));
      const iso = entry.iso ?? (entry.role === 'wagner' ? undefined : demonymIso(around));
      hits.push({ role: entry.role, ...(iso ? { iso } : {}), start: s, end: e });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // "suspected JNIM militants", « des combattants de l'EIGS »: the named group, not a generic word beside it.
  return hits.filter((h, i) => {
    if (h.role !== 'armed-group') return true;
    const named = [hits[i - 1], hits[i + 1]].find((n) => n && (n.role === 'jnim' || n.role === 'is-sahel') && Math.abs((n.start > h.start ? n.start - h.end : h.start - n.end)) <= 6);
    return named === undefined;
  });
}

const ACCOMPANIED = /^\s*,?\s*(?:accompagnee?s? (?:de|par)|appuyee?s? par|soutenue?s? par|aux cotes d[e']|accompanied by|backed by|supported by|alongside|together with|with the support of)[^,;.]{0,25}$/;
const LED_BY = /^\s*,?\s*(?:dirigee?s? par|conduite?s? par|menee?s? par|led by|headed by|commanded by)[^,;.]{0,25}$/;
const PASSIVE_BEFORE = /\b(?:ete|were|was|been|sont|est|being)\s+(?:\S+\s+)?$/;
const AGENT_MARK = /(?:\bpar|\bby|de la part|accus\w*)\s+(?:des?|les?|la|l'|d'|du|the|a|an|suspected|unidentified)?\s*$/;
const NOT_AGENT_MARK = /(?:dirigee?s?|escorted|backed|led|soutenus?|appuyes?|accompagnee?s?)\s+(?:par|by)\s+(?:des?|les?|la|l'|the|a)?\s*$/;

function assignRoles(folded: string, actors: ActorHit[], trigger: Trigger): { agents: ActorHit[]; patient?: ActorHit } {
  const passive = PASSIVE_BEFORE.test(folded.slice(Math.max(0, trigger.start - 20), trigger.start));
  const marked = actors.filter((a) => {
    const before = folded.slice(Math.max(0, a.start - 30), a.start);
    return AGENT_MARK.test(before) && !NOT_AGENT_MARK.test(before);
  });
  let agents: ActorHit[];
  let patient: ActorHit | undefined;
  if (marked.length > 0) {
    agents = withCoordinated(folded, actors, marked[0]!);
    patient = actors.find((a) => !agents.includes(a) && a.role !== 'wagner' && (a.start > trigger.start || passive));
  } else if (passive) {
    agents = [];
    patient = [...actors].reverse().find((a) => a.start < trigger.start);
  } else {
    const before = [...actors].reverse().find((a) => a.start < trigger.start && a.role !== 'civilians');
    // « des soldats maliens accompagnés de combattants russes », "troops backed by Russian fighters":
    // the one accompanied acts, the companion is associated.
    const lead = before ? actors[actors.indexOf(before) - 1] : undefined;
    // « une délégation militaire malienne dirigée par le chef d'état-major », "a delegation led by":
    // the one led acts.
    const between = before && lead ? folded.slice(lead.end, before.start) : '';
    if (before && lead && lead.role !== 'civilians' && ACCOMPANIED.test(between)) agents = [lead, before];
    else if (before && lead && lead.role !== 'civilians' && LED_BY.test(between)) agents = withCoordinated(folded, actors, lead, true);
    else agents = before ? withCoordinated(folded, actors, before, true) : [];
    patient = actors.find((a) => a.start >= trigger.end && !agents.includes(a)) ?? (before ? undefined : actors.find((a) => a.start >= trigger.start));
  }
  return { agents, ...(patient ? { patient } : {}) };
}

// « l'armée malienne et des combattants russes », "Malian soldiers and Russian mercenaries": one side.
function withCoordinated(folded: string, actors: ActorHit[], head: ActorHit, backwards = false): ActorHit[] {
  const side = [head];
  const i = actors.indexOf(head);
  const next = actors[i + 1];
  if (next && /^\s*(?:et|and|,)\s+(?:de |des |les |the )?(?:\S+\s+){0,1}$/.test(folded.slice(head.end, next.start))) side.push(next);
  const prev = actors[i - 1];
  if (backwards && prev && /^\s*(?:et|and)\s+(?:de |des |les |the )?$/.test(folded.slice(prev.end, head.start))) side.unshift(prev);
  return side;
}

function isParty(sourceWords: string, agents: ActorHit[], patient: ActorHit | undefined): boolean {
  // The army about its soldiers, the police or gendarmerie about its officers ("a police spokesman").
  const sourceRole: ActorRole | null = /armee|army|etat-major|fama|military|forces armees|troops/.test(sourceWords) ? 'military' : /police|gendarmerie|gendarmes/.test(sourceWords) ? 'police' : null;
  if (!sourceRole) return false;
  return agents.some((a) => a.role === sourceRole) || patient?.role === sourceRole;
}

/**
 * A press release's agents: its issuer for the operations it reports with no one named (« un
 * vecteur aérien a frappé », "paid a working visit") unless its own forces were the ones hit,
 * and its country for its own kind of forces named without one (« le chef d'état-major »).
 */
function issuerAgents(agents: ActorHit[], patient: ActorHit | undefined, kinds: ReadonlySet<EventKind>, issuer: Issuer, at: number): ActorHit[] {
  const withCountry = agents.map((a) => (a.role === issuer.role && a.iso === undefined && issuer.iso ? { ...a, iso: issuer.iso } : a));
  if (withCountry.length > 0) return withCountry;
  const ownOperation = [...kinds].some((k) => ISSUER_KINDS.has(k)) || ((kinds.has('kill') || kinds.has('attack') || kinds.has('clash')) && patient !== undefined && NON_STATE_ARMED.has(patient.role));
  if (!ownOperation || (patient && patient.role === issuer.role)) return withCountry;
  return [{ role: issuer.role, ...(issuer.iso ? { iso: issuer.iso } : {}), start: at, end: at }];
}

// ── grouping ────────────────────────────────────────────────────────────────

// How far back (in sentences, by where an incident was first told) an event may join it: far
// enough for an article's later paragraphs, bounded so that the work stays linear in the text.
const GROUP_WINDOW = 60;

function addEvent(groups: Group[], event: RawEvent): void {
  let target: Group | undefined;
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const group = groups[i]!;
    if (group.events[0]!.sentence.index < event.sentence.index - GROUP_WINDOW) break;
    if (compatible(group, event)) {
      target = group;
      break;
    }
  }
  if (target) {
    target.events.push(event);
    for (const k of event.kinds) target.kinds.add(k);
  } else groups.push({ events: [event], kinds: new Set(event.kinds), denied: false });
}

function compatible(group: Group, event: RawEvent): boolean {
  const family = familyOf([...event.kinds][0]!);
  if (![...group.kinds].some((k) => familyOf(k) === family)) return false;
  const last = group.events[group.events.length - 1]!;
  const near = event.sentence.paragraph - last.sentence.paragraph <= 1;
  const groupDate = group.events.find((e) => e.date)?.date ?? null;
  if (event.date && groupDate && event.date.date !== groupDate.date) return false;
  const groupPlace = group.events.find((e) => e.place)?.place ?? null;
  if (event.place && groupPlace && !samePlace(event.place, groupPlace) && (event.splitPlace || !event.placeIds.includes(groupPlace.place.id))) return false;
  // A place of its own where the incident has none: another incident (the seed's abuses, then its abductions).
  if (event.place && !groupPlace && last.sentence.index !== event.sentence.index) return false;
  const groupActor = group.events.find((e) => e.agents.length)?.agents[0];
  const actor = event.agents[0];
  if (actor && groupActor && actor.role !== groupActor.role && !(family === 'violence')) return false;
  if (family === 'official') {
    // Official acts merge only with the same actor, or when the sentence only refers back.
    if (event.anaphoric && near) return true;
    if (!actor || !groupActor || actor.role !== groupActor.role || (actor.iso && groupActor.iso && actor.iso !== groupActor.iso)) return false;
    return event.place !== null && groupPlace !== null ? true : near;
  }
  // Nothing of its own (no place, no date): it continues the incident just told.
  if (!event.place && !event.date) return near && event.sentence.index - last.sentence.index <= 2;
  return near || (event.place !== null && groupPlace !== null);
}

function samePlace(a: PlaceChoice, b: PlaceChoice): boolean {
  if (a.place.id === b.place.id) return true;
  if (!a.place.lngLat || !b.place.lngLat) return false;
  const zoneA = a.place.kind === 'border' || b.place.kind === 'border';
  return distanceKm(a.place.lngLat, b.place.lngLat) <= (zoneA ? 50 : 25);
}

function attachWeak(groups: Group[], event: RawEvent): void {
  const family = familyOf([...event.kinds][0]!);
  let best: Group | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  // Groups are in the order they were first told: start at the first one inside the window.
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid]!.events[0]!.sentence.index < event.sentence.index - GROUP_WINDOW) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < groups.length; i += 1) {
    const group = groups[i]!;
    if (group.events[0]!.sentence.index > event.sentence.index + GROUP_WINDOW) break;
    if (![...group.kinds].some((k) => familyOf(k) === family || (family === 'violence' && VIOLENT_KINDS.has(k)))) continue;
    const groupPlace = group.events.find((e) => e.place)?.place;
    if (event.place && groupPlace && !samePlace(event.place, groupPlace)) continue;
    const distance = Math.min(...group.events.map((e) => Math.abs(e.sentence.index - event.sentence.index)));
    if (distance < bestDistance) [best, bestDistance] = [group, distance];
  }
  if (best && (bestDistance <= 3 || event.sentence.isHeadline)) best.events.push({ ...event, place: null, date: null });
}

function attachDenial(groups: Group[], sentence: CoderSentence): void {
  const previous = groups.slice(-8).reverse(); // a denial answers what was just told
  const target = previous.find((g) => g.events.some((e) => e.claim === 'alleged')) ?? previous.find((g) => [...g.kinds].some((k) => VIOLENT_KINDS.has(k)));
  if (!target || sentence.index - target.events[target.events.length - 1]!.sentence.index > 3) return;
  target.denied = true;
  target.events.push({ ...target.events[0]!, sentence, strong: false, place: null, date: null, agents: [], fatalities: null, claimBy: null, claim: 'alleged' });
}

// ── the feature ─────────────────────────────────────────────────────────────

function toFeature(group: Group, index: number, input: CodeIncidentsInput, places: ReadonlyMap<string, Place>, mentions: readonly CoderMention[]): ProposedIncident {
  const events = group.events;
  const main = events.filter((e) => e.strong);
  const strongest = main.length > 0 ? main : events;
  const undecided: Record<string, string> = {};
  const confidence: Record<string, number> = {};

  // What
  const patient = strongest.find((e) => e.patient)?.patient;
  const cls = classifyEvent(group.kinds, patient?.role);
  confidence.event_type = cls.confidence;
  confidence.sub_event_type = cls.confidence - 0.05;

  // Where: the most specific place of its sentences.
  // The place of the sentence that first reports it; later ones only fill a gap.
  const place = strongest.map((e) => e.place).find((p): p is PlaceChoice => p !== null) ?? null;
  let geometry: IncidentFeature['geometry'] = null;
  let geoPrecision: GeoPrecision = 3;
  if (place) {
    geoPrecision = place.precision;
    const zone = place.place.kind === 'border' ? input.zones?.[place.place.id] : undefined;
    geometry = zone ?? (place.place.lngLat ? { type: 'Point', coordinates: [place.place.lngLat[0], place.place.lngLat[1]] } : null);
    if (zone) geoPrecision = 3;
    else if (geometry?.type === 'Point' && place.precision === 3) undecided.geometry = `${place.place.name.en} has no zone in the project's layers: drawn at its representative point, precision 3.`;
    confidence.location = place.confidence;
  } else {
    undecided.location = 'The sentences that report it name no place for it (a nationality word names an actor, not where it happened).';
    confidence.location = 0.3;
  }
  const iso = place?.place.iso ?? null;
  const countries = place ? (place.place.iso ? [place.place.iso] : place.place.countries ?? []) : [];

  // When: the most precise date its sentences give, else the month of publication.
  const dated = strongest.map((e) => e.date).filter((d): d is ResolvedDate => d !== null).sort((a, b) => a.precision - b.precision);
  const date = dated[0] ?? publicationMonth(input.published);
  if (!dated[0]) undecided.event_date = 'No time of its own in the sentences: dated to the month of publication, precision 3.';
  if (date.undecided) undecided.event_date = date.undecided;
  confidence.event_date = date.confidence;

  // Who
  const agents = strongest.flatMap((e) => e.agents);
  const isProtest = cls.event_type === 'Protests';
  const violent = cls.disorder_type === 'Political violence' || cls.sub_event_type === 'Looting/property destruction';
  const main1 = agents.find((a) => a.role !== 'wagner' && a.role !== 'civilians') ?? agents.find((a) => a.role !== 'civilians');
  const wagner = agents.find((a) => a.role === 'wagner' && a !== main1);
  const countryOf = (hit: ActorHit | undefined) => hit?.iso ?? iso ?? (countries.length === 1 ? countries[0]! : null);
  let actor1: { name: string; inter: string } | null = null;
  if (isProtest) actor1 = acledActor('protesters', iso);
  else if (main1) actor1 = acledActor(main1.role, countryOf(main1));
  else if (violent) {
    actor1 = acledActor('armed-group', iso);
    confidence.actor1 = 0.4;
  } else {
    const involved = [...strongest.flatMap((e) => e.others), ...(patient ? [patient] : [])].find((a) => ['government', 'military', 'police'].includes(a.role) || group.kinds.has('change'));
    const country = countryGovernment(strongest);
    if (involved) actor1 = acledActor(involved.role, countryOf(involved));
    else if (country) actor1 = acledActor('government', country);
    else undecided.actor1 = 'The sentences name no one who did it.';
  }
  confidence.actor1 ??= main1 || isProtest ? 0.75 : actor1 ? 0.5 : 0;
  let actor2: { name: string; inter: string } = { name: '', inter: '' };
  if (isProtest && group.kinds.has('intervene')) {
    const police = events.flatMap((e) => e.agents).find((a) => a.role === 'police' || a.role === 'military');
    actor2 = acledActor(police?.role ?? 'police', police?.iso ?? iso);
  } else if (patient && !(patient.role === main1?.role && countryOf(patient) === countryOf(main1))) actor2 = acledActor(patient.role, countryOf(patient));
  else if (cls.event_type === 'Violence against civilians') actor2 = acledActor('civilians', iso);

  // Who says so
  let claim: ClaimStatus = 'reported';
  for (const e of events) claim = strongerClaim(claim, e.strong || e.claim === 'alleged' ? e.claim : 'reported');
  if (group.denied) claim = 'alleged';
  const claimSource = events.find((e) => e.claim === claim && e.claimBy)?.claimBy ?? events.find((e) => e.claimBy)?.claimBy ?? null;
  const claimBy = claimSource ? capitalise(claimSource) : `${input.outlet} (no attribution)`;
  confidence.claim_status = claimSource || claim === 'confirmed' ? 0.75 : 0.55;

  // How many
  const deaths = events.map((e) => e.fatalities).find((f) => f !== null) ?? null;

  // Evidence: its sentences, each once, in text order; the annotations inside them.
  const sentencesUsed = [...new Map(events.map((e) => [e.sentence.index, e.sentence])).values()].sort((a, b) => a.start - b.start);
  const evidence = sentencesUsed.map((s) => ({ start: s.start, end: s.end }));
  const inEvidence = evidence.flatMap((ev) => mentionsWithin(mentions, ev.start, ev.end));
  const annotationIds = inEvidence.map((mn) => mn.annotationId);
  const placeIds = [...new Set([...(place ? [place.place.id] : []), ...inEvidence.filter((mn) => mn.placeId).map((mn) => mn.placeId!)])];

  const location = place ? (place.place.kind === 'border' ? `${place.place.name.en} area` : place.place.name.en) : '';
  const noteParts = [
    `Proposed by the incident coder from ${evidence.length} sentence${evidence.length > 1 ? 's' : ''}; to be reviewed.`,
    deaths?.note,
    ...Object.entries(undecided).map(([field, why]) => `${field}: ${why}`),
  ].filter(Boolean);
  const slugPlace = place?.place.id ?? 'unlocated';
  const id = `proposed-${index + 1}-${cls.sub_event_type.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${slugPlace}`;
  const title = titleOf(cls.sub_event_type, place?.place ?? null);

  const properties: IncidentProperties & ProposalFields = {
    id,
    event_date: date.date,
    time_precision: date.precision as TimePrecision,
    disorder_type: cls.disorder_type,
    event_type: cls.event_type,
    sub_event_type: cls.sub_event_type,
    actor1: actor1?.name ?? '',
    assoc_actor_1: wagner && main1 && main1.role !== 'wagner' ? acledActor('wagner', null).name : '',
    actor2: actor2.name,
    inter1: actor1?.inter ?? '',
    inter2: actor2.inter,
    civilian_targeting: cls.civilian_targeting,
    country: countries.map((c) => COUNTRY_NAMES[c] ?? c).join('; '),
    admin1: '',
    location,
    geo_precision: geoPrecision,
    source: input.outlet,
    notes: noteParts.join(' '),
    fatalities: deaths?.count ?? null,
    annotation_ids: annotationIds,
    place_ids: placeIds,
    claim_status: claim,
    claim_by: claimBy,
    title,
    known: { fr: `${title.fr} (${date.date}), d’après l’article (${claimLabelFr(claim)}).`, en: `${title.en} (${date.date}), as the article reports it (${claim}).` },
    unknown: { fr: Object.keys(undecided).length ? `Non déterminé par le codeur : ${Object.keys(undecided).join(', ')}.` : 'À vérifier par l’analyste.', en: Object.keys(undecided).length ? `Not decided by the coder: ${Object.keys(undecided).join(', ')}.` : 'To be checked by the analyst.' },
    evidence,
    confidence: Object.fromEntries(Object.entries(confidence).map(([k, v]) => [k, Math.round(Math.max(0, Math.min(1, v)) * 100) / 100])),
    ...(Object.keys(undecided).length ? { undecided } : {}),
    'bb:status': 'proposed',
    'bb:proposedBy': INCIDENT_CODER_AGENT,
  };
  return { type: 'Feature', id, geometry, properties };
}

/** The mentions inside [start, end) of `sorted` (by start), found by binary search: linear overall. */
function mentionsWithin(sorted: readonly CoderMention[], start: number, end: number): CoderMention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const found: CoderMention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i += 1) if (sorted[i]!.end <= end) found.push(sorted[i]!);
  return found;
}

function countryGovernment(events: RawEvent[]): string | null {
  for (const e of events) {
    COUNTRY_AS_GOVERNMENT.lastIndex = 0;
    const hit = COUNTRY_AS_GOVERNMENT.exec(e.sentence.folded.slice(0, Math.max(0, e.triggerAt - e.sentence.start)));
    if (hit) return isoInWords(hit[0]) ?? null;
  }
  return null;
}

function dominantCountry(mentions: readonly CoderMention[], places: ReadonlyMap<string, Place>): string | null {
  const counts = new Map<string, number>();
  for (const mn of mentions) {
    const iso = mn.placeId ? places.get(mn.placeId)?.iso : null;
    if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const SUB_EVENT_WORDS: Record<string, { fr: string; en: string }> = {
  'Armed clash': { fr: 'Affrontement armé', en: 'Armed clash' },
  Attack: { fr: 'Attaque contre des civils', en: 'Attack on civilians' },
  'Abduction/forced disappearance': { fr: 'Enlèvement', en: 'Abduction' },
  'Air/drone strike': { fr: 'Frappe aérienne', en: 'Air strike' },
  'Peaceful protest': { fr: 'Manifestation', en: 'Protest' },
  'Protest with intervention': { fr: 'Manifestation dispersée', en: 'Protest dispersed' },
  Agreement: { fr: 'Accord', en: 'Agreement' },
  Arrests: { fr: 'Arrestations', en: 'Arrests' },
  'Headquarters or base established': { fr: 'Base établie', en: 'Base established' },
  'Change to group/activity': { fr: 'Changement d’activité', en: 'Change to group activity' },
  'Looting/property destruction': { fr: 'Pillage ou destruction', en: 'Looting or destruction' },
  Other: { fr: 'Évolution stratégique', en: 'Strategic development' },
};

function titleOf(subEvent: string, place: Place | null): { fr: string; en: string } {
  const words = SUB_EVENT_WORDS[subEvent] ?? { fr: subEvent, en: subEvent };
  return place ? { fr: `${words.fr} — ${place.name.fr}`, en: `${words.en} — ${place.name.en}` } : { fr: `${words.fr} (lieu non précisé)`, en: `${words.en} (place not given)` };
}

function claimLabelFr(claim: ClaimStatus): string {
  return claim === 'alleged' ? 'allégation' : claim === 'confirmed' ? 'confirmé' : 'rapporté';
}

// A city in capitals at the start of a paragraph, maybe a country or a date after a comma, maybe
// the agency in brackets, then a dash: the wire convention in French and English alike. A city
// written in lower case is a dateline only with a date or an agency before the dash (« Bamako,
// 22 août (AMAP) – », "Nouakchott (AMI) -"): « Nouakchott - La délégation… » is a sentence.
const DATELINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}'’. -]{2,40}(?:,[^\n,()—–-]{2,30})?(?:\s*\([^)\n]{1,25}\))?\s*[-–—]\s|\p{Lu}[\p{L}'’. -]{2,30}(?:,\s*(?:\d{1,2}(?:er)?\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s*\([^)\n]{1,25}\)\s*[-–—]\s|\p{Lu}[\p{L}'’. -]{2,30},\s*(?:\d{1,2}(?:er)?\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*[-–—]\s)/u;
const DATELINE_WITHIN = 600; // UTF-16 units: a dateline opens the story, after its headline

/** The span of the article's dateline, if it opens with one; an empty span at 0 otherwise. */
export function datelineEnd(text: string): { start: number; end: number } {
  const found = DATELINE.exec(text.slice(0, DATELINE_WITHIN));
  if (!found) return { start: 0, end: 0 };
  const start = found.index + found[0].length - found[1]!.length;
  return { start, end: start + found[1]!.length };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Great-circle distance in km (haversine), enough to tell whether two places are one. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
