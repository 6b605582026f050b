// npm test: every check and every test tier, with the time each step took and the ten slowest
// tests. Ends with the plain closing line "N passed, N failed" (tests plus checks) and exits
// non-zero when anything failed.
//
// Everything runs side by side, so the cores never wait on one step: the checks of the sources
// and the build start at once; the checks of the build and the test tiers (one vitest run whose
// projects share the cores, vitest.config.ts) start as soon as the build is done. Each check's
// output is printed whole when it ends, between the test tiers' lines, so outputs never interleave
// within a step.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { relative } from 'node:path'

const REPORT = 'artifacts/vitest.json'
// The demo runs headless here and writes its screenshots beside the other artifacts.
process.env.DEMO_OUTPUT ??= 'artifacts/demo-output'
process.env.DEMO_HEADLESS = '1'
const sourceChecks = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
]
const build = ['build', 'node', ['scripts/build.mjs']]
const buildChecks = [
  ['manifest', 'npx', ['tsx', 'scripts/check-manifest.ts']],
  ['bundle size', 'npx', ['tsx', 'scripts/check-bundle.ts']],
  ['no network', 'npx', ['tsx', 'scripts/check-network.ts']],
  ['web-ext lint', 'node', ['scripts/lint-firefox.mjs']],
  ['package', 'node', ['scripts/package.mjs', '--no-build']],
  ['demo', 'npx', ['tsx', 'scripts/demo.ts', '--quiet']],
]
const tiers = [
  'test tiers',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`],
]

mkdirSync('artifacts', { recursive: true })
const timings = []
const started = Date.now()

rmSync(REPORT, { force: true })
const afterBuild = runCaptured(...build).then((built) =>
  Promise.all([built, runStreamed(...tiers), ...buildChecks.map((check) => runCaptured(...check))]),
)
const [sourceResults, [built, , ...buildResults]] = await Promise.all([
  Promise.all(sourceChecks.map((check) => runCaptured(...check))),
  afterBuild,
])
const checkResults = [...sourceResults, built, ...buildResults]
const checksPassed = checkResults.filter((ok) => ok).length
const checksFailed = checkResults.length - checksPassed
const { testsPassed, testsFailed, slowest } = readReport()

console.log('\nStep timings (every step from its own start; steps run side by side):')
for (const line of timings) console.log(`  ${line}`)
console.log(`  ${'all'.padEnd(14)} ${seconds(started).padStart(6)} s`)
if (slowest.length > 0) {
  console.log('\nSlowest tests:')
  for (const line of slowest) console.log(`  ${line}`)
}
console.log(
  `checks: ${checksPassed} passed, ${checksFailed} failed; tests: ${testsPassed} passed, ${testsFailed} failed`,
)
console.log(`${checksPassed + testsPassed} passed, ${checksFailed + testsFailed} failed`)
process.exit(checksFailed + testsFailed === 0 && testsPassed > 0 ? 0 : 1)

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1)
}

function record(name, since, ok) {
  timings.push(`${name.padEnd(14)} ${seconds(since).padStart(6)} s  ${ok ? 'ok' : 'FAILED'}`)
}

/** Runs one check with its output kept, then prints that output as one block. */
function runCaptured(name, command, args) {
  const since = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0' } })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('error', (error) => output.push(Buffer.from(String(error))))
    child.on('close', (status) => {
      const ok = status === 0
      console.log(`\n=== ${name} (${seconds(since)} s, ${ok ? 'ok' : 'FAILED'})`)
      process.stdout.write(Buffer.concat(output))
      record(name, since, ok)
      resolve(ok)
    })
  })
}

/** Runs the test tiers with their output streamed as it comes; resolves when they end. */
function runStreamed(name, command, args) {
  const since = Date.now()
  console.log(`\n=== ${name} (started)`)
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    child.on('error', (error) => console.log(`${name}: ${error}`))
    child.on('close', (status) => {
      console.log(`\n=== ${name} ended (${seconds(since)} s, ${status === 0 ? 'ok' : 'FAILED'})`)
      record(name, since, status === 0)
      resolve(status === 0)
    })
  })
}

/** Counts and the slowest tests from vitest's JSON report; a missing report is a failure. */
function readReport() {
  try {
    const report = JSON.parse(readFileSync(REPORT, 'utf8'))
    for (const file of report.testResults) {
      for (const test of file.assertionResults)
        if (test.status === 'failed') console.log(`FAILED: ${test.fullName}`)
    }
    const suiteFailed =
      report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0
    return {
      testsPassed: report.numPassedTests,
      testsFailed: report.numFailedTests + (suiteFailed ? 1 : 0),
      slowest: slowestTests(report, 10),
    }
  } catch (error) {
    console.log(`no test report: ${error}`)
    return { testsPassed: 0, testsFailed: 1, slowest: [] }
  }
}

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
