// A burst the person caused: 8-12 mails sent to companies' own addresses within an hour, each
// answered 1-10 minutes later from the company domain, its hosted helpdesk or a sister brand's
// helpdesk with the sent subject in a wrapper; one sign-up and two or three newsletter sign-ups.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, split, token, type Part } from './records.ts'
import { chooseWording } from './wordings.ts'

const ASKED: Record<Lang, readonly string[]> = {
  en: [
    'Return for order {n}',
    'Warranty claim, kettle model {n}',
    'Change of address on account {n}',
    'Where is my refund? ({n})',
    'Cancel subscription {n}',
    'Wrong size delivered, order {n}',
  ],
  de: [
    'Rücksendung zu Bestellung {n}',
    'Garantiefall Wasserkocher {n}',
    'Adressänderung Kundenkonto {n}',
    'Wo bleibt meine Erstattung? ({n})',
    'Abo {n} kündigen',
    'Falsche Größe geliefert, Bestellung {n}',
  ],
  fr: [
    'Retour de la commande {n}',
    'Garantie bouilloire {n}',
    'Changement d’adresse compte {n}',
    'Où est mon remboursement ? ({n})',
    'Résilier l’abonnement {n}',
    'Mauvaise taille reçue, commande {n}',
  ],
  es: [
    'Devolución del pedido {n}',
    'Garantía hervidor {n}',
    'Cambio de dirección cuenta {n}',
    '¿Dónde está mi reembolso? ({n})',
    'Cancelar suscripción {n}',
    'Talla equivocada, pedido {n}',
  ],
  pt: [
    'Devolução da encomenda {n}',
    'Garantia chaleira {n}',
    'Mudança de morada conta {n}',
    'Onde está o reembolso? ({n})',
    'Cancelar subscrição {n}',
    'Tamanho errado, encomenda {n}',
  ],
  it: [
    'Reso ordine {n}',
    'Garanzia bollitore {n}',
    'Cambio indirizzo account {n}',
    'Dov’è il mio rimborso? ({n})',
    'Disdetta abbonamento {n}',
    'Taglia sbagliata, ordine {n}',
  ],
  nl: [
    'Retour bestelling {n}',
    'Garantie waterkoker {n}',
    'Adreswijziging account {n}',
    'Waar blijft mijn terugbetaling? ({n})',
    'Abonnement {n} opzeggen',
    'Verkeerde maat geleverd, bestelling {n}',
  ],
}

const WRAP: Record<Lang, readonly string[]> = {
  en: [
    'Re: {s}',
    '[{company}] Request received: {s}',
    '{s} [#{ref}]',
    'We have your message – {s}',
  ],
  de: [
    'AW: {s}',
    '[{company}] Anfrage erhalten: {s}',
    '{s} [#{ref}]',
    'Ihre Nachricht ist da – {s}',
  ],
  fr: ['RE: {s}', '[{company}] Demande reçue : {s}', '{s} [#{ref}]', 'Message bien reçu – {s}'],
  es: [
    'RE: {s}',
    '[{company}] Solicitud recibida: {s}',
    '{s} [#{ref}]',
    'Tenemos tu mensaje – {s}',
  ],
  pt: [
    'RE: {s}',
    '[{company}] Pedido recebido: {s}',
    '{s} [#{ref}]',
    'Recebemos a sua mensagem – {s}',
  ],
  it: ['R: {s}', '[{company}] Richiesta ricevuta: {s}', '{s} [#{ref}]', 'Messaggio ricevuto – {s}'],
  nl: ['Re: {s}', '[{company}] Verzoek ontvangen: {s}', '{s} [#{ref}]', 'Bericht ontvangen – {s}'],
}

function replyFrom(rng: Random, c: Company): string {
  const u = rng.int(0, 3)
  if (u === 0) return `${c.name} <support@${c.domain}>`
  if (u === 1) return `${c.name} <support@${c.stem}.zendesk.com>`
  if (u === 2) return `${c.name} Support <help@${c.stem}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${c.name} via ${sister.name} <care@${sister.stem}.zendesk.com>`
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const me = `${person.name} <${person.address}>`
  const companies = pickCompanies(rng, rng.int(8, 12) + 4, () => lang)
  const asked = companies.slice(0, -4)
  asked.forEach((c, i) => {
    const at = start + Math.floor((i / asked.length) * 55 * MINUTE) + rng.int(0, 90) * 1000
    const s = fill(rng.pick(ASKED[lang]), { n: numeric(rng, 6) })
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at,
        from: me,
        subject: s,
        body: `${s}\n\n${person.first}`,
        to: `support@${c.domain}`,
        sent: true,
      },
      { label: 'own', lang, source: 'own:sent' },
    )
    const ref = numeric(rng, 6)
    const subject = fill(rng.pick(WRAP[lang]), { s, company: c.name, ref })
    const body = fill(split(chooseWording(rng, 'helpdesk', lang, 'handwritten').text).body, {
      company: c.name,
      name: person.first,
      subj: s,
      ref,
      link: `https://${c.domain}/help/${token(rng, 12)}`,
      code: numeric(rng, 6),
    })
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from: replyFrom(rng, c),
        subject,
        body,
        to: person.address,
      },
      { label: 'own', lang, source: 'own:reply' },
    )
  })
  const rest = companies.slice(-4)
  const signups: { c: Company; family: 'verification' | 'subscription' }[] = [
    { c: rest[0]!, family: 'verification' },
    ...rest.slice(1, 1 + rng.int(2, 3)).map((c) => ({ c, family: 'subscription' as const })),
  ]
  signups.forEach(({ c, family }, i) => {
    const at = start + rng.int(2, 9) * 60 * MINUTE + rng.int(0, 59) * MINUTE
    const text = split(
      fill(chooseWording(rng, family, lang, 'handwritten').text, {
        company: c.name,
        name: person.first,
        subj: '',
        ref: numeric(rng, 6),
        code: numeric(rng, 6),
        link: `https://${c.domain}/confirm?t=${token(rng)}`,
      }),
    )
    const local = family === 'verification' ? 'welcome' : 'newsletter'
    put(
      part,
      {
        id: `${prefix}-signup-${i}`,
        at,
        from: `${c.name} <${local}@${c.domain}>`,
        subject: text.subject,
        body: text.body,
        to: person.address,
      },
      { label: 'own', lang, source: `own:${family === 'verification' ? 'signup' : 'newsletter'}` },
    )
  })
  return part
}
