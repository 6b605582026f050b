// What the personas' work-mail generators share: the item they produce (a mail, its label class
// and its work class), the lists written as "a | b | c", and amounts in each language's format.
import type { Random } from '../../prng.ts'
import type { Lang, LabelClass } from '../../types.ts'
import type { Mail } from '../../nineteenth/records.ts'

export interface WorkItem {
  mail: Mail
  label: Exclude<LabelClass, 'wave'>
  /** The work class, e.g. `ticket-new`, `order`, `ci`. */
  cls: string
}

export function list(text: string): readonly string[] {
  return text.split(' | ')
}

export function money(rng: Random, lang: Lang, low: number, high: number): string {
  const value = (rng.int(low * 100, high * 100) / 100).toFixed(2)
  if (lang === 'en') return `$${value}`
  const [whole, cents] = value.split('.')
  return `${whole},${cents} €`
}

/** Picks a class from [name, weight] pairs. */
export function weighted<T extends string>(
  rng: Random,
  pairs: readonly (readonly [T, number])[],
): T {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0)
  let r = rng.next() * total
  for (const [name, w] of pairs) {
    r -= w
    if (r < 0) return name
  }
  return pairs[pairs.length - 1]![0]
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z ]/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, '.')
}
