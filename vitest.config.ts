// Test tiers. Kept apart from vite.config.ts so the crx plugin never loads in tests.
import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'

const e2e = { testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false }

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'storage',
          include: ['test/storage/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/dom/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'happy-dom',
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
