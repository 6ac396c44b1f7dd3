/** The contract every `passerelle` command module fulfils. */
export interface CommandIO {
  readonly stdout: { write(text: string): unknown };
  /** `isTTY`: stderr is a terminal (progress lines are drawn only there). */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly cwd: string;
  /** Milliseconds clock for progress lines (tests pass their own); `Date.now` when absent. */
  readonly now?: () => number;
}

export interface CommandModule {
  /** Runs the command and returns the process exit code. Throws `CliError` for user errors. */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}

/** A mistake of the person running the command: printed in French, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
