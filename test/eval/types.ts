// The labelled inboxes of the held-out evaluation: records in the scanner's .jsonl contract
// (README "Scan an export offline") and, kept apart, one label per record id.
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const
export type Lang = (typeof LANGUAGES)[number]

/** a–e: waves by family; g: bursts the person caused; h: a real quiet inbox. */
export const WAVE_KINDS = [
  'a-acknowledgement',
  'b-verification',
  'c-subscription',
  'd-reset',
  'e-mixed',
] as const
export type WaveKind = (typeof WAVE_KINDS)[number]
export type ScenarioKind = WaveKind | 'g-own' | 'h-quiet'

export type LabelClass = 'wave' | 'important' | 'ham' | 'own'

/** One line of a .jsonl input file. */
export interface EvalRecord {
  id: string
  date: string
  from: string
  subject: string
  snippet: string
  folder?: 'inbox' | 'sent'
  to?: string
  body?: string
}

export interface MailLabel {
  label: LabelClass
  lang?: Lang
  /** Wording family and product, for the per-family breakdown of misses. */
  family?: string
  product?: string
  /** Wave the mail belongs to (label `wave`), or the wave whose span it arrived in (`important`). */
  waveId?: string
  /** How the sender row looks: own domain, hosted helpdesk subdomain, or display name alone. */
  sender?: 'own' | 'hosted' | 'display'
  /** The attacker payload's kind and disguise, e.g. `giveaway/bold`. */
  payload?: string
  /** Where a `ham` mail comes from (SpamAssassin group, real helpdesk corpus, list name). */
  source?: string
}

export interface Scenario {
  name: string
  kind: ScenarioKind
  seed: number
  /** In arrival (date) order. */
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}
