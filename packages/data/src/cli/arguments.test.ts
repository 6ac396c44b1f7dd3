import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from './arguments.js';
import { CliError } from './command.js';

const options = { out: { type: 'string' }, json: { type: 'boolean' } } as const;

function messageOf(args: string[]): string {
  try {
    parseCommandArgs(args, options, 'Usage : test');
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('expected a CliError');
}

describe('parseCommandArgs', () => {
  it('returns the options and positionals', () => {
    const parsed = parseCommandArgs(['a.json', '--out', 'b.json', '--json'], options, 'Usage : test');
    expect(parsed.positionals).toEqual(['a.json']);
    expect(parsed.values).toEqual({ out: 'b.json', json: true });
  });

  it('names an unknown option in French, then shows the usage', () => {
    expect(messageOf(['--sortie', 'x'])).toBe('option inconnue : --sortie\n\nUsage : test');
  });

  it('says when an option lacks its value', () => {
    expect(messageOf(['--out'])).toBe("l'option --out attend une valeur\n\nUsage : test");
  });

  it('says an option lacks its value when the next word starts with a dash', () => {
    expect(messageOf(['--out', '--json'])).toBe(
      "l'option --out attend une valeur ; pour une valeur qui commence par un tiret, écrivez --out=-…\n\nUsage : test",
    );
  });

  it('says when a switch is given a value', () => {
    expect(messageOf(['--json=oui'])).toBe("l'option --json ne prend pas de valeur\n\nUsage : test");
  });
});
