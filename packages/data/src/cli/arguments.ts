/** Command-line options through `node:util` `parseArgs`, with its errors said in French. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { UsageError } from './command.js';

function frenchParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `option inconnue : ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // Node says "argument missing" (nothing after it), "argument is ambiguous" (the next word
      // starts with a dash: a forgotten value, or a negative number) or that a switch got a value.
      if (/ argument missing/.test(error.message)) return `l'option ${option} attend une valeur`;
      if (/ argument is ambiguous/.test(error.message)) {
        return `l'option ${option} attend une valeur ; pour une valeur qui commence par un tiret, écrivez ${option}=-…`;
      }
      return `l'option ${option} ne prend pas de valeur`;
    default:
      return `arguments invalides (${error.message})`;
  }
}

/** Parses `args` against `options`; a mistake throws a `UsageError` (exit 2) followed by the usage text. */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: O,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>> {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${frenchParseError(error as Error & { code?: string })}\n\n${usage}`);
  }
}
