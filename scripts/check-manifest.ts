// Fails when a built manifest (dist/chrome, dist/firefox) asks for more than
// manifest-allowlist.json allows: a permission, host permission, web-accessible resource,
// content-script match or content security policy.
import { readFileSync } from 'node:fs'
import { manifestProblems, type ManifestAllowlist } from './manifest-policy.ts'

const allow = JSON.parse(readFileSync('manifest-allowlist.json', 'utf8')) as ManifestAllowlist
const problems = ['chrome', 'firefox'].flatMap((target) =>
  manifestProblems(JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')), allow).map(
    (problem) => `${target}: ${problem}`,
  ),
)
if (problems.length > 0) {
  console.error(
    `Manifest asks for more than manifest-allowlist.json allows:\n  ${problems.join('\n  ')}`,
  )
  process.exit(1)
}
console.log('Built manifests (chrome, firefox) ask for nothing beyond manifest-allowlist.json.')
