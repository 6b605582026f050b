// The four personas of the set, each in every language: who they are, the services they sign up
// at (each with the flow that service runs) and the tools that send their everyday streams.
// Service and tool names are invented stems (companies.ts), fixed per persona and language.
import { LANGUAGES, type Lang } from '../types.ts'
import { capital, SERVICE_STEMS } from './companies.ts'
import type { Flow } from './flows.ts'

export const PERSONA_KINDS = ['student', 'family', 'jobseeker', 'teamlead'] as const
export type PersonaKind = (typeof PERSONA_KINDS)[number]

export interface Service {
  name: string
  domain: string
  flow: Flow
  /** What it is, for the README and the report (university portal, smart-home app ...). */
  role: string
}

export interface Persona {
  kind: PersonaKind
  lang: Lang
  first: string
  address: string
  services: readonly Service[]
  /** Sender per stream key, and the items the stream's mail is about. */
  tools: Readonly<Record<string, { from: string; items: readonly string[] }>>
}

const FIRST: Record<PersonaKind, readonly string[]> = {
  student: ['Chloe', 'Lena', 'Manon', 'Lucía', 'Beatriz', 'Giulia', 'Fleur'],
  family: ['Mark', 'Stefan', 'Julien', 'Javier', 'Rodrigo', 'Marco', 'Joost'],
  jobseeker: ['Priya', 'Jana', 'Camille', 'Nuria', 'Inês', 'Chiara', 'Sanne'],
  teamlead: ['Owen', 'Tobias', 'Antoine', 'Pablo', 'Tiago', 'Davide', 'Ruben'],
}

const ROLES: Record<PersonaKind, readonly [string, Flow][]> = {
  student: [
    ['university portal', 'verify-reminders'],
    ['library account', 'verify-only'],
    ['course platform', 'verify-then-welcome'],
    ['exam platform', 'code-or-link'],
    ['student discount club', 'delayed-welcome'],
    ['note-taking app', 'welcome-with-verify'],
    ['campus newsletter', 'double-opt-in'],
    ['flat-share app', 'verify-then-welcome'],
  ],
  family: [
    ['app store account', 'code-or-link'],
    ['cloud storage', 'welcome-with-verify'],
    ['streaming service', 'delayed-welcome'],
    ['smart-home app', 'verify-then-welcome'],
    ['parental controls', 'verify-reminders'],
    ['smart TV account', 'verify-only'],
    ['recipe newsletter', 'double-opt-in'],
    ['second streaming service', 'code-or-link'],
  ],
  jobseeker: [
    ['job portal', 'verify-then-welcome'],
    ['recruiting platform', 'delayed-welcome'],
    ['company careers site', 'verify-reminders'],
    ['freelance marketplace', 'code-or-link'],
    ['job board', 'welcome-with-verify'],
    ['job-alert newsletter', 'double-opt-in'],
    ['CV builder', 'verify-only'],
  ],
  teamlead: [
    ['design tool', 'verify-only'],
    ['monitoring service', 'code-or-link'],
    ['whiteboard app', 'welcome-with-verify'],
    ['analytics suite', 'delayed-welcome'],
    ['engineering newsletter', 'double-opt-in'],
    ['password manager for teams', 'verify-then-welcome'],
    ['status page service', 'verify-reminders'],
  ],
}

const TOOLS: Record<PersonaKind, Record<string, readonly string[]>> = {
  student: {
    portal: ['Statistics I', 'Microeconomics', 'Academic Writing'],
    library: ['Linear Algebra Done Right', 'Thinking, Fast and Slow', 'The Wealth of Nations'],
    course: ['Statistics I', 'Programming 1', 'Microeconomics'],
  },
  family: {
    receipt: ['Puzzle Garden', 'Family Calendar Pro', 'Kids Drawing Studio'],
    cloud: ['family album'],
    'screen-time': ['Mia', 'Noah'],
  },
  jobseeker: {
    alert: ['Marketing Manager', 'Project Coordinator', 'Data Analyst'],
    status: ['Marketing Manager', 'Project Coordinator', 'Data Analyst'],
  },
  teamlead: {
    ci: ['web-app', 'api', 'mobile'],
    issues: ['WEB', 'API'],
    chat: ['team-platform', 'release', 'incidents'],
  },
}

const MAILBOX = ['mailbox.example', 'post.example', 'inbox.example']

function personaOf(kind: PersonaKind, l: number, base: number): Persona {
  const lang = LANGUAGES[l]!
  const first = FIRST[kind][l]!
  const stems = SERVICE_STEMS.slice(base, base + 12)
  const services = ROLES[kind].map(([role, flow], i) => ({
    name: capital(stems[i]!),
    domain: `${stems[i]!}.com`,
    flow,
    role,
  }))
  const keys = Object.keys(TOOLS[kind])
  const tools = Object.fromEntries(
    keys.map((key, i) => {
      const stem = stems[9 + (i % 3)]!
      return [key, { from: `${capital(stem)} <notify@${stem}.com>`, items: TOOLS[kind][key]! }]
    }),
  )
  const address = `${first
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/gu, '')}.${kind}${l}@${MAILBOX[l % 3]}`
  return { kind, lang, first, address, services, tools }
}

/** Every persona in every language; each persona kind has its own twelve service stems. */
export const PERSONAS: Record<PersonaKind, Record<Lang, Persona>> = Object.fromEntries(
  PERSONA_KINDS.map((kind, k) => [
    kind,
    Object.fromEntries(LANGUAGES.map((lang, l) => [lang, personaOf(kind, l, k * 12)])),
  ]),
) as Record<PersonaKind, Record<Lang, Persona>>
