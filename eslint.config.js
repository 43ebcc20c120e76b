// Lint rules, including the layering rules that keep Electron out of services and Node out of the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnlyInShell = {
  paths: [{ name: 'electron', message: 'Electron is imported only in main/shell/ and preload/.' }],
  patterns: [{ group: ['**/shell/*', '**/shell'], message: 'Services never import the shell.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      '.fixtures/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**', 'main/index.ts'],
    rules: { 'no-restricted-imports': ['error', electronOnlyInShell] },
  },
  {
    // The entry only hands over to the shell; it may import it, but not Electron itself.
    files: ['main/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: electronOnlyInShell.paths }] },
  },
  {
    // Raw ipcMain/ipcRenderer only in the typed wrappers (GitHub Desktop's rule).
    files: ['main/shell/**/*.ts'],
    ignores: ['main/shell/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'Use the typed wrappers in main/shell/ipc.ts.' },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their (unused) dependencies: `async ({}, use) => …`.
    files: ['tests/e2e/support/fixtures.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron or Node access.' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'The renderer has no Node access.' },
            { group: ['**/main/**'], message: 'The renderer never imports main; use the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/contract/**/*.ts', 'preload/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', '**/main/**'], message: 'The contract is shared by every process.' },
          ],
        },
      ],
    },
  },
);
