// Each persona's ordinary provider mail (streams, one sender per stream), and the security mail
// the person causes themselves: a new phone, a changed password, a login abroad (`important`).
import type { Random } from '../prng.ts'
import { fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { alertMail, alertValues, type Actor } from './alerts.ts'
import { TRANSFER } from './alert-texts-a.ts'
import { CARD } from './alert-texts-b.ts'
import * as L from './locale.ts'
import { NEWSLETTER, STATEMENT } from './look-texts-a.ts'
import { RE, REPLY, TOPICS } from './look-texts-b.ts'
import type { Person } from './people.ts'
import * as P from './persona-texts-a.ts'
import * as Q from './persona-texts-b.ts'
import { provider, type Sector } from './providers.ts'
import type { AlertKind, FortyFirstLabel, PersonaKind } from './types.ts'
import type { ByLang } from './wording.ts'

interface Stream {
  name: string
  sector: Sector | 'family'
  text: ByLang
  label: 'important' | 'ham'
  every: readonly [number, number]
}

const s = (
  name: string,
  sector: Stream['sector'],
  text: ByLang,
  label: Stream['label'],
  every: readonly [number, number],
): Stream => ({ name, sector, text, label, every })

export const STREAMS: Record<PersonaKind, readonly Stream[]> = {
  'shop-owner': [
    s('payout', 'payments', P.PAYOUT, 'important', [3, 4]),
    s('chargeback', 'payments', P.CHARGEBACK, 'important', [9, 13]),
    s('sale', 'marketplace', P.SALE, 'important', [1, 2]),
    s('label', 'labels', P.LABEL, 'ham', [2, 3]),
    s('statement', 'bank', STATEMENT, 'important', [20, 26]),
  ],
  'crypto-holder': [
    s('price', 'exchange', P.PRICE, 'ham', [2, 4]),
    s('withdrawal', 'exchange', TRANSFER, 'important', [6, 9]),
    s('statement', 'bank', STATEMENT, 'important', [20, 26]),
    s('card', 'card', CARD, 'important', [3, 6]),
  ],
  pensioner: [
    s('statement', 'bank', STATEMENT, 'important', [20, 26]),
    s('pension', 'pension', Q.PENSION, 'important', [20, 26]),
    s('pharmacy', 'pharmacy', Q.PHARMACY, 'ham', [6, 8]),
    s('newsletter', 'shop', NEWSLETTER, 'ham', [5, 7]),
    s('family', 'family', REPLY, 'ham', [3, 5]),
  ],
  traveller: [
    s('booking', 'airline', Q.BOOKING, 'important', [8, 12]),
    s('checkin', 'airline', Q.CHECKIN, 'important', [8, 12]),
    s('hotel', 'hotel', Q.HOTEL, 'important', [8, 12]),
    s('rental', 'rental', Q.RENTAL, 'important', [10, 14]),
    s('card', 'card', CARD, 'important', [3, 5]),
    s('newsletter', 'airline', NEWSLETTER, 'ham', [6, 8]),
  ],
}

function streamFrom(person: Person, stream: Stream): { from: string; brand: string } {
  if (stream.sector === 'family') {
    const who = {
      en: 'Mum',
      de: 'Mama',
      fr: 'Maman',
      es: 'Mamá',
      pt: 'Mãe',
      it: 'Mamma',
      nl: 'Mam',
    }[person.lang]
    return {
      from: `${who} <${person.last.toLowerCase().replace(/\W/gu, '')}.family@${provider('mail', person.lang).domain}>`,
      brand: who,
    }
  }
  const prov = provider(stream.sector, person.lang)
  return {
    from: `${prov.name} <${stream.label === 'ham' ? 'news' : 'no-reply'}@${prov.domain}>`,
    brand: prov.name,
  }
}

function streamValues(
  rng: Random,
  person: Person,
  brand: string,
  at: number,
): Record<string, string> {
  const lang = person.lang
  return {
    name: person.first,
    brand,
    sender: brand,
    amount: L.money(lang, rng.int(25, 900) + 0.01 * rng.int(0, 99)),
    ref: numeric(rng, 8),
    code: token(rng, 6).toUpperCase(),
    last4: numeric(rng, 4),
    month: L.MONTHS[lang][0],
    date: L.day(lang, at + rng.int(3, 20) * DAY),
    item: rng.pick(L.ITEMS[lang]),
    route: rng.pick(L.ROUTES),
    payee: `${person.first} ${person.last}`,
    merchant: rng.pick(['CAFE CENTRAL', 'CITY TAXI', 'BOOKSHOP 21', 'MARKET HALL']),
    time: L.when(lang, at),
    topic: rng.pick(TOPICS[lang]),
    re: RE[lang],
    link: `https://${token(rng, 6).toLowerCase()}.example.org/${token(rng, 12)}`,
  }
}

/** Every stream of the persona from `from` to `to`, each mail at its stream's cadence. */
export function streamsPart(
  rng: Random,
  part: Part,
  person: Person,
  from: number,
  to: number,
  prefix: string,
): void {
  STREAMS[person.kind].forEach((stream, k) => {
    const sender = streamFrom(person, stream)
    // Every stream starts within four days, so a monthly statement is history before any wave.
    let at =
      from +
      rng.int(0, Math.min(4, stream.every[0])) * DAY +
      rng.int(7, 20) * HOUR +
      rng.int(0, 59) * MINUTE
    for (let i = 0; at < to; i++) {
      const v = streamValues(rng, person, sender.brand, at)
      const [subject, body] = stream.text[person.lang]
      const mail = {
        id: `${prefix}-s${k}-${i}`,
        at,
        from: sender.from,
        to: person.address,
        subject: fill(subject, v),
        body: fill(body, v),
      }
      const label: FortyFirstLabel = {
        label: stream.label,
        lang: person.lang,
        source: `persona:${person.kind}:${stream.name}`,
        persona: person.kind,
      }
      put(part, mail, label)
      at += rng.int(stream.every[0], stream.every[1]) * DAY + rng.int(-3, 3) * HOUR
    }
  })
}

/** The security mail each persona causes: [sector, alert, who] in the order it happens. */
const OWN_SECURITY: Record<PersonaKind, readonly (readonly [Sector, AlertKind, Actor])[]> = {
  'shop-owner': [
    ['payments', 'signin', 'home'],
    ['payments', 'twofa', 'home'],
  ],
  'crypto-holder': [
    ['exchange', 'signin', 'home'],
    ['exchange', 'twofa', 'home'],
  ],
  pensioner: [['bank', 'password', 'home']],
  traveller: [
    ['mail', 'signin', 'abroad'],
    ['card', 'card', 'abroad'],
  ],
}

/** The person's own security mail, a minute or two apart, starting at `at`. */
export function ownSecurity(
  rng: Random,
  part: Part,
  person: Person,
  at: number,
  prefix: string,
  waveId?: string,
): void {
  OWN_SECURITY[person.kind].forEach(([sector, alert, actor], i) => {
    const prov = provider(sector, person.lang)
    const when = at + i * rng.int(1, 3) * MINUTE
    const values = alertValues(rng, person.lang, person, prov, when, actor)
    const base = {
      id: `${prefix}-sec-${i}`,
      at: when,
      from: `${prov.name} <no-reply@${prov.domain}>`,
      to: person.address,
    }
    const label: FortyFirstLabel = {
      label: 'important',
      lang: person.lang,
      source: `persona:${person.kind}:security`,
      alert,
      persona: person.kind,
      selfSecurity: true,
    }
    if (waveId) label.waveId = waveId
    put(part, alertMail(alert, values, person.lang, base), label)
  })
}
