// web-ext lint on the Firefox build: fails on any error. Warnings are listed; the known one is
// Preact's own innerHTML assignment inside its renderer (docs/toolchain.md,
// "One manifest, two targets").
import { execFileSync } from 'node:child_process'

const output = execFileSync(
  'npx',
  [
    'web-ext',
    'lint',
    '--source-dir',
    'dist/firefox',
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
process.exit(report.errors.length === 0 ? 0 : 1)
