/**
 * `npm run check -- FILE… [--lang fr|en] [--json]` says what each file is and what opening it in
 * the dashboard would do, through the same doors as the open dialog. Exit code 0 when every file
 * can be opened (with or without warnings), 1 when any is refused.
 */
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../core/validation/limits';
import { checkFiles, formatOutcome } from './check-files';
import { parseCliArgs } from './parse-cli-args';

const USAGE = `usage: npm run check -- FILE… [--lang fr|en] [--json] [--limits]
Says what each file is and what opening it in Border Brief would do; exit 1 if any is refused.`;

async function main(argv: readonly string[]): Promise<number> {
  const { positional, options } = parseCliArgs(argv, { values: ['lang', 'data-dir'], flags: ['help', 'json', 'limits'] });
  if (options.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.has('limits')) {
    for (const limit of LIMITS) process.stdout.write(`${limit.name}: ${limit.limit} ${limit.unit}\n`);
    return 0;
  }
  if (positional.length === 0) throw new Error(`give at least one FILE.\n${USAGE}`);
  const lang = options.get('lang') === 'fr' ? 'fr' : 'en';
  const dataDir = String(options.get('data-dir') ?? fileURLToPath(new URL('../../data', import.meta.url)));
  const outcomes = await checkFiles(positional, dataDir, lang);
  if (options.has('json')) {
    const summary = outcomes.map(({ files, door, status, what, warnings, problems }) => ({ files, door, status, what, warnings, problems }));
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else for (const outcome of outcomes) process.stdout.write(`${formatOutcome(outcome).join('\n')}\n`);
  return outcomes.some((o) => o.status === 'refused') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
