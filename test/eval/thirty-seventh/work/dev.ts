// The developer's work mail: CI runs, review requests and issue comments from the team's forge,
// dependency advisories and mailing-list replies (`ham`), cloud billing receipts (`important`),
// and the console sign-in codes they ask for themselves (`own`).
import type { Random } from '../../prng.ts'
import { fill, numeric, token } from '../../nineteenth/records.ts'
import { wording } from '../wording.ts'
import { TOOLS, toolDomain, type Person } from '../people.ts'
import { AGENT_TEXTS } from './agent-texts.ts'
import { list, money, slug, weighted, type WorkItem } from './common.ts'
import { COMMITS, DEV_TEXTS, JOBS, PACKAGES, type DevTexts } from './dev-texts.ts'

type DevClass = keyof Omit<DevTexts, 'titles' | 'comments' | 'topics'>

const CLASSES: readonly (readonly [DevClass, number])[] = [
  ['ci', 35],
  ['review', 15],
  ['issue', 20],
  ['advisory', 5],
  ['receipt', 4],
  ['list', 15],
  ['code', 6],
]

const MONTHS = ['2026-09', '2026-10', 'September 2026', 'October 2026']

function values(rng: Random, person: Person): Record<string, string> {
  const t = DEV_TEXTS[person.lang]
  const repo = `${person.stem}/${rng.pick(['api', 'web', 'infra', 'mobile'])}`
  return {
    repo,
    branch: rng.pick(['main', 'develop', `feature/${rng.pick(['billing', 'search', 'export'])}`]),
    sha: token(rng, 7).toLowerCase(),
    run: numeric(rng, 4),
    colleague: rng.pick(list(AGENT_TEXTS[person.lang].customers)),
    commit: rng.pick(list(COMMITS)),
    job: rng.pick(list(JOBS)),
    ci: TOOLS.ci,
    forge: TOOLS.forge,
    pr: numeric(rng, 3),
    issue: numeric(rng, 3),
    title: rng.pick(list(t.titles)),
    comment: rng.pick(list(t.comments)),
    pkg: rng.pick(list(PACKAGES)),
    severity: rng.pick(['high', 'moderate', 'critical']),
    version: `${rng.int(1, 4)}.${rng.int(0, 9)}.${rng.int(1, 9)}`,
    cloud: TOOLS.cloud,
    invoice: numeric(rng, 8),
    amount: money(rng, person.lang, 9, 380),
    month: rng.pick(MONTHS),
    last4: numeric(rng, 4),
    list: `${person.stem}-dev`,
    topic: rng.pick(list(t.topics)),
    code: numeric(rng, 6),
    link: `https://${toolDomain(TOOLS.forge)}/${repo}/${token(rng, 8)}`,
  }
}

function sender(cls: DevClass, v: Record<string, string>, person: Person): string {
  switch (cls) {
    case 'ci':
      return `${TOOLS.ci} <notifications@${toolDomain(TOOLS.ci)}>`
    case 'review':
    case 'issue':
      return `${v.colleague} <notifications@${toolDomain(TOOLS.forge)}>`
    case 'advisory':
      return `${TOOLS.forge} <security@${toolDomain(TOOLS.forge)}>`
    case 'receipt':
      return `${TOOLS.cloud} Billing <billing@${toolDomain(TOOLS.cloud)}>`
    case 'list':
      return `${v.colleague} <${slug(v.colleague!)}@${person.domain}>`
    default:
      return `${TOOLS.cloud} <no-reply@${toolDomain(TOOLS.cloud)}>`
  }
}

export function devMail(rng: Random, person: Person, at: number, id: string): WorkItem {
  const cls = weighted(rng, CLASSES)
  const v = values(rng, person)
  const text = wording(DEV_TEXTS[person.lang][cls])
  return {
    mail: {
      id,
      at,
      from: sender(cls, v, person),
      subject: fill(text.subject, v),
      body: fill(text.body, v),
      to: cls === 'list' ? `${v.list}@lists.${person.domain}` : person.address,
    },
    label: cls === 'receipt' ? 'important' : cls === 'code' ? 'own' : 'ham',
    cls,
  }
}
