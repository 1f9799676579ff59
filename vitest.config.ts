import { defineConfig } from 'vitest/config';

// Timezone pinned so dates in golden outputs never depend on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A folder per run, where the browser tests build the sample workspace once and copy it.
    globalSetup: ['test/e2e/global-setup.ts'],
    // expect.poll waits on a browser or a server; 1 s (vitest's default) is too short on a loaded
    // 2-core CI machine, where one model fit alone can take seconds.
    expect: { poll: { timeout: 20_000 } },
  },
});
