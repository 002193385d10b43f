import { defineConfig } from 'vitest/config'

export default defineConfig({
  // tsconfig keeps JSX for Next and Astro; tests that render a React component compile it here.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // npm pack + install into an outside app: minutes of npm, no shared state with the others.
        test: {
          name: 'packages',
          include: ['test/packages/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 900_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
