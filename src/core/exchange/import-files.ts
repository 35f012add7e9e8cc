/**
 * The one entrance for files someone opens (a pick, a drop, the command line): each file, or set
 * of files, goes through the door its content calls for, and comes back as one outcome saying what
 * it is, what importing it gives, and what was fixed or why it was refused. Nothing is stored
 * here: the caller puts each result where it belongs (an article in the store, a layer on the
 * map, a briefing in the briefing panel), so a refusal changes nothing already loaded.
 *
 *   article text       → `text` to geoparse (never a file that is JSON, CSV, XML or binary)
 *   bundle or file set → `record`, checked and re-anchored (importArticleFiles)
 *   annotations alone  → `record`: the open article they were made for, with them applied
 *   GeoJSON, TopoJSON  → `layer` of places or incidents (importGeojson)
 *   briefing           → `briefing`, checked (parseBriefing)
 *   ACLED CSV          → `elsewhere`: the ACLED button opens it
 */
import { parseBriefing, type Briefing } from '../briefing/briefing-schema';
import type { Dataset, DataProblem } from '../dataset';
import type { Gazetteer } from '../gazetteer/create-gazetteer';
import { ArticleInputError, decodeArticleBytes } from '../ingest/decode-article-bytes';
import { inLanguage } from '../reader-language';
import type { Language, Place } from '../types';
import { MAX_FILES_PER_OPEN, MAX_JSON_BYTES } from '../validation/limits';
import { readJson } from '../validation/read-json';
import type { ArticleRecord } from './article-record';
import { WHAT_THE_APP_OPENS, classifyJson, setMemberOf, sniffFile, type JsonKind, type SetMember, type Sniffed } from './classify-file';
import { EXPORT_SUFFIXES } from './export-file-names';
import { importAnnotations } from './import-annotations';
import { importArticleFiles } from './import-article';
import { importGeojson } from './import-geojson';
import type { ImportedLayer } from './imported-layer';

export interface OpenedFile {
  name: string; // its name; a folder part is dropped
  bytes: Uint8Array;
}

export interface OpenContext {
  language?: Language | undefined;
  gazetteer?: Pick<Gazetteer, 'get'> | undefined;
  knownPlaces?: readonly Place[] | undefined;
  /** Articles already open, for annotation files made for one of them. */
  openArticles?: readonly ArticleRecord[] | undefined;
  /** What a briefing's slides may name (places, articles and their annotations). */
  dataset?: Pick<Dataset, 'places' | 'articles'> | undefined;
}

export type Door = 'article-text' | 'article' | 'annotations' | 'layer' | 'briefing' | 'elsewhere' | 'refused';

export interface OpenOutcome {
  files: string[];
  door: Door;
  status: 'loaded' | 'warning' | 'refused';
  /** What the file is, in a few words: « GeoJSON of places (12 features) ». */
  what: string;
  warnings: string[];
  problems: DataProblem[];
  text?: { text: string; name: string };
  record?: ArticleRecord;
  layer?: ImportedLayer;
  briefing?: Briefing;
  counts?: { anchored: number; moved: number; orphaned: number };
}

type Wording = { fr: string; en: string };

interface Entry {
  file: OpenedFile;
  sniffed: Sniffed;
  content?: string;
  json?: unknown;
  kind?: JsonKind;
  readWarnings: string[];
  refusal?: DataProblem;
}

/** The kinds of content each set member holds, so a name alone never makes a member. */
const MEMBER_CONTENT: Record<SetMember, (entry: Entry) => boolean> = {
  text: (e) => e.sniffed.format === 'text',
  meta: (e) => e.kind === 'article-meta',
  annotations: (e) => e.kind === 'annotations',
  places: (e) => e.kind === 'geojson',
  incidents: (e) => e.kind === 'geojson',
  mentions: (e) => e.sniffed.format === 'mentions-csv',
  incidentsCsv: (e) => e.sniffed.format === 'acled-csv', // the codebook's columns, so it sniffs as ACLED
};

/**
 * Every outcome for `files`, in the order of the files (a set where its first member was).
 * @example await openFiles([{ name: 'towns.geojson', bytes }], { language: 'fr' }) // → [{ door: 'layer', status: 'loaded', layer, … }]
 */
