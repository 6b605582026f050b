// The inbox around a wave or a burst: SpamAssassin ham (redated into this set's window) spread over
// the surrounding days, labelled ham with its group.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { put, type Part } from './records.ts'

export function hamPart(
  rng: Random,
  part: Part,
  ham: readonly HamMail[],
  count: number,
  span: { from: number; to: number; prefix: string },
): void {
  if (ham.length === 0) return
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const at = span.from + Math.floor(rng.next() * (span.to - span.from))
    put(
      part,
      `${span.prefix}-ham-${i}`,
      { at, from: mail.from, subject: mail.subject, body: mail.text },
      { label: 'ham', source: `${mail.group} ${mail.listId ? 'list' : 'direct'}` },
    )
  }
}
