// An important notice: receipts, payments, card and security alerts, 2FA changes, orders,
// deliveries, from made-up services' own senders.
import type { Random } from '../../prng.ts'

export interface Notice {
  from: string
  subject: string
  body: string
}

export type NoticeMaker = (rng: Random) => Notice

export const amount = (rng: Random) =>
  `${rng.int(9, 480)},${String(rng.int(0, 99)).padStart(2, '0')}`
export const digits = (rng: Random, n: number) =>
  Array.from({ length: n }, () => rng.int(0, 9)).join('')
