/**
 * Jest runs every test, TypeScript through ts-jest (types are checked by `npm run typecheck`), in two projects:
 * `unit` needs no browser and runs in seconds; `browser` drives Chromium (the sidebar in a page, the preview end to end).
 * dist/ is built once before either (test/support/build-once.mjs), so every suite reads the same fresh build.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'ES2020', esModuleInterop: true, isolatedModules: true } }] };

// The sidebar suites that open the built sidebar in Chromium (its build and Setup-rule suites need no browser).
const SIDEBAR_IN_BROWSER = ['a11y', 'check', 'locale', 'pipeline', 'polling', 'prospect', 'setup'];
const browserSuites = ['<rootDir>/test/e2e/**/*.test.ts', ...SIDEBAR_IN_BROWSER.map((name) => `<rootDir>/test/sidebar/${name}.test.ts`)];

const shared = { testEnvironment: 'node', roots: ['<rootDir>/test'], transform, globalSetup: '<rootDir>/test/support/build-once.mjs' };

module.exports = {
  // A global option (projects cannot set it).
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', ...SIDEBAR_IN_BROWSER.map((name) => `/test/sidebar/${name}\\.test\\.ts$`)],
      // test/support/browser.ts refuses to launch Chromium here, so a new browser suite cannot slip into `unit`.
      globals: { STAGECOACH_PROJECT: 'unit' },
    },
    { ...shared, displayName: 'browser', testMatch: browserSuites },
  ],
};
