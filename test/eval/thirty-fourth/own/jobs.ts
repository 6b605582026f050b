// The job seeker: on an application day she fills in the web forms of 8-20 employers within an
// hour or two (no sent mail behind them); each applicant-tracking system answers within minutes,
// some first asking to verify the address. Later: interviews, assessments, rejections, an offer.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { emptyPart, fill, put, token, type Part } from '../../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { ATS_HOSTS, cap, TLD, WORK_STEMS } from '../companies.ts'
import type { Person } from '../people.ts'
import { JOB_TEXTS, ROLES, type JobStage } from './job-texts.ts'

export interface Application {
  employer: string
  domain: string
  lang: Lang
  role: string
  at: number
}

function sender(rng: Random, employer: string, domain: string): string {
  const roll = rng.next()
  if (roll < 0.4) return `${employer} Recruiting <no-reply@${rng.pick(ATS_HOSTS)}>`
  if (roll < 0.7)
    return `${employer} <${employer.toLowerCase()}@${rng.pick(ATS_HOSTS).split('.').slice(1).join('.')}>`
  return `${employer} Careers <jobs@${domain}>`
}

function mail(
  rng: Random,
  part: Part,
  a: Application,
  stage: JobStage,
  person: Person,
  at: number,
  id: string,
  label: MailLabel,
): void {
  const t = rng.pick(JOB_TEXTS[a.lang][stage])
  const when = new Date(at + rng.int(2, 6) * DAY)
  const values = {
    role: a.role,
    employer: a.employer,
    first: person.first,
    link: `https://${rng.pick(ATS_HOSTS)}/a/${token(rng, 20)}`,
    day: `${when.getUTCDate()}.${when.getUTCMonth() + 1}.`,
    time: `${rng.int(9, 16)}:${rng.pick(['00', '30'])}`,
  }
  put(
    part,
    {
      id,
      at,
      from: sender(rng, a.employer, a.domain),
      subject: fill(t.subject, values),
      body: fill(t.body, values),
      to: person.address,
    },
    label,
  )
}

/** One application day: `count` employers in one to two hours, each answering within minutes. */
export function applicationDay(
  rng: Random,
  langs: readonly Lang[],
  person: Person,
  start: number,
  count: number,
  prefix: string,
  offset = 0,
): { part: Part; applications: Application[] } {
  const part = emptyPart()
  const applications: Application[] = []
  const span = rng.int(60, 120) * MINUTE
  for (let i = 0; i < count; i++) {
    const lang = langs[i % langs.length]!
    const stem = WORK_STEMS[(offset + i) % WORK_STEMS.length]!
    const a = {
      employer: cap(stem),
      domain: `${stem}.${TLD[lang]}`,
      lang,
      role: rng.pick(ROLES[lang]),
      at: start + Math.floor((i / count) * span) + rng.int(0, 4) * MINUTE,
    }
    applications.push(a)
    let at = a.at + rng.int(1, 6) * MINUTE
    if (rng.chance(0.25)) {
      mail(rng, part, a, 'verify', person, at, `${prefix}-${i}-verify`, {
        label: 'own',
        lang,
        source: 'own:apply:verify',
      })
      at += rng.int(3, 12) * MINUTE
    }
    mail(rng, part, a, 'ack', person, at, `${prefix}-${i}-ack`, {
      label: 'own',
      lang,
      source: 'own:apply:ack',
    })
  }
  return { part, applications }
}

/** Later answers: interviews, assessments and rejections (ham), one offer (important). */
export function laterAnswers(
  rng: Random,
  applications: readonly Application[],
  person: Person,
  prefix: string,
  end: number,
): Part {
  const part = emptyPart()
  applications.forEach((a, i) => {
    const at = Math.min(end - HOUR, a.at + rng.int(2, 12) * DAY + rng.int(8, 17) * HOUR)
    const stage: JobStage =
      i === 3 ? 'offer' : rng.pick(['interview', 'assessment', 'rejection', 'rejection'] as const)
    if (i !== 3 && rng.chance(0.4)) return
    mail(rng, part, a, stage, person, at, `${prefix}-${i}-${stage}`, {
      label: stage === 'offer' ? 'important' : 'ham',
      lang: a.lang,
      source: `job:${stage}`,
    })
  })
  return part
}
