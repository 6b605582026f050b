// The support agent's helpdesk notifications, many per hour in working hours: new tickets,
// assignments, customer replies, SLA warnings and satisfaction ratings from the company's own
// helpdesk address (or its hosted helpdesk subdomain), plus a digest every morning. All `ham`.
import type { Random } from '../../prng.ts'
import { fill, numeric, token } from '../../nineteenth/records.ts'
import { wording } from '../wording.ts'
import type { Person } from '../people.ts'
import { AGENT_TEXTS } from './agent-texts.ts'
import { list, slug, weighted, type WorkItem } from './common.ts'

const CLASSES = [
  ['created', 35],
  ['assigned', 15],
  ['replied', 30],
  ['sla', 8],
  ['csat', 12],
] as const

const PRIORITY = ['P1', 'P2', 'P3', 'Normal', 'High']

export function agentValues(rng: Random, person: Person): Record<string, string> {
  const t = AGENT_TEXTS[person.lang]
  const customer = rng.pick(list(t.customers))
  return {
    company: person.company,
    ticket: numeric(rng, 4),
    csubject: rng.pick(list(t.subjects)),
    customer,
    cemail: `${slug(customer)}@${rng.pick(['gmail.com', 'outlook.com', 'web.de', 'yahoo.com'])}`,
    cmessage: rng.pick(list(t.messages)),
    creply: rng.pick(list(t.replies)),
    comment: rng.pick(list(t.comments)),
    assigner: rng.pick(list(t.customers)).split(' ')[0]!,
    priority: rng.pick(PRIORITY),
    minutes: String(rng.pick([15, 30, 45])),
    rating: rng.pick(['👍', '👎', '★★★★★', '★★☆☆☆']),
    first: person.first,
    open: String(rng.int(12, 80)),
    overdue: String(rng.int(0, 9)),
    unassigned: String(rng.int(0, 15)),
    solved: String(rng.int(10, 60)),
    link: `https://${person.helpdesk.split('@')[1]}/agent/tickets/${token(rng, 10)}`,
  }
}

export function agentMail(
  rng: Random,
  person: Person,
  at: number,
  id: string,
  cls?: 'digest' | 'created' | 'assigned',
  extra: Readonly<Record<string, string>> = {},
): WorkItem {
  const name = cls ?? weighted(rng, CLASSES)
  const text = wording(AGENT_TEXTS[person.lang][name])
  const values = { ...agentValues(rng, person), ...extra }
  return {
    mail: {
      id,
      at,
      from: `${person.company} Support <${person.helpdesk}>`,
      subject: fill(text.subject, values),
      body: fill(text.body, values),
      to: person.address,
    },
    label: 'ham',
    cls: `ticket-${name}`,
  }
}
