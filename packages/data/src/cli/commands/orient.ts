/**
 * `passerelle orient <situation.json> [--ruleset <id>] [--json]`: the orientation of a situation.
 * With `--json`, exactly the `Orientation` of `orientation.md` on stdout; without it, a French
 * summary a bénévole can read. Errors in French on stderr, exit 1.
 */
import {
  nextQuestion,
  orient,
  parseJsonText,
  parseSituation,
  type EligibilityStatus,
  type NextQuestion,
  type Orientation,
  type Reason,
  type Ruleset,
} from '@passerelle/core';
import { defaultRulesetId, getRuleset, rulesetIds } from '../../rulesets/index.js';
import { CliError, UsageError, type CommandIO } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { readTextFile, reportProblems } from '../input-files.js';

const USAGE = `Usage : passerelle orient <situation.json> [--ruleset <id>] [--json]

Donne l'orientation d'une situation : besoins dans l'ordre, programmes régionaux, relais à contacter
et ce qui reste à vérifier, avec les raisons.

Options :
  --ruleset <id>  jeu de règles régional (${rulesetIds.join(', ')} ; par défaut ${defaultRulesetId})
  --json          sortie JSON exacte (Orientation), sur la sortie standard
  -h, --help      cette aide`;

const STATUS_LABELS: Readonly<Record<EligibilityStatus, string>> = {
  eligible: 'accessible',
  'not-eligible': 'pas accessible',
  'to-check': 'à vérifier',
  derogation: 'possible sur dérogation',
};

function reasons(why: readonly Reason[], indent: string): string[] {
  return why.map((reason) => `${indent}- ${reason.text}`);
}

/** The readable summary: the same content as the JSON, in the order a conversation needs it. */
export function formatOrientation(
  orientation: Orientation,
  ruleset: Ruleset,
  next: NextQuestion | null = null,
): string {
  const programmeName = (id: string) => ruleset.programmes.find((p) => p.id === id)?.shortName ?? id;
  const lines = [`Orientation — règles : ${ruleset.name}`, ''];
  lines.push('À travailler, dans l’ordre :');
  if (orientation.steps.length === 0) lines.push('  (aucun besoin établi pour l’instant)');
  orientation.steps.forEach((step, index) => {
    lines.push(`  ${index + 1}. ${step.title}`, ...reasons(step.why, '     '));
    if (step.programmes.length > 0)
      lines.push(`     Programmes : ${step.programmes.map(programmeName).join(', ')}`);
  });
  lines.push('', 'Programmes de la région :');
  for (const status of orientation.programmes) {
    lines.push(
      `  ${programmeName(status.programme)} : ${STATUS_LABELS[status.status]}`,
      ...reasons(status.why, '     '),
    );
  }
  lines.push('', 'Qui contacter :');
  if (orientation.relays.length === 0) lines.push('  (pas encore assez de réponses)');
  for (const relay of orientation.relays) {
    const name = ruleset.relayKinds[relay.relay]?.name ?? relay.relay;
    lines.push(
      `  ${relay.priority === 'first' ? 'En premier' : 'Aussi'} : ${name}`,
      ...reasons(relay.why, '     '),
    );
  }
  if (orientation.toCheck.length > 0) {
    lines.push('', 'À vérifier :', ...reasons(orientation.toCheck, '  '));
  }
  if (next !== null) lines.push('', `Question la plus utile maintenant : ${next.text}`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      ruleset: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1)
    throw new UsageError(`indiquez un seul fichier de situation (JSON).\n\n${USAGE}`);
  const rulesetId = parsed.values.ruleset ?? defaultRulesetId;
  const ruleset = getRuleset(rulesetId);
  if (ruleset === undefined) {
    throw new CliError(
      `jeu de règles inconnu : « ${rulesetId} ». Jeux disponibles : ${rulesetIds.join(', ')}.`,
    );
  }

  const file = parsed.positionals[0] as string;
  const text = await readTextFile(io, file, 'une situation JSON');
  const json = parseJsonText(text);
  const result = json.ok ? orient(json.value, ruleset) : json;
  if (!result.ok) {
    reportProblems(io, file, result.error, 'situation invalide');
    return 1;
  }
  if (parsed.values.json) {
    io.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
    return 0;
  }
  const situation = parseSituation(json.ok ? json.value : undefined);
  io.stdout.write(
    formatOrientation(result.value, ruleset, situation.ok ? nextQuestion(situation.value, ruleset) : null),
  );
  return 0;
}
