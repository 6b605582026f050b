// npm run demo [-- --quiet --docs-images]: builds both extensions, then runs the demo
// (scripts/demo.ts) in real Chromium with the options given.
import { execFileSync } from 'node:child_process'

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' })
execFileSync('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)], { stdio: 'inherit' })
