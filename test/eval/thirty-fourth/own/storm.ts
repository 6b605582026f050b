// A reply storm: the person (a club's secretary) sends one mail to many recipients and within
// 1-30 minutes 15-60 automatic answers come back from as many domains. Labelled `own`.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { emptyPart, fill, numeric, put, type Part } from '../../nineteenth/records.ts'
import { MINUTE } from '../clock.ts'
import { cap, TLD, WORK_STEMS } from '../companies.ts'
import type { Person } from '../people.ts'
import { STORM_KINDS, STORM_SUBJECTS, STORM_TEXTS, type StormKind } from './storm-texts.ts'

const FREEMAIL = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'web.de',
  'free.fr',
  'hotmail.it',
  'kpnmail.nl',
]
const WEIGHTS: Record<StormKind, number> = {
  ooo: 45,
  auto: 20,
  ticket: 7,
  bounce: 16,
  unmonitored: 6,
  challenge: 6,
}

function kindOf(rng: Random): StormKind {
  let roll = rng.int(1, 100)
  for (const k of STORM_KINDS) if ((roll -= WEIGHTS[k]) <= 0) return k
  return 'ooo'
}

export function replyStorm(
  rng: Random,
  lang: Lang,
  person: Person,
  at: number,
  size: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const subject = rng.pick(STORM_SUBJECTS[lang])
  const members = Array.from({ length: size }, (_, i) => {
    const work = i < WORK_STEMS.length
    const domain = work
      ? `${WORK_STEMS[(i + size) % WORK_STEMS.length]!}.${TLD[lang]}`
      : FREEMAIL[i % FREEMAIL.length]!
    const local = work
      ? rng.pick(['info', 'office', 'support', 'p.meyer', 'a.rossi', 'j.smit'])
      : `member${i + 1}`
    return { address: `${local}@${domain}`, domain, org: work ? cap(domain.split('.')[0]!) : '' }
  })
  const listed = rng.chance(0.5)
  put(
    part,
    {
      id: `${prefix}-sent`,
      at,
      from: `${person.first} ${person.last} <${person.address}>`,
      subject,
      body: `${subject}\n\n${person.first} ${person.last}`,
      to: listed ? members.map((m) => m.address).join(', ') : person.address,
      sent: true,
    },
    { label: 'own', lang, source: 'own:storm:sent' },
  )
  members.forEach((m, i) => {
    const kind = kindOf(rng)
    const t = rng.pick(STORM_TEXTS[lang][kind])
    const values = {
      s: subject,
      rcpt: m.address,
      domain: m.domain,
      org: m.org || cap(m.domain.split('.')[0]!),
      n: numeric(rng, 6),
      day: `${rng.int(1, 28)}.${rng.pick([11, 12, 1])}.`,
    }
    const from =
      kind === 'bounce'
        ? `Mail Delivery System <MAILER-DAEMON@mx${rng.int(1, 9)}.${m.domain.split('.').slice(-2).join('.')}>`
        : kind === 'ticket'
          ? `${values.org} Support <support@${m.domain}>`
          : kind === 'auto'
            ? `${values.org} <info@${m.domain}>`
            : `${cap(m.address.split('@')[0]!.replace(/^[a-z]\./u, ''))} <${m.address}>`
    put(
      part,
      {
        id: `${prefix}-r${i}`,
        at: at + rng.int(1, 30) * MINUTE - rng.int(0, 50) * 1000,
        from,
        subject: fill(t.subject, values),
        body: fill(t.body, values),
        to: person.address,
      },
      { label: 'own', lang, source: `own:storm:${kind}` },
    )
  })
  return part
}
