// A burst the person caused: 8-12 mails they sent to companies' own addresses within an hour,
// each answered 1-10 minutes later from the company domain, its hosted helpdesk
// (<company>.zendesk.com, <company>.freshdesk.com) or a sister brand's helpdesk, the sent subject
// in a wrapper; one sign-up with no wave around it; two or three newsletters subscribed that day.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf } from './companies.ts'
import { LOOK_TEXT } from './look-text/index.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, type Part } from './records.ts'
import { WAVE_TEXT } from './wave-text/index.ts'

const WRAP: Record<Lang, readonly string[]> = {
  en: ['Re: {s}', '[#{ref}] {s}', 'We received your message: {s}', 'Ticket {ref}: {s}'],
  de: ['AW: {s}', '[#{ref}] {s}', 'Ihre Nachricht ist eingegangen: {s}', 'Ticket {ref}: {s}'],
  fr: ['RE : {s}', '[#{ref}] {s}', 'Nous avons bien reçu : {s}', 'Demande {ref} : {s}'],
  es: ['RE: {s}', '[#{ref}] {s}', 'Hemos recibido tu mensaje: {s}', 'Caso {ref}: {s}'],
  pt: ['RE: {s}', '[#{ref}] {s}', 'Recebemos a sua mensagem: {s}', 'Chamado {ref}: {s}'],
  it: ['R: {s}', '[#{ref}] {s}', 'Abbiamo ricevuto il tuo messaggio: {s}', 'Ticket {ref}: {s}'],
  nl: ['Re: {s}', '[#{ref}] {s}', 'We hebben je bericht ontvangen: {s}', 'Ticket {ref}: {s}'],
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const look = LOOK_TEXT[lang]
  const wave = WAVE_TEXT[lang]
  const label: MailLabel = { label: 'own', lang, source: 'own:burst' }
  const me = `${person.first} <${person.address}>`
  pickCompanies(rng, rng.int(8, 12), () => lang).forEach((c, i) => {
    const sentAt = start + rng.int(0, 55) * MINUTE
    const subject = `${rng.pick(look.sent)} (${numeric(rng, 5)})`
    const to = `${rng.pick(['support', 'service', 'contact', 'help'])}@${c.domain}`
    put(
      part,
      {
        id: `${prefix}-${i}-sent`,
        at: sentAt,
        from: me,
        to,
        subject,
        body: rng.pick(look.sentLine),
        sent: true,
      },
      label,
    )
    const ref = numeric(rng, 6)
    const roll = rng.next()
    const from =
      roll < 0.4
        ? `${c.name} <${to}>`
        : roll < 0.6
          ? `${c.name} Support <support@${c.slug}.zendesk.com>`
          : roll < 0.8
            ? `${c.name} <help@${c.slug}.freshdesk.com>`
            : `${sisterOf(rng, c).name} Service <service@${sisterOf(rng, c).slug}.zendesk.com>`
    const body = [rng.pick(wave.greet), rng.pick(wave.body.helpdesk), rng.pick(wave.close)].join(
      '\n\n',
    )
    const values = { s: subject, ref, name: person.first, brand: c.name }
    put(
      part,
      {
        id: `${prefix}-${i}-ack`,
        at: sentAt + rng.int(1, 10) * MINUTE,
        from,
        to: person.address,
        subject: fill(rng.pick(WRAP[lang]), values),
        body: fill(body, values),
      },
      label,
    )
  })
  const extra = pickCompanies(rng, 4, () => lang)
  const signup = rng.pick(look.signup)
  const values = (brand: string) => ({
    brand,
    first: person.first,
    link: `https://${brand.toLowerCase()}.example/c`,
  })
  const s0 = extra[0]!
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + rng.int(70, 200) * MINUTE,
      from: `${s0.name} <welcome@${s0.domain}>`,
      to: person.address,
      subject: fill(signup[0], values(s0.name)),
      body: fill(signup[1], values(s0.name)),
    },
    { ...label, source: 'own:signup' },
  )
  extra.slice(1, 1 + rng.int(2, 3)).forEach((c, i) => {
    const optin = rng.pick(look.optin)
    put(
      part,
      {
        id: `${prefix}-optin-${i}`,
        at: start + rng.int(220, 600) * MINUTE,
        from: `${c.name} <news@${c.domain}>`,
        to: person.address,
        subject: fill(optin[0], values(c.name)),
        body: fill(optin[1], values(c.name)),
      },
      { ...label, source: 'own:newsletter' },
    )
  })
  return part
}
