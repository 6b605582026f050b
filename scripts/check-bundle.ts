// Fails when a built content script grows past its budget. A content script is parsed and run
// in every webmail tab at load, on the page's own thread: a large one is a long task the user
// feels. The Public Suffix List, the largest dependency, belongs to the background worker
// (src/core/sender/site-domain.ts); its data in a content script is named as the cause. The popup's page
// loads one script that imports nothing: each further chunk would be one more round trip before
// the wave is drawn (scripts/vite/popup.config.ts).
import { readFileSync, statSync } from 'node:fs'

/** Each content script's most bytes, as built (minified, with the browser API polyfill). */
const CONTENT_SCRIPT_BUDGET = 100 * 1024
/** Text only the Public Suffix List data contains. */
const SUFFIX_LIST_MARK = 'blogspot'

/** A static or dynamic import in minified code: `import{a}from"./x.js"`, `import"./x.js"`, `import(`. */
const MODULE_IMPORT = /(?:^|[;})\s])import\s*[{"'(*]|\bfrom\s*["']\.{0,2}\//u

interface Manifest {
  content_scripts?: { js?: string[] }[]
}

const problems: string[] = []
for (const target of ['chrome', 'firefox']) {
  const manifest = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')) as Manifest
  const scripts = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? [])
  if (scripts.length === 0) problems.push(`${target}: the manifest names no content script`)
  for (const script of scripts) {
    const path = `dist/${target}/${script}`
    const bytes = statSync(path).size
    console.log(
      `${path}: ${(bytes / 1024).toFixed(1)} KB (budget ${CONTENT_SCRIPT_BUDGET / 1024} KB)`,
    )
    if (bytes > CONTENT_SCRIPT_BUDGET) problems.push(`${path} is ${bytes} bytes`)
    if (readFileSync(path, 'utf8').includes(SUFFIX_LIST_MARK))
      problems.push(`${path} carries the Public Suffix List`)
  }
}
for (const target of ['chrome', 'firefox']) problems.push(...popupScriptProblems(`dist/${target}`))
if (problems.length > 0) {
  console.error(`Built scripts over budget:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}

/** The popup's page names one script, and that script loads no other module. */
function popupScriptProblems(build: string): string[] {
  const page = `${build}/src/popup/index.html`
  const scripts = [...readFileSync(page, 'utf8').matchAll(/<script\b[^>]*\bsrc="\/?([^"]+)"/gu)]
  if (scripts.length !== 1) return [`${page} loads ${scripts.length} scripts, not one`]
  const path = `${build}/${scripts[0]![1]!}`
  const code = readFileSync(path, 'utf8')
  console.log(`${path}: ${(statSync(path).size / 1024).toFixed(1)} KB, the popup's one script`)
  return MODULE_IMPORT.test(code) ? [`${path}, the popup's script, imports another chunk`] : []
}
