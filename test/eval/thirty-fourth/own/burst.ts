// The person's own burst (g-own): 8-12 mails sent to companies' own addresses within an hour,
// each answered 1-10 minutes later from the company domain, its hosted helpdesk or a sister
// brand's helpdesk with the sent subject in a wrapper; one sign-up; two or three newsletters.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../../nineteenth/records.ts'
import { HOUR, MINUTE } from '../clock.ts'
import { company, LOOK_STEMS, sisterOf, STEMS } from '../companies.ts'
import type { Person } from '../people.ts'
import { composed } from '../wording/index.ts'

const QUESTIONS: Record<Lang, readonly string[]> = {
  en: [
    'Where is my refund?',
    'Change of delivery address',
    'Warranty for my kettle',
    'Cancel my subscription',
    'Invoice with VAT number',
  ],
  de: [
    'Wo bleibt meine Erstattung?',
    'Lieferadresse ändern',
    'Garantie für meinen Wasserkocher',
    'Abo kündigen',
    'Rechnung mit USt-ID',
  ],
  fr: [
    'Où en est mon remboursement ?',
    'Changement d’adresse de livraison',
    'Garantie de ma bouilloire',
    'Résilier mon abonnement',
    'Facture avec numéro de TVA',
  ],
  es: [
    '¿Dónde está mi reembolso?',
    'Cambio de dirección de entrega',
    'Garantía de mi hervidor',
    'Cancelar mi suscripción',
    'Factura con NIF',
  ],
  pt: [
    'Cadê meu reembolso?',
    'Mudança de endereço de entrega',
    'Garantia da minha chaleira',
    'Cancelar minha assinatura',
    'Nota fiscal com CPF',
  ],
  it: [
    'Dov’è il mio rimborso?',
    'Cambio indirizzo di consegna',
    'Garanzia del bollitore',
    'Disdire l’abbonamento',
    'Fattura con partita IVA',
  ],
  nl: [
    'Waar blijft mijn terugbetaling?',
    'Afleveradres wijzigen',
    'Garantie op mijn waterkoker',
    'Abonnement opzeggen',
    'Factuur met btw-nummer',
  ],
}

const WRAP: Record<Lang, readonly string[]> = {
  en: ['Re: {s}', '[#{n}] {s}', 'Re: [{company}] {s}'],
  de: ['AW: {s}', '[#{n}] {s}', 'Ihre Anfrage: {s}'],
  fr: ['RE : {s}', '[#{n}] {s}', 'Votre demande : {s}'],
  es: ['RE: {s}', '[#{n}] {s}', 'Tu consulta: {s}'],
  pt: ['RE: {s}', '[#{n}] {s}', 'Sua solicitação: {s}'],
  it: ['R: {s}', '[#{n}] {s}', 'La tua richiesta: {s}'],
  nl: ['Re: {s}', '[#{n}] {s}', 'Je vraag: {s}'],
}

export function ownBurst(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const me = `${person.first} ${person.last} <${person.address}>`
  const stems = rng.shuffle(STEMS)
  for (let i = 0; i < rng.int(8, 12); i++) {
    const c = company(rng, stems[i]!, lang)
    const s = rng.pick(QUESTIONS[lang])
    const at = start + rng.int(0, 55) * MINUTE
    put(
      part,
      {
        id: `${prefix}-s${i}`,
        at,
        from: me,
        subject: s,
        body: `${s}\n${person.first}`,
        to: `service@${c.domain}`,
        sent: true,
      },
      { label: 'own', lang, source: 'own:burst:sent' },
    )
    const roll = rng.next()
    const from =
      roll < 0.35
        ? `${c.name} <service@${c.domain}>`
        : roll < 0.6
          ? `${c.name} <support@${c.stem}.zendesk.com>`
          : roll < 0.85
            ? `${c.name} Support <support@${c.stem}.freshdesk.com>`
            : `${c.name} <help@${sisterOf(rng, c, STEMS).stem}.zendesk.com>`
    const n = numeric(rng, 6)
    const body = composed(rng, 'helpdesk', lang)
    const values = {
      s,
      n,
      company: c.name,
      name: person.first,
      payload: s,
      ticket: n,
      link: '',
      code: '',
    }
    put(
      part,
      {
        id: `${prefix}-r${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from,
        subject: fill(rng.pick(WRAP[lang]), values),
        body: fill(body.body, values),
        to: person.address,
      },
      { label: 'own', lang, source: 'own:burst:reply' },
    )
  }
  const extra: [string, 'verification' | 'subscription'][] = [
    ['signup', 'verification'],
    ...Array.from(
      { length: rng.int(2, 3) },
      () => ['newsletter', 'subscription'] as [string, 'subscription'],
    ),
  ]
  extra.forEach(([kind, family], i) => {
    const c = company(rng, LOOK_STEMS[(i * 5 + start) % LOOK_STEMS.length]!, lang)
    const t = composed(rng, family, lang)
    const values = {
      company: c.name,
      name: person.first,
      link: `https://${c.domain}/c/${token(rng, 20)}`,
      code: numeric(rng, 6),
      payload: '',
      ticket: '',
    }
    put(
      part,
      {
        id: `${prefix}-${kind}${i}`,
        at: start + rng.int(1, 3) * HOUR + i * 7 * MINUTE,
        from: `${c.name} <hello@${c.domain}>`,
        subject: fill(t.subject, values),
        body: fill(t.body, values),
        to: person.address,
      },
      { label: 'own', lang, source: `own:${kind}` },
    )
  })
  return part
}
