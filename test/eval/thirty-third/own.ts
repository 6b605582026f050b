// A burst the person caused (g-own): 8-12 mails sent to companies within an hour, each answered
// 1-10 minutes later from the company domain, its hosted helpdesk or a sister brand's helpdesk
// with the sent subject in a wrapper; one sign-up; two or three newsletters subscribed to; and
// the shop owner setting up three to six sales channels or tools in one afternoon. All `own`.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { HOUR, MINUTE } from './clock.ts'
import { companies, SHOP_STEMS, STEMS } from './companies.ts'
import type { Person } from './langs.ts'
import { OWN_TEXT } from './own-texts.ts'

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const t = OWN_TEXT[lang]
  const own = (source: string): MailLabel => ({ label: 'own', lang, source })
  const list = companies(rng, STEMS, 14, () => lang)
  const n = rng.int(8, 12)
  for (let i = 0; i < n; i++) {
    const c = list[i]!
    const at = start + Math.floor(rng.next() * HOUR)
    const s = `${rng.pick(t.sent)} (${numeric(rng, 4)})`
    put(
      part,
      {
        id: `${prefix}-s${i}`,
        at,
        from: `${person.name} <${person.address}>`,
        subject: s,
        body: `${s}.\n${person.first}`,
        to: `${c.name} <service@${c.domain}>`,
        sent: true,
      },
      own('own:sent'),
    )
    const ref = numeric(rng, 6)
    const host = rng.pick([
      c.domain,
      `${c.stem.toLowerCase()}.zendesk.com`,
      `${c.stem.toLowerCase()}.freshdesk.com`,
      `help.${list[13]!.domain}`,
    ])
    const body = `${fill(t.reply, { ref })}\n\n> ${s}`
    put(
      part,
      {
        id: `${prefix}-r${i}`,
        at: at + rng.int(1, 10) * MINUTE,
        from: `${c.name} <support@${host}>`,
        subject: fill(rng.pick(t.wrap), { s, ref, brand: c.name }),
        body,
        to: person.address,
      },
      own('own:reply'),
    )
  }
  const link = () => `https://${list[12]!.domain}/confirm/${token(rng, 20)}`
  const [su, sb] = fill(t.signup, { brand: list[12]!.name, link: link() }).split(' || ') as [
    string,
    string,
  ]
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + 2 * HOUR,
      from: `${list[12]!.name} <hello@${list[12]!.domain}>`,
      subject: su,
      body: sb,
      to: person.address,
    },
    own('own:signup'),
  )
  for (let i = 0; i < rng.int(2, 3); i++) {
    const c = list[9 + i]!
    const [ws, wb] = fill(t.welcome, { brand: c.name }).split(' || ') as [string, string]
    put(
      part,
      {
        id: `${prefix}-news${i}`,
        at: start + 3 * HOUR + i * 7 * MINUTE,
        from: `${c.name} <news@${c.domain}>`,
        subject: ws,
        body: wb,
        to: person.address,
      },
      own('own:newsletter'),
    )
  }
  const tools = rng.shuffle(SHOP_STEMS.slice(4)).slice(0, rng.int(3, 6))
  tools.forEach((stem, i) => {
    const [ts, tb] = fill(t.setup[i % t.setup.length]!, {
      brand: stem,
      link: `https://${stem.toLowerCase()}.example/a/${token(rng, 20)}`,
    }).split(' || ') as [string, string]
    put(
      part,
      {
        id: `${prefix}-tool${i}`,
        at: start + 5 * HOUR + i * rng.int(8, 25) * MINUTE,
        from: `${stem} <accounts@${stem.toLowerCase()}.example>`,
        subject: ts,
        body: tb,
        to: person.address,
      },
      own('own:shop-setup'),
    )
  })
  return part
}