export async function openFiles(files: readonly OpenedFile[], context: OpenContext = {}): Promise<OpenOutcome[]> {
  const language = context.language;
  const say = (wording: Wording) => inLanguage(language, wording);
  const named = files.map((f) => ({ name: f.name.split(/[\\/]/).pop() || f.name, bytes: f.bytes }));
  if (named.length > MAX_FILES_PER_OPEN) {
    return [refused(named.map((f) => f.name), say({ fr: `${named.length} fichiers`, en: `${named.length} files` }), { file: say({ fr: `${named.length} fichiers`, en: `${named.length} files` }), field: '', message: say({ fr: `dépassent la limite de ${MAX_FILES_PER_OPEN} fichiers ouverts à la fois.`, en: `are over the limit of ${MAX_FILES_PER_OPEN} files opened at once.` }), fix: say({ fr: 'Ouvrez-les en plusieurs fois.', en: 'Open them in several goes.' }) })];
  }
  const entries: Entry[] = named.map((file) => read(file, language));

  // Sets: members named <slug><suffix> whose content fits; a slug with metadata, or with text and
  // annotations, is an article set, and its .txt is its text, never a new article. The text is
  // read as the UTF-8 it was exported in, unchanged, so its sha256 tells whether an editor touched it.
  const bySlug = new Map<string, Array<{ entry: Entry; member: SetMember }>>();
  for (const entry of entries) {
    const claim = setMemberOf(entry.file.name);
    if (!claim || entry.refusal || !MEMBER_CONTENT[claim.member](entry)) continue;
    bySlug.set(claim.slug, [...(bySlug.get(claim.slug) ?? []), { entry, member: claim.member }]);
  }
  const handled = new Set<Entry>();
  const outcomes = new Map<Entry, OpenOutcome>();
  const records: ArticleRecord[] = [];
  for (const [slug, members] of bySlug) {
    const has = (m: SetMember) => members.some((x) => x.member === m);
    if (members.length < 2 || (!has('meta') && !(has('text') && has('annotations')))) continue;
    const result = await importArticleFiles(members.map(({ entry, member }) => ({ name: slug + EXPORT_SUFFIXES[member], content: entry.content ?? new TextDecoder('utf-8').decode(entry.file.bytes) })), { gazetteer: context.gazetteer, knownPlaces: context.knownPlaces, messageLanguage: language });
    const fileNames = members.map(({ entry }) => entry.file.name);
    const what = say({ fr: `les fichiers séparés de l’article ${slug}`, en: `the separate files of the article ${slug}` });
    members.forEach(({ entry }) => handled.add(entry));
    const readWarnings = members.flatMap(({ entry }) => entry.readWarnings);
    if (result.ok) records.push(result.record);
    outcomes.set(members[0]!.entry, result.ok ? loaded(fileNames, 'article', what, [...readWarnings, ...result.warnings], { record: result.record }) : refused(fileNames, what, ...result.problems));
  }
  // Bundles next, so annotation files dropped with their article find it.
  for (const entry of entries) {
    if (handled.has(entry) || entry.kind !== 'bundle') continue;
    handled.add(entry);
    const result = await importArticleFiles([{ name: entry.file.name, content: entry.content ?? '' }], { gazetteer: context.gazetteer, knownPlaces: context.knownPlaces, messageLanguage: language });
    const what = say({ fr: 'un article Border Brief (paquet)', en: 'a Border Brief article (bundle)' });
    if (result.ok) records.push(result.record);
    outcomes.set(entry, result.ok ? loaded([entry.file.name], 'article', what, [...entry.readWarnings, ...result.warnings], { record: result.record }) : refused([entry.file.name], what, ...result.problems));
  }
  for (const entry of entries) {
    if (handled.has(entry)) continue;
    outcomes.set(entry, await single(entry, [...records, ...(context.openArticles ?? []).filter((a) => !records.some((r) => r.meta.id === a.meta.id))], context));
  }
  return entries.flatMap((entry) => (outcomes.has(entry) ? [outcomes.get(entry)!] : []));
}

function read(file: OpenedFile, language: Language | undefined): Entry {
  const say = (wording: Wording) => inLanguage(language, wording);
  const sniffed = sniffFile(file.bytes);
  const entry: Entry = { file, sniffed, readWarnings: [] };
  if (sniffed.format === 'text') return entry; // decoded by the text door, which knows encodings
  if (sniffed.format !== 'json') {
    entry.content = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 1 << 20));
    return entry;
  }
  if (file.bytes.length > MAX_JSON_BYTES) {
    const mib = (file.bytes.length / 1024 / 1024).toFixed(1);
    entry.refusal = { file: file.name, field: '', message: say({ fr: `fait ${mib} Mio, au-delà de la limite de ${MAX_JSON_BYTES / 1024 / 1024} Mio pour un fichier JSON.`, en: `is ${mib} MiB, over the limit of ${MAX_JSON_BYTES / 1024 / 1024} MiB for a JSON file.` }), fix: say({ fr: 'Découpez-le en plusieurs fichiers, ou simplifiez ses géométries.', en: 'Split it into several files, or simplify its geometries.' }) };
    return entry;
  }
  entry.content = decodeJsonBytes(file.bytes);
  const parsed = readJson(file.name, entry.content, language);
  if (!parsed.ok) entry.refusal = parsed.problem;
  else {
    entry.json = parsed.value;
    entry.kind = classifyJson(parsed.value);
    entry.readWarnings = parsed.warnings;
  }
  return entry;
}

