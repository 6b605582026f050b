// What surrounds a wave: SpamAssassin ham over the days around it; look-alikes inside the wave
// from senders known to the inbox (their earlier mail days ahead) and new to it; earlier everyday
// mail from a few of the abused companies (prior customer); and the person's own life during
// the wave (a code they asked for, a reply to a friend and its answer, a delivery notice).
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { cap, LOOK_STEMS } from './companies.ts'
import { LOOK_CLASSES, lookLabel, lookMails, type Brand } from './look/index.ts'
import type { LookClass } from './look/types.ts'
import type { Person } from './people.ts'
import type { BuiltWave } from './wave.ts'

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count && ham.length > 0; i++) {
    const mail = rng.pick(ham)
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at: from + Math.floor(rng.next() * (to - from)),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      {
        label: 'ham',
        source: mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`,
      },
    )
  }
  return part
}

const TLD: Record<Lang, string> = {
  en: 'com',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}
export const brandOf = (stem: string, lang: Lang): Brand => ({
  name: cap(stem),
  domain: `${stem.toLowerCase()}.${TLD[lang]}`,
})

const IMPORTANT = LOOK_CLASSES.filter((c) => c.label === 'important')
const EVERYDAY = LOOK_CLASSES.filter((c) => c.label !== 'important')
const CODE = LOOK_CLASSES.find((c) => c.name === 'code')!
const PEOPLE = LOOK_CLASSES.find((c) => c.name === 'people')!
const ORDER = LOOK_CLASSES.find((c) => c.name === 'order')!

function putAll(part: Part, mails: ReturnType<typeof lookMails>): void {
  for (const { mail, label } of mails) put(part, mail, label)
}

/** Look-alikes and life inside the wave: 3-6 important in all, about 5 known and 5 new senders. */
export function insideWave(
  rng: Random,
  wave: BuiltWave,
  lang: Lang,
  person: Person,
  index: number,
): Part {
  const part = emptyPart()
  const { start } = wave.plan
  const span = Math.max(MINUTE, wave.end - start)
  const id = wave.plan.waveId.split('~')[0]!
  const within = () => start + Math.floor(rng.next() * span)
  const stems = rng.shuffle(LOOK_STEMS)
  const importantCount = rng.int(3, 6)
  const k = Math.floor(index / 8)
  // Classes rotate with the wave's kind, so each language's five waves hold every class both
  // from known and from new senders: important j -> class (k + j) % 4, known when j is even;
  // everyday j -> class (2k + j) % 10, known when j + k is even; one requested code.
  const picks: [LookClass, boolean][] = [
    ...Array.from({ length: importantCount - 1 }, (_, j): [LookClass, boolean] => [
      IMPORTANT[(k + j) % 4]!,
      j % 2 === 0,
    ]),
    ...Array.from({ length: 7 }, (_, j): [LookClass, boolean] => [
      EVERYDAY[(2 * k + j) % 10]!,
      (j + k) % 2 === 0,
    ]),
    [CODE, index % 2 === 0],
  ]
  picks.forEach(([cls, known], i) => {
    const brand = brandOf(stems[i]!, lang)
    const where = known ? 'wave-known' : 'wave-new'
    const lid = `${id}-look-${i}`
    putAll(
      part,
      lookMails(
        rng,
        cls,
        lang,
        person,
        brand,
        within(),
        lid,
        lookLabel(cls, lang, where, wave.plan.waveId),
      ),
    )
    if (known)
      for (let h = 0; h < rng.int(1, 2); h++) {
        const at = start - rng.int(3, 20) * DAY - rng.int(0, 12) * HOUR
        putAll(
          part,
          lookMails(
            rng,
            cls,
            lang,
            person,
            brand,
            at,
            `${lid}-h${h}`,
            lookLabel(cls, lang, 'history'),
          ).slice(0, 1),
        )
      }
  })
  // The person's life: a reply to a friend and the answer, a delivery notice (important).
  const t = within()
  putAll(
    part,
    lookMails(
      rng,
      PEOPLE,
      lang,
      person,
      brandOf(stems[20]!, lang),
      t,
      `${id}-life-friend`,
      { label: 'ham', lang, source: 'life:friend-reply' },
      1,
    ),
  )
  putAll(
    part,
    lookMails(
      rng,
      ORDER,
      lang,
      person,
      brandOf(stems[21]!, lang),
      within(),
      `${id}-life-delivery`,
      { label: 'important', lang, waveId: wave.plan.waveId, source: 'life:delivery' },
      1,
    ),
  )
  // Prior customer: earlier everyday mail from a few of the abused companies (every third wave).
  if (index % 3 === 0)
    wave.companyList.slice(0, rng.int(2, 4)).forEach((c, j) => {
      const cls = rng.pick([IMPORTANT[2]!, EVERYDAY[0]!])
      const at = start - rng.int(4, 25) * DAY - rng.int(0, 10) * HOUR
      const mails = lookMails(
        rng,
        cls,
        c.lang,
        person,
        { name: c.name, domain: c.domain },
        at,
        `${id}-prior-${j}`,
        { label: 'ham', lang: c.lang, source: 'lookalike:history:prior-customer' },
      )
      putAll(part, mails.slice(0, 1))
    })
  return part
}
