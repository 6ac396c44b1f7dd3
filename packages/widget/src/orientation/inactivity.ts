/**
 * Clears a conversation left open: after 10 minutes without a key, a tap or a click in the
 * widget, the answers are forgotten (a shared antenna computer, a phone lent to someone).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const IDLE_CLEAR_MS = 10 * 60 * 1000;

/** The timers used (the window's by default; tests pass a fake clock). */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const windowClock: Clock = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input'] as const;

export class InactivityController implements ReactiveController {
  clock: Clock = windowClock;
  private handle: unknown;
  private readonly onActivity = () => this.restart();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether there is anything to clear (no timer runs before the first answer). */
    private readonly hasAnswers: () => boolean,
    private readonly clear: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY_EVENTS) this.host.addEventListener(type, this.onActivity, true);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY_EVENTS) this.host.removeEventListener(type, this.onActivity, true);
    this.cancel();
  }

  /** Starts the wait again (called on activity and after each answer). */
  restart(): void {
    this.cancel();
    if (!this.hasAnswers()) return;
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      if (this.hasAnswers()) this.clear();
    }, IDLE_CLEAR_MS);
  }

  cancel(): void {
    if (this.handle !== undefined) this.clock.clearTimeout(this.handle);
    this.handle = undefined;
  }
}
