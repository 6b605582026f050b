// Bursts the person causes at work, all labelled `own`: the agent tests their own helpdesk's web
// form (and mails it once or twice) and gets acknowledgements and new-ticket notices back; the
// shop owner signs up to 8-15 SaaS tools in an afternoon; the developer opens accounts and API
// keys at 4-8 services within an hour.
import type { Random } from '../../prng.ts'
import { MINUTE } from '../../nineteenth/clock.ts'
import { fill, numeric, token } from '../../nineteenth/records.ts'
import { TOOLS, toolDomain, type Person } from '../people.ts'
import { agentMail } from '../work/agent.ts'
import { list, type WorkItem } from '../work/common.ts'
import { wording } from '../wording.ts'
import { BURST_TEXTS, type BurstTexts } from './texts.ts'

type Key = Exclude<keyof BurstTexts, 'tests'>

interface Ctx {
  rng: Random
  person: Person
  prefix: string
  items: WorkItem[]
}

function add(ctx: Ctx, key: Key, at: number, from: string, v: Record<string, string>, cls: string) {
  const text = wording(BURST_TEXTS[ctx.person.lang][key])
  const id = `${ctx.prefix}-${ctx.items.length}`
  const mail = {
    id,
    at,
    from,
    subject: fill(text.subject, v),
    body: fill(text.body, v),
    to: ctx.person.address,
  }
  ctx.items.push({ mail, label: 'own', cls })
}

function agentTests(ctx: Ctx, start: number): void {
  const { rng, person } = ctx
  const tests = list(BURST_TEXTS[person.lang].tests)
  const count = rng.int(3, 8)
  const span = rng.int(15, 40) * MINUTE
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor((i * span) / count) + rng.int(0, 60_000)
    const tsubject = `${tests[i % tests.length]}${i >= tests.length ? ` ${i}` : ''}`
    const ticket = numeric(rng, 4)
    const byMail = rng.chance(0.35)
    if (byMail) {
      const id = `${ctx.prefix}-${ctx.items.length}`
      const from = `${person.first} ${person.last} <${person.address}>`
      const mail = {
        id,
        at,
        from,
        subject: tsubject,
        body: 'test',
        to: person.helpdesk,
        sent: true,
      }
      ctx.items.push({ mail, label: 'own', cls: 'sent' })
    }
    const v = { company: person.company, first: person.first, tsubject, ticket }
    const helpdesk = `${person.company} Support <${person.helpdesk}>`
    add(ctx, 'ack', at + rng.int(10, 180) * 1000, helpdesk, v, 'ack')
    const extra = {
      ticket,
      csubject: tsubject,
      customer: `${person.first} ${person.last}`,
      cemail: person.address,
      cmessage: tsubject,
    }
    const id = `${ctx.prefix}-${ctx.items.length}`
    const note = agentMail(rng, person, at + rng.int(5, 120) * 1000, id, 'created', extra)
    ctx.items.push({ ...note, label: 'own', cls: 'notify' })
  }
}

function values(ctx: Ctx, name: string, at: number): Record<string, string> {
  return {
    tool: name,
    svc: name,
    first: ctx.person.first,
    code: numeric(ctx.rng, 6),
    key: ctx.rng.pick(['prod', 'staging', 'ci-deploy', 'local-dev']),
    date: new Date(at + 14 * 86_400_000).toISOString().slice(0, 10),
    link: `https://app.${toolDomain(name)}/${token(ctx.rng, 16)}`,
  }
}

function toolSignups(ctx: Ctx, start: number): void {
  const { rng } = ctx
  const tools = rng.shuffle(TOOLS.saas).slice(0, rng.int(8, 15))
  const span = rng.int(90, 240) * MINUTE
  for (const tool of tools) {
    const at = start + Math.floor(rng.next() * span)
    const from = `${tool} <${rng.pick(['hello', 'no-reply', 'team'])}@${toolDomain(tool)}>`
    const v = values(ctx, tool, at)
    add(ctx, 'shopVerify', at + rng.int(5, 120) * 1000, from, v, 'verify')
    if (rng.chance(0.8)) add(ctx, 'shopWelcome', at + rng.int(3, 15) * MINUTE, from, v, 'welcome')
    if (rng.chance(0.5)) add(ctx, 'shopTrial', at + rng.int(20, 90) * MINUTE, from, v, 'trial')
  }
}

function devAccounts(ctx: Ctx, start: number): void {
  const { rng } = ctx
  const services = rng.shuffle(TOOLS.devServices).slice(0, rng.int(4, 8))
  services.forEach((svc, i) => {
    const at = start + Math.floor((i * 60 * MINUTE) / services.length) + rng.int(0, 5) * MINUTE
    const from = `${svc} <${rng.pick(['no-reply', 'accounts', 'security'])}@${toolDomain(svc)}>`
    const v = values(ctx, svc, at)
    add(ctx, 'devVerify', at + rng.int(5, 60) * 1000, from, v, 'code')
    if (rng.chance(0.6)) add(ctx, 'devWelcome', at + rng.int(2, 10) * MINUTE, from, v, 'welcome')
    add(ctx, 'devKey', at + rng.int(5, 20) * MINUTE, from, v, 'key')
  })
}

/** The person's burst (by persona) starting at `start`. */
export function buildBurst(rng: Random, person: Person, start: number, prefix: string): WorkItem[] {
  const ctx: Ctx = { rng, person, prefix, items: [] }
  if (person.persona === 'agent') agentTests(ctx, start)
  else if (person.persona === 'shop') toolSignups(ctx, start)
  else devAccounts(ctx, start)
  return ctx.items
}
