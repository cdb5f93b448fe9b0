import tseslint from 'typescript-eslint';

const browserApis = {
  paths: [
    { name: 'wxt/browser', message: 'lib/ is pure: no extension APIs (see STYLE.md).' },
    { name: '#imports', message: 'lib/ is pure: no WXT auto-imports.' },
    { name: 'webextension-polyfill', message: 'lib/ is pure: no extension APIs.' },
  ],
  patterns: [
    { group: ['wxt', 'wxt/*'], message: 'lib/ is pure: no WXT imports.' },
    {
      group: ['**/utils/*', '**/components/*', '**/entrypoints/*', '**/hooks/*', '@/utils/*', '@/components/*'],
      message: 'lib/ is pure: it must not import browser-aware code.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'docs/', 'tests/fixtures/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only components/SafeHtml.tsx may set HTML, and only sanitized HTML (issue #9).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render article HTML through <SafeHtml> only.' },
        { property: 'outerHTML', message: 'Render article HTML through <SafeHtml> only.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render article HTML through <SafeHtml> only.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render article HTML through <SafeHtml> only.',
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', browserApis],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'lib/ is pure: no extension APIs.' },
        { name: 'browser', message: 'lib/ is pure: no extension APIs.' },
      ],
    },
  },
  {
    // Reading serialized DOM is fine where the DOM is ours (lib/ output, tests, scripts).
    files: ['lib/**/*.ts', 'tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
