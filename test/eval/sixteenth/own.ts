// Mail the person caused: they write to 8–12 companies' own addresses within an hour and each
// answers 1–10 minutes later (from its domain, its zendesk/freshdesk subdomain or a sister
// brand's helpdesk) echoing the subject; one sign-up of their own; and 2–3 newsletters they
// subscribe to in a day. All labelled `own`. Written for this set.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { HOUR, MINUTE, put, type Part } from './records.ts'
import { fill } from './texts/text.ts'
import { HANDWRITTEN } from './wording.ts'

const SENT: Record<Lang, readonly string[]> = {
  en: ['Data deletion request', 'Subject access request (GDPR Art. 15)', 'Cancel my membership'],
  de: [
    'Auskunftsersuchen nach Art. 15 DSGVO',
    'Löschung meiner Daten',
    'Kündigung meines Vertrags',
  ],
  fr: [
    'Demande de suppression de mes données',
    "Droit d'accès RGPD",
    'Résiliation de mon abonnement',
  ],
  es: ['Solicitud de supresión de datos', 'Derecho de acceso RGPD', 'Baja de mi cuenta'],
  pt: ['Pedido de eliminação de dados', 'Direito de acesso RGPD', 'Cancelamento da assinatura'],
  it: ['Richiesta di cancellazione dei dati', 'Diritto di accesso GDPR', 'Disdetta abbonamento'],
  nl: ['Verzoek tot verwijdering van gegevens', 'Inzageverzoek AVG', 'Opzegging lidmaatschap'],
}

const WRAPPERS = ['Re: {s}', '[#{r}] {s}', '{s} [Ticket {r}]', 'Your request: {s}', '{s}']
const LOCALS = ['privacy', 'support', 'contact', 'dpo', 'service']

function ackFrom(rng: Random, c: Company): string {
  const u = rng.next()
  if (u < 0.4) return `${c.name} <${rng.pick(LOCALS)}@${c.domain}>`
  if (u < 0.6) return `${c.name} Support <support@${c.slug}.zendesk.com>`
  if (u < 0.8) return `${c.name} <support@${c.slug}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} Support <help@${sister.slug}.freshdesk.com>`
}

export function ownBurst(rng: Random, part: Part, lang: Lang, start: number, prefix: string): void {
  const companies = pickCompanies(rng, [lang], rng.int(8, 12))
  const subject = rng.pick(SENT[lang])
  const acks = HANDWRITTEN.ack.filter((t) => t.lang === lang)
  companies.forEach((c, i) => {
    const sentAt = start + Math.floor(rng.next() * HOUR)
    const to = `${rng.pick(LOCALS)}@${c.domain}`
    const body = `${subject}\n\n(own request, written by the person)`
    put(
      part,
      `${prefix}-sent-${i}`,
      { at: sentAt, from: 'me', to, subject, body, folder: 'sent' },
      { label: 'own', lang },
    )
    const r = String(rng.int(10_000, 99_999))
    const echoed = rng.pick(WRAPPERS).replace('{s}', subject).replace('{r}', r)
    const slots = { c: c.name, p: subject, r, k: '', u: `https://${c.domain}/` }
    const text = fill(rng.pick(acks).body, slots)
    const at = sentAt + rng.int(1, 10) * MINUTE
    put(
      part,
      `${prefix}-ack-${i}`,
      { at, from: ackFrom(rng, c), subject: echoed, body: text },
      { label: 'own', lang, family: 'ack' },
    )
  })
}

/** One sign-up the person made, alone, and 2–3 newsletters they joined over a day. */
export function ownSignups(
  rng: Random,
  part: Part,
  lang: Lang,
  start: number,
  prefix: string,
): void {
  const [shop, ...lists] = pickCompanies(rng, [lang], 4)
  const verify = rng.pick(HANDWRITTEN.verify.filter((t) => t.lang === lang))
  const slots = (c: Company) => ({
    c: c.name,
    p: 'Kim',
    r: '',
    k: String(rng.int(100_000, 999_999)),
    u: `https://${c.domain}/confirm`,
  })
  const from = (c: Company) => `${c.name} <no-reply@${c.domain}>`
  put(
    part,
    `${prefix}-signup`,
    {
      at: start,
      from: from(shop!),
      subject: fill(verify.subject, slots(shop!)),
      body: fill(verify.body, slots(shop!)),
    },
    { label: 'own', lang, family: 'verify' },
  )
  const subs = HANDWRITTEN.subscribe.filter((t) => t.lang === lang)
  lists.slice(0, rng.int(2, 3)).forEach((c, i) => {
    const t = rng.pick(subs)
    const at = start + rng.int(2, 20) * HOUR
    put(
      part,
      `${prefix}-news-${i}`,
      { at, from: from(c), subject: fill(t.subject, slots(c)), body: fill(t.body, slots(c)) },
      { label: 'own', lang, family: 'subscribe' },
    )
  })
}
