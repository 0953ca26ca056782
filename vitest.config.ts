import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture content: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Tests are the same on a laptop and in CI: a test that wants CI's stricter registry check sets CI itself.
    env: { CI: '' },
  },
});
