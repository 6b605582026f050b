// A wave's payloads: zero (bland names such as "John") or one to three written payloads, each
// with one disguise, labelled `kind/disguise` in the wave's mail.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { DISGUISES, disguise, type Disguise } from './disguise.ts'
import { PAYLOAD_KINDS, PAYLOAD_TEXTS, type PayloadKind } from './texts.ts'

export interface Payload {
  kind: PayloadKind | 'none'
  disguise: Disguise
  /** What the attacker typed in the name, subject and message fields. */
  name: string
  subject: string
  message: string
  label: string
}

const BLAND_NAMES = ['John', 'Anna', 'Mike', 'Laura', 'Tom', 'Sara', 'Peter', 'Eva'] as const
const BLAND_SUBJECTS = ['Hello', 'Question', 'Info', 'Contact', 'Hi', 'Request'] as const

export function blandPayload(rng: Random): Payload {
  const name = rng.pick(BLAND_NAMES)
  return {
    kind: 'none',
    disguise: 'plain',
    name,
    subject: rng.pick(BLAND_SUBJECTS),
    message: rng.pick(['hi', 'Please call me back.', 'Thanks', 'test']),
    label: 'none',
  }
}

export function writtenPayload(rng: Random, lang: Lang, disguised: Disguise): Payload {
  const kind = rng.pick(PAYLOAD_KINDS)
  const texts = PAYLOAD_TEXTS[kind]
  const own = texts[lang]
  const text = rng.pick(own && rng.chance(0.7) ? own : texts.en)
  const shown = disguise(text, disguised)
  return {
    kind,
    disguise: disguised,
    name: shown,
    subject: shown,
    message: shown,
    label: `${kind}/${disguised}`,
  }
}

/** The wave's payloads: none for a bland wave, else one to three with distinct disguises. */
export function wavePayloads(rng: Random, lang: Lang, bland: boolean): Payload[] {
  if (bland) return [blandPayload(rng), blandPayload(rng)]
  const disguises = rng.shuffle(DISGUISES).slice(0, rng.int(1, 3))
  return disguises.map((d) => writtenPayload(rng, lang, d))
}
