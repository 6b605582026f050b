// Look-alike mail during a campaign: inside each wave every everyday class and 4-6 important
// mails, alternating between senders with earlier history (their earlier mail sits days ahead)
// and senders new to the inbox, so that each class sits inside a wave from both; and on the days
// of a campaign some important mail outside its waves.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { EVERYDAY, IMPORTANT, lookMails, lookSender, type LookClass } from './look.ts'
import type { Person } from './people.ts'
import type { Place } from './types.ts'
import type { BuiltWave, Labelled } from './waves.ts'

interface Placing {
  rng: Random
  lang: Lang
  person: Person
  out: Labelled[]
}

function place(
  p: Placing,
  wave: BuiltWave,
  cls: LookClass,
  stem: string,
  known: boolean,
  id: string,
): void {
  const { rng, lang, person } = p
  const from = lookSender(rng, cls, stem, lang)
  const { start } = wave.plan
  const at = start + Math.floor(rng.next() * Math.max(MINUTE, wave.end - start))
  const where: Place = known ? 'wave-known' : 'wave-new'
  p.out.push(
    ...lookMails(rng, {
      cls,
      lang,
      person,
      stem,
      from,
      at,
      id,
      place: where,
      waveId: wave.plan.waveId,
    }),
  )
  if (!known) return
  for (let h = 0, n = rng.int(1, 3); h < n; h++) {
    const before = start - rng.int(2, 20) * DAY - rng.int(0, 10) * HOUR
    p.out.push(
      ...lookMails(rng, {
        cls,
        lang,
        person,
        stem,
        from,
        at: before,
        id: `${id}-h${h}`,
        place: 'history',
      }),
    )
  }
}

/** Important mail on a wave's day, a few hours before or after it. */
function campaignDay(p: Placing, wave: BuiltWave, stem: string, id: string): void {
  const { rng, lang, person } = p
  const cls = rng.pick(IMPORTANT)
  const before = rng.chance(0.5)
  const at = before ? wave.plan.start - rng.int(2, 5) * HOUR : wave.end + rng.int(1, 4) * HOUR
  const from = lookSender(rng, cls, stem, lang)
  p.out.push(...lookMails(rng, { cls, lang, person, stem, from, at, id, place: 'campaign-day' }))
}

export function lookalikesInCampaign(
  rng: Random,
  waves: readonly BuiltWave[],
  k: number,
  person: Person,
): Labelled[] {
  const p: Placing = { rng, lang: person.lang, person, out: [] }
  waves.forEach((wave, w) => {
    const stems = rng.shuffle(LOOK_STEMS)
    const id = `${wave.plan.waveId}-look`
    EVERYDAY.forEach((cls, j) =>
      place(p, wave, cls, stems[j]!, (j + w + k) % 2 === 0, `${id}-e${j}`),
    )
    const count = rng.int(4, 6)
    const classes = [...rng.shuffle(IMPORTANT), rng.pick(IMPORTANT)].slice(0, count)
    classes.forEach((cls, j) =>
      place(p, wave, cls, stems[20 + j]!, (j + w + k) % 2 === 1, `${id}-i${j}`),
    )
    for (let d = 0, n = rng.int(1, 2); d < n; d++)
      campaignDay(p, wave, stems[30 + d]!, `${id}-d${d}`)
  })
  return p.out
}
