// A burst the person caused (g-own): 8-12 mails sent to companies' own addresses within an hour,
// each answered 1-10 minutes later from the company domain, its hosted helpdesk
// (`<company>.zendesk.com`, `<company>.freshdesk.com`) or a sister brand's helpdesk with the sent
// subject in a wrapper; one sign-up with no wave around it; two or three newsletters subscribed to
// the same day. All labelled `own`.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, sisterOf } from './companies.ts'
import { OWN } from './own-texts.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const t = OWN[lang]
  let n = 0
  const label = (source: string) => ({ label: 'own' as const, lang, source })
  const companies = pickCompanies(rng, rng.int(8, 12) + 4, () => lang)
  const asked = companies.slice(0, companies.length - 4)
  asked.forEach((c, i) => {
    const at = start + rng.int(0, 55) * MINUTE + i * 1000
    const s = fill(rng.pick(t.asks), { n: numeric(rng, 7) })
    const values = { s, first: person.first, ref: numeric(rng, 6) }
    put(
      part,
      {
        id: `${prefix}-${n++}`,
        at,
        from: `${person.name} <${person.address}>`,
        to: `service@${c.domain}`,
        subject: s,
        body: fill(t.body, values),
        sent: true,
      },
      label('sent:own'),
    )
    const row = rng.int(0, 3)
    const from =
      row === 0
        ? `${c.name} <service@${c.domain}>`
        : row === 1
          ? `${c.name} Support <support@${c.stem}.zendesk.com>`
          : row === 2
            ? `${c.name} <help@${c.stem}.freshdesk.com>`
            : `${c.name} Care <care@${sisterOf(rng, c).stem}.zendesk.com>`
    put(
      part,
      {
        id: `${prefix}-${n++}`,
        at: at + rng.int(1, 10) * MINUTE,
        from,
        to: person.address,
        subject: fill(rng.pick(t.wrappers), values),
        body: `${fill(rng.pick(t.answers), values)}\n\n> ${s}`,
      },
      label('own:reply'),
    )
  })
  const [signup, ...letters] = companies.slice(companies.length - 4)
  const confirm = (
    c: NonNullable<typeof signup>,
    pair: readonly [string, string],
    at: number,
    source: string,
  ) =>
    put(
      part,
      {
        id: `${prefix}-${n++}`,
        at,
        from: `${c.name} <no-reply@${c.domain}>`,
        to: person.address,
        subject: pair[0].replace('{c}', c.name),
        body: pair[1].replace('{link}', `https://${c.domain}/confirm/${token(rng, 20)}`),
      },
      label(source),
    )
  confirm(signup!, t.signup, start + rng.int(3, 8) * 60 * MINUTE, 'own:signup')
  letters
    .slice(0, rng.int(2, 3))
    .forEach((c, i) =>
      confirm(c, t.newsletter, start + (90 + i * rng.int(20, 140)) * MINUTE, 'own:newsletter'),
    )
  return part
}
