// Person-to-person mail, for the quiet inbox and for the background of wave and burst scenarios.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { fill } from '../render.ts'
import type { Everyday } from './everyday.ts'
import { between } from './everyday.ts'
import { NOTES } from './personal-texts.ts'

/** Every note of the given languages, spread over the window's days at daytime hours. */
export function personalMail(rng: Random, langs: readonly Lang[], name: string): Everyday[] {
  return langs.flatMap((lang) =>
    NOTES[lang].map((note) => ({
      at: between(rng, rng.int(0, 20), 8, 22),
      from: note.from,
      subject: note.subject,
      body: fill(note.body, { name }),
      source: `personal ${lang}`,
    })),
  )
}

/** `count` notes of one language at moments in [from, to). */
export function notesBetween(
  rng: Random,
  lang: Lang,
  name: string,
  count: number,
  from: number,
  to: number,
): Everyday[] {
  return rng
    .shuffle(NOTES[lang])
    .slice(0, count)
    .map((note) => ({
      at: from + Math.floor(rng.next() * (to - from)),
      from: note.from,
      subject: note.subject,
      body: fill(note.body, { name }),
      source: `personal ${lang}`,
    }))
}
