// What attackers typed into the forms' subject, message and name fields, written after the kinds
// reported in the 2026 waves (legal threats, take-down orders, giveaways, fake payment notices)
// and bland filler; each wave draws one to three of them, some disguised (unicode.ts).
import type { Random } from './prng.ts'
import type { Lang } from './types.ts'
import { style, type Styling } from './unicode.ts'

const LEGAL: Record<Lang, string[]> = {
  en: [
    'TAKE DOWN ORDERS',
    'NOTICE OF LEGAL ACTION',
    'Court summons case 2026-CV-0412',
    'FINAL WARNING: account suspension',
    'Police report filed against you',
  ],
  de: ['Strafanzeige gegen Sie', 'Letzte Mahnung vor Klageerhebung', 'Vorladung Amtsgericht'],
  fr: ['Mise en demeure', 'Convocation au tribunal', 'Plainte déposée contre vous'],
  es: ['Citación judicial', 'Denuncia policial contra usted', 'Último aviso legal'],
  pt: ['Intimação judicial', 'Processo aberto contra você', 'Notificação extrajudicial'],
  it: ['Diffida legale', 'Denuncia a suo carico', 'Citazione in tribunale'],
  nl: ['Ingebrekestelling', 'Dagvaarding rechtbank', 'Aangifte tegen u gedaan'],
}

const GIVEAWAY = [
  'FREE DISCORD NITRO',
  'Claim your free iPhone 17',
  'You won 1 BTC',
  'FREE ROBUX GENERATOR',
  'Get 10000 V-Bucks free',
  'Steam gift card 100 USD',
]

/** Important-looking words inside a helpdesk wrapper are attacker text (never important mail). */
const FAKE_NOTICE = [
  'Your PayPal payment of $499.00 was received',
  'Order #88231 shipped - call +1 888 555 0134 to cancel',
  'Security alert: new sign-in from Russia',
  'Norton renewal $399.99 charged',
]

const BLAND: Record<Lang, string[]> = {
  en: ['Hello', 'question', 'help', 'Order inquiry', 'Partnership'],
  de: ['Hallo', 'Frage', 'Anfrage'],
  fr: ['Bonjour', 'Question', 'Demande d’information'],
  es: ['Hola', 'Consulta', 'Pregunta'],
  pt: ['Olá', 'Dúvida', 'Contato'],
  it: ['Ciao', 'Domanda', 'Informazioni'],
  nl: ['Hallo', 'Vraag', 'Informatie'],
}

const NAMES = ['Alex', 'alex.morgan', 'John Smith', 'Maria', 'test', 'xx']

export interface Payload {
  text: string
  kind: 'legal' | 'giveaway' | 'fake-notice' | 'bland'
  styling: Styling
}

const STYLINGS: Styling[] = ['plain', 'plain', 'bold', 'fullwidth', 'mixed-script', 'zero-width']

export function drawPayload(random: Random, lang: Lang): Payload {
  const roll = random.next()
  const kind =
    roll < 0.35 ? 'legal' : roll < 0.6 ? 'giveaway' : roll < 0.72 ? 'fake-notice' : 'bland'
  const base =
    kind === 'legal'
      ? random.pick(random.chance(0.5) ? LEGAL.en : LEGAL[lang])
      : kind === 'giveaway'
        ? random.pick(GIVEAWAY)
        : kind === 'fake-notice'
          ? random.pick(FAKE_NOTICE)
          : random.pick(BLAND[lang])
  const styling = kind === 'bland' ? 'plain' : random.pick(STYLINGS)
  return { text: style(base, styling), kind, styling }
}

/** The form's name field: the payload itself (common in verification waves) or a filler name. */
export function drawName(random: Random, payload: Payload): string {
  return random.chance(0.5) ? payload.text : random.pick(NAMES)
}
