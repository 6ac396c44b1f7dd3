import { defineConfig } from 'vitest/config';

// Core and data are tested from their TypeScript sources: the "source" export condition
// points @passerelle/* at src/, so tests never depend on a stale build.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'import', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'import', 'default'] } },
  test: {
    include: ['packages/core/src/**/*.test.ts', 'packages/data/src/**/*.test.ts', 'tests/node/**/*.test.ts'],
    setupFiles: ['tests/setup/fail-on-console.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
