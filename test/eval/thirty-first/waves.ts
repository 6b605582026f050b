// Builds one wave from its plan: the companies (each with its own sender row and wording), one to
// four submissions each, some companies following up within minutes, arrivals by the plan's shape.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { MINUTE } from './clock.ts'
import { company, STEMS, type Company } from './companies.ts'
import { dress } from './dress.ts'
import type { Person } from './people.ts'
import { arrivalOffset, pickStyle, type WavePlan } from './plans.ts'
import { emptyPart, fill, numeric, put, split, token, type Part } from './records.ts'
import { senderRow, senderShape } from './senders.ts'
import type { Style } from './wording/blocks.ts'
import { composed, FAMILY_OF, IN_HOUSE, wordingFor } from './wording/index.ts'

export interface WaveShape extends Part {
  plan: WavePlan
  companyList: Company[]
  end: number
}

interface Member {
  c: Company
  from: string
  shape: ReturnType<typeof senderShape>
  style: Style
  submissions: number
}

function members(rng: Random, plan: WavePlan, stems: readonly string[]): Member[] {
  const list = stems.slice(0, plan.companies).map((stem) => {
    const lang: Lang = plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang
    const c = company(rng, stem, lang)
    const style = pickStyle(rng, plan.styles)
    const shape = senderShape(rng)
    const submissions = rng.chance(0.7) ? 1 : rng.int(2, 4)
    return { c, from: senderRow(rng, c, shape, style), shape, style, submissions }
  })
  const total = () => list.reduce((n, m) => n + m.submissions, 0)
  for (let i = 0; total() < plan.minMails + 2; i = (i + 1) % list.length)
    if (list[i]!.submissions < 4) list[i]!.submissions++
  for (let i = 0; total() > plan.maxMails - plan.maxMails / 8; i = (i + 1) % list.length)
    if (list[i]!.submissions > 1) list[i]!.submissions--
  return list
}

export function buildWave(
  rng: Random,
  plan: WavePlan,
  person: Person,
  taken: ReadonlySet<string>,
): WaveShape {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS.filter((s) => !taken.has(s)))
  const list = members(rng, plan, stems)
  const count = list.reduce((n, m) => n + m.submissions, 0)
  const used = new Set<string>()
  let n = 0
  let end = plan.start
  let extra = plan.maxMails - count
  list.forEach((m, ci) => {
    for (let s = 0; s < m.submissions; s++) {
      const at = plan.start + arrivalOffset(rng, plan, n++, count)
      const w = wordingFor(rng, m.style, m.c.lang, used)
      const values = {
        company: m.c.name,
        name: rng.chance(0.65) && !plan.payload.none ? plan.payload.text : person.first,
        payload: plan.payload.text,
        ticket: numeric(rng, rng.int(5, 7)),
        link: `https://${m.c.domain}/${m.style}/${token(rng)}`,
        code: numeric(rng, 6),
        email: person.address,
      }
      const label: MailLabel = {
        label: 'wave',
        waveId: plan.waveId,
        lang: m.c.lang,
        family: w.family,
        product: w.product,
        sender: m.shape,
        payload: plan.payload.label,
        source: `wording:${w.source}`,
      }
      const { subject, body } = split(fill(w.text, values))
      const id = `${plan.waveId}-${ci}-${s}`
      put(
        part,
        {
          id,
          at,
          from: m.from,
          subject,
          body: dress(rng, body, m.c.name, m.c.lang),
          to: person.address,
        },
        label,
      )
      end = Math.max(end, at)
      // A follow-up within minutes (a reminder to verify, or an acknowledgement after a check).
      if (extra > 0 && s === 0 && rng.chance(0.14)) {
        extra--
        const style: Style = m.style === 'check' ? 'ack' : m.style
        const later = Math.min(at + rng.int(1, 6) * MINUTE, plan.start + plan.spanMinutes * MINUTE)
        const text = split(fill(composed(rng, style, m.c.lang), values))
        put(
          part,
          {
            id: `${id}-f`,
            at: later,
            from: m.from,
            subject: text.subject,
            body: text.body,
            to: person.address,
          },
          {
            ...label,
            family: FAMILY_OF[style],
            product: IN_HOUSE.other,
            source: 'wording:composed',
          },
        )
        end = Math.max(end, later)
      }
    }
  })
  return { ...part, plan, companyList: list.map((m) => m.c), end }
}
