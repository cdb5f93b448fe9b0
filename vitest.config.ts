import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { noHtmlSinks } from './scripts/no-html-sinks';

// DOMPurify and Readability are only trusted under jsdom (see TOOLCHAIN.md).
export default defineConfig({
  // The tests run the same patched libraries as the extension (scripts/no-html-sinks.ts).
  plugins: [WxtVitest(), noHtmlSinks()],
  test: {
    // A JSON report per suite lets CI print one closing line (scripts/test-summary.ts).
    reporters: ['default', ['json', { outputFile: '.cache/test-results/unit.json' }]],
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    server: { deps: { inline: [/@mozilla\/readability/, /dompurify/, /\/preact\//] } },
    alias: [
      {
        find: /^@mozilla\/readability$/,
        replacement: resolve(import.meta.dirname, 'tests/helpers/readability-patched.ts'),
      },
    ],
  },
});
