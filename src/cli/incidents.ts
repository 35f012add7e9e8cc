/**
 * `npm run incidents -- FILE [--date YYYY-MM-DD|YYYY-MM] [--lang fr|en] [--json]`: prints the
 * incidents the coder proposes for an article, as a GeoJSON FeatureCollection (ACLED properties,
 * claim status, `evidence` spans in UTF-16 code units of the text as read, end exclusive) or as a
 * table. The same file reading and errors as `npm run geoparse`; the work is prepareArticle's,
 * so the proposals are those the dashboard makes when the article is opened.
 */
import { basename } from 'node:path';
import { bundledGazetteer } from '../core/gazetteer/bundled-gazetteer';
import { prepareArticle } from '../core/ingest/prepare-article';
import type { IncidentFeature, Language } from '../core/types';
import { PARTIAL_DATE } from '../core/vocabulary/partial-date';
import { parseCliArgs } from './parse-cli-args';
import { projectIncidentZones } from './project-incident-zones';
import { ArticleInputError, readArticleFile } from './read-article-file';

const USAGE = 'usage: npm run incidents -- FILE [--date YYYY-MM-DD|YYYY-MM] [--lang fr|en] [--json]';

async function main(argv: readonly string[]): Promise<number> {
  const { positional, options } = parseCliArgs(argv, { values: ['lang', 'date'], flags: ['json', 'help'] });
  if (options.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...rest] = positional;
  if (!file || rest.length > 0) throw new Error(`give exactly one FILE.\n${USAGE}`);
  const lang = options.get('lang');
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') throw new Error(`--lang must be fr or en, not "${String(lang)}".`);
  const date = options.get('date');
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date) || !PARTIAL_DATE.test(date))) throw new Error(`--date must be YYYY-MM-DD or YYYY-MM, not "${String(date)}".`);

  const { text, warnings } = readArticleFile(file);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const prepared = await prepareArticle(
    { text, name: basename(file).replace(/\.txt$/, ''), ...(typeof date === 'string' ? { date } : {}), ...(lang ? { language: lang as Language } : {}) },
    { gazetteer: bundledGazetteer(), now: new Date(), incidentZones: projectIncidentZones() },
  );
  if (!prepared.ok) {
    const [first] = prepared.problems;
    throw new ArticleInputError(`${file}: ${first?.message ?? 'invalid article'} ${first?.fix ?? ''}`.trim());
  }
  for (const warning of prepared.warnings) process.stderr.write(`warning: ${warning}\n`);
  const { incidents } = prepared.article;
  process.stdout.write(options.has('json') ? `${JSON.stringify(incidents, null, 2)}\n` : incidentsTable(incidents.features));
  return 0;
}

/** A readable table of proposed incidents, one line each, then their undecided fields. */
export function incidentsTable(features: readonly IncidentFeature[]): string {
  const rows = features.map((f) => {
    const p = f.properties;
    return [
      `${p.event_date} (${p.time_precision})`,
      `${p.event_type} / ${p.sub_event_type}`,
      `${p.location || '(no place)'} (${p.geo_precision})`,
      p.actor1 || '(undecided)',
      `${p.claim_status}: ${p.claim_by}`,
      p.fatalities === null ? '' : String(p.fatalities),
      (p.evidence ?? []).map((e) => `${e.start}–${e.end}`).join(' '),
    ];
  });
  const header = ['date (precision)', 'type / sub-type', 'place (precision)', 'actor1', 'claim', 'deaths', 'evidence'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const notes = features.flatMap((f, i) => Object.entries(f.properties.undecided ?? {}).map(([field, why]) => `  #${i + 1} ${field}: ${why}`));
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n${features.length} proposed incident(s)\n${notes.length ? `undecided:\n${notes.join('\n')}\n` : ''}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`incidents: ${error instanceof ArticleInputError ? '' : 'error: '}${message}\n`);
    process.exitCode = error instanceof ArticleInputError ? 2 : 1;
  },
);
