// Important mail: receipts, payments sent and received, card alerts, sign-in and password / 2FA
// security notices, orders and deliveries, from made-up services with real-looking senders.
// Reconstructions of the usual notices of such services, written for this set; `{a}` is an
// amount, `{r}` a reference, `{t}` a time, `{d}` a device or place.
import type { Random } from '../../prng.ts'

export interface Notice {
  from: string
  subject: string
  body: string
}

export type NoticeTable = readonly (readonly [from: string, subject: string, body: string])[]

function fill(text: string, v: Record<string, string>): string {
  return text.replace(/\{([ardt])\}/gu, (_, k: string) => v[k] ?? '')
}

export function notice(rng: Random, table: NoticeTable, currency: string): Notice {
  const [from, subject, body] = rng.pick(table)
  const v = {
    a: `${currency}${rng.int(4, 1900)},${String(rng.int(0, 99)).padStart(2, '0')}`,
    r: `${rng.pick(['A', 'K', 'T', 'W'])}${rng.int(100_000, 999_999)}`,
    t: `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    d: rng.pick(['Windows 11 · Edge', 'iPhone · Safari', 'Android · Chrome', 'macOS · Firefox']),
  }
  return { from, subject: fill(subject, v), body: fill(body, v) }
}
