// Bursts the person causes: a support request they write (their mail in the sent folder, the
// company's acknowledgement minutes later in a wording of this set, the agent's answer days
// later), sign-ups and newsletter subscriptions (confirmation now, newsletters days later).
// All labelled `own`. Companies come from the stems waves never use (STEMS 150 on).
import type { Random } from '../prng.ts'
import { fill, numeric, put, token, type Mail, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { companyDomain, companyName, HELPDESK_SERVICES, STEMS } from './companies.ts'
import { NEWSLETTER } from './look-texts-a.ts'
import { RE, TICKET_REPLY, TICKET_SENT } from './look-texts-b.ts'
import type { Person } from './people.ts'
import { drawWording } from './products.ts'
import type { FortyFirstLabel } from './types.ts'
import type { Family } from './wording.ts'

const ITEMS = ['support', 'signup', 'newsletter'] as const
type Item = (typeof ITEMS)[number]
const FAMILY: Record<Item, Family> = {
  support: 'helpdesk',
  signup: 'verification',
  newsletter: 'subscription',
}

export const OWN_STEMS: readonly string[] = STEMS.slice(150)

interface Ctx {
  rng: Random
  part: Part
  person: Person
  prefix: string
  waveId?: string
}

function own(ctx: Ctx, mail: Mail, source: string, extra: Partial<FortyFirstLabel> = {}): void {
  const label: FortyFirstLabel = {
    label: 'own',
    lang: ctx.person.lang,
    source,
    persona: ctx.person.kind,
    ...extra,
  }
  if (ctx.waveId && source.split(':').length === 2) label.waveId = ctx.waveId
  put(ctx.part, mail, label)
}

function oneItem(ctx: Ctx, item: Item, stem: string, at: number, i: number): void {
  const { rng, person } = ctx
  const lang = person.lang
  const name = companyName(stem)
  const domain = companyDomain(stem, lang)
  const ref = numeric(rng, 7)
  const ticket = numeric(rng, 5)
  const v = {
    name: person.first,
    company: name,
    brand: name,
    ref,
    ticket,
    re: RE[lang],
    sender: 'Robin',
    link: `https://${domain}/c/${token(rng, 20)}`,
    code: numeric(rng, 6),
    email: person.address,
    message: '',
  }
  const id = `${ctx.prefix}-own${i}`
  const support = `${name} <${rng.chance(0.6) ? `support@${domain}` : `support@${stem}.${rng.pick(HELPDESK_SERVICES)}.com`}>`
  if (item === 'support') {
    const [s, b] = TICKET_SENT[lang]
    v.message = fill(s, v)
    const sent: Mail = {
      id: `${id}-sent`,
      at,
      from: `${person.first} ${person.last} <${person.address}>`,
      to: `support@${domain}`,
      subject: v.message,
      body: fill(b, v),
      sent: true,
    }
    own(ctx, sent, `own:support-sent`)
  }
  const wording = drawWording(rng, FAMILY[item], lang)
  const ackAt = at + rng.int(1, 10) * MINUTE
  const from =
    item === 'support'
      ? support
      : `${name} <${item === 'signup' ? 'no-reply' : 'newsletter'}@${domain}>`
  const first: Mail = {
    id,
    at: ackAt,
    from,
    to: person.address,
    subject: fill(wording.text[0], v),
    body: fill(wording.text[1], v),
  }
  own(ctx, first, `own:${item}`, { family: FAMILY[item], product: wording.product })
  const [fs, fb] = item === 'support' ? TICKET_REPLY[lang] : NEWSLETTER[lang]
  const later = ackAt + rng.int(1, 4) * DAY + rng.int(0, 8) * HOUR
  own(
    ctx,
    {
      id: `${id}-later`,
      at: later,
      from,
      to: person.address,
      subject: fill(fs, v),
      body: fill(fb, v),
    },
    `own:${item}:follow-up`,
  )
}

/** 3-5 items 1-12 minutes apart from `start`, at least one support request. */
export function ownBurst(
  rng: Random,
  part: Part,
  person: Person,
  start: number,
  prefix: string,
  waveId?: string,
): void {
  const ctx: Ctx = { rng, part, person, prefix, waveId }
  const count = rng.int(3, 5)
  const stems = rng.shuffle(OWN_STEMS).slice(0, count)
  let at = start
  stems.forEach((stem, i) => {
    oneItem(ctx, i === 0 ? 'support' : rng.pick(ITEMS), stem, at, i)
    at += rng.int(1, 12) * MINUTE
  })
}
