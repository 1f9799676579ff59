import { configDefaults, defineConfig } from 'vitest/config';

// Timezone pinned so dates in golden outputs never depend on the machine.
process.env.TZ = 'UTC';

const E2E = 'test/e2e/**/*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A folder per run, where the browser tests build the sample workspace once and copy it.
    globalSetup: ['test/e2e/global-setup.ts'],
    // expect.poll waits on a browser or a server; 1 s (vitest's default) is too short on a loaded
    // 2-core CI machine, where one model fit alone can take seconds.
    expect: { poll: { timeout: 20_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, E2E],
        },
      },
      // One browser test file per page, each with its own server and browser, so nothing is shared
      // through modules; loading the app's whole module graph in a fresh process for every file
      // cost ~6 s a file on a loaded machine (the set: 339 s isolated, 241 s not).
      { extends: true, test: { name: 'e2e', include: [E2E], isolate: false } },
    ],
  },
});
