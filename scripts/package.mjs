// npm run package: store-ready archives in artifacts/: the Chrome Web Store zip, the Firefox
// add-on zip, and the source archive the Firefox store asks for (tracked files of HEAD). The
// Firefox archive is unpacked again and linted with web-ext: any error or warning fails.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
const out = 'artifacts'
mkdirSync(out, { recursive: true })
if (!process.argv.includes('--no-build'))
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' })

for (const target of ['chrome', 'firefox']) {
  const name = `relay-shield-${target}-${version}.zip`
  rmSync(`${out}/${name}`, { force: true })
  const tmp = `${out}/tmp-${target}`
  rmSync(tmp, { recursive: true, force: true })
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${target}`,
      '--artifacts-dir',
      tmp,
      '--overwrite-dest',
      '--filename',
      name,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  renameSync(`${tmp}/${name}`, `${out}/${name}`)
  rmSync(tmp, { recursive: true, force: true })
  console.log(`wrote ${out}/${name}`)
}

const source = `${out}/relay-shield-source-${version}.zip`
execFileSync('git', ['archive', '--format=zip', '--output', source, 'HEAD'])
console.log(`wrote ${source} (build it with: npm ci && npm run build)`)

// What the store's own validator reads is the archive, not dist/: lint what was packed.
const unpacked = mkdtempSync(join(tmpdir(), 'relay-shield-package-'))
try {
  execFileSync('unzip', ['-q', `${out}/relay-shield-firefox-${version}.zip`, '-d', unpacked])
  execFileSync('node', ['scripts/lint-firefox.mjs', unpacked], { stdio: 'inherit' })
} finally {
  rmSync(unpacked, { recursive: true, force: true })
}
