// The person's own account bursts: an account-hygiene evening after a breach notice, a new
// phone signing in to many apps, and credential stuffing (genuine security alerts from the
// services where the leaked password was tried). Codes and links asked for are `own`; every
// notice is `important`, with the wave's id when it arrives inside one.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { EVERYDAY_CLASSES } from '../look/types.ts'
import { putLook } from '../look/index.ts'
import type { Person } from '../people.ts'
import { fill, numeric, put, token, type Part } from '../records.ts'
import { SEC_DE, SEC_EN } from './en-de.ts'
import { SEC_ES, SEC_FR } from './fr-es.ts'
import { SEC_IT, SEC_NL, SEC_PT } from './pt-it-nl.ts'
import { OWN_KEYS, type SecurityKey, type SecurityTexts } from './types.ts'

export const SECURITY: Record<Lang, SecurityTexts> = {
  en: SEC_EN,
  de: SEC_DE,
  fr: SEC_FR,
  es: SEC_ES,
  pt: SEC_PT,
  it: SEC_IT,
  nl: SEC_NL,
}

export type BurstKind = 'hygiene' | 'phone' | 'stuffing'

export interface BurstSpec {
  kind: BurstKind
  lang: Lang
  person: Person
  start: number
  prefix: string
  services: readonly string[]
  /** Set when the burst falls inside a wave. */
  waveId?: string
  /** The wave's span: a notice is labelled with the wave only when it arrives inside it. */
  waveSpan?: [number, number]
  /** Share of services with earlier mail in the inbox. */
  known: number
}

function one(
  rng: Random,
  part: Part,
  s: BurstSpec,
  service: string,
  key: SecurityKey,
  at: number,
  i: number,
): void {
  const [subject, body] = SECURITY[s.lang][key]
  const slug = service.toLowerCase()
  const values = {
    brand: service,
    code: numeric(rng, 6),
    link: `https://accounts.${slug}.com/reset/${token(rng, 24)}`,
    place: s.person.city,
    time: new Date(at).toISOString().slice(11, 16),
    amount: `${rng.int(2, 15)}.99`,
  }
  const own = OWN_KEYS.includes(key)
  const label: MailLabel = {
    label: own ? 'own' : 'important',
    lang: s.lang,
    source: `burst:${s.kind}:${key}`,
  }
  const local = key === 'storeReceipt' ? 'no_reply' : rng.pick(['security', 'no-reply', 'accounts'])
  const domain = key === 'storeReceipt' ? `email.${slug}-store.com` : `${slug}.com`
  put(
    part,
    {
      id: `${s.prefix}-${s.kind}-${i}`,
      at,
      from: `${service} <${local}@${domain}>`,
      subject: fill(subject, values),
      body: fill(body, values),
      to: s.person.address,
    },
    !own && s.waveId && s.waveSpan && at >= s.waveSpan[0] && at <= s.waveSpan[1]
      ? { ...label, waveId: s.waveId }
      : label,
  )
}

function history(rng: Random, part: Part, s: BurstSpec, service: string, i: number): void {
  for (let h = 0; h < rng.int(1, 2); h++)
    putLook(rng, part, {
      cls: rng.pick(EVERYDAY_CLASSES.filter((c) => c === 'newsletter' || c === 'app-notice')),
      lang: s.lang,
      person: s.person,
      brand: service,
      at: s.start - rng.int(3, 25) * DAY - rng.int(0, 12) * HOUR,
      id: `${s.prefix}-${s.kind}-${i}-h${h}`,
      where: 'history',
      text: rng.int(0, 2),
    })
}

const NOTICES: readonly SecurityKey[] = ['twofa', 'newSignin', 'recovery', 'confirmed']
const ALERTS: readonly SecurityKey[] = ['tried', 'blocked', 'failed', 'wasThisYou']

/** Puts the burst's mail (and its services' earlier mail) into the part. */
export function putBurst(rng: Random, part: Part, s: BurstSpec): void {
  let i = 0
  let at = s.start
  const span = s.kind === 'hygiene' ? rng.int(60, 120) : 60
  const step = (span * MINUTE) / Math.max(1, s.services.length)
  if (s.kind === 'hygiene')
    one(rng, part, s, s.services[0]!, 'breach', at - rng.int(20, 90) * MINUTE, i++)
  s.services.forEach((service, n) => {
    if (rng.chance(s.known)) history(rng, part, s, service, n)
    at = s.start + n * step + rng.int(0, Math.floor(step / 2))
    const keys: SecurityKey[] =
      s.kind === 'hygiene'
        ? [
            rng.pick(['reset', 'code'] as const),
            'changed',
            ...rng.shuffle(NOTICES).slice(0, rng.int(1, 2)),
          ]
        : s.kind === 'phone'
          ? [
              'code',
              rng.pick(['newDevice', 'welcomeBack'] as const),
              ...(rng.chance(0.3) ? (['storeReceipt'] as const) : []),
            ]
          : [rng.pick(ALERTS), ...(rng.chance(0.25) ? [rng.pick(ALERTS)] : [])]
    keys.forEach((key, j) => one(rng, part, s, service, key, at + j * rng.int(20, 150) * 1000, i++))
  })
}
