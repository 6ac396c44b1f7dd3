/**
 * The programmes' « C'est quoi ? » explanations, fetched the first time a person opens one (they are
 * not in the first load; see @passerelle/data's explanations module).
 */
type Explain = (rulesetId: string, programmeId: string) => string | undefined;

let explain: Explain | undefined;
let loading: Promise<void> | undefined;

/** The explanation when already fetched, else `undefined` (call `loadExplanations`). */
export function explanationOf(rulesetId: string, programmeId: string): string | undefined {
  return explain?.(rulesetId, programmeId);
}

export function loadExplanations(): Promise<void> {
  loading ??= import('@passerelle/data/explanations').then(
    (module) => {
      explain = module.programmeExplanation;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
