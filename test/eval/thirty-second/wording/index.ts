// A company's own wording: one of the hand-written texts, or one composed from the blocks (the
// company picks its everyday words once, so two companies of a wave rarely read alike).
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { fill } from '../../nineteenth/records.ts'
import type { Family, Text } from '../products/types.ts'
import { DE, EN, ES, FR } from './blocks-a.ts'
import { IT, NL, PT } from './blocks-b.ts'
import type { Blocks } from './blocks-types.ts'
import { HAND_VERIFY } from './hand-account.ts'
import { HAND_DESK } from './hand-desk.ts'
import { HAND_RESET, HAND_SUB } from './hand-mail.ts'
import type { Hand } from './types.ts'

export const HAND: Record<Family, readonly Hand[]> = {
  helpdesk: HAND_DESK,
  verification: HAND_VERIFY,
  subscription: HAND_SUB,
  reset: HAND_RESET,
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

/** Hand-written texts of a family and language (the verify-to-submit ones only when asked). */
export function handTexts(family: Family, lang: Lang, verifyToSubmit: boolean): readonly Hand[] {
  const all = HAND[family].filter((h) => h.lang === lang)
  const wanted = all.filter((h) => !!h.verifyToSubmit === verifyToSubmit)
  return wanted.length > 0 ? wanted : all
}

const VERIFY_TO_SUBMIT: Record<Lang, string> = {
  en: 'Please verify your email address to submit your request: {link}',
  de: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, damit wir Ihre {req} übermitteln können: {link}',
  fr: 'Vérifiez votre adresse e-mail pour que votre {req} soit envoyée : {link}',
  es: 'Verifica tu dirección de correo para enviar tu {req}: {link}',
  pt: 'Verifique o seu endereço de e-mail para enviar o seu {req}: {link}',
  it: 'Verifica il tuo indirizzo email per inviare la tua {req}: {link}',
  nl: 'Verifieer je e-mailadres om je {req} in te dienen: {link}',
}

/** A composed template (slots left for the mail), the company's words already chosen. */
export function composeText(
  rng: Random,
  family: Family,
  lang: Lang,
  verifyToSubmit: boolean,
): Text {
  const b = BLOCKS[lang]
  const words = {
    req: rng.pick(b.words.req),
    recv: rng.pick(b.words.recv),
    conf: rng.pick(b.words.conf),
    act: rng.pick(b.words.act),
  }
  const lines = [rng.pick(b.greet), rng.pick(b.sentence[family])]
  if (verifyToSubmit) lines.push(VERIFY_TO_SUBMIT[lang])
  else if (rng.chance(0.4)) lines.push(rng.pick(b.sentence[family]))
  lines.push(rng.pick(b.close))
  const keep = (t: string) => fill(t, words)
  const subject = rng.chance(0.15) ? '{company}' : rng.pick(b.subject[family])
  return {
    subject: keep(rng.chance(0.2) ? `${rng.pick(['✅ ', '📩 ', '🔔 ', ''])}${subject}` : subject),
    body: keep([...new Set(lines)].join('\n')),
  }
}
