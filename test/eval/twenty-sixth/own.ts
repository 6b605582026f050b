// Bursts the person caused (g-own): 8-12 mails sent to companies within an hour, each answered
// 1-10 minutes later from the company's domain, its hosted helpdesk (<stem>.zendesk.com,
// <stem>.freshdesk.com) or a sister brand's helpdesk, with the sent subject in a wrapper; one
// sign-up with no wave around it; two or three newsletters subscribed to that day.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { digits, emptyPart, fill, MINUTE, put, token, type Part } from './base.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { composed } from './compose.ts'
import { VERIFICATION } from './hand-a.ts'
import { SUBSCRIPTION } from './hand-b.ts'
import type { Person } from './people.ts'

const ASKS: Record<Lang, readonly string[]> = {
  en: [
    'Delivery date for order',
    'Change my booking',
    'Warranty claim',
    'Cancel subscription',
    'Wrong size sent',
  ],
  de: [
    'Liefertermin Bestellung',
    'Buchung ändern',
    'Garantiefall',
    'Abo kündigen',
    'Falsche Größe geliefert',
  ],
  fr: [
    'Date de livraison',
    'Modifier ma réservation',
    'Demande de garantie',
    'Résilier l’abonnement',
    'Mauvaise taille reçue',
  ],
  es: [
    'Fecha de entrega del pedido',
    'Cambiar mi reserva',
    'Reclamación de garantía',
    'Cancelar suscripción',
    'Talla equivocada',
  ],
  pt: [
    'Prazo de entrega',
    'Alterar reserva',
    'Pedido de garantia',
    'Cancelar assinatura',
    'Tamanho errado',
  ],
  it: [
    'Data di consegna ordine',
    'Modifica prenotazione',
    'Richiesta garanzia',
    'Disdetta abbonamento',
    'Taglia sbagliata',
  ],
  nl: [
    'Levertijd bestelling',
    'Boeking wijzigen',
    'Garantieclaim',
    'Abonnement opzeggen',
    'Verkeerde maat',
  ],
}
const WRAP = [
  '[#{n}] Re: {s}',
  'Request received: {s}',
  'Re: {s} [ticket {n}]',
  '{s} (#{n})',
  'RE: {s}',
]

function answerFrom(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} Support <support@${c.stem}.zendesk.com>`
  if (roll === 2) return `${c.name} <help@${c.stem}.freshdesk.com>`
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
  const companies = pickCompanies(rng, 14, () => lang)
  const me = `${person.name} <${person.address}>`
  const count = rng.int(8, 12)
  for (let i = 0; i < count; i++) {
    const c = companies[i]!
    const s = `${rng.pick(ASKS[lang])} ${digits(rng, 5)}`
    const at = start + Math.floor((i * 55 * MINUTE) / count) + rng.int(0, 4) * MINUTE
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at,
        from: me,
        to: `support@${c.domain}`,
        subject: s,
        body: `${s}\n\n${person.first}`,
        sent: true,
      },
      { label: 'own', lang, source: 'own:sent' },
    )
    const text = composed(rng, lang, 'helpdesk')
    const values = { subject: s, name: person.first, company: c.name, ticket: digits(rng, 6) }
    put(
      part,
      {
        id: `${prefix}-ack-${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from: answerFrom(rng, c),
        to: person.address,
        subject: fill(rng.pick(WRAP), { s, n: values.ticket }),
        body: fill(text.body, values),
      },
      { label: 'own', lang, source: 'own:answer' },
    )
  }
  const signup = companies[12]!
  const [, vs, vb] = rng.pick(VERIFICATION[lang])
  const link = `https://${signup.domain}/verify/${token(rng)}`
  const v = { company: signup.name, name: person.first, link, code: digits(rng, 6) }
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + 3 * 60 * MINUTE,
      from: `${signup.name} <hello@${signup.domain}>`,
      to: person.address,
      subject: fill(vs, v),
      body: fill(vb, v),
    },
    { label: 'own', lang, source: 'own:signup' },
  )
  const letters = rng.int(2, 3)
  for (let i = 0; i < letters; i++) {
    const c = i === 0 ? companies[13]! : sisterOf(rng, companies[i]!)
    const [, ss, sb] = rng.pick(SUBSCRIPTION[lang])
    const vals = {
      company: c.name,
      name: person.first,
      link: `https://${c.domain}/optin/${token(rng)}`,
    }
    put(
      part,
      {
        id: `${prefix}-news-${i}`,
        at: start + (5 + i * 2) * 60 * MINUTE,
        from: `${c.name} <newsletter@${c.domain}>`,
        to: person.address,
        subject: fill(ss, vals),
        body: fill(sb, vals),
      },
      { label: 'own', lang, source: 'own:newsletter' },
    )
  }
  return part
}
