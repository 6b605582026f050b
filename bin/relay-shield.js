#!/usr/bin/env node
// The offline scanner. Runs the bundle that `npm run build` writes to dist/cli; in a checkout
// that has not been built yet, runs the TypeScript source through tsx instead.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const bundle = fileURLToPath(new URL('../dist/cli/relay-shield.mjs', import.meta.url))
if (existsSync(bundle)) {
  await import(bundle)
} else {
  try {
    const { register } = await import('tsx/esm/api')
    register()
  } catch {
    process.stderr.write('relay-shield: not built yet; run `npm ci && npm run build` first.\n')
    process.exit(1)
  }
  await import(new URL('../src/cli/index.ts', import.meta.url).href)
}