async function single(entry: Entry, articles: readonly ArticleRecord[], context: OpenContext): Promise<OpenOutcome> {
  const language = context.language;
  const say = (wording: Wording) => inLanguage(language, wording);
  const name = entry.file.name;
  const files = [name];
  if (entry.refusal) return refused(files, say(entry.sniffed.format === 'json' ? { fr: 'un fichier JSON illisible', en: 'an unreadable JSON file' } : { fr: 'un fichier', en: 'a file' }), entry.refusal);
  const refuse = (what: Wording, message: Wording, fix: Wording) => refused(files, say(what), { file: name, field: '', message: say(message), fix: say(fix) });
  switch (entry.sniffed.format) {
    case 'unusable':
      if (entry.sniffed.isBinary && /\.(?:txt|text|md)$/i.test(name)) return articleText(entry, language); // the decoder names a binary precisely (« une image PNG »)
      return refuse(entry.sniffed.looksLike, { fr: `est ${entry.sniffed.looksLike.fr.split(' : ')[0]}, pas un fichier que Border Brief ouvre.`, en: `is ${entry.sniffed.looksLike.en.split(': ')[0]}, not a file Border Brief opens.` }, { fr: `${entry.sniffed.looksLike.fr.split(' : ')[1] ?? ''} ${WHAT_THE_APP_OPENS.fr}`.trim(), en: `${entry.sniffed.looksLike.en.split(': ')[1] ?? ''} ${WHAT_THE_APP_OPENS.en}`.trim() });
    case 'acled-csv':
      return { files, door: 'elsewhere', status: 'refused', what: say({ fr: 'un CSV ACLED', en: 'an ACLED CSV' }), warnings: [], problems: [{ file: name, field: '', message: say({ fr: 'est un CSV ACLED : il s’ouvre avec le bouton ACLED.', en: 'is an ACLED CSV: opened from the ACLED button.' }), fix: say({ fr: 'Ouvrez-le avec le bouton ACLED.', en: 'Open it with the ACLED button.' }) }] };
    case 'mentions-csv':
      return refuse({ fr: 'le CSV des mentions d’un article', en: 'an article’s CSV of mentions' }, { fr: 'est la vue à plat des mentions pour un tableur, qui ne s’importe pas seule : ni texte, ni contexte, ni dates.', en: 'is the flat view of the mentions for spreadsheets, not importable alone: no text, no quote context, no dates.' }, { fr: `Ouvrez le paquet ${setMemberOf(name)?.slug ?? '<slug>'}${EXPORT_SUFFIXES.bundle}, ou le texte, les métadonnées et les annotations ensemble.`, en: `Open the bundle ${setMemberOf(name)?.slug ?? '<slug>'}${EXPORT_SUFFIXES.bundle}, or the text, metadata and annotations together.` });
    case 'text': {
      // Content first, name second: text is an article only when its name does not say it is
      // meant to be data (a .geojson holding prose is a broken GeoJSON, not an article).
      const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
      if (['json', 'geojson', 'jsonld', 'topojson'].includes(extension)) {
        const parsed = readJson(name, new TextDecoder('utf-8').decode(entry.file.bytes.subarray(0, 1 << 20)), language);
        return refused(files, say({ fr: `un fichier .${extension} qui n’est pas du JSON`, en: `a .${extension} file that is not JSON` }), parsed.ok ? { file: name, field: '', message: say({ fr: 'n’est ni un objet ni un tableau JSON.', en: 'is neither a JSON object nor an array.' }), fix: say(WHAT_THE_APP_OPENS) } : parsed.problem);
      }
      if (extension && !['txt', 'text', 'md'].includes(extension)) {
        return refuse({ fr: `un fichier .${extension}`, en: `a .${extension} file` }, { fr: `est un fichier .${extension} que Border Brief ne sait pas lire.`, en: `is a .${extension} file Border Brief cannot read.` }, WHAT_THE_APP_OPENS);
      }
      return articleText(entry, language);
    }
    case 'json':
      break;
  }
  switch (entry.kind) {
    case 'geojson':
    case 'topojson': {
      const result = importGeojson(name, entry.json, { language, knownPlaces: context.knownPlaces });
      const what = entry.kind === 'topojson' ? { fr: 'du TopoJSON', en: 'TopoJSON' } : { fr: 'du GeoJSON', en: 'GeoJSON' };
      if (!result.ok) return refused(files, say(what), ...result.problems);
      const { layer } = result;
      const kind = layer.kind === 'incidents' ? { fr: 'd’incidents', en: 'of incidents' } : { fr: 'de lieux', en: 'of places' };
      const described = say({ fr: `${what.fr} ${kind.fr} (${layer.features.length} entité(s) gardée(s), ${layer.refused.length} refusée(s))`, en: `${what.en} ${kind.en} (${layer.features.length} feature(s) kept, ${layer.refused.length} refused)` });
      return loaded(files, 'layer', described, [...entry.readWarnings, ...layer.warnings, ...layer.refused.map((r) => r.reason)], { layer });
    }
    case 'annotations': {
      const result = importAnnotations(name, entry.json, articles, { language, gazetteer: context.gazetteer, knownPlaces: context.knownPlaces });
      const what = say({ fr: 'des annotations W3C', en: 'W3C annotations' });
      if (!result.ok) return refused(files, what, ...result.problems);
      const { anchored, moved, orphaned } = result.counts;
      const summary = say({ fr: `${name} : ${anchored + moved + orphaned} annotation(s) pour ${result.record.meta.title} : ${anchored} à leur place, ${moved} déplacée(s), ${orphaned} orpheline(s).`, en: `${name}: ${anchored + moved + orphaned} annotation(s) for ${result.record.meta.title}: ${anchored} in place, ${moved} moved, ${orphaned} orphaned.` });
      return loaded(files, 'annotations', what, [...entry.readWarnings, summary, ...result.warnings], { record: result.record, counts: { anchored, moved, orphaned } }, moved + orphaned === 0 && entry.readWarnings.length === 0);
    }
    case 'briefing': {
      const result = parseBriefing(name, entry.content ?? '', context.dataset, language);
      const what = say({ fr: 'un briefing', en: 'a briefing' });
      return result.ok ? loaded(files, 'briefing', what, entry.readWarnings, { briefing: result.briefing }) : refused(files, what, ...result.problems);
    }
    case 'article-meta':
      return refuse({ fr: 'les métadonnées d’un article', en: 'an article’s metadata' }, { fr: 'sont les métadonnées d’un article, sans son texte ni ses annotations.', en: 'is an article’s metadata, without its text or annotations.' }, { fr: `Ouvrez-les avec ${setMemberOf(name)?.slug ?? '<slug>'}.txt et .annotations.jsonld, ou ouvrez le paquet .borderbrief.json.`, en: `Open it with ${setMemberOf(name)?.slug ?? '<slug>'}.txt and .annotations.jsonld, or open the .borderbrief.json bundle.` });
    default:
      return refuse({ fr: 'un fichier JSON inconnu', en: 'an unknown JSON file' }, { fr: 'est du JSON, mais ni un article, ni des annotations, ni du GeoJSON, ni un briefing.', en: 'is JSON, but neither an article, annotations, GeoJSON nor a briefing.' }, WHAT_THE_APP_OPENS);
  }
}

function articleText(entry: Entry, language: Language | undefined): OpenOutcome {
  const name = entry.file.name;
  const what = inLanguage(language, { fr: 'le texte d’un article', en: 'an article’s text' });
  try {
    const decoded = decodeArticleBytes(entry.file.bytes, name, language);
    return loaded([name], 'article-text', what, decoded.warnings, { text: { text: decoded.text, name: name.replace(/\.[^.]*$/, '') } });
  } catch (error) {
    if (!(error instanceof ArticleInputError)) throw error;
    // The decoder's sentence already names the file and the fix; it is kept whole.
    return refused([name], what, { file: name, field: '', message: error.message, fix: '' });
  }
}

function loaded(files: string[], door: Door, what: string, warnings: string[], payload: Partial<OpenOutcome>, isClean = warnings.length === 0): OpenOutcome {
  return { files, door, status: isClean ? 'loaded' : 'warning', what, warnings, problems: [], ...payload };
}

function refused(files: string[], what: string, ...problems: DataProblem[]): OpenOutcome {
  return { files, door: 'refused', status: 'refused', what, warnings: [], problems };
}

// JSON is UTF-8 (RFC 8259); a UTF-16 file with a BOM, as some Windows tools write, is read as such.
function decodeJsonBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
