// For the twenty-seventh set's unit test: the READMEs of every other evaluation set, lower-cased,
// so the test can refuse a product name an earlier set already names (read by the test, never
// printed).
import { existsSync, readdirSync, readFileSync } from 'node:fs'

export function otherReadmes(): string[] {
  const root = new URL('../eval/', import.meta.url).pathname
  return readdirSync(root)
    .filter((d) => d !== 'twenty-seventh' && existsSync(`${root}${d}/README.md`))
    .map((d) => readFileSync(`${root}${d}/README.md`, 'utf8').toLowerCase())
}
