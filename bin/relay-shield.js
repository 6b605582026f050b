#!/usr/bin/env node
// The offline scanner. It runs the bundle that `npm run build` writes to dist/cli.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const bundle = fileURLToPath(new URL('../dist/cli/relay-shield.mjs', import.meta.url))
if (!existsSync(bundle)) {
  process.stderr.write('relay-shield: the scanner is not built yet; run `npm run build` first.\n')
  process.exit(1)
}
await import(bundle)
