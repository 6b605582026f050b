// What surrounds a wave: SpamAssassin ham spread over the days around it, and the look-alikes
// inside its span: every everyday class (from a known or a new sender, alternating with the
// scenario so each class sits in both places in every language) and the important ones.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_CLASSES } from './look.ts'
import type { Org } from './orgs.ts'
import { placeLook } from './place.ts'
import { MINUTE } from './window.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  span: { from: number; to: number },
  prefix: string,
  org: Org,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at: span.from + Math.floor(rng.next() * (span.to - span.from)),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: org.address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

const EVERYDAY = LOOK_CLASSES.filter((c) => c.label !== 'important')
const IMPORTANT = LOOK_CLASSES.filter((c) => c.label === 'important')

export interface InsideWave {
  waveId: string
  org: Org
  lang: Lang
  start: number
  end: number
  /** The wave's kind index: rotates classes between known and new senders, so that the five
   * waves of one language hold each class in both places. */
  round: number
  important: number
}

export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const stems = rng.shuffle(LOOK_STEMS)
  const p = { rng, part, org: w.org, lang: w.lang, waveId: w.waveId }
  const at = () => w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  EVERYDAY.forEach((cls, i) => {
    const where = (i + w.round) % 2 === 0 ? 'wave-known' : 'wave-new'
    placeLook({ ...p, stem: stems[i]! }, cls, where, at(), `${w.waveId}-look-${i}`)
  })
  for (let i = 0; i < w.important; i++) {
    // Six class x placement pairs; two per wave at least, so five waves cover all six.
    const pair = (i + 2 * w.round) % (2 * IMPORTANT.length)
    const cls = IMPORTANT[pair % IMPORTANT.length]!
    const where = pair < IMPORTANT.length ? 'wave-new' : 'wave-known'
    placeLook({ ...p, stem: stems[20 + i]! }, cls, where, at(), `${w.waveId}-imp-${i}`)
  }
  return part
}
