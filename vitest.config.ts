// Test tiers. Kept apart from vite.config.ts so the crx plugin never loads in tests.
import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'
import { availableParallelism } from 'node:os'

// Every core is used, one test file a core: the tiers without a browser first, then the browser
// files (each starts its own browser, profile and extension, so any two can run side by side).
// vitest runs one group at a time and gives a group one worker count.
const CORES = Math.max(2, availableParallelism())
const e2e = {
  testTimeout: 120_000,
  hookTimeout: 120_000,
  maxWorkers: CORES,
  sequence: { groupOrder: 1 },
}
// A hang guard, not a speed bound: two files share the cores, and replica pages are large.
const quick = { testTimeout: 30_000, hookTimeout: 30_000, sequence: { groupOrder: 0 } }
// The unit files import the same core modules and keep no state of their own between files: one
// module graph per worker, not one per file, halves that tier's time. The storage files replace
// modules (vi.mock), which holds only in a module graph of their own, and the DOM and component
// files share a document, so each of those keeps its own.

export default defineConfig({
  plugins: [preact()],
  test: {
    maxWorkers: CORES,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          ...quick,
        },
      },
      {
        extends: true,
        test: {
          name: 'storage',
          include: ['test/storage/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          ...quick,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.ts'],
          environment: 'happy-dom',
          ...quick,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'happy-dom',
          ...quick,
        },
      },
      {
        extends: true,
        test: { name: 'e2e-chromium', include: ['test/e2e/chromium/**/*.test.ts'], ...e2e },
      },
      {
        extends: true,
        test: { name: 'e2e-firefox', include: ['test/e2e/firefox/**/*.test.ts'], ...e2e },
      },
    ],
  },
})
