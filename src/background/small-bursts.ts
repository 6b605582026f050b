// Stored waves that may turn out small bursts (core wave/small-burst.ts), and the ones a replay
// found to be so that the store may give up. A wave is stored while it may still grow or be
// followed by the rest of an attack; once mail comes more than the slow window after its end, the
// replay of that mail must see it to settle it, whatever the mail is. `burstReach` only picks the
// stored waves worth reading back (their size and titles, as stored); the core decides. A replay
// sees only the stored mail around its batch: a wave stored bigger than a small burst was seen
// whole by an earlier replay, and a part of it seen now does not undo it.
import { SMALL_BURST_MAX_BRANDS } from '../core/wave/small-burst.ts'
import { DAY_MS } from '../core/time.ts'
import type { Thresholds } from '../core/wave/thresholds.ts'
import type { PastWave } from '../core/wave/trail.ts'
import type { Span } from '../storage/batch-repo.ts'
import type { StoredWave } from '../storage/schema.ts'

/**
 * The own dates a batch ending at `latest` must read for the stored waves it may settle: those of
 * at most SMALL_BURST_MAX_BRANDS brands and no repeated title that ended more than the slow window
 * and at most a day more before it, from the slow window before their start. Null when none.
 */
export function burstReach(
  waves: readonly StoredWave[],
  latest: number | null,
  t: Pick<Thresholds, 'slowWaveWindowMs'>,
): Span | null {
  if (latest === null) return null
  const open = waves.filter((wave) => {
    const after = latest - wave.end
    // Within the slow window the replay would not settle it yet: reading it would be wasted; a
    // day later it is left as it is (relay), not read back with every batch.
    if (after <= t.slowWaveWindowMs || after > t.slowWaveWindowMs + DAY_MS) return false
    const repeated = wave.topPayloads.some(([, count]) => count > 1)
    return Object.keys(wave.brands).length <= SMALL_BURST_MAX_BRANDS && !repeated
  })
  if (open.length === 0) return null
  const start = Math.min(...open.map((wave) => wave.start))
  return { from: start - t.slowWaveWindowMs, to: latest }
}

/** The ids of `smallBursts` that no stored wave of the same id contradicts. */
export function withdrawableBursts(
  smallBursts: readonly string[],
  pastWaves: readonly Pick<PastWave, 'id' | 'brands'>[],
): Set<string> {
  const storedBrands = new Map(pastWaves.map((wave) => [wave.id, wave.brands.length]))
  return new Set(smallBursts.filter((id) => (storedBrands.get(id) ?? 0) <= SMALL_BURST_MAX_BRANDS))
}
