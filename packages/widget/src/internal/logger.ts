/**
 * The widget's one logger: every warning for the webmaster goes through it, in French, prefixed so it
 * can be found in a busy console. Components take it as a property, so tests (and partners) can
 * replace it.
 */
import type { Logger } from '@passerelle/core';

export const consoleLogger: Logger = {
  warn(message: string): void {
    console.warn(`[passerelle] ${message}`);
  },
};

/** A logger that keeps warnings, for tests. */
export class MemoryLogger implements Logger {
  readonly messages: string[] = [];

  warn(message: string): void {
    this.messages.push(message);
  }
}
