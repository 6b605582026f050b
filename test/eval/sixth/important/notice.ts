// One important notice: sender, subject and body, with {amount} and {ref} filled per mail.
import type { Random } from '../../prng.ts'
import type { SixthLang } from '../langs.ts'
import { NOTICES_A } from './notices-a.ts'
import { NOTICES_B } from './notices-b.ts'

export type Notice = readonly [from: string, subject: string, body: string]

export const NOTICES: Record<SixthLang, readonly Notice[]> = { ...NOTICES_A, ...NOTICES_B }

export function filledNotice(
  rng: Random,
  notice: Notice,
): { from: string; subject: string; body: string } {
  const amount = `${rng.int(4, 980)}.${String(rng.int(0, 99)).padStart(2, '0')}`
  const ref = `${rng.pick(['A', 'K', 'R', 'T'])}${rng.int(100_000, 999_999)}`
  const put = (s: string) => s.replaceAll('{amount}', amount).replaceAll('{ref}', ref)
  return { from: notice[0], subject: put(notice[1]), body: put(notice[2]) }
}
