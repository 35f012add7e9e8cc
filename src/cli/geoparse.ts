/**
 * `npm run geoparse -- FILE [--lang fr|en] [--json]`: prints the place mentions of an article,
 * in text order, as JSON or as a table. The work is done by src/core/geoparse.
 */
import { bundledGazetteer } from '../core/gazetteer/bundled-gazetteer';
import { createGeoparser } from '../core/geoparse/create-geoparser';
import { mentionRecord } from '../core/geoparse/mention-record';
import type { Language } from '../core/types';
import { mentionsJson, mentionsTable } from './format-mentions';
import { parseCliArgs } from './parse-cli-args';
import { ArticleInputError, readArticleFile } from './read-article-file';

const USAGE = 'usage: npm run geoparse -- FILE [--lang fr|en] [--json]';

function main(argv: readonly string[]): number {
  const { positional, options } = parseCliArgs(argv, { values: ['lang'], flags: ['json', 'help'] });
  if (options.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...rest] = positional;
  if (!file || rest.length > 0) throw new Error(`give exactly one FILE.\n${USAGE}`);
  const lang = options.get('lang');
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') throw new Error(`--lang must be fr or en, not "${String(lang)}".`);

  const { text, warnings } = readArticleFile(file);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const gazetteer = bundledGazetteer();
  const result = createGeoparser(gazetteer).parse(text, lang ? { language: lang as Language } : {});
  const records = result.mentions.map((mention) => mentionRecord(mention, gazetteer, result.language));
  process.stdout.write(options.has('json') ? mentionsJson(records) : mentionsTable(records));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`geoparse: ${error instanceof ArticleInputError ? '' : 'error: '}${message}\n`);
  process.exitCode = error instanceof ArticleInputError ? 2 : 1;
}
