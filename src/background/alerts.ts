// What the toolbar badge and the notification say about waves. Pure decisions on stored wave
// summaries; the worker applies them through the platform module.
import type { StoredWave } from '../storage/schema.ts'
import { HOUR_MS, MINUTE_MS } from '../core/time.ts'

/** A wave whose last mail arrived within this span is "under way". */
export const CURRENT_WAVE_MS = HOUR_MS
/** At most one wave notification within this span, however many waves start. */
export const NOTIFY_MIN_GAP_MS = 10 * MINUTE_MS
const BADGE_MAX = 999

/** The wave under way: the latest one ending within CURRENT_WAVE_MS of `now`. */
export function currentWave(waves: readonly StoredWave[], now: number): StoredWave | null {
  const live = waves.filter((wave) => wave.end >= now - CURRENT_WAVE_MS && wave.start <= now)
  return live.sort((a, b) => b.end - a.end)[0] ?? null
}

/** Relay mails in the current wave, or nothing. */
export function badgeText(waves: readonly StoredWave[], now: number): string {
  const wave = currentWave(waves, now)
  if (!wave) return ''
  return wave.mails > BADGE_MAX ? `${BADGE_MAX}+` : String(wave.mails)
}

/** The wave to tell the user about now: under way, not told yet, and no notice very recently. */
export function waveToNotify(waves: readonly StoredWave[], now: number): StoredWave | null {
  const wave = currentWave(waves, now)
  if (!wave || wave.notifiedAt !== null) return null
  const lastNotice = Math.max(0, ...waves.map((w) => w.notifiedAt ?? 0))
  return now - lastNotice >= NOTIFY_MIN_GAP_MS ? wave : null
}
