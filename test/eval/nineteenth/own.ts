// Mail the person caused (label own): writing to 8-12 companies within an hour, each answering
// 1-10 minutes later (own domain, company.zendesk.com, company.freshdesk.com or a sister
// brand's helpdesk) with the sent subject in some wrapper; one sign-up with no wave around it;
// and two or three newsletters subscribed to in one day.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { chooseWording } from './inhouse/index.ts'
import type { Family, Wording } from './inhouse/types.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'

const SENT: Record<Lang, readonly string[]> = {
  en: [
    'Request to delete my personal data',
    'Question about my last invoice',
    'Cancel my membership please',
    'Access request under GDPR art. 15',
  ],
  de: [
    'Auskunftsersuchen nach Art. 15 DSGVO',
    'Kündigung meines Vertrags',
    'Frage zur Rechnung vom 3.',
    'Löschung meiner Daten',
  ],
  fr: [
    'Demande de suppression de mes données',
    'Question sur ma facture',
    'Résiliation de mon abonnement',
    'Droit d’accès RGPD',
  ],
  es: [
    'Solicitud de supresión de datos',
    'Duda sobre mi factura',
    'Baja del servicio',
    'Derecho de acceso RGPD',
  ],
  pt: [
    'Pedido de eliminação de dados',
    'Dúvida sobre a fatura',
    'Cancelamento da assinatura',
    'Direito de acesso RGPD',
  ],
  it: [
    'Richiesta di cancellazione dei dati',
    'Domanda sulla fattura',
    'Disdetta abbonamento',
    'Diritto di accesso GDPR',
  ],
  nl: [
    'Verzoek tot verwijdering van mijn gegevens',
    'Vraag over mijn factuur',
    'Opzegging abonnement',
    'Inzageverzoek AVG',
  ],
}

const WRAPS = [
  'Re: {s}',
  '[#{ref}] {s}',
  'Request received: {s}',
  '{s} [ref:{ref}]',
  'AW: {s}',
  '{s}',
]

function ackFrom(rng: Random, c: Company): string {
  const r = rng.next()
  if (r < 0.35) return `${c.name} <${rng.pick(['support', 'privacy', 'service'])}@${c.domain}>`
  if (r < 0.6) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (r < 0.85) return `${c.name} <help@${c.slug}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} Care <care@${sister.slug}.freshdesk.com>`
}

function own(lang: Lang, family: Family, extra: Partial<MailLabel> = {}): MailLabel {
  return { label: 'own', lang, family, product: 'own', source: 'own', ...extra }
}

function fillWording(
  w: Wording,
  c: Company,
  person: Person,
  echo: string,
  rng: Random,
): { subject: string; body: string } {
  const values = {
    company: c.name,
    name: person.first,
    echo,
    ref: numeric(rng, 6),
    code: numeric(rng, 6),
    email: person.address,
    link: `https://${c.domain}/c/${token(rng)}`,
  }
  return { subject: fill(w.subject, values), body: fill(w.body, values) }
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const companies = pickCompanies(rng, rng.int(8, 12), () => lang)
  companies.forEach((c, i) => {
    const sentAt = start + Math.floor(rng.next() * 55 * MINUTE)
    const subject = rng.pick(SENT[lang])
    const to = `${rng.pick(['privacy', 'support', 'contact', 'dpo'])}@${c.domain}`
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at: sentAt,
        from: `${person.first} ${person.last} <${person.address}>`,
        subject,
        body: `${subject}.\n\n${person.first} ${person.last}`,
        to,
        sent: true,
      },
      own(lang, 'helpdesk'),
    )
    const w = chooseWording(rng, 'helpdesk', lang, new Set()).wording
    const text = fillWording(w, c, person, subject, rng)
    const wrapped = fill(rng.pick(WRAPS), { s: subject, ref: numeric(rng, 6) })
    put(
      part,
      {
        id: `${prefix}-ack-${i}`,
        at: sentAt + rng.int(1, 10) * MINUTE,
        from: ackFrom(rng, c),
        subject: wrapped,
        body: text.body,
        to: person.address,
      },
      own(lang, 'helpdesk'),
    )
  })
  const later = start + rng.int(5, 9) * HOUR
  const [signup, ...letters] = pickCompanies(rng, rng.int(3, 4), () => lang)
  const v = fillWording(
    chooseWording(rng, 'verification', lang, new Set()).wording,
    signup!,
    person,
    '',
    rng,
  )
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: later,
      from: `${signup!.name} <no-reply@${signup!.domain}>`,
      subject: v.subject,
      body: v.body,
      to: person.address,
    },
    own(lang, 'verification'),
  )
  letters.forEach((c, i) => {
    const s = fillWording(
      chooseWording(rng, 'subscription', lang, new Set()).wording,
      c,
      person,
      '',
      rng,
    )
    put(
      part,
      {
        id: `${prefix}-newsletter-${i}`,
        at: later + rng.int(1, 10) * HOUR,
        from: `${c.name} <news@${c.domain}>`,
        subject: s.subject,
        body: s.body,
        to: person.address,
      },
      own(lang, 'subscription'),
    )
  })
  return part
}
