/**
 * Programme names, what to bring and pictograms for badges and the orientation
 * tab, read from the programme summaries of the shipped rulesets (`@passerelle/data/programmes`:
 * the first load carries them, not the rules).
 */
import {
  defaultRulesetId as dataDefaultRulesetId,
  rulesetIds,
  rulesetSummary,
} from '@passerelle/data/programmes';

export interface ProgrammeInfo {
  readonly id: string;
  readonly name: string;
  /** What to bring to the first meeting. */
  readonly whatToBring: readonly string[];
  /** The need it answers first, which picks its pictogram. */
  readonly need: string;
}

export interface RulesetInfo {
  readonly id: string;
  readonly name: string;
  readonly programmes: readonly ProgrammeInfo[];
}

export const defaultRulesetId: string = dataDefaultRulesetId;
export const knownRulesetIds: readonly string[] = rulesetIds;

const cache = new Map<string, RulesetInfo | undefined>();

export function rulesetInfo(id: string): RulesetInfo | undefined {
  if (!cache.has(id)) {
    const ruleset = rulesetSummary(id);
    cache.set(
      id,
      ruleset && {
        id: ruleset.id,
        name: ruleset.name,
        programmes: ruleset.programmes.map((programme) => ({
          id: programme.id,
          name: programme.name,
          whatToBring: programme.bring,
          need: programme.need,
        })),
      },
    );
  }
  return cache.get(id);
}

/**
 * Decorative pictograms by the need a programme answers first (rulesets share the needs). Symbols that
 * common text fonts carry (no emoji font needed), forced to text presentation with U+FE0E so they
 * follow the text colour, forced colours included.
 */
const pictogramsByNeed: Readonly<Record<string, string>> = {
  literacy: '\u270F\uFE0E',
  'basic-skills': '\u270F\uFE0E',
  'french-language': '\u270D\uFE0E',
  'digital-skills': '\u2328\uFE0E',
  'career-project': '\u279C\uFE0E',
  qualification: '\u2605\uFE0E',
  'experience-validation': '\u2714\uFE0E',
  'supported-employment': '\u2692\uFE0E',
  barriers: '\u2699\uFE0E',
  'school-guidance': '\u2302\uFE0E',
};

/** A decorative pictogram for a programme badge (always hidden from assistive technology). */
export function pictogram(programmeId: string, rulesetId: string = defaultRulesetId): string {
  const need = rulesetInfo(rulesetId)?.programmes.find((programme) => programme.id === programmeId)?.need;
  return pictogramsByNeed[need ?? ''] ?? '\u25CF\uFE0E';
}
