// What the twenty-eighth set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (their companies.ts
// walked as values: the first to the nineteenth through eval-twentieth-fixtures.ts, the
// nineteenth to the twenty-seventh as the test passes them), and the text of the earlier sets'
// READMEs (read by the test, to refuse a product they name).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { seeded } from '../eval/prng.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { earlierCompanyWords } from './eval-twentieth-fixtures.ts'

export function earlierWords(later: readonly object[]): Set<string> {
  return new Set([...earlierCompanyWords(), ...earlierNames(later, seeded(281_999))])
}

/** The README of every other set folder under test/eval, lower-cased. */
export function earlierReadmes(): string[] {
  const root = new URL('../eval/', import.meta.url).pathname
  return readdirSync(root)
    .filter((d) => d !== 'twenty-eighth' && existsSync(`${root}${d}/README.md`))
    .map((d) => readFileSync(`${root}${d}/README.md`, 'utf8').toLowerCase())
}
