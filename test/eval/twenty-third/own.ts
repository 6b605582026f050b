// Bursts the person caused (g-own): 8-12 mails sent within an hour to companies' own addresses,
// each answered 1-10 minutes later (company domain, its zendesk.com / freshdesk.com subdomain, or
// a sister brand's helpdesk) with the sent subject in a wrapper; one sign-up with no wave around
// it; two or three newsletters subscribed to that day.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { HAND_VERIFICATION } from './hand-a.ts'
import { HAND_SUBSCRIPTION } from './hand-b.ts'
import type { Person } from './people.ts'
import { digits, emptyPart, fill, put, split, token, type Part } from './records.ts'
import { SENT_SUBJECTS } from './sent.ts'

const WRAP: Record<Lang, readonly string[]> = {
  en: ['Re: {s} [#{ref}]', '[Request received] {s}', 'Ticket {ref}: {s}'],
  de: ['AW: {s} [#{ref}]', '[Anfrage erhalten] {s}', 'Ticket {ref}: {s}'],
  fr: ['RE : {s} [#{ref}]', '[Demande reçue] {s}', 'Ticket {ref} : {s}'],
  es: ['RE: {s} [#{ref}]', '[Solicitud recibida] {s}', 'Ticket {ref}: {s}'],
  pt: ['RE: {s} [#{ref}]', '[Pedido recebido] {s}', 'Chamado {ref}: {s}'],
  it: ['R: {s} [#{ref}]', '[Richiesta ricevuta] {s}', 'Ticket {ref}: {s}'],
  nl: ['Re: {s} [#{ref}]', '[Vraag ontvangen] {s}', 'Ticket {ref}: {s}'],
}
const ACK: Record<Lang, string> = {
  en: 'Hi {name}, thanks for writing to {company}. We have your message and will answer soon.',
  de: 'Hallo {name}, danke für Ihre Nachricht an {company}. Wir melden uns bald.',
  fr: 'Bonjour {name}, merci d’avoir écrit à {company}. Nous revenons vers vous rapidement.',
  es: 'Hola {name}, gracias por escribir a {company}. Te responderemos pronto.',
  pt: 'Olá {name}, obrigado por escrever à {company}. Respondemos em breve.',
  it: 'Ciao {name}, grazie per aver scritto a {company}. Ti risponderemo presto.',
  nl: 'Hoi {name}, bedankt voor je bericht aan {company}. We reageren snel.',
}

function replyFrom(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} <support@${c.stem}.zendesk.com>`
  if (roll === 2) return `${c.name} Support <help@${c.stem}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} <support@${sister.stem}.zendesk.com>`
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const me = `${person.first} ${person.last} <${person.address}>`
  const companies = pickCompanies(rng, rng.int(8, 12) + 4, () => lang)
  const burst = companies.slice(0, -4)
  const label = { label: 'own' as const, lang }
  burst.forEach((c, i) => {
    const at = start + rng.int(0, 55) * MINUTE + i * 1000
    const s = `${rng.pick(SENT_SUBJECTS[lang])} (${digits(rng, 6)})`
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at,
        from: me,
        to: `${c.name} <info@${c.domain}>`,
        subject: s,
        body: `${s}\n\n${person.first}`,
        sent: true,
      },
      { ...label, source: 'own:sent' },
    )
    const subject = fill(rng.pick(WRAP[lang]), { s, ref: digits(rng, 6) })
    const body = fill(ACK[lang], { name: person.first, company: c.name })
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from: replyFrom(rng, c),
        to: person.address,
        subject,
        body,
      },
      { ...label, source: 'own:reply' },
    )
  })
  const [signup, ...news] = companies.slice(-4)
  const values = (c: Company) => ({
    company: c.name,
    name: person.first,
    code: digits(rng, 6),
    link: `https://${c.domain}/c/${token(rng)}`,
  })
  const text = split(fill(rng.pick(HAND_VERIFICATION[lang]), values(signup!)))
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + 3 * 60 * MINUTE,
      from: `${signup!.name} <no-reply@${signup!.domain}>`,
      to: person.address,
      ...text,
    },
    { ...label, source: 'own:signup' },
  )
  news.slice(0, rng.int(2, 3)).forEach((c, i) => {
    const t = split(fill(rng.pick(HAND_SUBSCRIPTION[lang]), values(c)))
    put(
      part,
      {
        id: `${prefix}-news-${i}`,
        at: start + (5 + i * 2) * 60 * MINUTE,
        from: `${c.name} <news@${c.domain}>`,
        to: person.address,
        ...t,
      },
      { ...label, source: 'own:newsletter' },
    )
  })
  return part
}
