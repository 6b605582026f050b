// Builds one wave from its plan: the companies whose forms were used, one to four submissions
// each, every company answering in its own wording from its own sender row, arrival times in the
// plan's shape, and every mail labelled.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import type { Family } from './inhouse/types.ts'
import type { Person } from './people.ts'
import { add, emptyPart, fill, type Part } from './records.ts'
import { senderRow, senderShape } from './senders.ts'
import { values, type Typed } from './wave-values.ts'
import type { Arrival, WavePlan } from './wave-plan.ts'
import { familyOf, sourcesFor, WordingPicker, type ChosenWording } from './wave-words.ts'

export interface BuiltWave extends Part {
  plan: WavePlan
  companyList: Company[]
  /** Submissions per company, in companyList order. */
  submissions: number[]
  end: number
}

function submissionCounts(rng: Random, companies: number): number[] {
  const counts = Array.from({ length: companies }, () => {
    const u = rng.next()
    return u < 0.5 ? 1 : u < 0.78 ? 2 : u < 0.92 ? 3 : 4
  })
  const total = () => counts.reduce((a, b) => a + b, 0)
  while (total() < 40) {
    const i = rng.int(0, companies - 1)
    if (counts[i]! < 4) counts[i]!++
  }
  while (total() > 400) {
    const i = rng.int(0, companies - 1)
    if (counts[i]! > 1) counts[i]!--
  }
  return counts
}

/** Offset of a company's first submission, as a share of the wave's length. */
function share(rng: Random, arrival: Arrival, i: number, count: number): number {
  const u = rng.next()
  if (arrival === 'burst') return u ** 2.2
  if (arrival === 'tail') return u ** 3
  return count <= 30 ? Math.min(1, (i + u * 0.8) / (count - 0.2)) : u
}

function typed(rng: Random, plan: WavePlan, family: Family): Typed {
  const text = plan.payload.text
  if (plan.payload.kind === 'none') return { name: text, topic: text, message: text }
  const other = rng.pick(['Alex', 'Kim', 'J. Doe', 'admin'])
  if (family === 'helpdesk')
    return { name: plan.sameSubject || rng.chance(0.5) ? text : other, topic: text, message: text }
  return { name: text, topic: text, message: text }
}

export function buildWave(rng: Random, plan: WavePlan, person: Person): BuiltWave {
  const langOf = (): Lang => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const companyList = pickCompanies(rng, plan.companies, langOf)
  const submissions = submissionCounts(rng, companyList.length)
  const sources = sourcesFor(rng, companyList.length)
  const picker = new WordingPicker(rng)
  const length = plan.minutes * MINUTE
  const part = emptyPart()
  let end = plan.start
  companyList.forEach((c, i) => {
    const family = familyOf(plan.kind, rng)
    const chosen: ChosenWording = picker.pick(family, c.lang, sources[i]!)
    const row = senderRow(rng, c, family, senderShape(rng))
    const t = typed(rng, plan, family)
    let offset = i === 0 ? 0 : Math.floor(share(rng, plan.arrival, i, companyList.length) * length)
    for (let s = 0; s < submissions[i]!; s++) {
      if (s > 0) offset += rng.int(20, 240) * 1000
      const at = plan.start + Math.min(length, offset + rng.int(3, 90) * 1000)
      end = Math.max(end, at)
      const v = values(rng, c, row, family, at, person, t)
      let subject = fill(chosen.wording.subject, v)
      if (plan.sameSubject && !subject.includes(plan.payload.text))
        subject = `${subject} – ${plan.payload.text}`
      add(
        part,
        {
          id: `${plan.waveId}-${i}-${s}`,
          at,
          from: row.from,
          to: person.address,
          subject,
          body: fill(chosen.wording.body, v),
        },
        {
          label: 'wave',
          lang: c.lang,
          family,
          product: chosen.product,
          waveId: plan.waveId,
          sender: row.shape,
          payload:
            plan.payload.kind === 'none' ? 'none' : `${plan.payload.kind}/${plan.payload.disguise}`,
          source: `wording:${chosen.source}`,
        },
      )
    }
  })
  return { ...part, plan, companyList, submissions, end }
}
