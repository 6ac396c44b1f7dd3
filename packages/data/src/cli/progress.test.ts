import { describe, expect, it } from 'vitest';
import { progressLine } from './progress.js';
import { fakeIo } from './test-support/fake-io.js';

/** A terminal-like io whose clock reads the given times, one per call. */
function terminal(times: number[], isTTY = true) {
  const io = fakeIo('/');
  let call = 0;
  return {
    ...io,
    stderr: { write: io.stderr.write, isTTY },
    now: () => times[Math.min(call++, times.length - 1)] as number,
  };
}

describe('progressLine', () => {
  it('stays quiet during the first second, then redraws in place at most every 250 ms', () => {
    // Start, then updates at 500 ms (too early), 1000, 1100 (too soon), 1300 ms.
    const io = terminal([0, 500, 1000, 1100, 1300]);
    const progress = progressLine(io, 'Import', 'formations gardées');
    progress.update(1 * 1024 * 1024, 400 * 1024 * 1024, 10);
    progress.update(120 * 1024 * 1024, 400 * 1024 * 1024, 12345);
    progress.update(130 * 1024 * 1024, 400 * 1024 * 1024, 13000);
    progress.update(200 * 1024 * 1024, 400 * 1024 * 1024, 20000);
    progress.end();
    expect(io.err().split('\r')).toEqual([
      '',
      'Import : 12\u202f345 formations gardées, 120 / 400 Mo (30 %)\u001b[K',
      'Import : 20\u202f000 formations gardées, 200 / 400 Mo (50 %)\u001b[K',
      '\u001b[K',
    ]);
  });

  it('prints nothing when stderr is not a terminal', () => {
    const io = terminal([0, 5000, 10000], false);
    const progress = progressLine(io, 'Import', 'formations gardées');
    progress.update(1, 2, 3);
    progress.end();
    expect(io.err()).toBe('');
  });

  it('clears nothing when it never drew', () => {
    const io = terminal([0, 10]);
    const progress = progressLine(io, 'Import', 'formations gardées');
    progress.update(1, 2, 3);
    progress.end();
    expect(io.err()).toBe('');
  });
});
