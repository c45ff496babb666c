import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // npm start and npx mamori run dist/: rebuilt first when the sources changed.
    globalSetup: ['tests/helpers/build-dist.ts'],
    // Database tests start embedded PGlite instances; keep memory bounded on a 2-core machine.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
