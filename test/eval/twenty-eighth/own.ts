// Bursts the person caused (g-own): 8-12 mails sent within an hour to companies' own addresses,
// each answered 1-10 minutes later from the company domain, its zendesk/freshdesk subdomain or a
// sister brand's helpdesk, the sent subject in a wrapper; one sign-up with no wave around it; two
// or three newsletters subscribed to that day. All labelled own.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf } from './companies.ts'
import type { Person } from './people.ts'
import { productsOf } from './products/index.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'

const TOPICS: Record<Lang, readonly string[]> = {
  en: [
    'Order {n} arrived damaged',
    'Change of address',
    'Question about my invoice {n}',
    'Cancel my membership',
    'Warranty for model {n}',
    'Opening hours on Sunday?',
  ],
  de: [
    'Bestellung {n} beschädigt',
    'Adressänderung',
    'Frage zur Rechnung {n}',
    'Kündigung Mitgliedschaft',
    'Garantie Modell {n}',
    'Öffnungszeiten am Sonntag?',
  ],
  fr: [
    'Commande {n} abîmée',
    'Changement d’adresse',
    'Question sur la facture {n}',
    'Résiliation de mon abonnement',
    'Garantie modèle {n}',
    'Ouvert le dimanche ?',
  ],
  es: [
    'Pedido {n} llegó dañado',
    'Cambio de dirección',
    'Duda sobre la factura {n}',
    'Baja de mi cuota',
    'Garantía del modelo {n}',
    '¿Abren el domingo?',
  ],
  pt: [
    'Encomenda {n} chegou danificada',
    'Alteração de morada',
    'Dúvida sobre a fatura {n}',
    'Cancelar a minha adesão',
    'Garantia do modelo {n}',
    'Abrem ao domingo?',
  ],
  it: [
    'Ordine {n} arrivato danneggiato',
    'Cambio di indirizzo',
    'Domanda sulla fattura {n}',
    'Disdetta iscrizione',
    'Garanzia modello {n}',
    'Aperti la domenica?',
  ],
  nl: [
    'Bestelling {n} beschadigd',
    'Adreswijziging',
    'Vraag over factuur {n}',
    'Lidmaatschap opzeggen',
    'Garantie model {n}',
    'Zondag open?',
  ],
}

const WRAP: Record<Lang, readonly string[]> = {
  en: ['Re: {s}', '[Ticket #{n}] {s}', 'We received your request: {s}'],
  de: ['AW: {s}', '[Ticket #{n}] {s}', 'Ihre Anfrage: {s}'],
  fr: ['RE : {s}', '[Ticket #{n}] {s}', 'Votre demande : {s}'],
  es: ['RE: {s}', '[Ticket #{n}] {s}', 'Su solicitud: {s}'],
  pt: ['RE: {s}', '[Ticket #{n}] {s}', 'O seu pedido: {s}'],
  it: ['R: {s}', '[Ticket #{n}] {s}', 'La sua richiesta: {s}'],
  nl: ['Re: {s}', '[Ticket #{n}] {s}', 'Uw vraag: {s}'],
}

const THANKS: Record<Lang, string> = {
  en: 'Thank you for your message, we will reply as soon as we can.',
  de: 'Danke für Ihre Nachricht, wir antworten so schnell wie möglich.',
  fr: 'Merci pour votre message, nous vous répondrons au plus vite.',
  es: 'Gracias por su mensaje, le responderemos lo antes posible.',
  pt: 'Obrigado pela sua mensagem, responderemos o mais breve possível.',
  it: 'Grazie per il messaggio, le risponderemo al più presto.',
  nl: 'Bedankt voor uw bericht, we antwoorden zo snel mogelijk.',
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const own = { label: 'own' as const, lang }
  const count = rng.int(8, 12)
  pickCompanies(rng, count, () => lang).forEach((c, i) => {
    const subject = fill(rng.pick(TOPICS[lang]), { n: numeric(rng, 6) })
    const sentAt = start + rng.int(0, 55) * MINUTE
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at: sentAt,
        name: person.name,
        address: person.address,
        subject,
        body: `${subject}\n\n${person.name}`,
        to: `info@${c.domain}`,
        sent: true,
      },
      { ...own, source: 'own:sent' },
    )
    const route = rng.int(0, 3)
    const host = [
      c.domain,
      `${c.stem}.zendesk.com`,
      `${c.stem}.freshdesk.com`,
      `${sisterOf(rng, c).stem}.zendesk.com`,
    ][route]!
    const n = numeric(rng, 5)
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: sentAt + rng.int(1, 10) * MINUTE,
        name: `${c.name} Support`,
        address: `support@${host}`,
        subject: fill(rng.pick(WRAP[lang]), { s: subject, n }),
        body: `${THANKS[lang]} #${n}\n\n> ${subject}`,
        to: person.address,
        outlook: rng.chance(0.4),
      },
      { ...own, source: `own:reply:${['domain', 'zendesk', 'freshdesk', 'sister'][route]}` },
    )
  })
  const signUp = pickCompanies(rng, 4, () => lang)
  const verify = rng.pick(productsOf('verification')).texts[lang]
  const vals = (c: (typeof signUp)[number]) => ({
    name: person.first,
    company: c.name,
    site: c.domain,
    code: numeric(rng, 6),
    email: person.address,
    link: `https://${c.domain}/${token(rng)}`,
  })
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + 3 * 60 * MINUTE,
      name: signUp[0]!.name,
      address: `noreply@${signUp[0]!.domain}`,
      subject: fill(verify.subject, vals(signUp[0]!)),
      body: fill(verify.body, vals(signUp[0]!)),
      to: person.address,
    },
    { ...own, source: 'own:signup' },
  )
  signUp.slice(1, 1 + rng.int(2, 3)).forEach((c, i) => {
    const t = rng.pick(productsOf('subscription')).texts[lang]
    put(
      part,
      {
        id: `${prefix}-news-${i}`,
        at: start + (5 + i * 2) * 60 * MINUTE,
        name: c.name,
        address: `news@${c.domain}`,
        subject: fill(t.subject, vals(c)),
        body: fill(t.body, vals(c)),
        to: person.address,
      },
      { ...own, source: 'own:newsletter' },
    )
  })
  return part
}
