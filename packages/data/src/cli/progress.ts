/**
 * A progress line for long commands: « Import : 12 345 formations, 120 / 387 Mo (31 %) », on
 * stderr, rewritten in place, and only when stderr is a terminal (a log file or a pipe gets
 * nothing, so scripts read the same output as before). It appears after a second, so short runs
 * stay quiet, and is redrawn at most four times a second.
 */
import type { CommandIO } from './command.js';

const MB = 1024 * 1024;
/** Runs shorter than this show no progress at all. */
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 250;

export interface Progress {
  /** `done` and `total` are bytes; `records` what was read so far. */
  update(done: number, total: number, records: number): void;
  /** Clears the line (before the summary is printed). */
  end(): void;
}

const NONE: Progress = { update: () => undefined, end: () => undefined };

const count = (n: number): string => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** The progress line of `label` (« Import »), or one that prints nothing when stderr is no terminal. */
export function progressLine(io: CommandIO, label: string, recordWord: string): Progress {
  if (io.stderr.isTTY !== true) return NONE;
  const now = io.now ?? Date.now;
  const started = now();
  let drawnAt = -Infinity;
  let shown = false;
  return {
    update(done, total, records) {
      const at = now();
      if (at - started < SHOW_AFTER_MS || at - drawnAt < REDRAW_EVERY_MS) return;
      drawnAt = at;
      shown = true;
      const percent = total > 0 ? ` (${Math.floor((done / total) * 100)} %)` : '';
      io.stderr.write(
        `\r${label} : ${count(records)} ${recordWord}, ${count(done / MB)} / ${count(total / MB)} Mo${percent}\u001b[K`,
      );
    },
    end() {
      if (shown) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
