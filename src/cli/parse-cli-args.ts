/**
 * A small argument parser for the CLI entry points: positional arguments and `--name value`
 * or `--flag` options, with a clear error for an unknown option.
 */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** Parses `argv` (without node and the script), accepting only the options listed. */
export function parseCliArgs(argv: readonly string[], spec: { values: readonly string[]; flags: readonly string[] }): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags.includes(name)) options.set(name, true);
    else if (spec.values.includes(name)) {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined) throw new Error(`--${name} needs a value.`);
      options.set(name, value);
    } else throw new Error(`unknown option --${name}; known: ${[...spec.values, ...spec.flags].map((o) => `--${o}`).join(', ')}.`);
  }
  return { positional, options };
}
