// The personas' regular mail: each stream comes from the same sender every time (the same few
// shops, the bank, the family, the platforms), a few times a week to several times a day.
import type { Random } from '../prng.ts'
import { fill, numeric, token } from '../nineteenth/records.ts'
import type { Lang, LabelClass } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { brandDomain, capital, PERSONA_STEMS } from './companies.ts'
import { PERSONA_KINDS, type Person, type PersonaKind } from './people.ts'
import { STREAM_TEXT_A, type Pair, type Stream } from './persona-texts.ts'
import { STREAM_TEXT_B } from './persona-texts-b.ts'
import { STREAM_TEXT_C } from './persona-texts-c.ts'
import type { Labelled } from './waves.ts'

const TEXT: Record<Lang, Record<Stream, Pair>> = {
  ...STREAM_TEXT_A,
  ...STREAM_TEXT_B,
  ...STREAM_TEXT_C,
}

interface StreamDef {
  stream: Stream
  label: LabelClass
  perDay: number
  /** Written by people (family, tenants) rather than a platform. */
  personal: boolean
}

const d = (stream: Stream, label: LabelClass, perDay: number, personal = false): StreamDef => ({
  stream,
  label,
  perDay,
  personal,
})

export const PERSONA_STREAMS: Record<PersonaKind, readonly StreamDef[]> = {
  freelancer: [d('payment', 'important', 0.6), d('project', 'ham', 2), d('esign', 'ham', 0.3)],
  retiree: [d('shop', 'ham', 0.8), d('bank', 'important', 0.15), d('family', 'ham', 0.4, true)],
  gamer: [
    d('store', 'important', 0.3),
    d('launcher', 'own', 0.5),
    d('friend', 'ham', 0.4),
    d('community', 'ham', 1.5),
  ],
  landlord: [
    d('booking', 'important', 0.5),
    d('tenant', 'ham', 0.4, true),
    d('utility', 'important', 0.1),
    d('repair', 'ham', 0.3),
  ],
}

const REPLY: Record<Lang, string> = {
  en: 'Re:',
  de: 'AW:',
  fr: 'RE :',
  es: 'RE:',
  pt: 'RES:',
  it: 'R:',
  nl: 'Antw:',
}
const WHO: Record<Lang, readonly string[]> = {
  en: ['Lena Hart', 'Omar Reyes', 'Kit Morgan'],
  de: ['Lena Hartig', 'Omar Yilmaz', 'Kai Morgenroth'],
  fr: ['Léa Hardy', 'Omar Benali', 'Kevin Moreau'],
  es: ['Lena Herrera', 'Omar Díaz', 'Kike Morán'],
  pt: ['Lena Horta', 'Omar Silva', 'Kiko Morais'],
  it: ['Lena Orsini', 'Omar Rinaldi', 'Kevin Moretti'],
  nl: ['Lena Hoekstra', 'Omar Bakker', 'Kees Mulder'],
}

/** The stream's fixed sender: a platform of the persona's own, or one of a few people. */
function senderOf(person: Person, p: number, s: number, def: StreamDef, rng: Random): string {
  const stem = PERSONA_STEMS[(p * 5 + s) % PERSONA_STEMS.length]!
  if (!def.personal) return `"${capital(stem)}" <notify@${brandDomain(stem, person.lang)}>`
  const who =
    def.stream === 'family'
      ? `${rng.pick(['Emma', 'Noah', 'Lea'])} ${person.last}`
      : rng.pick(WHO[person.lang])
  return `"${who}" <${who.toLowerCase().replace(/[^a-z]+/gu, '.')}@${person.address.split('@')[1]!}>`
}

/** Every stream of the persona over [from, to), in day steps. */
export function personaStreams(
  rng: Random,
  person: Person,
  from: number,
  to: number,
  prefix: string,
): Labelled[] {
  const p = PERSONA_KINDS.indexOf(person.persona)
  const out: Labelled[] = []
  PERSONA_STREAMS[person.persona].forEach((def, s) => {
    const senders = Array.from({ length: def.stream === 'shop' ? 3 : 1 }, (_, i) =>
      senderOf(person, p, s + i * 7, def, rng),
    )
    for (let day = from; day < to; day += DAY) {
      const count = Math.floor(def.perDay) + (rng.chance(def.perDay % 1) ? 1 : 0)
      for (let i = 0; i < count; i++) {
        const at = day + rng.int(7, 21) * HOUR + rng.int(0, 59) * MINUTE
        const from = rng.pick(senders)
        const v = {
          brand: /^"([^"]+)"/u.exec(from)?.[1] ?? 'Shop',
          who: rng.pick(WHO[person.lang]),
          name: person.first,
          amount: `${rng.int(12, 2400)},00 €`,
          ref: numeric(rng, 5),
          date: new Date(at + rng.int(2, 20) * DAY).toISOString().slice(0, 10),
          link: `https://${from.split('@')[1]!.replace('>', '')}/${token(rng, 12)}`,
          code: numeric(rng, 6),
          reply: REPLY[person.lang],
        }
        const [subject, body] = TEXT[person.lang][def.stream]
        out.push({
          mail: {
            id: `${prefix}-${def.stream}-${out.length}`,
            at,
            from,
            subject: fill(subject, v),
            body: fill(body, v),
            to: person.address,
          },
          label: {
            label: def.label,
            lang: person.lang,
            source: `persona:${person.persona}:${def.stream}`,
            persona: person.persona,
          },
        })
      }
    }
  })
  return out
}
