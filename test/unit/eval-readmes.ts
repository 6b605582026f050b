// The README of every evaluation folder but the excluded ones, lower-cased: a set's test checks that it uses no
// product an earlier set names (shared by the nineteenth set's test and every later one's).
import { readdirSync, readFileSync } from 'node:fs'

export function otherSetsReadmes(...excluded: string[]): string[] {
  const root = new URL('../eval/', import.meta.url).pathname
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !excluded.includes(entry.name))
    .flatMap((entry) => {
      try {
        return [readFileSync(`${root}${entry.name}/README.md`, 'utf8').toLowerCase()]
      } catch {
        return []
      }
    })
}
