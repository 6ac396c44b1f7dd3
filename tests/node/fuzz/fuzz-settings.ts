/** Fixed for CI; `FUZZ_SEED=… FUZZ_RUNS=…` explore further on a developer's machine. */
export const SEED = Number(process.env['FUZZ_SEED'] ?? 14);

/** Runs per property: the file's own default for CI, or `FUZZ_RUNS`. */
export function fuzzRuns(ciDefault: number): number {
  return Number(process.env['FUZZ_RUNS'] ?? ciDefault);
}
