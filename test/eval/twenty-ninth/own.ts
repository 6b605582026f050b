// A burst the person caused (g-own): 8-12 mails the person sent to companies' own addresses
// within an hour, each answered 1-10 minutes later from the company domain, its hosted helpdesk
// (<company>.zendesk.com / <company>.freshdesk.com) or a sister brand's helpdesk, the sent
// subject in a wrapper; one sign-up with no wave around it; two or three newsletters
// subscribed to that day. Everything labelled own.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { fillText, slots } from './look/index.ts'
import { CONFIRM } from './look/invite.ts'
import type { Person } from './people.ts'
import { digits, emptyPart, fill, put, type Part } from './records.ts'
import { handText } from './wording/index.ts'

const ASKS: Record<Lang, readonly string[]> = {
  en: [
    'Order {n} arrived damaged',
    'Can I change my delivery address?',
    'Question about warranty',
    'Cancel my subscription please',
    'Missing item in order {n}',
    'Invoice needed for order {n}',
  ],
  de: [
    'Bestellung {n} beschädigt angekommen',
    'Lieferadresse ändern?',
    'Frage zur Garantie',
    'Bitte Abo kündigen',
    'Artikel fehlt in Bestellung {n}',
    'Rechnung zu Bestellung {n}',
  ],
  fr: [
    'Commande {n} arrivée abîmée',
    'Changer mon adresse de livraison ?',
    'Question sur la garantie',
    'Résiliation de mon abonnement',
    'Article manquant commande {n}',
    'Facture pour la commande {n}',
  ],
  es: [
    'Pedido {n} llegó dañado',
    '¿Puedo cambiar la dirección de entrega?',
    'Pregunta sobre la garantía',
    'Cancelar mi suscripción',
    'Falta un artículo del pedido {n}',
    'Factura del pedido {n}',
  ],
  pt: [
    'Encomenda {n} chegou danificada',
    'Posso mudar o endereço de entrega?',
    'Dúvida sobre a garantia',
    'Cancelar a minha assinatura',
    'Falta um item no pedido {n}',
    'Fatura da encomenda {n}',
  ],
  it: [
    'Ordine {n} arrivato danneggiato',
    'Posso cambiare l’indirizzo di consegna?',
    'Domanda sulla garanzia',
    'Disdetta abbonamento',
    'Manca un articolo nell’ordine {n}',
    'Fattura per l’ordine {n}',
  ],
  nl: [
    'Bestelling {n} beschadigd aangekomen',
    'Kan ik mijn bezorgadres wijzigen?',
    'Vraag over garantie',
    'Abonnement opzeggen graag',
    'Artikel ontbreekt in bestelling {n}',
    'Factuur voor bestelling {n}',
  ],
}

const WRAPPERS = [
  '[{c}] Re: {s}',
  'Re: {s} [#{ref}]',
  'Request received: {s}',
  '{s} (ticket {ref})',
  'Your message "{s}" - {c}',
]

function replyRow(rng: Random, c: Company): string {
  const u = rng.next()
  if (u < 0.35) return `${c.name} <support@${c.domain}>`
  if (u < 0.55) return `${c.name} <support@${c.stem}.zendesk.com>`
  if (u < 0.75) return `${c.name} Support <help@${c.stem}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} Help <support@${sister.stem}.zendesk.com>`
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
  const own = { label: 'own' as const, lang }
  companies.slice(0, -4).forEach((c, i) => {
    const at = start + rng.int(0, 58) * MINUTE
    const subject = fill(rng.pick(ASKS[lang]), { n: digits(rng, 7) })
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at,
        from: me,
        subject,
        body: `${subject}\n\n${person.first} ${person.last}`,
        to: `${rng.pick(['support', 'hello', 'service'])}@${c.domain}`,
        sent: true,
      },
      { ...own, source: 'own:sent' },
    )
    const wrapped = fill(rng.pick(WRAPPERS), { c: c.name, s: subject, ref: digits(rng, 6) })
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from: replyRow(rng, c),
        subject: wrapped,
        body: `${wrapped}\n\n> ${subject}`,
        to: person.address,
      },
      { ...own, source: 'own:reply' },
    )
  })
  const [signup, ...letters] = companies.slice(-4)
  const text = handText(rng, 'verification', lang)
  const values = {
    c: signup!.name,
    p: person.first,
    link: `https://${signup!.domain}/verify/${digits(rng, 12)}`,
    code: digits(rng, 6),
    ref: '',
  }
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + rng.int(70, 180) * MINUTE,
      from: `${signup!.name} <no-reply@${signup!.domain}>`,
      subject: fill(text.subject, values),
      body: fill(text.body, values),
      to: person.address,
    },
    { ...own, source: 'own:signup' },
  )
  letters.slice(0, rng.int(2, 3)).forEach((c, i) => {
    const filled = fillText(
      CONFIRM[lang][i % CONFIRM[lang].length]!,
      slots(rng, lang, c.stem, person, start, { b: c.name }),
    )
    put(
      part,
      {
        id: `${prefix}-letter-${i}`,
        at: start + rng.int(200, 600) * MINUTE,
        from: `${c.name} <news@${c.domain}>`,
        subject: filled.subject,
        body: filled.body,
        to: person.address,
      },
      { ...own, source: 'own:newsletter' },
    )
  })
  return part
}
