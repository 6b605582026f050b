// What the person caused (label own): a burst of their own mails to 8-12 companies' own
// addresses within an hour, each acknowledged 1-10 minutes later from the company's domain, its
// hosted Zendesk or Freshdesk, or a sister brand's helpdesk, echoing the subject in a wrapper;
// two days later a single sign-up; three days after that two or three newsletter subscriptions
// in one day.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { pickCompanies, sisterOf, type Company } from '../companies.ts'
import type { Person } from '../people.ts'
import { productsOf } from '../products/index.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { makeFill, render } from '../render.ts'
import { pickSenderKind, senderFor } from '../senders.ts'
import { ACK_BODY, MAILBOXES, OPENING, REQUESTS, WRAPPERS } from './requests.ts'

export const ACK_CHANNELS = ['own', 'zendesk', 'freshdesk', 'sister'] as const
type Channel = (typeof ACK_CHANNELS)[number]

export interface OwnShape extends Part {
  companies: number
  sentTimes: number[]
  ackDelays: number[]
  channels: Channel[]
}

function ackFrom(c: Company, channel: Channel): string {
  switch (channel) {
    case 'own':
      return `${c.name} <support@${c.domain}>`
    case 'zendesk':
      return `${c.name} <support@${c.slug}.zendesk.com>`
    case 'freshdesk':
      return `${c.name} Support <support@${c.slug}.freshdesk.com>`
    case 'sister': {
      const sister = sisterOf(c)
      return `${sister.name} Care <help@${sister.slug}.freshdesk.com>`
    }
  }
}

function burst(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
  shape: OwnShape,
): void {
  const companies = pickCompanies(rng, [lang], rng.int(8, 12))
  companies.forEach((c, i) => {
    const sentAt = start + rng.int(0, 55) * MINUTE + rng.int(0, 59) * 1000
    const subject = rng.pick(REQUESTS[lang])
    const to = `${rng.pick(MAILBOXES)}@${c.domain}`
    const sent = record(
      `${prefix}-sent-${i}`,
      sentAt,
      person.name + ` <${person.address}>`,
      subject,
      `${OPENING[lang]}\n${person.name}`,
      to,
      'sent',
    )
    add(shape, sent, {
      label: 'own',
      lang,
      family: 'own-request',
      product: 'sent',
      source: 'own/sent',
    })
    const delay = rng.int(60, 600) * 1000
    const channel = rng.pick(ACK_CHANNELS)
    const id = String(rng.int(10_000, 999_999))
    const ackSubject = rng.pick(WRAPPERS[lang]).replace('{s}', subject).replace('{id}', id)
    const body = ACK_BODY[lang].replace('{company}', c.name).replace('{id}', id)
    add(
      shape,
      record(
        `${prefix}-ack-${i}`,
        sentAt + delay,
        ackFrom(c, channel),
        ackSubject,
        body,
        person.address,
      ),
      {
        label: 'own',
        lang,
        family: 'own-ack',
        product: channel,
        sender: channel === 'own' ? 'own' : 'hosted',
        source: `own/ack-${channel}`,
      },
    )
    shape.sentTimes.push(sentAt)
    shape.ackDelays.push(delay)
    shape.channels.push(channel)
  })
  shape.companies = companies.length
}

/** One mail of a product the person really used (the sign-up or a newsletter). */
function productMail(
  rng: Random,
  lang: Lang,
  person: Person,
  family: 'verification' | 'subscription',
  at: number,
  id: string,
  shape: OwnShape,
): void {
  const product = rng.pick(productsOf(family))
  const company = pickCompanies(rng, [lang], 1)[0]!
  const fill = makeFill(rng, company, product, { name: person.first, subject: '' }, person.address)
  const text = render(product.texts[lang], fill)
  const sender = senderFor(product, company, lang, pickSenderKind(rng, product))
  add(shape, record(id, at, sender.from, text.subject, text.body, person.address), {
    label: 'own',
    lang,
    family,
    product: product.product,
    sender: sender.sender,
    source: family === 'verification' ? 'own/sign-up' : 'own/newsletter',
  })
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const shape: OwnShape = {
    ...emptyPart(),
    companies: 0,
    sentTimes: [],
    ackDelays: [],
    channels: [],
  }
  burst(rng, lang, person, start, prefix, shape)
  productMail(
    rng,
    lang,
    person,
    'verification',
    start + 2 * DAY + rng.int(1, 8) * HOUR,
    `${prefix}-signup`,
    shape,
  )
  const day = start + 5 * DAY
  const count = rng.int(2, 3)
  for (let i = 0; i < count; i++)
    productMail(
      rng,
      lang,
      person,
      'subscription',
      day + i * rng.int(2, 5) * HOUR,
      `${prefix}-news-${i}`,
      shape,
    )
  return shape
}
