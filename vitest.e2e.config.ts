import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension (npm run build:e2e) in Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
