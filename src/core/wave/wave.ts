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

/** A ticket thread: the brand and the title it echoes. */
export function conversationKey(mail: Pick<MailFeatures, 'brand' | 'payload'>): string {
  return `${mail.brand}\n${mail.payload}`
}
