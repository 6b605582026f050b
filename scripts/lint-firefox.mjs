// web-ext lint on the Firefox build (or the packaged archive given as argument): fails on any error
// and on any warning. Preact's own innerHTML assignment, once the one warning, is removed at build
// (scripts/vite/no-inner-html.ts).
import { execFileSync } from 'node:child_process'

const output = execFileSync(
  'npx',
  [
    'web-ext',
    'lint',
    '--source-dir',
    process.argv[2] ?? 'dist/firefox',
    '--self-hosted',
    '--output',
    'json',
    '--no-config-discovery',
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
)
const report = JSON.parse(output.slice(output.indexOf('{')))
for (const warning of report.warnings)
  console.log(`warning ${warning.code}: ${warning.file ?? ''} ${warning.message}`)
for (const error of report.errors)
  console.log(`ERROR ${error.code}: ${error.file ?? ''} ${error.message}`)
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`)
process.exit(report.errors.length === 0 && report.warnings.length === 0 ? 0 : 1)
