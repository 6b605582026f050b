// The quiet inbox (h-quiet), four weeks: SpamAssassin ham redated into the window, the real
// corpus, ordinary mail, and the quiet look-alikes: every class in every language with each of
// its texts, decorated marketing (about 120), invitations to sign up or log in (about 60), the
// person's own imperative sign-up confirmations one at a time (about 40), and mail in other
// scripts.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { DAY, HOUR, MINUTE, TWENTY_NINTH_WINDOW } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { BRIEF_CLASSES } from './look/types.ts'
import { placeLookalike, type AnyClass } from './lookalike.ts'
import { ordinaryPart } from './ordinary.ts'
import type { Person } from './people.ts'
import { emptyPart, merge, put, type Part } from './records.ts'

const W = TWENTY_NINTH_WINDOW

export function corpusPart(
  ham: readonly HamMail[],
  real: readonly RealMail[],
  rng: Random,
  person: Person,
): Part {
  const part = emptyPart()
  const hamDates = redate(
    ham.map((m) => m.date),
    W,
  )
  ham.forEach((m, i) =>
    put(
      part,
      {
        id: `n29-q-sa-${i}`,
        at: hamDates[i]!,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `${m.listId ? 'spamassassin-list' : 'spamassassin'}/${m.group}` },
    ),
  )
  const dated = real.filter((m) => m.date !== null)
  const realDates = redate(
    dated.map((m) => m.date!),
    W,
  )
  real.forEach((m, i) => {
    const k = dated.indexOf(m)
    const at =
      k >= 0 ? realDates[k]! : W.start + rng.int(0, W.days - 1) * DAY + rng.int(8, 20) * HOUR
    put(
      part,
      {
        id: `n29-q-real-${i}`,
        at,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 4_000),
        to: person.address,
      },
      { label: 'ham', source: `real:${m.source}` },
    )
  })
  return part
}

export function quietLookalikes(rng: Random, person: Person): Part {
  const part = emptyPart()
  const brands = rng.shuffle(LOOK_STEMS)
  let n = 0
  const when = (day?: number) =>
    W.start +
    (day ?? rng.int(0, W.days - 1)) * DAY +
    rng.int(6, 22) * HOUR +
    rng.int(0, 59) * MINUTE
  const place = (cls: AnyClass, lang: (typeof LANGUAGES)[number], variant: number, day?: number) =>
    placeLookalike(rng, part, cls, {
      where: 'quiet',
      lang,
      person,
      at: when(day),
      brand: brands[n % brands.length]!,
      id: `n29-q-look-${n++}`,
      variant,
    })
  for (const lang of LANGUAGES) {
    for (const cls of BRIEF_CLASSES)
      for (let v = 0; v < 3; v++) if (v === 0 || rng.chance(0.8)) place(cls, lang, v)
    for (let v = 0; v < 17; v++) place('decorated', lang, v)
    for (let v = 0; v < 9; v++) place('invite', lang, v)
    for (let v = 0; v < 3; v++) place('scripts', lang, v + LANGUAGES.indexOf(lang))
  }
  // the person's own sign-ups, one at a time: about every sixteen hours
  for (let i = 0; i < 40; i++)
    place('confirm', LANGUAGES[i % LANGUAGES.length]!, i, Math.floor((i * W.days) / 40))
  return part
}

export function quietPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  return merge([
    corpusPart(ham, real, rng, person),
    ordinaryPart(rng, person, W.start, W.days, 60),
    quietLookalikes(rng, person),
  ])
}
