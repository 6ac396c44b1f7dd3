import { afterEach, beforeEach, vi } from 'vitest';

// A library that prints behind its caller's back is a bug: any console call fails the test
// (warnings must go through an injected logger).
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    throw new Error(`Unexpected console output during the test:\n${calls.join('\n')}`);
  }
});
