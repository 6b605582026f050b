// Synthetic renders of the real helpdesk templates (test/corpus/real/templates, docs/signals.md
// 1-3) with the reported wave payloads (test/corpus/real/reported). Reported separately from real
// mail: these are renders, not captures.

export type Rng = () => number

/** Deterministic PRNG (mulberry32), so every split is the same on every machine. */
export function rng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export const pick = <T>(random: Rng, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!

export interface Rendered {
  subject: string
  snippet: string
  from: string
}

export type Renderer = (brand: Brand, payload: string, ticket: number) => Rendered

export interface Brand {
  name: string
  /** Hosted helpdesk subdomain or the brand's own domain. */
  host: string
}

const ZD_DELIMITER: Record<string, string> = {
  en: '##- Please type your reply above this line -##',
  de: '##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein. -##',
  fr: '##- Veuillez saisir votre réponse au-dessus de cette ligne -##',
  es: '##- Por favor, escriba su respuesta por encima de esta línea -##',
}
const ZD_BODY = (ticket: number) =>
  `Your request (${ticket}) has been received and is being reviewed by our support staff.`

/** Which product, language and family of templates a renderer uses (for leave-one-out runs). */
export interface RendererTag {
  platform: 'zendesk' | 'freshdesk' | 'osticket' | 'zammad' | 'otrs'
  language: 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt'
  family: 'ack' | 'verification'
}

/** Tags of RELAY_RENDERERS, index by index. */
export const RENDERER_TAGS: readonly RendererTag[] = [
  { platform: 'zendesk', language: 'en', family: 'ack' },
  { platform: 'zendesk', language: 'en', family: 'ack' },
  { platform: 'zendesk', language: 'en', family: 'ack' },
  { platform: 'zendesk', language: 'de', family: 'ack' },
  { platform: 'zendesk', language: 'fr', family: 'ack' },
  { platform: 'zendesk', language: 'es', family: 'ack' },
  { platform: 'freshdesk', language: 'en', family: 'ack' },
  { platform: 'osticket', language: 'en', family: 'ack' },
  { platform: 'osticket', language: 'it', family: 'ack' },
  { platform: 'osticket', language: 'pt', family: 'ack' },
  { platform: 'zammad', language: 'en', family: 'ack' },
  { platform: 'otrs', language: 'en', family: 'ack' },
  { platform: 'freshdesk', language: 'en', family: 'verification' },
]

export const RELAY_RENDERERS: readonly Renderer[] = [
  (b, p, t) => ({
    subject: `[Request received] ${p}`,
    snippet: `${ZD_DELIMITER.en} ${ZD_BODY(t)}`,
    from: `${b.name} <support@${b.host}>`,
  }),
  (b, p, t) => ({
    subject: `Request received: ${p}`,
    snippet: ZD_BODY(t),
    from: `${b.name} Support <support@${b.host}>`,
  }),
  (b, p, t) => ({
    subject: `[${b.name}] Request received: ${p}`,
    snippet: `Your request (#${t}) has been received and is being reviewed by our support staff.`,
    from: `${b.name} <help@${b.host}>`,
  }),
  (b, p) => ({
    subject: `[Request received] ${p}`,
    snippet: `${ZD_DELIMITER.de} Ihre Anfrage wurde erhalten.`,
    from: `${b.name} <support@${b.host}>`,
  }),
  (b, p) => ({
    subject: `[Request received] ${p}`,
    snippet: `${ZD_DELIMITER.fr} Votre demande a bien été reçue.`,
    from: `${b.name} <support@${b.host}>`,
  }),
  (b, p) => ({
    subject: `[Request received] ${p}`,
    snippet: `${ZD_DELIMITER.es} Hemos recibido su solicitud.`,
    from: `${b.name} <soporte@${b.host}>`,
  }),
  (b, p) => ({
    subject: `Ticket Received - ${p}`,
    snippet:
      'Dear user, We would like to acknowledge that we have received your request and a ticket has been created.',
    from: `${b.name} <support@${b.host}>`,
  }),
  (b, _p, t) => ({
    subject: `Support Ticket Opened [#${t}]`,
    snippet: `A request for support has been created and assigned #${t}. A representative will follow-up with you as soon as possible.`,
    from: `${b.name} <support@${b.host}>`,
  }),
  (b, _p, t) => ({
    subject: `Ticket di supporto aperto [#${t}]`,
    snippet: `Una richiesta di supporto è stata creata e assegnata #${t}.`,
    from: `${b.name} <assistenza@${b.host}>`,
  }),
  (b, _p, t) => ({
    subject: `Ticket de Suporte Aberto [#${t}]`,
    snippet: `Uma requisição de suporte foi criada com o número #${t}.`,
    from: `${b.name} <suporte@${b.host}>`,
  }),
  (b, p, t) => ({
    subject: `Thanks for your inquiry (${p})`,
    snippet: `Your request (Ticket#${t}) has been received and will be reviewed by our support staff.`,
    from: `${b.name} <support@${b.host}>`,
  }),
  (b, p, t) => ({
    subject: `[Ticket#2026${t}] RE: ${p}`,
    snippet: 'Thanks for your email. A new ticket has been created.',
    from: `${b.name} <service@${b.host}>`,
  }),
  (b) => ({
    subject: 'Activate your account',
    snippet: `A new ${b.name} account has been created for you. Click the url below to activate your account and select a password!`,
    from: `${b.name} <support@${b.host}>`,
  }),
]

/** A genuine ticket's acknowledgement and later notices, as the user's own ticket would get. */
export function genuineTicket(brand: Brand, ticket: number, title: string): Rendered[] {
  const from = `${brand.name} Support <support@${brand.host}>`
  return [
    {
      subject: `[${brand.name}] Request received: ${title}`,
      snippet: `${ZD_DELIMITER.en} ${ZD_BODY(ticket)}`,
      from,
    },
    {
      subject: `[${brand.name}] Re: ${title}`,
      snippet: `${ZD_DELIMITER.en} Your request (${ticket}) has been updated. Hi, thanks for reaching out, I looked into it…`,
      from: `Alex Agent (${brand.name}) <support@${brand.host}>`,
    },
    {
      subject: `[${brand.name}] Re: ${title}`,
      snippet: `Your request (#${ticket}) has been deemed solved. To reopen it, reply to this email.`,
      from,
    },
  ]
}
