// Every threshold of the wave rules, with its unit. Settings and enterprise policy may override any
// of them; the defaults follow the reported waves (docs/signals.md 4.2: hundreds of
// acknowledgements within minutes; slow floods of one every few minutes for hours) and Avanan's
// "new senders within a few hours" idea (docs/signals.md 5).

import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time.ts'

/** Fast waves: this many distinct brands sending helpdesk mail... */
export const WAVE_MIN_BRANDS = 4
/** ...within this window. */
export const WAVE_WINDOW_MS = 15 * MINUTE_MS
/**
 * Quick waves: this many distinct companies sending confirmation mail... (three unrelated
 * companies confirming something within five minutes is not how a person signs up anywhere)
 */
export const QUICK_WAVE_MIN_BRANDS = 3
/** ...within this window. */
export const QUICK_WAVE_WINDOW_MS = 5 * MINUTE_MS
/** Slow waves: this many distinct brands... */
export const SLOW_WAVE_MIN_BRANDS = 8
/** ...within this window. */
export const SLOW_WAVE_WINDOW_MS = 6 * HOUR_MS
/** A wave under way takes in helpdesk mail that follows its last member within this gap. */
export const WAVE_JOIN_GAP_MS = 30 * MINUTE_MS
/** The same echoed title relayed by this many distinct brands... */
export const PAYLOAD_MIN_BRANDS = 3
/** ...within this window. */
export const PAYLOAD_WINDOW_MS = DAY_MS
/** Payloads shorter than this many characters are too generic to compare. */
export const PAYLOAD_MIN_CHARS = 6
/** One brand sending this many helpdesk mails... */
export const DOMAIN_BURST_MIN = 5
/** ...within this window is a burst of its own. */
export const DOMAIN_BURST_WINDOW_MS = 10 * MINUTE_MS
/**
 * Mail the user sent to a brand this long before its acknowledgement explains it. Helpdesks
 * acknowledge within minutes; a longer span would let a relay wave hide behind any old mail.
 */
export const OUTGOING_SUPPRESS_MS = 2 * DAY_MS
/** How many acknowledgements one mail from the user explains (an ack, maybe a CC notice). */
export const ACKS_PER_OUTGOING = 2

/** Candidates of this many companies within the fast window make each other suspect. */
export const SUSPECT_MIN_COMPANIES = 2

export interface Thresholds {
  waveMinBrands: number
  waveWindowMs: number
  quickWaveMinBrands: number
  quickWaveWindowMs: number
  slowWaveMinBrands: number
  slowWaveWindowMs: number
  waveJoinGapMs: number
  payloadMinBrands: number
  payloadWindowMs: number
  payloadMinChars: number
  domainBurstMin: number
  domainBurstWindowMs: number
  outgoingSuppressMs: number
  acksPerOutgoing: number
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  waveMinBrands: WAVE_MIN_BRANDS,
  waveWindowMs: WAVE_WINDOW_MS,
  quickWaveMinBrands: QUICK_WAVE_MIN_BRANDS,
  quickWaveWindowMs: QUICK_WAVE_WINDOW_MS,
  slowWaveMinBrands: SLOW_WAVE_MIN_BRANDS,
  slowWaveWindowMs: SLOW_WAVE_WINDOW_MS,
  waveJoinGapMs: WAVE_JOIN_GAP_MS,
  payloadMinBrands: PAYLOAD_MIN_BRANDS,
  payloadWindowMs: PAYLOAD_WINDOW_MS,
  payloadMinChars: PAYLOAD_MIN_CHARS,
  domainBurstMin: DOMAIN_BURST_MIN,
  domainBurstWindowMs: DOMAIN_BURST_WINDOW_MS,
  outgoingSuppressMs: OUTGOING_SUPPRESS_MS,
  acksPerOutgoing: ACKS_PER_OUTGOING,
})

/** Defaults overridden by whatever valid positive numbers `overrides` holds. */
export function withOverrides(
  overrides: Partial<Record<keyof Thresholds, unknown>> = {},
): Thresholds {
  const merged: Thresholds = { ...DEFAULT_THRESHOLDS }
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
    const value = overrides[key]
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) merged[key] = value
  }
  return merged
}
