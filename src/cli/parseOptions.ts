export interface ParsedOptions {
  positional: string[];
  options: Record<string, string | undefined>;
  flags: Set<string>;
}

export class UsageError extends Error {}

/** `--name value`, `--name=value` for the options named; `--flag` for the flags named; the rest positional. */
export function parseOptions(args: readonly string[], valued: readonly string[], flags: readonly string[] = []): ParsedOptions {
  const result: ParsedOptions = { positional: [], options: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      result.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (flags.includes(name)) result.flags.add(name);
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      result.options[name] = value;
    } else throw new UsageError(`unknown option --${name}`);
  }
  return result;
}
