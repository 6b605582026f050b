// Removes the built assets no other built file names any more: after the popup's own build
// replaced its page, the main build's chunks that only the old page loaded are dead weight in the
// package. A file is kept while any page, script, stylesheet or the manifest names it.
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Plugin } from 'vite'

const TEXT = /\.(?:html|js|mjs|css|json)$/u
const ASSETS = 'assets'

export function dropUnusedAssets(): Plugin {
  let outDir = ''
  return {
    name: 'relay-shield:drop-unused-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const files = listFiles(outDir).map((path) => relative(outDir, path).replaceAll('\\', '/'))
      const texts = new Map(
        files.filter((file) => TEXT.test(file)).map((file) => [file, readText(outDir, file)]),
      )
      for (const file of unusedAssets(files, texts)) rmSync(join(outDir, file))
    },
  }
}

/**
 * The files under assets/ that no kept file names by their file name, repeated until nothing
 * changes (a chunk only a dropped chunk imported is dropped too). `texts` holds the text files.
 */
export function unusedAssets(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
): string[] {
  const kept = new Set(files)
  for (let changed = true; changed;) {
    changed = false
    for (const file of kept) {
      if (!file.startsWith(`${ASSETS}/`)) continue
      const name = file.slice(ASSETS.length + 1)
      const named = [...kept].some((other) => other !== file && texts.get(other)?.includes(name))
      if (!named) {
        kept.delete(file)
        changed = true
      }
    }
  }
  return files.filter((file) => !kept.has(file))
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  )
}

function readText(folder: string, file: string): string {
  return readFileSync(join(folder, file), 'utf8')
}
