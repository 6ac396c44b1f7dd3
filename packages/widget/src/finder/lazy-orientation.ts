/**
 * The boundary of the lazy orientation module: the finder imports only this file statically, and
 * the orientation's code (with what it alone needs) becomes a module of its own in the built script,
 * fetched the first time the orientation tab is shown.
 */
import type { TemplateResult } from 'lit';
import type { RulesetInfo } from '../internal/programmes.js';

export type OrientationView = (ruleset: RulesetInfo | undefined) => TemplateResult;

export async function loadOrientationView(): Promise<OrientationView> {
  const module = await import('./orientation-placeholder.js');
  return module.programmeExplanations;
}
