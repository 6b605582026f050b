// Bundles the offline scanner (src/cli) for Node into dist/cli/relay-shield.mjs.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli/relay-shield.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
})
console.log('built dist/cli/relay-shield.mjs')
