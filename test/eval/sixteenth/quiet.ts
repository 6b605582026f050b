// Three quiet weeks: SpamAssassin ham and the real corpus redated into this set's window (another
// window and seed than earlier sets), everyday mail, a genuine ticket thread, important mail.
import { seeded } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type Scenario } from '../types.ts'
import { everydayPart, genuineTicket } from './everyday.ts'
import { importantPart } from './important.ts'
import { combine, DAY, emptyPart, put, SIXTEENTH_WINDOW, type Part } from './records.ts'

function redatedHam(part: Part, picked: readonly HamMail[]): void {
  const dates = redate(
    picked.map((m) => m.date),
    SIXTEENTH_WINDOW,
  )
  picked.forEach((m, i) =>
    put(
      part,
      `quiet-ham-${i}`,
      { at: dates[i]!, from: m.from, subject: m.subject, body: m.text },
      { label: 'ham', source: `${m.group} ${m.listId ? 'list' : 'direct'}` },
    ),
  )
}

function redatedReal(part: Part, real: readonly RealMail[]): void {
  const dated = real.filter((m) => m.date !== null)
  const dates = redate(
    dated.map((m) => m.date!),
    SIXTEENTH_WINDOW,
  )
  dated.forEach((m, i) =>
    put(
      part,
      `quiet-real-${i}`,
      { at: dates[i]!, from: m.from, subject: m.subject, body: m.text },
      { label: 'ham', source: `real ${m.source}` },
    ),
  )
}

export function quietScenario(
  inputs: { ham: readonly HamMail[]; real: readonly RealMail[] },
  seed: number,
): Scenario {
  const rng = seeded(seed)
  const part = emptyPart()
  const picked = rng.shuffle(inputs.ham).slice(0, 400)
  redatedHam(part, picked)
  redatedReal(part, inputs.real)
  const { start, days } = SIXTEENTH_WINDOW
  everydayPart(rng, part, start, days, 80)
  genuineTicket(part, start + 9 * DAY + 10 * 3_600_000)
  importantPart(rng, part, LANGUAGES, 14, { from: start, to: start + days * DAY, prefix: 'quiet' })
  return combine('h-quiet', 'h-quiet', seed, [part])
}
