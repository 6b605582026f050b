// Bursts the organisation caused (label own): a new tool stack set up in an afternoon (verify,
// activate or welcome from 5-12 services), registering at 4-8 directories within an hour,
// applying at 3-6 grant or listing portals, and testing its own web form a few times.
import type { Random } from '../prng.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { capital, TOOL_STEMS } from './companies.ts'
import { splitText } from './org-types.ts'
import type { Org } from './orgs.ts'
import { OWN_TEXTS } from './own-texts.ts'
import { MINUTE } from './window.ts'

export const BURSTS = ['tools', 'directories', 'applications', 'form-test'] as const
export type Burst = (typeof BURSTS)[number]

const PROJECTS = ['Winter Appeal 2027', 'Youth Programme', 'New Roof', 'Open Doors Day']

interface Ctx {
  rng: Random
  org: Org
  part: Part
  prefix: string
  placement: (at: number) => string
  n: number
}

function send(
  c: Ctx,
  burst: Burst,
  key: string,
  at: number,
  sender: { name: string; domain: string },
) {
  const text = splitText(OWN_TEXTS[key]![c.org.lang])
  const first = c.org.reader.split(' ')[0]!
  const v = {
    first,
    tool: sender.name,
    org: c.org.name,
    address: c.org.address,
    link: `https://${sender.domain}/confirm/${token(c.rng, 24)}`,
    code: numeric(c.rng, 6),
    ref: `${c.rng.pick(['GR', 'APP', 'L'])}-${numeric(c.rng, 6)}`,
    project: c.rng.pick(PROJECTS),
  }
  const local = c.rng.pick(['no-reply', 'hello', 'team', 'info'])
  put(
    c.part,
    {
      id: `${c.prefix}-${c.n++}`,
      at,
      from: `${sender.name} <${local}@${sender.domain}>`,
      subject: fill(text.subject, v),
      body: fill(text.body, v),
      to: c.org.address,
    },
    { label: 'own', lang: c.org.lang, source: `burst:${c.org.kind}:${burst}:${c.placement(at)}` },
  )
}

function services(c: Ctx, count: number, offset: number, tld: string) {
  const stems = c.rng.shuffle(TOOL_STEMS.slice(30 + offset, 60))
  return stems.slice(0, count).map((s) => ({ name: capital(s), domain: `${s}.${tld}` }))
}

function tools(c: Ctx, start: number): void {
  let at = start
  for (const s of services(c, c.rng.int(5, 12), 0, 'io')) {
    at += c.rng.int(4, 25) * MINUTE
    send(c, 'tools', c.rng.chance(0.6) ? 'tool-verify' : 'tool-activate', at, s)
    send(c, 'tools', 'tool-welcome', at + c.rng.int(1, 6) * MINUTE, s)
  }
}

function directories(c: Ctx, start: number): void {
  for (const s of services(c, c.rng.int(4, 8), 8, 'net')) {
    const at = start + c.rng.int(1, 60) * MINUTE
    send(c, 'directories', 'directory-received', at, s)
    if (c.rng.chance(0.5)) send(c, 'directories', 'directory-confirm', at + MINUTE, s)
  }
}

function applications(c: Ctx, start: number): void {
  for (const s of services(c, c.rng.int(3, 6), 16, 'org')) {
    send(c, 'applications', 'application-ack', start + c.rng.int(2, 120) * MINUTE, s)
  }
}

function formTest(c: Ctx, start: number): void {
  const own = { name: c.org.name, domain: c.org.domain }
  const tries = c.rng.int(2, 5)
  for (let i = 0; i < tries; i++) {
    const at = start + i * c.rng.int(3, 8) * MINUTE
    send(c, 'form-test', 'form-ack', at + MINUTE, own)
    send(c, 'form-test', 'form-notice', at + 2 * MINUTE, { name: 'Website', domain: c.org.domain })
  }
}

const RUN: Record<Burst, (c: Ctx, start: number) => void> = {
  tools,
  directories,
  applications,
  'form-test': formTest,
}

export function ownBurst(
  rng: Random,
  org: Org,
  burst: Burst,
  start: number,
  prefix: string,
  placement: (at: number) => string,
): Part {
  const c: Ctx = { rng, org, part: emptyPart(), prefix, placement, n: 0 }
  RUN[burst](c, start)
  return c.part
}
