// Lint rules, including the layering rules that keep Electron out of services and Node out of the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const electronOnlyInShell = {
  paths: [{ name: 'electron', message: 'Electron is imported only in main/shell/ and preload/.' }],
  patterns: [{ group: ['**/shell/*', '**/shell'], message: 'Services never import the shell.' }],
};

const rendererImports = {
  paths: [
    { name: 'electron', message: 'The renderer has no Electron or Node access.' },
    // renderer/src/i18n loads the catalogs before anything translates; importing the libraries directly skips that.
    { name: 'react-i18next', message: 'Import useTranslation and Trans from renderer/src/i18n.' },
    { name: 'i18next', message: 'Import i18n from renderer/src/i18n.' },
  ],
  patterns: [
    { group: ['node:*', 'fs', 'path', 'child_process'], message: 'The renderer has no Node access.' },
    { group: ['**/main/**'], message: 'The renderer never imports main; use the contract.' },
  ],
};

// Attributes a person reads or hears (custom components' text props included): their text comes from t().
const TEXT_ATTRIBUTES =
  '/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label|hint|description|message|actionLabel)$/';
const HAS_LETTER = '/[A-Za-z]/';
// A literal that is a key, a lookup, a comparison or anywhere in a call (t('key'), list.join(', ')) is not text
// on screen; text built inside a call is for review to catch.
const NOT_TEXT =
  ':not(CallExpression Literal):not(MemberExpression > Literal):not(BinaryExpression > Literal):not(Property > Literal):not(TSAsExpression > Literal)';
const untranslated = (selector) => ({
  selector,
  message: "User-visible text must come from the catalogs: t('key') (see docs/i18n.md).",
});

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
      'no-restricted-imports': ['error', rendererImports],
    },
  },
  {
    files: ['renderer/src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...rendererImports, paths: rendererImports.paths.filter((path) => path.name === 'electron') },
      ],
    },
  },
  {
    // Untranslated text fails lint: JSX text (eslint-plugin-i18next), and string literals in text attributes
    // and in {expressions} shown as text, which that rule's JSX-text mode does not look at.
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-text-only',
          // Symbols, digits and punctuation alone ("·", "✚", "—", "12") are not phrases; nor are all-caps acronyms.
          words: { exclude: [/^[^\p{L}]*$/u, '[A-Z_-]+'] },
          message: 'Untranslated text in JSX; use t() and the catalogs (docs/i18n.md)',
        },
      ],
      'no-restricted-syntax': [
        'error',
        untranslated(`JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > Literal[value=${HAS_LETTER}]`),
        untranslated(
          `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer Literal[value=${HAS_LETTER}]${NOT_TEXT}`,
        ),
        untranslated(
          `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${HAS_LETTER}]`,
        ),
        untranslated(
          `:matches(JSXElement, JSXFragment) > JSXExpressionContainer Literal[value=${HAS_LETTER}]${NOT_TEXT}:not(JSXAttribute Literal)`,
        ),
        untranslated(
          `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${HAS_LETTER}]`,
        ),
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
