import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension (npm run build:e2e) in Chromium.
export default defineConfig({
  test: {
    // A JSON report per suite lets CI print one closing line (scripts/test-summary.ts).
    reporters: ['default', ['json', { outputFile: '.cache/test-results/browser.json' }]],
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A real browser on a shared 2-core machine: smooth scrolling, image
    // decoding and IndexedDB can take seconds under load, not the default 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
