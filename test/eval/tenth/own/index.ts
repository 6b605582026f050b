// A burst the person caused: they write to 8–12 companies' own addresses within an hour and each
// acknowledges 1–10 minutes later (from the company's domain, its hosted Zendesk or Freshdesk
// subdomain, or a sister brand's helpdesk), echoing the person's subject inside a wrapper; a
// lone sign-up days later with no wave around it; and two or three newsletter confirmations the
// person asked for on one day. Everything is labelled `own`.
import type { Random } from '../../prng.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { pickCompanies, sisterOf, type Company } from '../companies.ts'
import { fullName, type Person } from '../people.ts'
import { add, emptyPart, type Part } from '../records.ts'
import { OWN_WORDS } from './texts.ts'

export interface OwnShape extends Part {
  /** Sent time and acknowledgement time of each company written to. */
  pairs: { sent: number; ack: number; ackFrom: string }[]
}

function ackSender(rng: Random, c: Company): string {
  const x = rng.next()
  if (x < 0.3) return `${c.name} <${rng.pick(['support', 'noreply', 'hello'])}@${c.domain}>`
  if (x < 0.55) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (x < 0.8) return `${c.name} Support <support@${c.slug}.freshdesk.com>`
  const sister = sisterOf(c)
  return `${sister.name} <help@${sister.slug}.freshdesk.com>`
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const w = OWN_WORDS[lang]
  const part = emptyPart()
  const label: MailLabel = { label: 'own', lang, source: 'own' }
  const count = rng.int(8, 12)
  const pairs: OwnShape['pairs'] = []
  pickCompanies(
    rng,
    Array.from({ length: count }, () => lang),
  ).forEach((c, i) => {
    const sent = start + Math.floor((i / count) * rng.int(40, 58) * MINUTE)
    const ack = sent + rng.int(1, 10) * MINUTE + rng.int(0, 59) * 1000
    const ref = String(rng.int(1000, 99_999))
    const subject = w.errand[0]
    const ackFrom = ackSender(rng, c)
    add(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at: sent,
        from: `${fullName(person)} <${person.address}>`,
        to: `${rng.pick(w.localParts)}@${c.domain}`,
        subject,
        body: `${w.errand[1].replace('%', c.name)}\n\n${fullName(person)}`,
        folder: 'sent',
      },
      label,
    )
    add(
      part,
      {
        id: `${prefix}-ack-${i}`,
        at: ack,
        from: ackFrom,
        to: person.address,
        subject: rng.pick(w.wrappers).replace('%', subject).replace('#', ref),
        body: `${w.ack.replace('#', ref)}\n\n> ${subject}\n> ${w.errand[1].replace('%', c.name)}\n\n${c.name}`,
      },
      label,
    )
    pairs.push({ sent, ack, ackFrom })
  })
  const signupAt = start + rng.int(2, 5) * DAY + rng.int(1, 8) * HOUR
  add(
    part,
    {
      id: `${prefix}-signup`,
      at: signupAt,
      from: `no-reply@signup.example`,
      to: person.address,
      subject: w.signup[0],
      body: w.signup[1],
    },
    label,
  )
  const day = start + rng.int(6, 8) * DAY + 9 * HOUR
  const n = rng.int(2, 3)
  // The first newsletter is in the person's language, the others in languages they also read.
  const others = rng.shuffle(LANGUAGES.filter((l) => l !== lang))
  for (let i = 0; i < n; i++) {
    const [subject, body] = (i === 0 ? w : OWN_WORDS[others[i]!]).newsletter
    const at = day + i * rng.int(2, 4) * HOUR
    add(
      part,
      {
        id: `${prefix}-news-${i}`,
        at,
        from: `Newsletter <confirm-${i}@lists.example>`,
        to: person.address,
        subject,
        body,
      },
      label,
    )
  }
  return { ...part, pairs }
}
