// Test tiers. Kept apart from vite.config.ts so the crx plugin never loads in tests.
import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'
import { availableParallelism } from 'node:os'
import { BrowserFilesFirst } from './test/support/browser-files-first.ts'

// One pool for every tier, one more test file at a time than there are cores: a browser file
// spends part of its time waiting on its pages and on the product's paced actions (alone, the
// longest keeps two cores a third busy, measured), and the files without a browser fill that
// time. The browser files start first (test/support/browser-files-first.ts). Each starts its own
// browser, profile and extension, so any of them can run side by side.
const WORKERS = Math.max(2, availableParallelism()) + 1
const e2e = { testTimeout: 120_000, hookTimeout: 120_000 }
// A hang guard, not a speed bound: browser files share the cores, and replica pages are large.
const quick = { testTimeout: 30_000, hookTimeout: 30_000 }
// The unit files import the same core modules and keep no state of their own between files: one
// module graph per worker, not one per file, halves that tier's time. The storage files replace
// modules (vi.mock), which holds only in a module graph of their own, and the DOM and component
// files share a document, so each of those keeps its own.

export default defineConfig({
  plugins: [preact()],
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: BrowserFilesFirst },
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
