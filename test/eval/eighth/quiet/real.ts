// The repository's real mails (test/corpus/real, through the shared real-corpus.ts): a genuine
// ticket thread the person opened and ordinary replies, moved into the window keeping their
// order and time of day; labelled `ham` with their file as source.
import type { Random } from '../../prng.ts'
import type { RealMail } from '../../real-corpus.ts'
import { redate } from '../../redate.ts'
import { DAY, EIGHTH_WINDOW, HOUR } from '../clock.ts'
import { add, emptyPart, record, type Part } from '../records.ts'

export function realPart(
  rng: Random,
  real: readonly RealMail[],
  address: string,
  prefix: string,
): Part {
  const part = emptyPart()
  const known = real.filter((m) => m.date !== null)
  const dates = redate(
    known.map((m) => m.date!),
    EIGHTH_WINDOW,
  )
  const moved = new Map(known.map((m, i) => [m, dates[i]!]))
  real.forEach((mail, i) => {
    const at =
      moved.get(mail) ??
      EIGHTH_WINDOW.start + rng.int(0, EIGHTH_WINDOW.days - 1) * DAY + rng.int(8, 20) * HOUR
    add(
      part,
      record(
        `${prefix}-real-${i}`,
        at,
        mail.from || 'unknown sender',
        mail.subject,
        mail.text.slice(0, 2_000),
        address,
      ),
      {
        label: 'ham',
        source: `real/${mail.source}/${mail.file}`,
      },
    )
  })
  return part
}
