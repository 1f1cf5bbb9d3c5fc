import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // In a run, vitest's default is one worker fewer than the cores: one worker on the 2-core machine, with
    // the second core left to the scrypt and file-check threads. Two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker keeps its modules from one test file to the next instead of a new process and a fresh import
    // of the app per file (~1-2 s each); the integration suite then builds each kept office once per worker
    // (tests/integration/support/office-snapshot.ts). Each test still opens an office of its own: a file's
    // data is never seen by another file. Nothing in the suite mocks modules or stubs globals.
    isolate: false,
    globalSetup: ['tests/integration/support/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-reports/vitest.json' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
