// npm test: every check and every test tier, with the time each step took and the ten slowest
// tests. Ends with the plain closing line "N passed, N failed" (tests plus checks) and exits
// non-zero when anything failed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { relative } from 'node:path'

const REPORT = 'artifacts/vitest.json'
// The demo runs headless here and writes its screenshots beside the other artifacts.
process.env.DEMO_OUTPUT ??= 'artifacts/demo-output'
process.env.DEMO_HEADLESS = '1'
const checks = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['build', 'node', ['scripts/build.mjs']],
  ['manifest', 'npx', ['tsx', 'scripts/check-manifest.ts']],
  ['bundle size', 'npx', ['tsx', 'scripts/check-bundle.ts']],
  ['no network', 'npx', ['tsx', 'scripts/check-network.ts']],
  ['web-ext lint', 'node', ['scripts/lint-firefox.mjs']],
  ['package', 'node', ['scripts/package.mjs', '--no-build']],
  ['demo', 'npx', ['tsx', 'scripts/demo.ts', '--quiet']],
]

mkdirSync('artifacts', { recursive: true })
const timings = []
let checksPassed = 0
let checksFailed = 0

function run(name, command, args) {
  const started = Date.now()
  console.log(`\n=== ${name}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  timings.push(
    `${name.padEnd(14)} ${seconds.padStart(6)} s  ${result.status === 0 ? 'ok' : 'FAILED'}`,
  )
  return result.status === 0
}

for (const [name, command, args] of checks) {
  if (run(name, command, args)) checksPassed++
  else checksFailed++
}

rmSync(REPORT, { force: true })
run('test tiers', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${REPORT}`,
])
let testsPassed = 0
let testsFailed = 0
let slowest = []
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'))
  testsPassed = report.numPassedTests
  testsFailed =
    report.numFailedTests +
    (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0
      ? 1
      : 0)
  for (const file of report.testResults) {
    for (const test of file.assertionResults)
      if (test.status === 'failed') console.log(`FAILED: ${test.fullName}`)
  }
  slowest = slowestTests(report, 10)
} catch (error) {
  console.log(`no test report: ${error}`)
  testsFailed++
}

console.log('\nStep timings:')
for (const line of timings) console.log(`  ${line}`)
if (slowest.length > 0) {
  console.log('\nSlowest tests:')
  for (const line of slowest) console.log(`  ${line}`)
}
console.log(
  `checks: ${checksPassed} passed, ${checksFailed} failed; tests: ${testsPassed} passed, ${testsFailed} failed`,
)
console.log(`${checksPassed + testsPassed} passed, ${checksFailed + testsFailed} failed`)
process.exit(checksFailed + testsFailed === 0 && testsPassed > 0 ? 0 : 1)

/** The `count` slowest test cases of a vitest JSON report, as "seconds  file > name" lines. */
function slowestTests(report, count) {
  const tests = report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      ms: test.duration ?? 0,
      name: `${relative(process.cwd(), file.name)} > ${test.fullName}`,
    })),
  )
  return tests
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ ms, name }) => `${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`)
}
