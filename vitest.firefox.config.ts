import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox: the Firefox build (npm run build:firefox:e2e) in firefox-esr (issue #10).
export default defineConfig({
  test: {
    // A JSON report per suite lets CI print one closing line (scripts/test-summary.ts).
    reporters: ['default', ['json', { outputFile: '.cache/test-results/firefox.json' }]],
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
