// The ordinary mail around a wave: SpamAssassin ham (through the shared loader) placed at random
// times over the surrounding days, each labelled `ham` with its corpus group.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { MailLabel } from '../types.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export const hamLabel = (mail: HamMail): MailLabel => ({
  label: 'ham',
  source: `spamassassin/${mail.group}${mail.listId ? '/list' : ''}`,
})

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  address: string,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count && ham.length > 0; i++) {
    const mail = rng.pick(ham)
    const at = from + Math.round(rng.next() * (to - from))
    add(
      part,
      record(`${prefix}-ham-${i}`, at, mail.from, mail.subject, mail.text.slice(0, 2_000), address),
      hamLabel(mail),
    )
  }
  return part
}
