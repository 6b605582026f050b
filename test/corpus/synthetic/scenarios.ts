// DEVELOPMENT SCENARIOS for the quality benchmark: waves rendered from a chosen set of renderers
// (product templates for the leave-one-out runs, or the generic development wordings), each with
// important mail buried inside it, everyday mail around it, and bursts the user caused by writing
// to companies whose helpdesk answers under another name. All synthetic; brands are made up.
import { GENERIC_WORDINGS, type Wording } from './generic-wordings.ts'
import { pick, rng, type Brand, type Renderer, type Rendered, type Rng } from './render.ts'
import type { Label, LabelledMail } from './splits.ts'

const DAY = 86_400_000
const START = Date.UTC(2026, 3, 6)

const SYLLABLES = ['zo', 'ra', 'ki', 'len', 'mar', 'to', 'vex', 'qua', 'bel', 'dri', 'nu', 'sol']

/** Made-up companies; every third writes from a hosted helpdesk tenant, the others from its own domain. */
export function brands(count: number, seed: number): Brand[] {
  const random = rng(seed)
  const names = new Set<string>()
  while (names.size < count)
    names.add(`${pick(random, SYLLABLES)}${pick(random, SYLLABLES)}${pick(random, SYLLABLES)}`)
  return [...names].map((name, i) => ({
    name: name[0]!.toUpperCase() + name.slice(1),
    host: i % 3 === 0 ? `${name}.zendesk.com` : `${name}.example`,
  }))
}

const PAYLOADS = [
  'TAKE DOWN ORDERS',
  '𝐅𝐑𝐄𝐄 𝐃𝐈𝐒𝐂𝐎𝐑𝐃 𝐍𝐈𝐓𝐑𝐎',
  'Law enforcement notice: respond within 24 hours',
  'hello',
  'claim your btc airdrop',
]

/** Senders of generic wordings: automated mailboxes, plain ones, and display names alone. */
const SENDERS: readonly ((b: Brand) => string)[] = [
  (b) => `${b.name} <no-reply@${b.host}>`,
  (b) => `${b.name} <hello@${b.host}>`,
  (b) => `${b.name} Team <team@${b.host}>`,
  (b) => `${b.name} <mail@${b.host}>`,
  (b) => `${b.name} Support`,
  (b) => b.name,
]

export function wordingRenderer(wording: Wording, random: Rng): Renderer {
  return (b, p, n) => {
    const fill = (text: string) =>
      text.replaceAll('{b}', b.name).replaceAll('{p}', p).replaceAll('{n}', String(n))
    return {
      subject: fill(wording.subject),
      snippet: fill(wording.snippet),
      from: pick(random, SENDERS)(b),
    }
  }
}

export function genericRenderers(
  filter: (wording: Wording) => boolean = () => true,
  seed = 5,
): Renderer[] {
  const random = rng(seed)
  return GENERIC_WORDINGS.filter(filter).map((wording) => wordingRenderer(wording, random))
}

/** Important mail from real senders, in the seven languages, to bury inside waves. */
const IMPORTANT: readonly Rendered[] = [
  {
    subject: 'Your receipt from Rydeo',
    snippet: 'Thanks for riding with Rydeo. Total 14.20 EUR, paid with card ending 4421.',
    from: 'Rydeo <receipts@rydeo.example>',
  },
  {
    subject: 'You sent €25.00 to Sam',
    snippet: 'Your payment has been sent. Transaction ID 8H2K.',
    from: 'PayFlow <service@payflow.example>',
  },
  {
    subject: 'Card ending 4421 was charged 89.00 EUR',
    snippet: 'A purchase of 89.00 EUR was made at Bookshop.',
    from: 'Bank <alerts@bank.example>',
  },
  {
    subject: 'Ihr Passwort wurde geändert',
    snippet: 'Das Passwort für Ihr Konto wurde soeben geändert.',
    from: 'Konto <sicherheit@mailhaus.example>',
  },
  {
    subject: 'Votre commande a été expédiée',
    snippet: 'Votre colis est en route. Numéro de suivi 1Z999.',
    from: 'Boutique <commandes@boutique.example>',
  },
  {
    subject: 'Alerta de seguridad: nuevo inicio de sesión',
    snippet: 'Detectamos un nuevo inicio de sesión en tu cuenta.',
    from: 'Cuenta <seguridad@correo.example>',
  },
  {
    subject: 'Pagamento recebido',
    snippet: 'Recebemos o seu pagamento de R$ 120,00.',
    from: 'Loja <financeiro@loja.example>',
  },
  {
    subject: 'Il tuo ordine è stato spedito',
    snippet: 'Il tuo pacco arriverà domani.',
    from: 'Negozio <ordini@negozio.example>',
  },
  {
    subject: 'Je bestelling is verzonden',
    snippet: 'Je pakket wordt morgen bezorgd.',
    from: 'Winkel <bestellingen@winkel.example>',
  },
  {
    subject: 'Two-factor authentication was turned off',
    snippet: 'If this was not you, secure your account.',
    from: 'Git Host <noreply@githost.example>',
  },
]

