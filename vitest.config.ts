import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Database tests start embedded PGlite instances; keep memory bounded on a 2-core machine.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
