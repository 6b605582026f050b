// Bursts the person caused (g-own): 8-12 mails the person sent to companies within an hour, each
// answered 1-10 minutes later from the company's domain, its hosted helpdesk
// (<company>.zendesk.com, <company>.freshdesk.com) or a sister brand's helpdesk, with the sent
// subject in a wrapper; one sign-up with no wave around it; two or three newsletters subscribed to.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf } from './companies.ts'
import { SENT_SUBJECTS } from './look-values.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'
import { renderVoice, voiceFor } from './wording.ts'

const TOPICS: Record<Lang, readonly string[]> = {
  en: [
    'Can I change my delivery slot?',
    'Refund for booking 7731',
    'Wheelchair access at the venue',
    'Question about the Year 7 uniform list',
  ],
  de: [
    'Lieferzeitfenster ändern?',
    'Erstattung für Buchung 7731',
    'Barrierefreier Zugang zur Halle',
    'Frage zur Materialliste Klasse 5',
  ],
  fr: [
    'Puis-je changer mon créneau de livraison ?',
    'Remboursement réservation 7731',
    'Accès PMR à la salle',
    'Question sur la liste de fournitures',
  ],
  es: [
    '¿Puedo cambiar la franja de entrega?',
    'Reembolso de la reserva 7731',
    'Acceso para silla de ruedas',
    'Duda sobre la lista de material',
  ],
  pt: [
    'Posso mudar o horário de entrega?',
    'Reembolso da reserva 7731',
    'Acessibilidade na sala',
    'Dúvida sobre a lista de material escolar',
  ],
  it: [
    'Posso cambiare la fascia di consegna?',
    'Rimborso prenotazione 7731',
    'Accesso disabili alla sala',
    'Domanda sulla lista del materiale',
  ],
  nl: [
    'Kan ik mijn bezorgmoment wijzigen?',
    'Terugbetaling boeking 7731',
    'Rolstoeltoegankelijkheid zaal',
    'Vraag over de materiaallijst',
  ],
}

const WRAP: Record<Lang, readonly string[]> = {
  en: ['Re: {s}', '[#{r}] {s}', 'We’ve received your request: {s}', 'Ticket {r} – {s}'],
  de: ['AW: {s}', '[#{r}] {s}', 'Ihre Anfrage ist eingegangen: {s}', 'Ticket {r} – {s}'],
  fr: ['RE : {s}', '[#{r}] {s}', 'Nous avons reçu votre demande : {s}', 'Ticket {r} – {s}'],
  es: ['RE: {s}', '[#{r}] {s}', 'Hemos recibido tu solicitud: {s}', 'Ticket {r} – {s}'],
  pt: ['RE: {s}', '[#{r}] {s}', 'Recebemos o seu pedido: {s}', 'Ticket {r} – {s}'],
  it: ['R: {s}', '[#{r}] {s}', 'Abbiamo ricevuto la tua richiesta: {s}', 'Ticket {r} – {s}'],
  nl: ['Re: {s}', '[#{r}] {s}', 'We hebben je vraag ontvangen: {s}', 'Ticket {r} – {s}'],
}

const ANSWER: Record<Lang, string> = {
  en: 'Thanks for contacting us. A member of the team will reply shortly.\n\n> {s}',
  de: 'Danke für Ihre Nachricht. Jemand aus dem Team antwortet in Kürze.\n\n> {s}',
  fr: 'Merci pour votre message. Un membre de l’équipe vous répond rapidement.\n\n> {s}',
  es: 'Gracias por escribirnos. Alguien del equipo te responderá pronto.\n\n> {s}',
  pt: 'Obrigado pelo contacto. Alguém da equipa responde em breve.\n\n> {s}',
  it: 'Grazie per averci scritto. Qualcuno del team risponderà a breve.\n\n> {s}',
  nl: 'Bedankt voor je bericht. Iemand van het team reageert snel.\n\n> {s}',
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const companies = pickCompanies(rng, rng.int(8, 12) + 4, () => lang)
  const burst = companies.slice(0, companies.length - 4)
  burst.forEach((c, i) => {
    const at = start + rng.int(0, 55) * MINUTE
    const s = rng.pick([...TOPICS[lang], ...SENT_SUBJECTS[lang]])
    const address = `${rng.pick(['info', 'contact', 'kundenservice', 'help'])}@${c.domain}`
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at,
        from: `${person.name} <${person.address}>`,
        to: address,
        subject: s,
        body: `${s}\n\n${person.first}`,
        sent: true,
      },
      { label: 'own', lang, source: 'g-own:sent' },
    )
    const r = String(rng.int(10_000, 99_999))
    const how = i % 4
    const sister = sisterOf(rng, c)
    const from =
      how === 0
        ? `${c.display} <${address}>`
        : how === 1
          ? `${c.display} <support@${c.stem}.zendesk.com>`
          : how === 2
            ? `${c.display} Support <help@${c.stem}.freshdesk.com>`
            : `${sister.display} <support@${sister.stem}.zendesk.com>`
    const subject = rng.pick(WRAP[lang]).replace('{s}', s).replace('{r}', r)
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from,
        to: person.address,
        subject,
        body: ANSWER[lang].replace('{s}', s),
      },
      { label: 'own', lang, source: 'g-own:reply' },
    )
  })
  const [signup, ...letters] = companies.slice(-4)
  const later = start + rng.int(3, 6) * 60 * MINUTE
  const v = voiceFor(rng, signup!, 'verification', 0)
  const text = renderVoice(rng, v, person.first, person.address, later)
  put(
    part,
    { id: `${prefix}-signup`, at: later, from: v.from, to: person.address, ...text },
    { label: 'own', lang, source: 'g-own:signup' },
  )
  letters.slice(0, rng.int(2, 3)).forEach((c, i) => {
    const at = later + rng.int(10, 120) * MINUTE
    const voice = voiceFor(rng, c, 'subscription', 0)
    put(
      part,
      {
        id: `${prefix}-letter-${i}`,
        at,
        from: voice.from,
        to: person.address,
        ...renderVoice(rng, voice, person.first, person.address, at),
      },
      { label: 'own', lang, source: 'g-own:newsletter' },
    )
  })
  return part
}
