/**
 * `npm run ingest -- FILE|DIR [--title … --outlet … --date … --url …] [--data-dir DIR]` adds
 * articles to `<data-dir>/articles/<slug>/` (text.txt, meta.json, annotations.jsonld with the
 * geoparser's proposed annotations, incidents.geojson with the incident coder's proposals).
 * Running it again changes nothing. A bad file gets a clear
 * error and nothing is written for it. In a folder, each `NAME.txt` may have a `NAME.meta.json`
 * beside it ({ "title", "outlet", "date", "url" }) that overrides the command-line values.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeAnnotations } from '../core/annotations/serialize-annotations';
import { bundledGazetteer } from '../core/gazetteer/bundled-gazetteer';
import { createGeoparser } from '../core/geoparse/create-geoparser';
import { prepareArticle, type ArticleInput } from '../core/ingest/prepare-article';
import { stableStringify } from '../core/geo/stable-stringify';
import { projectIncidentZones } from './project-incident-zones';
import { parseCliArgs } from './parse-cli-args';
import { ArticleInputError, MAX_ARTICLE_BYTES, readArticleFile } from './read-article-file';

const USAGE = `usage: npm run ingest -- FILE|DIR [--title T] [--outlet O] [--date YYYY[-MM[-DD]]] [--url U] [--data-dir DIR]
Accepts UTF-8 text (Windows-1252/Latin-1 converted with a warning), at most ${MAX_ARTICLE_BYTES} bytes (1 MiB) a file.`;

/** What the command line (or a NAME.meta.json beside the text) may say about an article. */
type ArticleDetails = Pick<ArticleInput, 'title' | 'outlet' | 'date' | 'url'>;

type Outcome = { status: 'added' | 'unchanged'; slug: string } | { status: 'failed'; error: string };

async function main(argv: readonly string[]): Promise<number> {
  const { positional, options } = parseCliArgs(argv, { values: ['title', 'outlet', 'date', 'url', 'data-dir'], flags: ['help'] });
  if (options.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [input, ...rest] = positional;
  if (!input || rest.length > 0) throw new Error(`give exactly one FILE or DIR.\n${USAGE}`);
  const dataDir = resolve(String(options.get('data-dir') ?? fileURLToPath(new URL('../../data', import.meta.url))));
  const details: ArticleDetails = {};
  for (const key of ['title', 'outlet', 'date', 'url'] as const) {
    const value = options.get(key);
    if (typeof value === 'string') details[key] = value;
  }
  if (!existsSync(input)) throw new Error(`${input}: no such file or folder.`);

  const isFolder = statSync(input).isDirectory();
  const files = isFolder ? readdirSync(input).filter((f) => f.endsWith('.txt')).sort().map((f) => join(input, f)) : [input];
  if (isFolder && details.title) throw new Error('--title names one article; for a folder put titles in NAME.meta.json files.');
  if (files.length === 0) throw new Error(`${input}: no .txt files in this folder.`);

  const geoparser = createGeoparser(bundledGazetteer());
  const outcomes: Outcome[] = [];
  for (const [i, file] of files.entries()) {
    if (isFolder) progress(i, files.length, basename(file));
    outcomes.push(await ingestFile(file, { ...details, ...sidecarDetails(file) }, dataDir, geoparser));
  }
  if (isFolder) progress(files.length, files.length, 'done');

  files.forEach((file, i) => {
    const outcome = outcomes[i]!;
    if (outcome.status === 'failed') process.stderr.write(`ingest: ${outcome.error}\n`);
    else process.stdout.write(`${outcome.status === 'added' ? 'added    ' : 'unchanged'} ${outcome.slug} (${file})\n`);
  });
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const added = outcomes.filter((o) => o.status === 'added').length;
  process.stdout.write(`${added} added, ${outcomes.length - added - failed} unchanged, ${failed} failed\n`);
  return failed > 0 ? 2 : 0;
}

const zones = projectIncidentZones();

async function ingestFile(file: string, details: ArticleDetails, dataDir: string, geoparser: ReturnType<typeof createGeoparser>): Promise<Outcome> {
  try {
    const { text, warnings } = readArticleFile(file);
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    if (!details.date) throw new ArticleInputError(`${file}: no publication date; give --date YYYY, YYYY-MM or YYYY-MM-DD (or "date" in ${basename(file, '.txt')}.meta.json).`);
    const prepared = await prepareArticle({ text, ...details, name: basename(file).replace(/\.txt$/, '') }, { gazetteer: geoparser.gazetteer, geoparser, now: new Date(), incidentZones: zones });
    if (!prepared.ok) {
      const [first] = prepared.problems;
      throw new ArticleInputError(`${file}: ${first?.message ?? 'invalid article'} ${first?.fix ?? ''}`.trim());
    }
    for (const warning of prepared.warnings) process.stderr.write(`warning: ${warning}\n`);
    const { meta, annotations, incidents } = prepared.article;
    const slug = meta.id;
    const target = join(dataDir, 'articles', slug);
    const metaText = `${JSON.stringify(meta, null, 2)}\n`;
    if (existsSync(target)) {
      const sameText = existsSync(join(target, 'text.txt')) && readFileSync(join(target, 'text.txt'), 'utf8') === text;
      if (!sameText) throw new ArticleInputError(`${file}: ${target} already holds a different article with slug "${slug}"; remove it or ingest with other --outlet/--date.`);
      // Same text: keep what is there (annotations may have been reviewed since).
      return { status: 'unchanged', slug };
    }
    // Write into a hidden folder, then rename: a failure leaves no half-written article.
    const staging = join(dataDir, 'articles', `.${slug}.tmp-${process.pid}`);
    mkdirSync(staging, { recursive: true });
    try {
      writeFileSync(join(staging, 'text.txt'), text);
      writeFileSync(join(staging, 'meta.json'), metaText);
      writeFileSync(join(staging, 'annotations.jsonld'), serializeAnnotations(annotations));
      // Same bytes for the same text: sorted keys, 6 decimals, as the seed's incidents are written.
      writeFileSync(join(staging, 'incidents.geojson'), stableStringify(incidents, { maxDecimals: 6 }));
      renameSync(staging, target);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return { status: 'added', slug };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

function sidecarDetails(file: string): ArticleDetails {
  const sidecar = file.replace(/\.txt$/, '.meta.json');
  if (sidecar === file || !existsSync(sidecar)) return {};
  const parsed = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
  const details: ArticleDetails = {};
  for (const key of ['title', 'outlet', 'date', 'url'] as const) if (typeof parsed[key] === 'string') details[key] = parsed[key];
  return details;
}

function progress(done: number, total: number, label: string): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}${done === total ? '\n' : ''}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest: error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
