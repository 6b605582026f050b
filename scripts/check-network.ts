// Fails when the built extension's JavaScript (dist/chrome, dist/firefox) contains an API that
// opens a connection or names a web address (rules: scripts/network-policy.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { networkProblems } from './network-policy.ts'

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return scripts(path)
    return /\.(?:js|mjs|html)$/u.test(entry.name) ? [path] : []
  })
}

const files = ['dist/chrome', 'dist/firefox'].flatMap(scripts)
const problems = files.flatMap((file) =>
  networkProblems(readFileSync(file, 'utf8')).map((problem) => `${file}: ${problem}`),
)
if (problems.length > 0) {
  console.error(`The built extension could reach the network:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`${files.length} built files checked: no network API, no web address.`)
