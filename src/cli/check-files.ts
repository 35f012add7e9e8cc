/**
 * The open dialog's doors, run from the command line, so a file can be checked before it is sent
 * to an analyst: what each file is and what opening it would do. Nothing is written.
 */
import { readFileSync } from 'node:fs';
import type { ArticleRecord } from '../core/exchange/article-record';
import { openFiles, type OpenContext, type OpenOutcome } from '../core/exchange/import-files';
import { bundledGazetteer } from '../core/gazetteer/bundled-gazetteer';
import type { Language, Place } from '../core/types';

/** Reads `paths` and opens them as the dialog would, with the project's places and seed article open. */
export async function checkFiles(paths: readonly string[], dataDir: string, language: Language = 'en'): Promise<OpenOutcome[]> {
  const files = paths.map((path) => ({ name: path, bytes: new Uint8Array(readFileSync(path)) }));
  return openFiles(files, await projectContext(dataDir, language));
}

/** The context the dashboard has on first load: data/places.json and the seed article open. */
export async function projectContext(dataDir: string, language: Language): Promise<OpenContext> {
  const places = JSON.parse(readFileSync(`${dataDir}/places.json`, 'utf8')) as Place[];
  const seedDir = `${dataDir}/articles/kessiya-2024-05-mali-mauritanie`;
  const seed: ArticleRecord = {
    meta: JSON.parse(readFileSync(`${seedDir}/meta.json`, 'utf8')),
    text: readFileSync(`${seedDir}/text.txt`, 'utf8'),
    annotations: JSON.parse(readFileSync(`${seedDir}/annotations.jsonld`, 'utf8')),
    places,
    incidents: JSON.parse(readFileSync(`${seedDir}/incidents.geojson`, 'utf8')),
  };
  const articles = [{ meta: seed.meta, annotations: seed.annotations, incidents: seed.incidents.features }] as unknown as NonNullable<OpenContext['dataset']>['articles'];
  return { language, gazetteer: bundledGazetteer(), knownPlaces: places, openArticles: [seed], dataset: { places, articles } };
}

/** The outcome as lines for a terminal: « FILE: what — status », then its warnings and problems. */
export function formatOutcome(outcome: OpenOutcome): string[] {
  const does: Record<OpenOutcome['door'], string> = {
    'article-text': 'would be geoparsed as a new article',
    article: `would open the article ${outcome.record?.meta.id ?? ''}`.trim(),
    annotations: `would apply to the open article ${outcome.record?.meta.id ?? ''}`.trim(),
    layer: `would add a layer of ${outcome.layer?.kind ?? ''} « ${outcome.layer?.name ?? ''} »`,
    briefing: `would open the briefing ${outcome.briefing?.id ?? ''}`.trim(),
    elsewhere: 'is opened elsewhere',
    refused: 'refused',
  };
  const lines = [`${outcome.files.join(' + ')}: ${outcome.what} — ${outcome.status === 'refused' ? 'refused' : does[outcome.door]}${outcome.status === 'warning' ? ' (with warnings)' : ''}`];
  for (const warning of outcome.warnings) lines.push(`  warning: ${warning}`);
  for (const p of outcome.problems) lines.push(p.message.startsWith(p.file) ? `  ${p.message}` : `  ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}${p.fix ? ` ${p.fix}` : ''}`);
  return lines;
}
