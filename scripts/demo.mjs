// npm run demo: builds both extensions, then runs the demo (scripts/demo.ts) in real Chromium.
import { execFileSync } from 'node:child_process'

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' })
execFileSync('npx', ['tsx', 'scripts/demo.ts'], { stdio: 'inherit' })
