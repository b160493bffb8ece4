export interface ParsedOptions {
  positional: string[];
  options: Record<string, string | undefined>;
  flags: Set<string>;
}

export class UsageError extends Error {}

/**
 * `--name value`, `--name=value` for the options named; `--flag` for the flags named; the
 * rest positional (`-` is stdin; after `--`, everything is positional).
 */
export function parseOptions(args: readonly string[], valued: readonly string[] = [], flags: readonly string[] = []): ParsedOptions {
  const result: ParsedOptions = { positional: [], options: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      result.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      result.positional.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    if (flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      result.flags.add(name);
    } else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      result.options[name] = value;
    } else throw new UsageError(`unknown option --${name}`);
  }
  return result;
}
