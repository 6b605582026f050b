// Which look-alikes each wave holds, fixed for the whole set so every class x language x placement
// is covered: everyday ones from known senders (3-4) and new senders (3), and 3-6 important ones
// (half from known senders, half from new), rotating through the class x language lists.
import { seeded } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import {
  EVERYDAY_CLASSES,
  IMPORTANT_CLASSES,
  type LookClass,
  type LookWhere,
} from './look/index.ts'

export interface Slot {
  cls: LookClass
  lang: Lang
  where: LookWhere
  text: number
}

const rng = seeded(283_500)
const pairs = (classes: readonly LookClass[]) =>
  classes.flatMap((cls) => LANGUAGES.map((lang) => ({ cls, lang })))
const KNOWN = rng.shuffle(pairs(EVERYDAY_CLASSES))
const NEW = rng.shuffle(pairs(EVERYDAY_CLASSES))
const IMPORTANT = rng.shuffle(
  pairs(IMPORTANT_CLASSES).flatMap((p) => [
    { ...p, where: 'wave-known' as const },
    { ...p, where: 'wave-new' as const },
  ]),
)

export const importantCount = (w: number): number => 3 + (w % 4)

export function slotsFor(w: number): Slot[] {
  const slots: Slot[] = []
  for (let j = 0; j < 3 + (w % 2); j++) {
    const p = KNOWN[(w * 4 + j) % KNOWN.length]!
    slots.push({ ...p, where: 'wave-known', text: w + j })
  }
  for (let j = 0; j < 3; j++) {
    const p = NEW[(w * 3 + j) % NEW.length]!
    slots.push({ ...p, where: 'wave-new', text: w + j + 1 })
  }
  let before = 0
  for (let i = 0; i < w; i++) before += importantCount(i)
  for (let j = 0; j < importantCount(w); j++) {
    const p = IMPORTANT[(before + j) % IMPORTANT.length]!
    slots.push({ ...p, text: w + j })
  }
  return slots
}
