/**
 * The finder's public attributes as values: each attribute is parsed (with a French console warning
 * and a fallback when it is wrong) when it changes, and on the first update whether set or not.
 */
import type { Logger } from '@passerelle/core';
import {
  parseChoice,
  parseDepartements,
  parseMode,
  parsePostalCode,
  parseProgramme,
  type FinderMode,
} from '../internal/attributes.js';
import { readListLink } from '../internal/list-link.js';
import { defaultRulesetId, knownRulesetIds, rulesetInfo, type RulesetInfo } from '../internal/programmes.js';

export interface FinderAttributes {
  readonly mode: string | undefined;
  readonly ruleset: string | undefined;
  readonly departement: string | undefined;
  readonly programme: string | undefined;
  readonly near: string | undefined;
  readonly allowOrigins: string | undefined;
}

/** `https://cdn.example.org/` → `https://cdn.example.org`, as `URL.origin` writes it. */
function originOf(text: string): string {
  try {
    return new URL(text).origin;
  } catch {
    return text;
  }
}

export class FinderSettings {
  mode: FinderMode = 'both';
  ruleset: RulesetInfo | undefined;
  departements: readonly string[] = [];
  /** The preset programme filter, checked against the ruleset ('' for none). */
  programme = '';
  /** The preset postal code to search around. */
  near: string | undefined;
  /** Origins besides the manifest's own that its files may come from. */
  allowedOrigins: readonly string[] = [];

  /** Reads the attributes named in `changed` (all of them when `changed` is null). */
  read(attributes: FinderAttributes, changed: ReadonlySet<string> | null, logger: Logger): void {
    const reads = (name: keyof FinderAttributes) => changed === null || changed.has(name);
    if (reads('mode')) this.mode = parseMode(attributes.mode, logger);
    if (reads('ruleset')) {
      const id = parseChoice('ruleset', attributes.ruleset, knownRulesetIds, defaultRulesetId, logger);
      this.ruleset = rulesetInfo(id ?? defaultRulesetId);
    }
    if (reads('departement')) this.departements = parseDepartements(attributes.departement, logger);
    if (reads('programme') || reads('ruleset'))
      this.programme = parseProgramme(attributes.programme, this.ruleset, logger);
    if (reads('near')) this.near = parsePostalCode(attributes.near, logger);
    // A take-away sheet's QR code opens the page on a programme and a place: they win over the
    // webmaster's presets for this visit only.
    const link = changed === null ? readListLink(location.hash) : undefined;
    if (link?.programme) this.programme = parseProgramme(link.programme, this.ruleset, logger);
    if (link?.near) this.near = parsePostalCode(link.near, logger);
    if (reads('allowOrigins'))
      this.allowedOrigins = (attributes.allowOrigins ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(originOf);
  }
}
