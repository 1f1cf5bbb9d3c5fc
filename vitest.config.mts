import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-reports/vitest.json' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
