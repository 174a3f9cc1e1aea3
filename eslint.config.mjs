// Lint rules, including the layer rules: core is pure, only src/sheets touches Apps Script, no HTML from strings, no cycles.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Apps Script's service globals: only src/sheets/** may name them (the preview and tests stand in for them). */
const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'Session',
  'CacheService',
  'ScriptApp',
  'Utilities',
  'Logger',
  'Charts',
  'UrlFetchApp',
  'DriveApp',
  'ContentService',
  'MailApp',
  'GmailApp',
  'DocumentApp',
  'SlidesApp',
  'FormApp',
  'CalendarApp',
  'Browser',
];
const SERVICE_NAME = `/^(${APPS_SCRIPT_SERVICES.join('|')})$/`;
const SERVICES_MESSAGE = 'Only src/sheets/** touches Apps Script services: call a src/sheets function instead.';

/** Sheet content is never rendered as HTML: build nodes and set textContent. */
const NO_HTML_FROM_STRINGS = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No HTML from strings: build elements and set textContent.',
  },
  {
    selector: 'CallExpression > MemberExpression.callee[property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'No HTML from strings: build elements and set textContent.',
  },
  {
    selector: "CallExpression > MemberExpression.callee[object.name='document'][property.name=/^(write|writeln)$/]",
    message: 'No HTML from strings: build elements and set textContent.',
  },
];

/** Naming a service, as a global or as a member of the Services object (`services.SpreadsheetApp`, `{ Session } = services`). */
const NO_SERVICES = [
  { selector: `MemberExpression[computed=false] > Identifier.property[name=${SERVICE_NAME}]`, message: SERVICES_MESSAGE },
  { selector: `ObjectPattern > Property > Identifier.key[name=${SERVICE_NAME}]`, message: SERVICES_MESSAGE },
];

const browserAndAddonSources = ['src/**/*.ts', 'sidebar/**/*.ts', 'preview/page/**/*.ts'];
const outsideSheets = ['src/**/*.ts', 'sidebar/**/*.ts'];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `catch {}` and `for (;;)` are used on purpose; an empty block elsewhere is still reported.
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.cjs', 'jest.config.js'], languageOptions: { sourceType: 'commonjs' } },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts dependencies and no-cycle sees no cycle.
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.cjs', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: browserAndAddonSources,
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...NO_HTML_FROM_STRINGS],
    },
  },
  {
    files: outsideSheets,
    ignores: ['src/sheets/**'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES.map((name) => ({ name, message: SERVICES_MESSAGE }))],
      'no-restricted-syntax': ['error', ...NO_HTML_FROM_STRINGS, ...NO_SERVICES],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // Packages, Node and anything outside src/core (relative paths are checked by no-restricted-paths below).
      // The message catalogue (src/i18n) is pure too: core errors are said through it, in the user's language.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^[^.]', message: 'src/core is pure logic: it imports only src/core/** and src/i18n/**.' }] },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: '.',
              except: ['./src/core', './src/i18n'],
              message: 'src/core is pure logic: it imports only src/core/** and src/i18n/**.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^[^.]', message: 'src/i18n is pure: it imports only src/core/** and src/i18n/**.' }] },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/i18n',
              from: '.',
              except: ['./src/core', './src/i18n'],
              message: 'src/i18n is pure: it imports only src/core/** and src/i18n/**.',
            },
          ],
        },
      ],
    },
  },
);
