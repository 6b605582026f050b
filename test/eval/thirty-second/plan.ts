// The plan of each wave: how many companies, over how long, in which arrival shape, which forms
// (families) it abuses, whether every company sends exactly one mail, and its payload. Shapes
// follow the brief's emphasis on attackers staying under a detector: slow, small, one mail per
// company, subscription-only, reset-only, no payload, several languages at once.
import type { Random } from '../prng.ts'
import { WAVE_KINDS, type Lang, type WaveKind } from '../types.ts'
import { pickPayload, type Payload } from './payloads.ts'
import type { Family } from './products/types.ts'

export type Timing = 'slow' | 'small' | 'burst' | 'tail'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  /** Minutes from the first to the last mail. */
  span: number
  timing: Timing
  oneEach: boolean
  /** Family weights of this wave's forms. */
  families: readonly [Family, number][]
  mixed: boolean
  /** Share of helpdesk companies that ask to verify the address before submitting. */
  verifyToSubmit: number
  payload: Payload
  /** Shape tags, also written into the wave id for the report. */
  tags: readonly string[]
}

const BLAND: Record<Lang | 'multi', string> = {
  en: 'Question about my account',
  de: 'Frage zu meinem Konto',
  fr: 'Question sur mon compte',
  es: 'Consulta sobre mi cuenta',
  pt: 'Dúvida sobre a minha conta',
  it: 'Domanda sul mio account',
  nl: 'Vraag over mijn account',
  multi: 'Hello',
}

const SINGLE: Record<WaveKind, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': 'helpdesk',
}

function familiesOf(kind: WaveKind, mixed: boolean): [Family, number][] {
  if (kind === 'e-mixed')
    return [
      ['helpdesk', 3],
      ['verification', 3],
      ['subscription', 2],
      ['reset', 2],
    ]
  const main = SINGLE[kind]
  if (!mixed) return [[main, 1]]
  const others = (['helpdesk', 'verification', 'subscription', 'reset'] as const).filter(
    (f) => f !== main,
  )
  return [[main, 6], ...others.map((f): [Family, number] => [f, 1])]
}

export function planWave(
  rng: Random,
  k: number,
  l: number,
  lang: Lang | 'multi',
  start: number,
): WavePlan {
  const kind = WAVE_KINDS[k]!
  const index = k * 8 + l
  const timing: Timing = (['slow', 'small', 'burst', 'tail'] as const)[(l + k) % 4]!
  const largest = kind === 'e-mixed' && lang === 'multi'
  const mixed =
    kind === 'e-mixed' ||
    ((kind === 'a-acknowledgement' || kind === 'b-verification') && l % 2 === 1)
  const oneEach = !largest && (k + l) % 3 === 0
  const companies = largest
    ? 150
    : timing === 'slow'
      ? rng.int(30, 80)
      : timing === 'small'
        ? rng.int(10, 20)
        : rng.int(25, 110)
  const span = largest
    ? 75
    : timing === 'slow'
      ? rng.int(120, 360)
      : timing === 'small'
        ? rng.int(10, 30)
        : rng.int(3, 90)
  const vts = kind === 'a-acknowledgement' || (kind === 'e-mixed' && l % 2 === 0)
  const tags = [
    timing,
    ...(oneEach ? ['one-per-company'] : []),
    ...(kind === 'c-subscription' ? ['subscription-only'] : []),
    ...(kind === 'd-reset' ? ['reset-only'] : []),
    ...(mixed ? ['mixed'] : []),
    ...(vts ? ['verify-to-submit'] : []),
    ...(lang === 'multi' ? ['multilingual'] : []),
    ...(index % 4 === 3 ? ['no-payload'] : []),
  ]
  return {
    waveId: `t32-${kind.charAt(0)}-${lang}~${tags.join('~')}`,
    kind,
    lang,
    start,
    companies,
    span,
    timing,
    oneEach,
    families: familiesOf(kind, mixed),
    mixed,
    verifyToSubmit: vts ? 0.5 : 0,
    payload: pickPayload(rng, index % 4 === 3, BLAND[lang]),
    tags,
  }
}
