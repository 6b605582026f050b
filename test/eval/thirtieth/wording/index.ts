// Every hand-written wording by family, and the composition of in-house wordings from blocks.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { BLOCKS } from './blocks.ts'
import { EXTRA_HELPDESK, EXTRA_VERIFICATION } from './extra-a.ts'
import { EXTRA_RESET, EXTRA_SUBSCRIPTION } from './extra-b.ts'
import { HAND_HELPDESK } from './hand-helpdesk.ts'
import { HAND_RESET } from './hand-reset.ts'
import { HAND_SUBSCRIPTION } from './hand-subscription.ts'
import { HAND_VERIFICATION } from './hand-verification.ts'
import type { Family, Wording } from './types.ts'

export const HAND: Record<Family, readonly Wording[]> = {
  helpdesk: [...HAND_HELPDESK, ...EXTRA_HELPDESK],
  verification: [...HAND_VERIFICATION, ...EXTRA_VERIFICATION],
  subscription: [...HAND_SUBSCRIPTION, ...EXTRA_SUBSCRIPTION],
  reset: [...HAND_RESET, ...EXTRA_RESET],
}

export function composed(rng: Random, family: Family, lang: Lang): Wording {
  const b = BLOCKS[lang]
  const lines = [rng.pick(b.greet), rng.pick(b.say[family]), rng.pick(b.close)].filter(Boolean)
  return { lang, subject: rng.pick(b.subject[family]), body: lines.join('\n\n') }
}

/** One-line acknowledgements, for the waves whose companies write only a short line. */
const SHORT_LINES: Record<Lang, readonly string[]> = {
  en: ['Thanks, we got it. Ref {ref}.', 'Received – case {ref}.', 'Got your message ({ref}).'],
  de: [
    'Danke, ist angekommen. Ref. {ref}.',
    'Erhalten – Nr. {ref}.',
    'Nachricht erhalten ({ref}).',
  ],
  fr: ['Merci, bien reçu. Réf. {ref}.', 'Reçu – dossier {ref}.', 'Message reçu ({ref}).'],
  es: [
    'Gracias, recibido. Ref. {ref}.',
    'Nos ha llegado tu petición ({ref}).',
    'Solicitud recibida: {ref}.',
  ],
  pt: [
    'Obrigado, recebido. Ref. {ref}.',
    'Pedido recebido – {ref}.',
    'Recebemos sua mensagem ({ref}).',
  ],
  it: [
    'Grazie, ricevuto. Rif. {ref}.',
    'Richiesta pervenuta: {ref}.',
    'Messaggio arrivato ({ref}).',
  ],
  nl: ['Dank, ontvangen. Ref. {ref}.', 'Verzoek binnen: {ref}.', 'Bericht ontvangen ({ref}).'],
}

/** A short line as the whole mail: the subject is the company name or the typed subject. */
export function shortLine(rng: Random, lang: Lang): Wording {
  return {
    lang,
    subject: rng.pick(['{company}', 'Re: {topic}', '{ref}']),
    body: rng.pick(SHORT_LINES[lang]),
  }
}
