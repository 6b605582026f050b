// Important mail inside a wave (3-6, labelled with the wave) and around it (2-3 the same day,
// 45 minutes to 6 hours outside it), in the wave's language (any language for a multilingual wave).
import type { Random } from '../../prng.ts'
import { LANGUAGES, type Lang } from '../../types.ts'
import { MINUTE } from '../clock.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { DE, EN } from './en-de.ts'
import { ES, FR } from './fr-es.ts'
import { IT, NL, PT } from './pt-it-nl.ts'
import type { ImportantNotice } from './types.ts'

export const IMPORTANT: Record<Lang, readonly ImportantNotice[]> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

function filled(rng: Random, text: string, lang: Lang): string {
  const cents = String(rng.int(0, 99)).padStart(2, '0')
  const amount = `${rng.int(4, 1_900)}${lang === 'en' ? '.' : ','}${cents}`
  return text
    .replace(/\{amount\}/gu, amount)
    .replace(/\{ref\}/gu, `${rng.int(100_000, 9_999_999)}`)
    .replace(/\{code\}/gu, `${rng.int(1000, 9999)}`)
}

function addNotice(
  part: Part,
  rng: Random,
  id: string,
  at: number,
  lang: Lang,
  to: string,
  waveId?: string,
): void {
  const [kind, from, subject, body] = rng.pick(IMPORTANT[lang])
  const amounted = filled(rng, `${subject}\u0000${body}`, lang).split('\u0000')
  add(part, record(id, at, from, amounted[0]!, amounted[1]!, to), {
    label: 'important',
    lang,
    family: 'important',
    product: kind,
    ...(waveId ? { waveId } : {}),
  })
}

export function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  start: number,
  end: number,
  waveId: string,
  to: string,
): Part {
  const part = emptyPart()
  const langOf = () => (lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  const inside = rng.int(3, 6)
  for (let i = 0; i < inside; i++)
    addNotice(
      part,
      rng,
      `${waveId}-imp-in-${i}`,
      start + Math.round(rng.next() * (end - start)),
      langOf(),
      to,
      waveId,
    )
  const outside = rng.int(2, 3)
  for (let i = 0; i < outside; i++) {
    const gap = rng.int(45, 360) * MINUTE
    const at = rng.chance(0.5) ? start - gap : end + gap
    addNotice(part, rng, `${waveId}-imp-out-${i}`, at, langOf(), to)
  }
  return part
}
