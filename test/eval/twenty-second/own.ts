// Bursts the person caused (g-own): 8-12 mails sent to companies within an hour, each answered
// 1-10 minutes later from the company domain, its hosted helpdesk or a sister brand's helpdesk
// with the sent subject in a wrapper; one sign-up with no wave; two or three newsletters.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { compose } from './inhouse.ts'
import { SENT_SUBJECTS } from './look-names.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'

const MORE: Record<Lang, readonly string[]> = {
  en: ['Where is my refund?', 'Change of delivery address', 'Cancel my subscription please'],
  de: ['Wo bleibt meine Erstattung?', 'Lieferadresse ändern', 'Bitte Abo kündigen'],
  fr: [
    'Où en est mon remboursement ?',
    'Changement d’adresse de livraison',
    'Résiliation de mon abonnement',
  ],
  es: ['¿Dónde está mi reembolso?', 'Cambiar la dirección de entrega', 'Cancelar mi suscripción'],
  pt: ['Cadê meu reembolso?', 'Alterar morada de entrega', 'Cancelar a minha assinatura'],
  it: ['Dov’è il mio rimborso?', 'Cambio indirizzo di consegna', 'Disdetta abbonamento'],
  nl: ['Waar blijft mijn terugbetaling?', 'Bezorgadres wijzigen', 'Abonnement opzeggen graag'],
}

const WRAP: Record<Lang, readonly string[]> = {
  en: ['Re: {s}', '[#{ref}] {s}', 'We received your request: {s}', 'Ticket {ref} – {s}'],
  de: ['AW: {s}', '[#{ref}] {s}', 'Ihre Anfrage: {s}', 'Ticket {ref}: {s}'],
  fr: ['RE: {s}', '[#{ref}] {s}', 'Votre demande : {s}', 'Ticket {ref} – {s}'],
  es: ['RE: {s}', '[#{ref}] {s}', 'Hemos recibido tu solicitud: {s}', 'Caso {ref}: {s}'],
  pt: ['RE: {s}', '[#{ref}] {s}', 'Recebemos o seu pedido: {s}', 'Protocolo {ref} – {s}'],
  it: ['R: {s}', '[#{ref}] {s}', 'Abbiamo ricevuto la tua richiesta: {s}', 'Pratica {ref}: {s}'],
  nl: ['Re: {s}', '[#{ref}] {s}', 'Je vraag is ontvangen: {s}', 'Ticket {ref} – {s}'],
}

function answerFrom(rng: Random, c: Company): string {
  const u = rng.next()
  if (u < 0.35) return `${c.name} <support@${c.domain}>`
  if (u < 0.55) return `${c.name} Support <support@${c.slug}.zendesk.com>`
  if (u < 0.75) return `${c.name} <help@${c.slug}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} Support <support@${sister.slug}.zendesk.com>`
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const count = rng.int(8, 12)
  const companies = pickCompanies(rng, count + 4, () => lang)
  const me = `${person.name} <${person.address}>`
  const subjects = rng.shuffle([...SENT_SUBJECTS[lang], ...MORE[lang]])
  for (let i = 0; i < count; i++) {
    const c = companies[i]!
    const s = `${subjects[i % subjects.length]!}${i >= subjects.length ? ` (${c.name})` : ''}`
    const at = start + rng.int(0, 59) * MINUTE
    const ref = numeric(rng, 6)
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at,
        from: me,
        subject: s,
        body: `Hello,\n\n${s}. Order ${numeric(rng, 7)}.\n\nThanks, ${person.first}`,
        to: `support@${c.domain}`,
        sent: true,
      },
      { label: 'own', lang, source: 'own:sent' },
    )
    put(
      part,
      {
        id: `${prefix}-ack-${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from: answerFrom(rng, c),
        subject: fill(rng.pick(WRAP[lang]), { s, ref }),
        body: `${fill(compose(rng, 'helpdesk', lang).body, { name: person.first, company: c.name, ref, topic: s, link: `https://${c.domain}/t/${ref}`, email: person.address, code: ref })}\n\n> ${s}`,
        to: person.address,
      },
      { label: 'own', lang, source: 'own:answer' },
    )
  }
  const extra = companies.slice(count)
  const values = (c: Company) => ({
    name: person.first,
    company: c.name,
    email: person.address,
    code: numeric(rng, 6),
    link: `https://${c.domain}/confirm/${token(rng)}`,
    ref: numeric(rng, 6),
    topic: '',
  })
  const signup = compose(rng, 'verification', lang)
  const c0 = extra[0]!
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + rng.int(70, 200) * MINUTE,
      from: `${c0.name} <welcome@${c0.domain}>`,
      subject: fill(signup.subject, values(c0)),
      body: fill(signup.body, values(c0)),
      to: person.address,
    },
    { label: 'own', lang, family: 'verification', source: 'own:signup' },
  )
  const letters = rng.int(2, 3)
  for (let i = 0; i < letters; i++) {
    const c = extra[i + 1]!
    const text = compose(rng, 'subscription', lang)
    put(
      part,
      {
        id: `${prefix}-news-${i}`,
        at: start + rng.int(120, 600) * MINUTE,
        from: `${c.name} <news@${c.domain}>`,
        subject: fill(text.subject, values(c)),
        body: fill(text.body, values(c)),
        to: person.address,
      },
      { label: 'own', lang, family: 'subscription', source: 'own:newsletter' },
    )
  }
  return part
}
