// The shape of each wave: how many companies, how long, how the mail arrives, and what the
// attacker typed. Sizes follow the brief: 20-150 companies, 40-400 mails, 3-90 minutes; every
// fourth wave carries no payload; one slow wave of 20 companies over 90 minutes; the largest
// (150 companies) has the payload in every subject.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { DISGUISES, disguise, type Disguise } from './disguise.ts'
import { BLAND, PAYLOAD_KINDS, PAYLOAD_TEXTS, type PayloadKind } from './payload-texts.ts'

export type Arrival = 'burst' | 'tail' | 'slow'
export type WaveLang = Lang | 'multi'

export interface Payload {
  kind: PayloadKind | 'none'
  disguise: Disguise | 'none'
  /** What the forms received (disguised), or a bland word when the wave carries no payload. */
  text: string
}

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: WaveLang
  /** The language of the person whose inbox it is. */
  personLang: Lang
  start: number
  arrival: Arrival
  minutes: number
  companies: number
  payload: Payload
  /** The payload is in every subject (the largest wave). */
  sameSubject: boolean
}

/** Company counts of the multilingual waves, by kind: c is the slow one, e the largest. */
const WAVE_KIND_COUNT = 5

const MULTI_COMPANIES: Record<WaveKind, number> = {
  'a-acknowledgement': 90,
  'b-verification': 60,
  'c-subscription': 20,
  'd-reset': 110,
  'e-mixed': 150,
}

function payloadOf(rng: Random, index: number, lang: Lang): Payload {
  if (index % 4 === 1) return { kind: 'none', disguise: 'none', text: rng.pick(BLAND[lang]) }
  // n: how many payload waves come before this one.
  const n = index - Math.floor((index + 2) / 4)
  const kind = PAYLOAD_KINDS[n % PAYLOAD_KINDS.length]!
  const style = DISGUISES[(n * 4) % DISGUISES.length]!
  return { kind, disguise: style, text: disguise(rng.pick(PAYLOAD_TEXTS[kind]), style, n) }
}

function arrivalOf(rng: Random, index: number): { arrival: Arrival; minutes: number } {
  switch (index % 3) {
    case 0:
      return { arrival: 'burst', minutes: rng.int(3, 18) }
    case 1:
      return { arrival: 'tail', minutes: rng.int(20, 60) }
    default:
      return { arrival: 'slow', minutes: rng.int(45, 85) }
  }
}

/** k: kind index, l: index in [...LANGUAGES, 'multi']. */
export function planWave(
  rng: Random,
  kind: WaveKind,
  k: number,
  l: number,
  start: number,
): WavePlan {
  const lang: WaveLang = LANGUAGES[l] ?? 'multi'
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  // Language-major numbering, so payload kinds, disguises and the waves without payload rotate
  // across languages as well as kinds.
  const index = l * WAVE_KIND_COUNT + k
  const multi = lang === 'multi'
  const slow = multi && kind === 'c-subscription'
  const timing = slow ? { arrival: 'slow' as const, minutes: 90 } : arrivalOf(rng, index)
  return {
    waveId: `t20-${kind.charAt(0)}-${lang}`,
    kind,
    lang,
    personLang,
    start,
    ...timing,
    companies: multi ? MULTI_COMPANIES[kind] : rng.int(25, 75),
    payload: payloadOf(rng, index, personLang),
    sameSubject: multi && kind === 'e-mixed',
  }
}
