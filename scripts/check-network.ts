// The no-network proof of the build: the syntax of every built script, stylesheet and page in
// dist/chrome and dist/firefox is searched for each way to open a connection, load a resource or
// navigate (scripts/network/), and only the reviewed sites of network-allowlist.json pass.
import { readFileSync } from 'node:fs'
import { allowlistProblems, unreviewed, type Allowlist } from './network/allowlist.ts'
import { folderFindings } from './network/scan.ts'

const allow = JSON.parse(readFileSync('network-allowlist.json', 'utf8')) as Allowlist
const problems = [...unreviewed(allow)]
let files = 0
for (const target of ['dist/chrome', 'dist/firefox']) {
  const scanned = folderFindings(target)
  files += scanned.files
  problems.push(...allowlistProblems(scanned.findings, allow).map((line) => `${target}: ${line}`))
}
if (problems.length > 0) {
  console.error(`The built extension could reach the network:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `${files} built files checked: no way to the network beyond the ${allow.sites.length} reviewed sites.`,
)
