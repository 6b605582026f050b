// Small helpers for the important mails: amounts in each language's format, references, times.
import type { Random } from '../../prng.ts'
import type { Person } from '../people.ts'

export interface ImportantText {
  from: string
  subject: string
  body: string
}

/** One important mail, filled in for a person with a seeded generator. */
export type ImportantMail = (rng: Random, person: Person) => ImportantText

export function cents(rng: Random, min: number, max: number): [string, string] {
  const value = rng.int(min * 100, max * 100)
  const whole = Math.floor(value / 100)
  return [String(whole), String(value % 100).padStart(2, '0')]
}

/** 1,234.56 (en) or 1.234,56 (most of Europe). */
export function amount(rng: Random, min: number, max: number, style: 'dot' | 'comma'): string {
  const [whole, frac] = cents(rng, min, max)
  const sep = style === 'dot' ? ',' : '.'
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, sep)
  return style === 'dot' ? `${grouped}.${frac}` : `${grouped},${frac}`
}

/** A reference from a pattern: A = capital letter, 9 = digit, anything else kept. */
export function ref(rng: Random, pattern: string): string {
  return [...pattern]
    .map((ch) =>
      ch === 'A'
        ? String.fromCharCode(65 + rng.int(0, 25))
        : ch === '9'
          ? String(rng.int(0, 9))
          : ch,
    )
    .join('')
}

export function clock(rng: Random): string {
  return `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`
}

export function lastDigits(rng: Random): string {
  return String(rng.int(1000, 9999))
}
