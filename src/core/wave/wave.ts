// The records the wave engine keeps: the candidates it has admitted and the waves they form.
import type { MailFeatures } from '../mail/features.ts'
import type { ReasonCode } from '../types.ts'

export interface Candidate {
  id: string
  brand: string
  /** The company behind the brand (sender.ts brandIdentity): waves count companies. */
  identity: string
  date: number
  payload: string | null
  /** Position in arrival order, kept across trims (index = seq - dropped). */
  seq: number
}

/** Arrival positions [from, to] of an unbroken run of helpdesk mail already taken into a wave. */
export interface WalkedRun {
  from: number
  to: number
}

export interface Wave {
  id: string
  start: number
  end: number
  /** The date of its earliest candidate: joiners taken in move `start`, never this. */
  firstCandidate: number
  members: string[]
  brands: Map<string, number>
  payloads: Map<string, number>
  rules: Set<ReasonCode>
}

/** A wave recognised at `date`, before its members are taken in. */
export function emptyWave(date: number): Wave {
  return {
    id: '',
    start: date,
    end: date,
    firstCandidate: date,
    members: [],
    brands: new Map(),
    payloads: new Map(),
    rules: new Set(),
  }
}

/**
 * Counts a member into its wave: span, companies and payloads. The first member sets the span: a
 * wave recognised while its mail was held out (access-mail.ts) spans nothing before it.
 */
export function addToWave(wave: Wave, member: Candidate): void {
  const first = wave.members.length === 0
  wave.members.push(member.id)
  wave.start = first ? member.date : Math.min(wave.start, member.date)
  wave.end = first ? member.date : Math.max(wave.end, member.date)
  // Joiners carry no arrival position (seq -1).
  if (member.seq >= 0)
    wave.firstCandidate = first ? member.date : Math.min(wave.firstCandidate, member.date)
  wave.brands.set(member.brand, (wave.brands.get(member.brand) ?? 0) + 1)
  if (member.payload)
    wave.payloads.set(member.payload, (wave.payloads.get(member.payload) ?? 0) + 1)
}

/**
 * Names a wave by its earliest member once it has one, and never renames it: verdicts carry the
 * id. Called when a recognised wave has taken in its members, and when held mail is released
 * into a wave.
 */
export function nameWave(wave: Wave): void {
  if (wave.members.length > 0) wave.id ||= `wave-${new Date(wave.start).toISOString()}`
}

/**
 * The payload a candidate is grouped by across companies, or null: a verification's subject is
 * the product's own wording, and a short payload is too generic to compare.
 */
export function payloadKeyOf(
  mail: Pick<MailFeatures, 'kind' | 'payload'>,
  minChars: number,
): string | null {
  return mail.kind !== 'verification' && mail.payload.length >= minChars ? mail.payload : null
}

/** A ticket thread: the brand and the title it echoes. */
export function conversationKey(mail: Pick<MailFeatures, 'brand' | 'payload'>): string {
  return `${mail.brand}\n${mail.payload}`
}
