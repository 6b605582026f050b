// Mail the person caused: within an hour they write to 8-12 companies' own addresses (a data
// request, a question), each acknowledged 1-10 minutes later from the company's domain, its
// zendesk.com or freshdesk.com tenant, or a sister brand's helpdesk, echoing the sent subject;
// days later one sign-up of their own, and 2-3 newsletters they subscribe to in one day.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import type { Person } from './people.ts'
import { productsOf } from './products/index.ts'
import { add, digits, emptyPart, hexToken, record, type Part } from './records.ts'

const SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Data access request (GDPR Art. 15)',
    'Please delete my account',
    'Question about my last invoice',
  ],
  de: ['Auskunftsersuchen nach Art. 15 DSGVO', 'Bitte Konto löschen', 'Frage zu meiner Rechnung'],
  fr: [
    "Demande d'accès à mes données (RGPD)",
    'Suppression de mon compte',
    'Question sur ma facture',
  ],
  es: ['Solicitud de acceso a mis datos (RGPD)', 'Eliminar mi cuenta', 'Duda sobre mi factura'],
  pt: ['Pedido de acesso aos meus dados (RGPD)', 'Eliminar a minha conta', 'Dúvida sobre a fatura'],
  it: [
    'Richiesta di accesso ai dati (GDPR)',
    'Cancellazione del mio account',
    'Domanda sulla fattura',
  ],
  nl: ['Inzageverzoek AVG', 'Verwijder mijn account', 'Vraag over mijn factuur'],
}

/** How the acknowledgement wraps the sent subject (company-written auto replies). */
const WRAPPERS: Record<Lang, readonly ((s: string, ref: string) => string)[]> = {
  en: [(s) => `Re: ${s}`, (s, r) => `[Request #${r}] ${s}`, (s) => `We got your message: ${s}`],
  de: [(s) => `AW: ${s}`, (s, r) => `[Anfrage #${r}] ${s}`, (s) => `Eingangsbestätigung: ${s}`],
  fr: [(s) => `RE: ${s}`, (s, r) => `[Demande #${r}] ${s}`, (s) => `Accusé de réception : ${s}`],
  es: [(s) => `RE: ${s}`, (s, r) => `[Solicitud #${r}] ${s}`, (s) => `Hemos recibido: ${s}`],
  pt: [(s) => `RE: ${s}`, (s, r) => `[Pedido #${r}] ${s}`, (s) => `Recebemos a sua mensagem: ${s}`],
  it: [(s) => `R: ${s}`, (s, r) => `[Richiesta #${r}] ${s}`, (s) => `Conferma di ricezione: ${s}`],
  nl: [(s) => `Re: ${s}`, (s, r) => `[Verzoek #${r}] ${s}`, (s) => `Ontvangstbevestiging: ${s}`],
}

const ACK_BODY: Record<Lang, string> = {
  en: 'Thank you for contacting us. We will reply within two working days.',
  de: 'Vielen Dank für Ihre Nachricht. Wir antworten innerhalb von zwei Werktagen.',
  fr: 'Merci de nous avoir contactés. Nous répondrons sous deux jours ouvrés.',
  es: 'Gracias por contactarnos. Responderemos en dos días laborables.',
  pt: 'Obrigado pelo seu contacto. Responderemos em dois dias úteis.',
  it: 'Grazie per averci contattato. Risponderemo entro due giorni lavorativi.',
  nl: 'Bedankt voor je bericht. We reageren binnen twee werkdagen.',
}

export interface OwnShape extends Part {
  start: number
  companies: number
  sent: number
}

function ackSender(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (roll === 2) return `${c.name} Support <support@${c.slug}.freshdesk.com>`
  const sister = sisterOf(c)
  return `${sister.name} <help@${sister.slug}.freshdesk.com>`
}

function ownLabel(lang: Lang, family: string, product?: string): MailLabel {
  return product ? { label: 'own', lang, family, product } : { label: 'own', lang, family }
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const part = emptyPart()
  const companies = pickCompanies(rng, [lang], rng.int(8, 12))
  companies.forEach((c, i) => {
    const sentAt = start + Math.floor((i * 55 * MINUTE) / companies.length) + rng.int(0, 4) * MINUTE
    const subject = rng.pick(SUBJECTS[lang])
    const to = `${rng.pick(['privacy', 'support', 'contact', 'info'])}@${c.domain}`
    const body = `${subject}.\n\n${person.name}`
    add(
      part,
      record(
        `${prefix}-sent-${i}`,
        sentAt,
        `${person.name} <${person.address}>`,
        subject,
        body,
        to,
        'sent',
      ),
      ownLabel(lang, 'sent'),
    )
    const ref = digits(rng, 6)
    const ackSubject = rng.pick(WRAPPERS[lang])(subject, ref)
    const ackAt = sentAt + rng.int(1, 10) * MINUTE
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        ackAt,
        ackSender(rng, c),
        ackSubject,
        `${ACK_BODY[lang]}\n\n> ${subject}`,
        person.address,
      ),
      ownLabel(lang, 'acknowledgement'),
    )
  })
  ownSignups(rng, lang, person, start, prefix, part)
  return { ...part, start, companies: companies.length, sent: companies.length }
}

/** One sign-up two days later, and 2-3 newsletters the person subscribes to on the fourth day. */
function ownSignups(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
  part: Part,
): void {
  const [signupCo, ...newsCos] = pickCompanies(rng, [lang], 4)
  const fill = (c: Company) => ({
    company: c.name,
    domain: c.domain,
    name: person.first,
    field: '',
    email: person.address,
    ref: digits(rng, 5),
    code: digits(rng, 6),
    token: hexToken(rng),
  })
  const verifier = rng.pick(productsOf('verification'))
  const signup = verifier.texts[lang](fill(signupCo!))
  const at = start + 2 * DAY + rng.int(1, 8) * HOUR
  add(
    part,
    record(
      `${prefix}-signup`,
      at,
      `${signupCo!.name} <no-reply@${signupCo!.domain}>`,
      signup.subject,
      signup.body,
      person.address,
    ),
    ownLabel(lang, 'verification', verifier.product),
  )
  const count = rng.int(2, 3)
  for (let i = 0; i < count; i++) {
    const c = newsCos[i]!
    const p = rng.pick(productsOf('subscription'))
    const mail = p.texts[lang](fill(c))
    const when = start + 4 * DAY + (9 + i * rng.int(2, 4)) * HOUR
    add(
      part,
      record(
        `${prefix}-news-${i}`,
        when,
        `${c.name} <newsletter@${c.domain}>`,
        mail.subject,
        mail.body,
        person.address,
      ),
      ownLabel(lang, 'subscription', p.product),
    )
  }
}
