/** Command-line options through `node:util` `parseArgs`, with its errors said in French. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { CliError } from './command.js';

function frenchParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `option inconnue : ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return / argument missing/.test(error.message)
        ? `l'option ${option} attend une valeur`
        : `l'option ${option} ne prend pas de valeur`;
    default:
      return `arguments invalides (${error.message})`;
  }
}

/** Parses `args` against `options`; a mistake throws a `CliError` followed by the usage text. */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: O,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>> {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${frenchParseError(error as Error & { code?: string })}\n\n${usage}`);
  }
}
