// Walks a built extension folder and checks each file by its kind.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cssProblems } from './css.ts'
import { htmlFindings } from './html.ts'
import { javascriptFindings, type Finding } from './javascript.ts'

export interface FileFinding extends Finding {
  file: string
}

/** Findings of one file's text, by its extension; other files (images, JSON) hold no code. */
export function fileFindings(name: string, text: string): Finding[] {
  if (/\.(?:js|mjs|cjs)$/u.test(name)) return javascriptFindings(text)
  if (/\.html?$/u.test(name)) return htmlFindings(text)
  if (/\.css$/u.test(name))
    return cssProblems(text).map((detail) => ({ rule: 'css', detail, line: 0 }))
  return []
}

export function folderFindings(dir: string): { files: number; findings: FileFinding[] } {
  const paths = walk(dir)
  const findings = paths.flatMap((file) =>
    fileFindings(file, readFileSync(file, 'utf8')).map((finding) => ({ ...finding, file })),
  )
  return { files: paths.length, findings }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return walk(path)
    return /\.(?:js|mjs|cjs|html?|css)$/u.test(entry.name) ? [path] : []
  })
}
