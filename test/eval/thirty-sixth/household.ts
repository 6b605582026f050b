// The quiet inbox's multilingual household: family, friends, shops, carriers and sign-ups the
// person asked for, in Polish, Swedish, Czech, Turkish and Romanian (label without `lang`).
import type { Random } from '../prng.ts'
import { emptyPart, fill, numeric, put, type Part } from '../nineteenth/records.ts'
import { capital, LOOK_STEMS } from './companies.ts'
import {
  EXTRA_CLASSES,
  EXTRA_ITEMS,
  EXTRA_LABEL,
  EXTRA_LANGS,
  EXTRA_PEOPLE,
  EXTRA_TEXT,
  EXTRA_TLD,
  type ExtraClass,
  type ExtraLang,
} from './look/extra.ts'
import { lookValues } from './look/values.ts'
import { addressOf, type Person } from './people.ts'
import { split } from './wording.ts'

const LOCAL: Record<ExtraClass, string> = {
  person: '',
  newsletter: 'newsletter',
  order: 'sklep',
  delivery: 'noreply',
  verification: 'no-reply',
}

function sender(rng: Random, lang: ExtraLang, cls: ExtraClass, stem: string) {
  if (cls === 'person') {
    const name = rng.pick(EXTRA_PEOPLE[lang])
    const address = addressOf(name, rng.int(0, 9))
    return { from: `${name} <${address}>`, brand: name, domain: address.split('@')[1]! }
  }
  const brand = cls === 'delivery' ? `${capital(stem)} Kurier` : capital(stem)
  const domain = `${stem}.${EXTRA_TLD[lang]}`
  return { from: `${brand} <${LOCAL[cls]}@${domain}>`, brand, domain }
}

/** `perClass` mails of every class in every extra language, spread over the window. */
export function householdPart(
  rng: Random,
  person: Person,
  window: { start: number; days: number },
  perClass: number,
): Part {
  const part = emptyPart()
  const stems = LOOK_STEMS.slice(0, 60)
  let n = 0
  for (const lang of EXTRA_LANGS)
    for (const cls of EXTRA_CLASSES)
      for (let i = 0; i < perClass; i++) {
        const at = window.start + Math.floor(rng.next() * window.days * 86_400_000)
        const s = sender(rng, lang, cls, stems[n % stems.length]!)
        const values = {
          ...lookValues(rng, 'en', at, s.domain),
          amount: `${rng.int(49, 899)},${rng.pick(['00', '99', '50'])}`,
          code: numeric(rng, 6),
          item: EXTRA_ITEMS[lang],
          first: person.first,
          author: s.brand,
          brand: s.brand,
          shop: capital(rng.pick(stems)),
        }
        const text = split(fill(rng.pick(EXTRA_TEXT[lang][cls]), values))
        const id = `t36-h-home-${n++}`
        put(
          part,
          { id, at, from: s.from, to: person.address, ...text },
          { label: EXTRA_LABEL[cls], source: `lookalike:${lang}:${cls}` },
        )
      }
  return part
}
