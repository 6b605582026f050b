// The mail of one wave: every submission of every form brings the company's first mail a few
// seconds later, in the company's campaign-long wording and sender row, with the payload echoed
// where the form echoes it (the message for tickets and form copies, the name for sign-ups).
import type { Random } from '../prng.ts'
import { fill, numeric, token, type Mail } from '../nineteenth/records.ts'
import type { Lang } from '../types.ts'
import type { CampaignPlan, Slot, WavePlan } from './campaign.ts'
import type { Person } from './people.ts'
import type { Company } from './roster.ts'
import type { FortiethLabel } from './types.ts'

export interface Labelled {
  mail: Mail
  label: FortiethLabel
}

/** The values a company's texts are filled with for one submission. */
export function valuesFor(
  rng: Random,
  company: Company,
  wave: WavePlan,
  person: Person,
): Record<string, string> {
  const lang: Lang = company.lang
  return {
    company: company.name,
    ref:
      company.family === 'helpdesk'
        ? `${rng.pick(['', '#', 'T-', 'CS'])}${numeric(rng, 6)}`
        : numeric(rng, 6),
    message: wave.payload.message(lang),
    name: wave.payload.name?.(lang) ?? person.first,
    link: `https://${company.domain}/${rng.pick(['confirm', 'verify', 'r', 'account/activate'])}?t=${token(rng, 28)}`,
    code: numeric(rng, 6),
  }
}

export function baseLabel(company: Company, wave: WavePlan, slot: Slot): FortiethLabel {
  return {
    label: 'wave',
    lang: company.lang,
    family: company.family,
    product: company.product?.product ?? 'in-house',
    waveId: wave.waveId,
    sender: company.row.kind,
    payload: wave.payload.label,
    waveNo: wave.no,
    seen: slot.seen,
    shape: wave.shape,
  }
}

function slotMails(
  rng: Random,
  wave: WavePlan,
  slot: Slot,
  person: Person,
  n: number,
): (Labelled & { values: Record<string, string> })[] {
  const c = slot.company
  return slot.submits.map((offset, s) => {
    const values = valuesFor(rng, c, wave, person)
    const mail: Mail = {
      id: `${wave.waveId}-${n}-${s}`,
      at: wave.start + offset + rng.int(5, 90) * 1000,
      from: c.row.from,
      subject: fill(c.wording.subject, values),
      body: fill(c.wording.body, values),
      to: person.address,
    }
    return { mail, values, label: { ...baseLabel(c, wave, slot), source: `wording:${c.source}` } }
  })
}

export interface BuiltWave {
  plan: WavePlan
  mails: Labelled[]
  end: number
  /** The first mail of each slot, which its trail follows. */
  firsts: { slot: Slot; mail: Mail; values: Record<string, string> }[]
}

export function buildWaves(rng: Random, campaign: CampaignPlan, person: Person): BuiltWave[] {
  return campaign.waves.map((plan) => {
    const mails: Labelled[] = []
    const firsts: BuiltWave['firsts'] = []
    plan.slots.forEach((slot, n) => {
      const list = slotMails(rng, plan, slot, person, n)
      mails.push(...list.map(({ mail, label }) => ({ mail, label })))
      firsts.push({ slot, mail: list[0]!.mail, values: list[0]!.values })
    })
    const end = Math.max(...mails.map((m) => m.mail.at))
    return { plan, mails, end, firsts }
  })
}
