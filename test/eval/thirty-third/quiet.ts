// The quiet inbox (h-quiet): four weeks of a shop owner's bilingual household. SpamAssassin ham
// redated into the window, the real corpus, ordinary mails, about 400 look-alikes (a third in
// the household's other languages) and the shop's notifications with two sale mornings.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE, THIRTY_THIRD_WINDOW as W } from './clock.ts'
import { OTHER_LANGS, type AnyLang, type Person } from './langs.ts'
import { placeLook } from './look/place.ts'
import { LOOK_CLASSES } from './look/types.ts'
import { quietHam } from './background.ts'
import { ordinaryPart } from './ordinary.ts'
import { saleMorning, shopMail } from './shop/index.ts'
import { SHOP_KINDS } from './shop/texts.ts'

const at = (rng: Random) =>
  W.start + rng.int(6, W.days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE

function realPart(real: readonly RealMail[], person: Person): Part {
  const part = emptyPart()
  real.forEach((mail, i) => {
    const when = W.start + (3 + i) * DAY + 10 * HOUR
    put(
      part,
      {
        id: `n33-q-real${i}`,
        at: when,
        from: mail.from,
        subject: mail.subject,
        body: mail.text,
        to: person.address,
      },
      { label: 'ham', source: `real:${mail.source}` },
    )
  })
  return part
}

function looksPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  let i = 0
  const seven: readonly AnyLang[] = LANGUAGES
  for (const cls of LOOK_CLASSES) {
    for (const lang of seven)
      for (let k = 0; k < 3; k++)
        placeLook(rng, part, `n33-q-look${i++}`, cls, lang, at(rng), person, { where: 'quiet' })
    for (const lang of OTHER_LANGS)
      for (let k = 0; k < 2; k++)
        placeLook(rng, part, `n33-q-look${i++}`, cls, lang, at(rng), person, { where: 'quiet' })
  }
  return part
}

function shopPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  SHOP_KINDS.forEach((kind, k) => {
    for (let i = 0; i < 5; i++)
      shopMail(rng, part, `n33-q-shop${k}-${i}`, kind, i % 2 ? person.lang : 'en', at(rng), person)
  })
  saleMorning(rng, part, 'n33-q-mon', W.start + 8 * DAY + 8 * HOUR, person, 24)
  saleMorning(rng, part, 'n33-q-fri', W.start + 18 * DAY + 9 * HOUR, person, 14)
  return part
}

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part[] {
  return [
    quietHam(ham, person),
    realPart(real, person),
    ordinaryPart(rng, person, W.start, W.days),
    looksPart(rng, person),
    shopPart(rng, person),
  ]
}
