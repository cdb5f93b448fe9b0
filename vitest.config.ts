import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// DOMPurify and Readability are only trusted under jsdom (see TOOLCHAIN.md).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // A JSON report per suite lets CI print one closing line (scripts/test-summary.ts).
    reporters: ['default', ['json', { outputFile: '.cache/test-results/unit.json' }]],
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