/** Everyday mail around the waves: people, newsletters, notifications. */
const EVERYDAY: readonly Rendered[] = [
  {
    subject: 'Lunch on Friday?',
    snippet: 'Are you free on Friday at noon?',
    from: 'Sam <sam@example.org>',
  },
  {
    subject: 'Re: slides for Monday',
    snippet: 'Thanks, I will look at them tonight.',
    from: 'Kim <kim@example.net>',
  },
  {
    subject: '[hiking-club] Re: Route for Sunday',
    snippet: 'I would rather take the northern trail.',
    from: 'Jo <jo@example.com>',
  },
  {
    subject: 'Your weekly digest',
    snippet: 'Five stories picked for you. Unsubscribe at any time.',
    from: 'News <digest@news.example>',
  },
  {
    subject: 'New comment on your post',
    snippet: 'Alex replied to your post about bread.',
    from: 'Forum <notifications@forum.example>',
  },
]

export interface WaveShape {
  size: number
  gapSeconds: [number, number]
}

/** Waves from `renderers` over `companies`, with important mail inside and everyday mail around. */
export function waveScenario(
  name: string,
  seed: number,
  renderers: readonly Renderer[],
  companies: readonly Brand[],
  shapes: readonly WaveShape[],
): LabelledMail[] {
  const random = rng(seed)
  const mails: LabelledMail[] = []
  const add = (date: number, rendered: Rendered, label: Label, wave?: string) =>
    mails.push({
      record: { id: `${name}-${mails.length}`, date: new Date(date).toISOString(), ...rendered },
      label,
      ...(wave ? { wave } : {}),
    })
  shapes.forEach((shape, w) => {
    let time = START + (1 + w * 3) * DAY + random() * DAY
    const payload = pick(random, PAYLOADS)
    for (let i = 0; i < shape.size; i++) {
      const render = pick(random, renderers)
      add(time, render(pick(random, companies), payload, 10_000 + i), 'relay', `${name}-w${w}`)
      if (i % 15 === 7) add(time + 500, pick(random, IMPORTANT), 'important', `${name}-w${w}`)
      const [low, high] = shape.gapSeconds
      time += (low + random() * (high - low)) * 1_000
    }
  })
  for (let i = 0; i < 150; i++)
    add(START + random() * shapes.length * 3 * DAY, pick(random, EVERYDAY), 'other')
  return mails
}

/**
 * A person writes to `count` companies within an hour (data-deletion requests) and gets their
 * acknowledgements: some from the company's own domain, some from its helpdesk tenant, some from
 * a tenant of another name that only echoes the subject, some shown by display name only.
 */
export function userBurst(name: string, seed: number, count: number): LabelledMail[] {
  const random = rng(seed)
  const companies = brands(count, seed + 1)
  const mails: LabelledMail[] = []
  const start = START + 30 * DAY
  companies.forEach((company, i) => {
    const own = company.host.replace('.zendesk.com', '.example')
    const subject = `Data deletion request (customer ${1000 + i})`
    mails.push({
      record: {
        id: `${name}-sent-${i}`,
        date: new Date(start + i * 4 * 60_000).toISOString(),
        from: 'Me <me@example.org>',
        subject,
        snippet: 'Please erase all personal data you hold about me.',
        folder: 'sent',
        to: `privacy@${own}`,
      },
      label: 'other',
    })
    const slug = company.name.toLowerCase()
    const from = [
      `${company.name} Privacy <privacy@${own}>`,
      `${company.name} <support@${slug}.zendesk.com>`,
      `Support <help@${slug}group.freshdesk.com>`,
      `${company.name} Support`,
    ][i % 4]!
    const wrapper = pick(random, [
      (s: string) => `Request received: ${s}`,
      (s: string) => `[#${40_000 + i}] ${s}`,
      (s: string) => `We received your request: ${s}`,
      (s: string) => `Re: ${s}`,
    ])
    mails.push({
      record: {
        id: `${name}-ack-${i}`,
        date: new Date(start + i * 4 * 60_000 + (1 + random() * 3) * 60_000).toISOString(),
        from,
        subject: wrapper(subject),
        snippet:
          'Thank you for contacting us. Your request has been received and will be handled within 30 days.',
      },
      label: 'genuine-helpdesk',
    })
  })
  return mails
}
