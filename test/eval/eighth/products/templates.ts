// Texts written as templates with {placeholders} (the Fill's field names), so a product file holds
// only its wording per language.
import type { Lang } from '../../types.ts'
import type { Fill, Text } from '../product.ts'

export type Table = Record<Lang, readonly [subject: string, body: string]>

function fill(template: string, f: Fill): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) =>
    key in f ? f[key as keyof Fill] : whole,
  )
}

export function fromTable(table: Table): Record<Lang, (f: Fill) => Text> {
  const entry = (lang: Lang) => (f: Fill) => ({
    subject: fill(table[lang][0], f),
    body: fill(table[lang][1], f),
  })
  return {
    en: entry('en'),
    de: entry('de'),
    fr: entry('fr'),
    es: entry('es'),
    pt: entry('pt'),
    it: entry('it'),
    nl: entry('nl'),
  }
}
