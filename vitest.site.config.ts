import { defineConfig } from 'vitest/config';

/** Checks that read the built site (run after `npm run build`): links, HTML, deployment. */
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
