/**
 * Jest runs every test, TypeScript through ts-jest (types are checked by `npm run typecheck`), in three projects:
 * `unit` needs no browser and runs in seconds; `scale` holds the I/O budgets on sheets of 10,000 to 125,000 rows and
 * the identity fuzz (slower, no browser); `browser` drives Chromium (the sidebar in a page, the preview end to end).
 * dist/ is built once before either (test/support/build-once.mjs), so every suite reads the same fresh build.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'ES2020', esModuleInterop: true, isolatedModules: true } }] };

// The sidebar suites that open the built sidebar in Chromium (its build and Setup-rule suites need no browser).
const SIDEBAR_IN_BROWSER = [
  'a11y',
  'check',
  'check-values',
  'first-run',
  'follow-up-setup',
  'follow-ups',
  'locale',
  'pipeline',
  'polling',
  'prospect',
  'setup',
  'tabs-layout',
];
const browserSuites = ['<rootDir>/test/e2e/**/*.test.ts', ...SIDEBAR_IN_BROWSER.map((name) => `<rootDir>/test/sidebar/${name}.test.ts`)];

// Suites that build large workbooks to hold the budgets at scale: run by `npm test`, kept out of the quick loop.
const SCALE = ['bounded-reads', 'budgets', 'on-edit', 'identity-fuzz', 'history-tail', 'quota-day', 'big-csv'];
const scaleSuites = SCALE.map((name) => `<rootDir>/test/server/${name}.test.ts`);

const shared = { testEnvironment: 'node', roots: ['<rootDir>/test'], transform, globalSetup: '<rootDir>/test/support/build-once.mjs' };

module.exports = {
  // A global option (projects cannot set it).
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '/test/e2e/',
        ...SIDEBAR_IN_BROWSER.map((name) => `/test/sidebar/${name}\\.test\\.ts$`),
        ...SCALE.map((name) => `/test/server/${name}\\.test\\.ts$`),
      ],
      // test/support/browser.ts refuses to launch Chromium here, so a new browser suite cannot slip into `unit`.
      globals: { STAGECOACH_PROJECT: 'unit' },
    },
    { ...shared, displayName: 'scale', testMatch: scaleSuites, globals: { STAGECOACH_PROJECT: 'scale' } },
    { ...shared, displayName: 'browser', testMatch: browserSuites },
  ],
};
